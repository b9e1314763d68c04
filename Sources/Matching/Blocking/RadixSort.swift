/// Least-significant-digit radix sort of 64-bit keys, optionally carrying a 32-bit payload.
///
/// Blocking sorts a million block ids per rule and some twenty million pair keys; a comparison
/// sort spent a third of blocking on them. Eight bits a pass, and a pass whose digit is the same
/// for every key (the high bits of pair keys, most of the time) is skipped. Stable, so a payload
/// written in ascending order stays ascending among equal keys.
enum RadixSort {
    private static let radix = 256

    /// Sorts `keys` ascending in place.
    static func sort(_ keys: UnsafeMutableBufferPointer<UInt64>) {
        guard keys.count > 1 else { return }
        if keys.count < 256 {
            var small = keys
            small.sort()
            return
        }
        let scratch = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: keys.count)
        defer { scratch.deallocate() }
        let passes = digitsToSort(keys)
        var source = keys, target = scratch
        for shift in passes {
            scatter(source, into: target, shift: shift, payload: nil, into: nil)
            swap(&source, &target)
        }
        if source.baseAddress != keys.baseAddress { _ = keys.update(fromContentsOf: source) }
    }

    /// Sorts `keys` ascending in place and moves `payload[i]` along with `keys[i]`; equal keys keep
    /// their payloads' order.
    static func sort(_ keys: inout [UInt64], payload: inout [Int32]) {
        precondition(keys.count == payload.count)
        guard keys.count > 1 else { return }
        var scratchKeys = [UInt64](repeating: 0, count: keys.count)
        var scratchPayload = [Int32](repeating: 0, count: keys.count)
        var inScratch = false
        keys.withUnsafeMutableBufferPointer { k in
            payload.withUnsafeMutableBufferPointer { p in
                scratchKeys.withUnsafeMutableBufferPointer { sk in
                    scratchPayload.withUnsafeMutableBufferPointer { sp in
                        var source = (k, p), target = (sk, sp)
                        for shift in digitsToSort(k) {
                            scatter(source.0, into: target.0, shift: shift, payload: source.1, into: target.1)
                            swap(&source, &target)
                            inScratch.toggle()
                        }
                    }
                }
            }
        }
        if inScratch {
            swap(&keys, &scratchKeys)
            swap(&payload, &scratchPayload)
        }
    }

    /// The shifts of the bytes that differ between some two keys (the others need no pass).
    private static func digitsToSort(_ keys: UnsafeMutableBufferPointer<UInt64>) -> [UInt64] {
        var or: UInt64 = 0, and: UInt64 = .max
        for key in keys { or |= key; and &= key }
        let varying = or ^ and
        return stride(from: 0, to: 64, by: 8).map(UInt64.init).filter { (varying >> $0) & 0xFF != 0 }
    }

    /// One stable counting pass on the byte at `shift`.
    private static func scatter(_ source: UnsafeMutableBufferPointer<UInt64>, into target: UnsafeMutableBufferPointer<UInt64>, shift: UInt64,
                                payload: UnsafeMutableBufferPointer<Int32>?, into payloadTarget: UnsafeMutableBufferPointer<Int32>?) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: radix) { offsets in
            offsets.initialize(repeating: 0)
            for key in source { offsets[Int((key >> shift) & 0xFF)] &+= 1 }
            var total = 0
            for digit in 0..<radix {
                let count = offsets[digit]
                offsets[digit] = total
                total &+= count
            }
            if let payload, let payloadTarget {
                for index in source.indices {
                    let key = source[index]
                    let digit = Int((key >> shift) & 0xFF)
                    let position = offsets[digit]
                    target[position] = key
                    payloadTarget[position] = payload[index]
                    offsets[digit] = position &+ 1
                }
            } else {
                for key in source {
                    let digit = Int((key >> shift) & 0xFF)
                    let position = offsets[digit]
                    target[position] = key
                    offsets[digit] = position &+ 1
                }
            }
        }
    }
}
