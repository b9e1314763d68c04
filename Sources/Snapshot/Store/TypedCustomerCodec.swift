import CustomerModel
import Foundation

/// A compact binary form of a customer's typed view (fields, phone numbers, decoding issues),
/// stored next to the raw JSON so loading a million customers does not parse a million JSON
/// texts again (JSON parsing was about 20 µs a record; this is a few µs).
///
/// The raw text stays the source of truth: a blob of another layout (an older version, a changed
/// field list) decodes to nil and the caller parses the raw text instead.
enum TypedCustomerCodec {
    private static let version: UInt8 = 1
    private static let scalarFields = CustomerField.allCases.filter { $0 != .customerID && $0 != .phoneNumbers }

    static func encode(_ customer: Customer) -> Data {
        var out = [UInt8]()
        out.reserveCapacity(customer.raw.utf8.count / 2 + 64)
        out.append(version)
        out.append(UInt8(scalarFields.count))
        writeInteger(customer.customerID, into: &out)
        for field in scalarFields { writeText(customer[field], into: &out) }
        writeLength(customer.phoneNumbers.count, into: &out)
        for phone in customer.phoneNumbers {
            writeText(phone.phoneNumberID, into: &out)
            writeInteger(phone.customerID, into: &out)
            writeText(phone.phoneNumber, into: &out)
            writeText(phone.name, into: &out)
        }
        writeLength(customer.decodingIssues.count, into: &out)
        for issue in customer.decodingIssues {
            writeText(issue.field, into: &out)
            writeText(issue.problem, into: &out)
        }
        return Data(out)
    }

    /// The customer, with `raw` as given; nil when the blob is not of this layout.
    static func decode(_ data: Data, raw: String) -> Customer? {
        data.withUnsafeBytes { bytes -> Customer? in
            var reader = Reader(bytes: bytes)
            guard reader.byte() == version, reader.byte() == UInt8(scalarFields.count) else { return nil }
            var customer = Customer(raw: raw)
            customer.customerID = reader.integer()
            for field in scalarFields { customer[field] = reader.text() }
            let phones = reader.length()
            customer.phoneNumbers.reserveCapacity(phones)
            for _ in 0..<phones {
                customer.phoneNumbers.append(PhoneNumber(phoneNumberID: reader.text(), customerID: reader.integer(),
                                                         phoneNumber: reader.text(), name: reader.text()))
            }
            for _ in 0..<reader.length() {
                customer.decodingIssues.append(DecodingIssue(field: reader.text() ?? "", problem: reader.text() ?? ""))
            }
            return reader.failed || !reader.atEnd ? nil : customer
        }
    }

    // Lengths are LEB128 varints; optional values store length + 1, with 0 meaning nil.
    private static func writeLength(_ value: Int, into out: inout [UInt8]) {
        writeVarint(UInt64(value), into: &out)
    }

    private static func writeVarint(_ value: UInt64, into out: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            out.append(UInt8(value & 0x7f) | 0x80)
            value >>= 7
        }
        out.append(UInt8(value))
    }

    private static func writeText(_ text: String?, into out: inout [UInt8]) {
        guard let text else { return out.append(0) }
        writeLength(text.utf8.count + 1, into: &out)
        out.append(contentsOf: text.utf8)
    }

    private static func writeInteger(_ value: Int?, into out: inout [UInt8]) {
        guard let value else { return out.append(0) }
        // Zig-zag so small negative numbers stay short.
        writeVarint(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63))) &+ 1, into: &out)
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var index = 0
        var failed = false

        var atEnd: Bool { index == bytes.count }

        mutating func byte() -> UInt8? {
            guard index < bytes.count else { failed = true; return nil }
            defer { index += 1 }
            return bytes[index]
        }

        mutating func varint() -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while let byte = byte() {
                value |= UInt64(byte & 0x7f) << shift
                if byte < 0x80 { return value }
                shift += 7
                if shift > 63 { break }
            }
            failed = true
            return 0
        }

        mutating func length() -> Int {
            guard let length = Int(exactly: varint()), length <= bytes.count else { failed = true; return 0 }
            return length
        }

        mutating func text() -> String? {
            let stored = length()
            guard stored > 0 else { return nil }
            guard index + stored - 1 <= bytes.count else { failed = true; return nil }
            defer { index += stored - 1 }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[index..<index + stored - 1]), as: UTF8.self)
        }

        mutating func integer() -> Int? {
            let stored = varint()
            guard stored > 0 else { return nil }
            let zigzag = stored &- 1
            return Int(truncatingIfNeeded: Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
        }
    }
}
