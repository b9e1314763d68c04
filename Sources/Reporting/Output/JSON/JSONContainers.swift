import Foundation

struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONTreeEncoder
    let box: JSONObjectBox
    var codingPath: [CodingKey] { encoder.codingPath }

    private func put(_ node: JSONNode, _ key: Key) {
        box.keys.append(key.stringValue)
        box.values.append(node)
    }

    mutating func encodeNil(forKey key: Key) throws { put(encoder.scalars.literal("null"), key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(encoder.scalars.literal(value ? "true" : "false"), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(encoder.scalars.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(try encoder.floatingPoint(value, key: key), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(try encoder.floatingPoint(value, key: key), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(encoder.scalars.integer(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(encoder.scalars.integer(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(encoder.scalars.integer(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(encoder.scalars.integer(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(encoder.scalars.integer(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(encoder.scalars.integer(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(encoder.scalars.integer(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(encoder.scalars.integer(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(encoder.scalars.integer(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(encoder.scalars.integer(value), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { put(try encoder.node(for: value, key: key), key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONObjectBox()
        put(.object(child), key)
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(encoder: JSONTreeEncoder(scalars: encoder.scalars, parent: encoder, key: key), box: child))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let child = JSONArrayBox()
        put(.array(child), key)
        return JSONUnkeyedContainer(encoder: JSONTreeEncoder(scalars: encoder.scalars, parent: encoder, key: key), box: child)
    }

    mutating func superEncoder() -> Encoder { superEncoder(named: "super") }
    mutating func superEncoder(forKey key: Key) -> Encoder { superEncoder(named: key.stringValue, key: key) }

    private mutating func superEncoder(named name: String, key: CodingKey? = nil) -> Encoder {
        let child = JSONTreeEncoder(scalars: encoder.scalars, parent: encoder, key: key)
        box.keys.append(name)
        box.values.append(.deferred(child))
        return child
    }
}

struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: JSONTreeEncoder
    let box: JSONArrayBox
    var codingPath: [CodingKey] { encoder.codingPath }
    var count: Int { box.values.count }

    private var nextKey: JSONIndexKey { JSONIndexKey(intValue: box.values.count) }

    mutating func encodeNil() throws { box.values.append(encoder.scalars.literal("null")) }
    mutating func encode(_ value: Bool) throws { box.values.append(encoder.scalars.literal(value ? "true" : "false")) }
    mutating func encode(_ value: String) throws { box.values.append(encoder.scalars.string(value)) }
    mutating func encode(_ value: Double) throws { box.values.append(try encoder.floatingPoint(value, key: nextKey)) }
    mutating func encode(_ value: Float) throws { box.values.append(try encoder.floatingPoint(value, key: nextKey)) }
    mutating func encode(_ value: Int) throws { box.values.append(encoder.scalars.integer(value)) }
    mutating func encode(_ value: Int8) throws { box.values.append(encoder.scalars.integer(value)) }
    mutating func encode(_ value: Int16) throws { box.values.append(encoder.scalars.integer(value)) }
    mutating func encode(_ value: Int32) throws { box.values.append(encoder.scalars.integer(value)) }
    mutating func encode(_ value: Int64) throws { box.values.append(encoder.scalars.integer(value)) }
    mutating func encode(_ value: UInt) throws { box.values.append(encoder.scalars.integer(value)) }
    mutating func encode(_ value: UInt8) throws { box.values.append(encoder.scalars.integer(value)) }
    mutating func encode(_ value: UInt16) throws { box.values.append(encoder.scalars.integer(value)) }
    mutating func encode(_ value: UInt32) throws { box.values.append(encoder.scalars.integer(value)) }
    mutating func encode(_ value: UInt64) throws { box.values.append(encoder.scalars.integer(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { box.values.append(try encoder.node(for: value, key: nextKey)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONObjectBox()
        let key = nextKey
        box.values.append(.object(child))
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(encoder: JSONTreeEncoder(scalars: encoder.scalars, parent: encoder, key: key), box: child))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let child = JSONArrayBox()
        let key = nextKey
        box.values.append(.array(child))
        return JSONUnkeyedContainer(encoder: JSONTreeEncoder(scalars: encoder.scalars, parent: encoder, key: key), box: child)
    }

    mutating func superEncoder() -> Encoder {
        let child = JSONTreeEncoder(scalars: encoder.scalars, parent: encoder, key: nextKey)
        box.values.append(.deferred(child))
        return child
    }
}

struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONTreeEncoder
    var codingPath: [CodingKey] { encoder.codingPath }

    private func set(_ node: JSONNode) { encoder.node = node }

    mutating func encodeNil() throws { set(encoder.scalars.literal("null")) }
    mutating func encode(_ value: Bool) throws { set(encoder.scalars.literal(value ? "true" : "false")) }
    mutating func encode(_ value: String) throws { set(encoder.scalars.string(value)) }
    mutating func encode(_ value: Double) throws { set(try encoder.floatingPoint(value, key: nil)) }
    mutating func encode(_ value: Float) throws { set(try encoder.floatingPoint(value, key: nil)) }
    mutating func encode(_ value: Int) throws { set(encoder.scalars.integer(value)) }
    mutating func encode(_ value: Int8) throws { set(encoder.scalars.integer(value)) }
    mutating func encode(_ value: Int16) throws { set(encoder.scalars.integer(value)) }
    mutating func encode(_ value: Int32) throws { set(encoder.scalars.integer(value)) }
    mutating func encode(_ value: Int64) throws { set(encoder.scalars.integer(value)) }
    mutating func encode(_ value: UInt) throws { set(encoder.scalars.integer(value)) }
    mutating func encode(_ value: UInt8) throws { set(encoder.scalars.integer(value)) }
    mutating func encode(_ value: UInt16) throws { set(encoder.scalars.integer(value)) }
    mutating func encode(_ value: UInt32) throws { set(encoder.scalars.integer(value)) }
    mutating func encode(_ value: UInt64) throws { set(encoder.scalars.integer(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        // The value's own encoding replaces this container's (e.g. a wrapper around an array).
        try value.encode(to: encoder)
    }
}
