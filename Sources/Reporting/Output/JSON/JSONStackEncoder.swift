import Foundation

/// The `Encoder` behind `SortedJSONEncoder`: spells a value as compact JSON with sorted keys
/// straight into one buffer.
///
/// Codable gives containers no "done" call, but a value's encoding is done when its
/// `encode(to:)` returns: then its object's members, spelled one after another at the end of the
/// buffer, are put in key order in place. So the buffer only ever holds text, never a tree of
/// millions of nodes (a report of a million customers has tens of millions of values).
/// Containers must be filled in order (as synthesized and ordinary hand-written `encode(to:)`
/// do); interleaving two open containers is detected (`JSONBuffer.interleaved`) and the caller
/// falls back to Foundation.
final class JSONStackEncoder: Encoder {
    let buffer: JSONBuffer
    private let parent: JSONStackEncoder?
    private let key: CodingKey?
    /// Where this encoder's value starts in the buffer.
    let start: Int
    private var kind: Kind = .empty
    /// A container or encoder handed out for a member that is written later (`nestedContainer`).
    private var pending: (key: String?, child: JSONStackEncoder)?

    private enum Kind {
        case empty
        /// Members so far: `count` entries of the buffer's member stack from `first` on.
        case object(first: Int, count: Int)
        case array(count: Int)
        case single
    }

    init(buffer: JSONBuffer, parent: JSONStackEncoder? = nil, key: CodingKey? = nil) {
        self.buffer = buffer
        self.parent = parent
        self.key = key
        self.start = buffer.bytes.count
    }

    var codingPath: [CodingKey] {
        var path: [CodingKey] = []
        var current: JSONStackEncoder? = self
        while let encoder = current, let key = encoder.key {
            path.append(key)
            current = encoder.parent
        }
        return path.reversed()
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        settle()
        if case .empty = kind { kind = .object(first: buffer.memberKeys.count, count: 0) }
        return KeyedEncodingContainer(JSONStackKeyedContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        settle()
        if case .empty = kind {
            kind = .array(count: 0)
            buffer.bytes.append(UInt8(ascii: "["))
        }
        return JSONStackUnkeyedContainer(encoder: self)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        JSONStackSingleValueContainer(encoder: self)
    }

    // MARK: Writing members

    /// Adds a member whose text `write` appends to the buffer.
    func addMember(_ key: String, _ write: () throws -> Void) rethrows {
        settle()
        guard case let .object(first, count) = kind, buffer.memberKeys.count == first + count else {
            buffer.interleaved = true
            return
        }
        if (count == 0 ? start : buffer.memberEnds[first + count - 1]) != buffer.bytes.count { buffer.interleaved = true }
        kind = .empty
        try write()
        // A child that interleaved may have left entries above this object's (the output is spelled
        // by Foundation then; this only keeps the stack in bounds).
        guard buffer.memberKeys.count == first + count else { buffer.interleaved = true; return }
        buffer.memberKeys.append(key)
        buffer.memberEnds.append(buffer.bytes.count)
        kind = .object(first: first, count: count + 1)
    }

    /// Adds an array element whose text `write` appends to the buffer.
    func addElement(_ write: () throws -> Void) rethrows {
        settle()
        guard case let .array(count) = kind else { buffer.interleaved = true; return }
        if count > 0 { buffer.bytes.append(UInt8(ascii: ",")) }
        try write()
        kind = .array(count: count + 1)
    }

    var elementCount: Int {
        if case let .array(count) = kind { return count }
        return 0
    }

    /// Sets the single value of this encoder.
    func setSingle(_ write: () throws -> Void) rethrows {
        settle()
        guard case .empty = kind else { buffer.interleaved = true; return }
        try write()
        kind = .single
    }

    /// Appends the text of `value`: common scalars directly, anything else through a child encoder.
    func appendValue<T: Encodable>(_ value: T, key: CodingKey) throws {
        // Type identity, not `as?`: a dynamic cast per value is a measurable share of a large report.
        if T.self == String.self {
            JSONText.appendQuoted(unsafeBitCast(value, to: String.self), to: &buffer.bytes)
        } else if T.self == Int.self {
            JSONText.appendInteger(unsafeBitCast(value, to: Int.self), to: &buffer.bytes)
        } else if T.self == Double.self {
            try appendFloatingPoint(unsafeBitCast(value, to: Double.self), key: key)
        } else if T.self == Bool.self {
            buffer.appendLiteral(unsafeBitCast(value, to: Bool.self) ? "true" : "false")
        } else {
            let child = JSONStackEncoder(buffer: buffer, parent: self, key: key)
            try value.encode(to: child)
            child.finish()
        }
    }

    func appendFloatingPoint<T: BinaryFloatingPoint & CustomStringConvertible>(_ value: T, key: CodingKey?) throws {
        guard value.isFinite else {
            let path = codingPath + (key.map { [$0] } ?? [])
            throw EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: "\(value) is not valid in JSON"))
        }
        // Foundation's spelling: Swift's shortest round-trip text without a trailing ".0".
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        buffer.bytes.append(contentsOf: text.utf8)
    }

    /// A child for a member or element that its caller fills later.
    func pendingChild(key: String?, codingKey: CodingKey) -> JSONStackEncoder {
        settle()
        // An element's comma goes in now; its text follows when the caller writes it.
        if case let .array(count) = kind, count > 0 { buffer.bytes.append(UInt8(ascii: ",")) }
        let child = JSONStackEncoder(buffer: buffer, parent: self, key: codingKey)
        pending = (key, child)
        return child
    }

    /// Completes a pending child: everything written since it started is its text.
    private func settle() {
        guard let (key, child) = pending else { return }
        pending = nil
        child.finish()
        switch kind {
        case let .object(first, count):
            guard buffer.memberKeys.count == first + count else { buffer.interleaved = true; return }
            buffer.memberKeys.append(key ?? "")
            buffer.memberEnds.append(buffer.bytes.count)
            kind = .object(first: first, count: count + 1)
        case let .array(count):
            kind = .array(count: count + 1)
        default:
            buffer.interleaved = true
        }
    }

    // MARK: Finishing

    /// Closes this encoder's value: an object's members go into key order, an array gets its
    /// closing bracket, a value that encoded nothing becomes `{}` (as with Foundation).
    func finish() {
        settle()
        switch kind {
        case .empty:
            buffer.appendLiteral("{}")
        case let .object(first, count):
            guard buffer.memberKeys.count == first + count else { buffer.interleaved = true; return }
            buffer.sortMembers(first: first, start: start)
        case .array:
            buffer.bytes.append(UInt8(ascii: "]"))
        case .single:
            break
        }
    }
}

/// The text of one encoding run, the members of the objects being spelled, and the scratch space
/// for sorting them.
final class JSONBuffer {
    var bytes: [UInt8] = []
    var interleaved = false
    /// The key and the end in `bytes` of each member of the open objects, innermost object's last:
    /// values are spelled depth first, so an object's members are always the top of this stack
    /// (one pair of arrays for the whole run instead of two arrays grown for every object).
    var memberKeys: [String] = []
    var memberEnds: [Int] = []
    private var order: [Int] = []
    private var scratch: [UInt8] = []

    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    func appendLiteral(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Replaces the member values spelled since `start` (the members from `first` to the top of the
    /// stack) with the object `{"key":value,…}` in key order (UTF-8 byte order), and takes them off
    /// the stack; a key given twice keeps its last value, as a dictionary would.
    func sortMembers(first: Int, start: Int) {
        let count = memberKeys.count - first
        order.removeAll(keepingCapacity: true)
        order.append(contentsOf: 0..<count)
        if !isSorted(first: first, count: count) {
            // Stable: of equal keys the last written stays last, and is the one kept.
            order.sort { Self.precedes(memberKeys[first + $0], memberKeys[first + $1]) }
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(UInt8(ascii: "{"))
        var isFirst = true
        for (position, index) in order.enumerated() {
            if position + 1 < count, memberKeys[first + order[position + 1]] == memberKeys[first + index] { continue }
            if !isFirst { scratch.append(UInt8(ascii: ",")) }
            isFirst = false
            JSONText.appendQuoted(memberKeys[first + index], to: &scratch)
            scratch.append(UInt8(ascii: ":"))
            let valueStart = index == 0 ? start : memberEnds[first + index - 1]
            bytes.withUnsafeBufferPointer { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: $0[valueStart..<memberEnds[first + index]])) }
        }
        scratch.append(UInt8(ascii: "}"))
        memberKeys.removeSubrange(first...)
        memberEnds.removeSubrange(first...)
        bytes.removeSubrange(start...)
        bytes.append(contentsOf: scratch)
    }

    private func isSorted(first: Int, count: Int) -> Bool {
        guard count > 1 else { return true }
        for index in (first + 1)..<(first + count) where !Self.precedes(memberKeys[index - 1], memberKeys[index]) {
            return false
        }
        return true
    }

    /// UTF-8 byte order, as `a.utf8.lexicographicallyPrecedes(b.utf8)`; compared with `memcmp`
    /// where both are contiguous (always, for the keys of Swift types): every object of a report
    /// has its keys compared, and the generic comparison was a measurable share of its encoding.
    static func precedes(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { left in
            b.utf8.withContiguousStorageIfAvailable { right -> Bool in
                let common = min(left.count, right.count)
                let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
                return order != 0 ? order < 0 : left.count < right.count
            }
        }
        if let fast, let result = fast { return result }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}

/// A coding key for array positions, used only in error paths.
struct JSONIndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
