import Foundation

/// The `Encoder` behind `SortedJSONEncoder`: turns one value into a `JSONNode`.
///
/// Strings, numbers and booleans are spelled into the shared scalar buffer at once; only objects
/// and arrays become nodes. The coding path is kept as a parent link and built only for an error.
final class JSONTreeEncoder: Encoder {
    let scalars: JSONScalars
    private let parent: JSONTreeEncoder?
    private let key: CodingKey?
    var node: JSONNode?

    init(scalars: JSONScalars, parent: JSONTreeEncoder? = nil, key: CodingKey? = nil) {
        self.scalars = scalars
        self.parent = parent
        self.key = key
    }

    var codingPath: [CodingKey] {
        var path: [CodingKey] = []
        var current: JSONTreeEncoder? = self
        while let encoder = current, let key = encoder.key {
            path.append(key)
            current = encoder.parent
        }
        return path.reversed()
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case let .object(box)? = node { return KeyedEncodingContainer(JSONKeyedContainer<Key>(encoder: self, box: box)) }
        let box = JSONObjectBox()
        node = .object(box)
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(encoder: self, box: box))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if case let .array(box)? = node { return JSONUnkeyedContainer(encoder: self, box: box) }
        let box = JSONArrayBox()
        node = .array(box)
        return JSONUnkeyedContainer(encoder: self, box: box)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        JSONSingleValueContainer(encoder: self)
    }

    /// The node of `value`, spelled directly for the common scalar types.
    func node<T: Encodable>(for value: T, key: CodingKey) throws -> JSONNode {
        switch value {
        case let string as String: return scalars.string(string)
        case let int as Int: return scalars.integer(int)
        case let double as Double: return try floatingPoint(double, key: key)
        case let bool as Bool: return scalars.literal(bool ? "true" : "false")
        default:
            let child = JSONTreeEncoder(scalars: scalars, parent: self, key: key)
            try value.encode(to: child)
            // A value that encoded nothing is an empty object, as with Foundation.
            return child.node ?? .object(JSONObjectBox())
        }
    }

    func floatingPoint<T: BinaryFloatingPoint & CustomStringConvertible>(_ value: T, key: CodingKey?) throws -> JSONNode {
        guard value.isFinite else {
            let path = codingPath + (key.map { [$0] } ?? [])
            throw EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: "\(value) is not valid in JSON"))
        }
        return scalars.floatingPoint(value)
    }
}

/// A coding key for array positions, used only in error paths.
struct JSONIndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
