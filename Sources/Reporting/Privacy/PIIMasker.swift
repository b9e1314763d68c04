import Foundation

/// Masks personal data for reports shared beyond the cleanup team (`--mask-pii`): e-mail
/// addresses keep their domain, phone numbers their last two digits, house numbers and the
/// digits of street lines are hidden. Which mask applies follows from the field name, the same
/// names findings, member records, merges and evidence use.
///
/// A large report holds millions of field values; printable ASCII names and values (nearly all)
/// are masked byte by byte (`PrintableASCII`), anything else character by character, with the
/// same result.
public enum PIIMasker {
    enum Kind { case email, phone, houseNumber, street }

    /// The mask for a field name (`email`, `phone_numbers[mob]`, `house_number`, `street` …), nil when not personal.
    static func kind(ofField field: String?) -> Kind? {
        guard let field else { return nil }
        switch PrintableASCII.with(field, FieldWords.kind) {
        case .some(let kind): return kind
        case .none: return FieldWords.kind(ofUnicode: field)
        }
    }

    /// `value` masked as the field requires; unchanged for other fields.
    public static func mask(_ value: String, field: String?) -> String {
        guard let kind = kind(ofField: field) else { return value }
        return mask(value, kind: kind)
    }

    static func mask(_ value: String, kind: Kind) -> String {
        switch kind {
        case .email: return maskEmail(value)
        case .phone: return maskPhone(value)
        case .houseNumber: return value.isEmpty ? value : "•••"
        case .street: return maskStreet(value)
        }
    }

    /// "jan.jansen@example.nl" → "j•••@example.nl"; text without "@" is hidden entirely.
    static func maskEmail(_ value: String) -> String {
        if let masked = PrintableASCII.with(value, { bytes -> String in
            guard let at = bytes.lastIndex(of: UInt8(ascii: "@")) else { return bytes.isEmpty ? "" : "•••" }
            var out = at > 0 ? [bytes[0]] : []
            for _ in 0..<3 { out += PrintableASCII.bullet }
            out += bytes[at...]
            return String(decoding: out, as: UTF8.self)
        }) { return masked }
        guard let at = value.lastIndex(of: "@") else { return value.isEmpty ? value : "•••" }
        let local = value[..<at]
        let first = local.first.map(String.init) ?? ""
        return first + "•••" + value[at...]
    }

    /// Every digit but the last two becomes "•", so the shape ("06-…78") still reads as a phone.
    static func maskPhone(_ value: String) -> String {
        if let masked = PrintableASCII.with(value, { bytes -> String in
            let keepFrom = bytes.reduce(0) { $0 + (PrintableASCII.isDigit($1) ? 1 : 0) } - 2
            var out: [UInt8] = [], seen = 0
            out.reserveCapacity(bytes.count * 3)
            for byte in bytes {
                guard PrintableASCII.isDigit(byte) else { out.append(byte); continue }
                seen += 1
                if seen > keepFrom { out.append(byte) } else { out += PrintableASCII.bullet }
            }
            return String(decoding: out, as: UTF8.self)
        }) { return masked }
        let digits = value.filter(\.isNumber).count
        var seen = 0
        return String(value.map { character in
            guard character.isNumber else { return character }
            seen += 1
            return seen > digits - 2 ? character : "•"
        })
    }

    /// The digits of a street line become "•".
    static func maskStreet(_ value: String) -> String {
        if let masked = PrintableASCII.with(value, { bytes -> String in
            guard bytes.contains(where: PrintableASCII.isDigit) else { return value }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count * 3)
            for byte in bytes {
                if PrintableASCII.isDigit(byte) { out += PrintableASCII.bullet } else { out.append(byte) }
            }
            return String(decoding: out, as: UTF8.self)
        }) { return masked }
        return String(value.map { $0.isNumber ? "•" : $0 })
    }

    /// A message that quotes the value has the value masked too.
    static func maskMessage(_ message: String, value: String?, field: String?) -> String {
        guard let value, let kind = kind(ofField: field) else { return message }
        return maskMessage(message, value: value, masked: mask(value, kind: kind))
    }

    /// `message` with `value` replaced by `masked` wherever it occurs.
    static func maskMessage(_ message: String, value: String, masked: String) -> String {
        guard !value.isEmpty else { return message }
        let fast = PrintableASCII.with(value) { target in
            PrintableASCII.with(message) { bytes in PrintableASCII.replacing(target, with: masked, in: bytes) ?? message }
        }
        if let fast, let replaced = fast { return replaced }
        return message.replacingOccurrences(of: value, with: masked)
    }
}
