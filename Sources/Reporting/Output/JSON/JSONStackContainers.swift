import Foundation

struct JSONStackKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONStackEncoder
    var codingPath: [CodingKey] { encoder.codingPath }
    private var buffer: JSONBuffer { encoder.buffer }

    init(encoder: JSONStackEncoder) {
        self.encoder = encoder
    }

    mutating func encodeNil(forKey key: Key) throws { encoder.addMember(key.stringValue) { buffer.appendLiteral("null") } }
    mutating func encode(_ value: Bool, forKey key: Key) throws { encoder.addMember(key.stringValue) { buffer.appendLiteral(value ? "true" : "false") } }
    mutating func encode(_ value: String, forKey key: Key) throws { encoder.addMember(key.stringValue) { JSONText.appendQuoted(value, to: &buffer.bytes) } }
    mutating func encode(_ value: Double, forKey key: Key) throws { try encoder.addMember(key.stringValue) { try encoder.appendFloatingPoint(value, key: key) } }
    mutating func encode(_ value: Float, forKey key: Key) throws { try encoder.addMember(key.stringValue) { try encoder.appendFloatingPoint(value, key: key) } }
    mutating func encode(_ value: Int, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { integer(value, key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encoder.addMember(key.stringValue) { try encoder.appendValue(value, key: key) }
    }

    private func integer<T: BinaryInteger>(_ value: T, _ key: Key) {
        encoder.addMember(key.stringValue) { JSONText.appendInteger(value, to: &buffer.bytes) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        encoder.pendingChild(key: key.stringValue, codingKey: key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        encoder.pendingChild(key: key.stringValue, codingKey: key).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder {
        encoder.pendingChild(key: "super", codingKey: JSONIndexKey(intValue: 0))
    }

    mutating func superEncoder(forKey key: Key) -> Encoder {
        encoder.pendingChild(key: key.stringValue, codingKey: key)
    }
}

struct JSONStackUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: JSONStackEncoder
    var codingPath: [CodingKey] { encoder.codingPath }
    var count: Int { encoder.elementCount }
    private var buffer: JSONBuffer { encoder.buffer }
    private var nextKey: JSONIndexKey { JSONIndexKey(intValue: encoder.elementCount) }

    init(encoder: JSONStackEncoder) {
        self.encoder = encoder
    }

    mutating func encodeNil() throws { encoder.addElement { buffer.appendLiteral("null") } }
    mutating func encode(_ value: Bool) throws { encoder.addElement { buffer.appendLiteral(value ? "true" : "false") } }
    mutating func encode(_ value: String) throws { encoder.addElement { JSONText.appendQuoted(value, to: &buffer.bytes) } }
    mutating func encode(_ value: Double) throws { let key = nextKey; try encoder.addElement { try encoder.appendFloatingPoint(value, key: key) } }
    mutating func encode(_ value: Float) throws { let key = nextKey; try encoder.addElement { try encoder.appendFloatingPoint(value, key: key) } }
    mutating func encode(_ value: Int) throws { integer(value) }
    mutating func encode(_ value: Int8) throws { integer(value) }
    mutating func encode(_ value: Int16) throws { integer(value) }
    mutating func encode(_ value: Int32) throws { integer(value) }
    mutating func encode(_ value: Int64) throws { integer(value) }
    mutating func encode(_ value: UInt) throws { integer(value) }
    mutating func encode(_ value: UInt8) throws { integer(value) }
    mutating func encode(_ value: UInt16) throws { integer(value) }
    mutating func encode(_ value: UInt32) throws { integer(value) }
    mutating func encode(_ value: UInt64) throws { integer(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        let key = nextKey
        try encoder.addElement { try encoder.appendValue(value, key: key) }
    }

    private func integer<T: BinaryInteger>(_ value: T) {
        encoder.addElement { JSONText.appendInteger(value, to: &buffer.bytes) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        elementChild().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        elementChild().unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder { elementChild() }

    private func elementChild() -> JSONStackEncoder {
        encoder.pendingChild(key: nil, codingKey: nextKey)
    }
}

struct JSONStackSingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONStackEncoder
    var codingPath: [CodingKey] { encoder.codingPath }
    private var buffer: JSONBuffer { encoder.buffer }

    init(encoder: JSONStackEncoder) {
        self.encoder = encoder
    }

    mutating func encodeNil() throws { encoder.setSingle { buffer.appendLiteral("null") } }
    mutating func encode(_ value: Bool) throws { encoder.setSingle { buffer.appendLiteral(value ? "true" : "false") } }
    mutating func encode(_ value: String) throws { encoder.setSingle { JSONText.appendQuoted(value, to: &buffer.bytes) } }
    mutating func encode(_ value: Double) throws { try encoder.setSingle { try encoder.appendFloatingPoint(value, key: nil) } }
    mutating func encode(_ value: Float) throws { try encoder.setSingle { try encoder.appendFloatingPoint(value, key: nil) } }
    mutating func encode(_ value: Int) throws { integer(value) }
    mutating func encode(_ value: Int8) throws { integer(value) }
    mutating func encode(_ value: Int16) throws { integer(value) }
    mutating func encode(_ value: Int32) throws { integer(value) }
    mutating func encode(_ value: Int64) throws { integer(value) }
    mutating func encode(_ value: UInt) throws { integer(value) }
    mutating func encode(_ value: UInt8) throws { integer(value) }
    mutating func encode(_ value: UInt16) throws { integer(value) }
    mutating func encode(_ value: UInt32) throws { integer(value) }
    mutating func encode(_ value: UInt64) throws { integer(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        // The value's own encoding is this encoder's (e.g. a wrapper around an array).
        try value.encode(to: encoder)
    }

    private func integer<T: BinaryInteger>(_ value: T) {
        encoder.setSingle { JSONText.appendInteger(value, to: &buffer.bytes) }
    }
}
