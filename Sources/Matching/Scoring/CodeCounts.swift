/// How often each comparison-vector code occurs, counted in an open-addressing table.
///
/// Millions of pairs share a few thousand codes; a Swift dictionary's hashing and probing per
/// pair cost about half a second of the estimation at a million customers, where this table's
/// multiply, mask and compare cost a few nanoseconds.
struct CodeCounts {
    /// Slots hold code + 1, so 0 marks an empty slot.
    private var slots: [UInt64]
    private var counts: [Int]
    private var mask: Int
    private(set) var distinct = 0

    init(capacity: Int = 4_096) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        counts = [Int](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    mutating func add(_ code: UInt32, _ count: Int = 1) {
        let stored = UInt64(code) &+ 1
        var slot = Int(truncatingIfNeeded: (stored &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while true {
            let occupant = slots[slot]
            if occupant == stored { counts[slot] &+= count; return }
            if occupant == 0 { break }
            slot = (slot &+ 1) & mask
        }
        slots[slot] = stored
        counts[slot] = count
        distinct += 1
        if distinct * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        let (oldSlots, oldCounts) = (slots, counts)
        slots = [UInt64](repeating: 0, count: oldSlots.count * 2)
        counts = [Int](repeating: 0, count: oldSlots.count * 2)
        mask = slots.count - 1
        distinct = 0
        for index in oldSlots.indices where oldSlots[index] != 0 { add(UInt32(oldSlots[index] - 1), oldCounts[index]) }
    }

    /// Adds every count of `other`.
    mutating func merge(_ other: CodeCounts) {
        for index in other.slots.indices where other.slots[index] != 0 { add(UInt32(other.slots[index] - 1), other.counts[index]) }
    }

    /// The counts as a dictionary by code.
    var dictionary: [UInt32: Int] {
        var result: [UInt32: Int] = [:]
        result.reserveCapacity(distinct)
        for index in slots.indices where slots[index] != 0 { result[UInt32(slots[index] - 1)] = counts[index] }
        return result
    }
}
