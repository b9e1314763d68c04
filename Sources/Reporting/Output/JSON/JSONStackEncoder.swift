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
        case object(keys: [String], ends: [Int])
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
        if case .empty = kind { kind = .object(keys: [], ends: []) }
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
        guard case .object(var keys, var ends) = kind else { buffer.interleaved = true; return }
        if (ends.last ?? start) != buffer.bytes.count { buffer.interleaved = true }
        kind = .empty
        try write()
        keys.append(key)
        ends.append(buffer.bytes.count)
        kind = .object(keys: keys, ends: ends)
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
        case .object(var keys, var ends):
            kind = .empty
            keys.append(key ?? "")
            ends.append(buffer.bytes.count)
            kind = .object(keys: keys, ends: ends)
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
        case let .object(keys, ends):
            buffer.sortMembers(keys: keys, ends: ends, start: start)
        case .array:
            buffer.bytes.append(UInt8(ascii: "]"))
        case .single:
            break
        }
    }
}

/// The text of one encoding run, and the scratch space for sorting members.
final class JSONBuffer {
    var bytes: [UInt8] = []
    var interleaved = false
    private var scratch: [UInt8] = []

    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    func appendLiteral(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Replaces the member values spelled since `start` with the object `{"key":value,…}` in
    /// key order (UTF-8 byte order); a key given twice keeps its last value, as a dictionary would.
    func sortMembers(keys: [String], ends: [Int], start: Int) {
        var order = Array(keys.indices)
        if !Self.isSorted(keys) {
            order.sort { keys[$0].utf8.lexicographicallyPrecedes(keys[$1].utf8) }
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(UInt8(ascii: "{"))
        var first = true
        for (position, index) in order.enumerated() {
            if position + 1 < order.count, keys[order[position + 1]] == keys[index] { continue }
            if !first { scratch.append(UInt8(ascii: ",")) }
            first = false
            JSONText.appendQuoted(keys[index], to: &scratch)
            scratch.append(UInt8(ascii: ":"))
            let valueStart = index == 0 ? start : ends[index - 1]
            bytes.withUnsafeBufferPointer { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: $0[valueStart..<ends[index]])) }
        }
        scratch.append(UInt8(ascii: "}"))
        bytes.removeSubrange(start...)
        bytes.append(contentsOf: scratch)
    }

    private static func isSorted(_ keys: [String]) -> Bool {
        for index in keys.indices.dropFirst() where !keys[index - 1].utf8.lexicographicallyPrecedes(keys[index].utf8) {
            return false
        }
        return true
    }
}

/// A coding key for array positions, used only in error paths.
struct JSONIndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
