/// Reads one customer object straight from bytes into a `Customer`, leniently: a number where text
/// belongs is kept as its text, `null` and absent fields are nil, a list or object where text
/// belongs becomes a `DecodingIssue`, unknown fields are skipped (they stay in `raw`, which is the
/// record's exact text).
enum CustomerRecordParser {
    /// The object must start at the scanner's position (whitespace skipped). Without `keepRaw`
    /// the record's text is not copied into `raw`: an analysis reads only the typed fields, and a
    /// million records' text is ~650 MB.
    static func parse(_ scanner: inout ByteScanner, keepRaw: Bool = true) throws -> Customer {
        let start = scanner.position
        try scanner.expect(UInt8(ascii: "{"), "'{' opening a customer")
        var customer = Customer()
        var issues: [DecodingIssue] = []
        var hint = 0
        try scanner.forEachMemberKey { scanner, key in
            guard let field = FieldKeys.field(for: key, in: scanner, hint: &hint) else {
                try scanner.skipValue()
                return
            }
            switch field {
            case .customerID:
                let value = try readScalar(&scanner)
                customer.customerID = value.text.flatMap(integer)
                if value.text != nil, customer.customerID == nil || value.isBoolean {
                    customer.customerID = nil
                    issues.append(DecodingIssue(field: field.rawValue, problem: "not a whole number"))
                } else if let shape = value.wrongShape {
                    issues.append(DecodingIssue(field: field.rawValue, problem: "not a whole number, found \(shape)"))
                }
            case .phoneNumbers:
                customer.phoneNumbers = try readPhones(&scanner, issues: &issues)
            default:
                let value = try readScalar(&scanner)
                customer[field] = value.text
                if let shape = value.wrongShape {
                    issues.append(DecodingIssue(field: field.rawValue, problem: "expected text, found \(shape)"))
                }
            }
        }
        if keepRaw { customer.raw = String(decoding: UnsafeBufferPointer(rebasing: scanner.bytes[start..<scanner.position]), as: UTF8.self) }
        customer.decodingIssues = issues
        return customer
    }

    /// A value where text belongs: its text, or what shape it had instead.
    struct Scalar {
        var text: String?
        var wrongShape: String?
        var isBoolean = false
    }

    static func readScalar(_ scanner: inout ByteScanner) throws -> Scalar {
        guard !scanner.isAtEnd else { throw scanner.error("unexpected end of input, expected a value") }
        switch scanner.current {
        case UInt8(ascii: "\""): return Scalar(text: try scanner.readString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return Scalar(text: try scanner.readNumberText())
        case UInt8(ascii: "{"):
            try scanner.skipValue()
            return Scalar(wrongShape: "an object")
        case UInt8(ascii: "["):
            try scanner.skipValue()
            return Scalar(wrongShape: "a list")
        default:
            switch try scanner.readLiteral() {
            case .true: return Scalar(text: "true", isBoolean: true)
            case .false: return Scalar(text: "false", isBoolean: true)
            case .null: return Scalar()
            }
        }
    }

    private static func readPhones(_ scanner: inout ByteScanner, issues: inout [DecodingIssue]) throws -> [PhoneNumber] {
        guard !scanner.isAtEnd else { throw scanner.error("unexpected end of input, expected a value") }
        switch scanner.current {
        case UInt8(ascii: "["):
            scanner.position += 1
            var phones: [PhoneNumber] = []
            try scanner.forEachElement { scanner, index in
                guard !scanner.isAtEnd, scanner.current == UInt8(ascii: "{") else {
                    try scanner.skipValue()
                    issues.append(DecodingIssue(field: "phone_numbers[\(index)]", problem: "not an object"))
                    return
                }
                phones.append(try readPhone(&scanner))
            }
            return phones
        case UInt8(ascii: "n"):
            _ = try scanner.readLiteral()
            return []
        default:
            let first = scanner.current
            let value = try readScalar(&scanner)
            let shape = value.wrongShape ?? (first == UInt8(ascii: "\"") ? "text" : value.isBoolean ? "true/false" : "a number")
            issues.append(DecodingIssue(field: "phone_numbers", problem: "expected a list, found \(shape)"))
            return []
        }
    }

    private static func readPhone(_ scanner: inout ByteScanner) throws -> PhoneNumber {
        scanner.position += 1
        var phone = PhoneNumber()
        try scanner.forEachMemberKey { scanner, key in
            switch FieldKeys.phoneField(for: key, in: scanner) {
            case 0: phone.phoneNumberID = try readScalar(&scanner).text
            case 1: phone.customerID = try readScalar(&scanner).text.flatMap(integer)
            case 2: phone.phoneNumber = try readScalar(&scanner).text
            case 3: phone.name = try readScalar(&scanner).text
            default: try scanner.skipValue()
            }
        }
        return phone
    }

    /// `42`, `"42"`, `" 42 "`, `42.0` → 42; `4.5`, `"x"` → nil.
    static func integer(_ text: String) -> Int? {
        if let value = Int(text) { return value }
        var trimmed = Substring(text)
        while trimmed.first == " " || trimmed.first == "\t" { trimmed.removeFirst() }
        while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
        if let value = Int(trimmed) { return value }
        guard let double = Double(trimmed), double == double.rounded(), abs(double) < 9e15 else { return nil }
        return Int(double)
    }
}
