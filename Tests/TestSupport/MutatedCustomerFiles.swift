import AuditSupport
import CustomerGenerator
import CustomerModel
import Foundation

/// Seeded, mutated customer files for the fuzz tests: generated customers written as a JSON array,
/// JSON Lines or a list.json page, then damaged the way real exports are (cut off, values of the
/// wrong type, odd unicode, huge values, stray bytes). Each case records which customer ids were
/// left untouched: whenever the file is read at all, those must all be in the report.
public struct MutatedCustomerFile: Sendable {
    public var data: Data
    /// What was done, for failure messages.
    public var mutation: String
    /// Ids of records whose text the mutation did not touch.
    public var untouchedIDs: Set<Int>
}

public enum MutatedCustomerFiles {
    /// `count` cases drawn from `seed`; the same seed gives the same files.
    public static func cases(count: Int, seed: UInt64) -> [MutatedCustomerFile] {
        var random = SplitMix64(seed: seed)
        let pool = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: seed, customers: 400)).customers
        let texts = pool.map { $0.raw.isEmpty ? CustomerJSON.encode($0) : $0.raw }
        return (0..<count).map { _ in
            let size = Int.random(in: 1...12, using: &random)
            let start = Int.random(in: 0...(pool.count - size), using: &random)
            return make(records: Array(texts[start..<start + size]), ids: pool[start..<start + size].map(\.customerID), using: &random)
        }
    }

    enum Shape: CaseIterable { case array, lines, page }

    static func make(records: [String], ids: [Int?], using random: inout SplitMix64) -> MutatedCustomerFile {
        var records = records
        var touched = Set<Int>()
        var notes: [String] = []
        let shape = Shape.allCases.randomElement(using: &random)!
        // Every case damages one or two records; one in four also damages the bytes of the file.
        for _ in 0..<Int.random(in: 1...2, using: &random) {
            let index = Int.random(in: 0..<records.count, using: &random)
            let (text, note) = mutateRecord(records[index], using: &random)
            records[index] = text
            touched.insert(index)
            notes.append("record \(index): \(note)")
        }
        let (text, spans) = wrap(records, shape)
        var bytes = Array(text.utf8)
        if Int.random(in: 0..<4, using: &random) == 0 {
            let (damaged, note, range) = mutateBytes(bytes, using: &random)
            bytes = damaged
            notes.append("file: \(note)")
            // Every record whose text (with its separator) overlaps the damaged range counts as touched.
            for (index, span) in spans.enumerated() where span.overlaps(range) || span.contains(range.lowerBound) {
                touched.insert(index)
            }
        }
        let untouched = Set(ids.enumerated().compactMap { touched.contains($0.offset) ? nil : $0.element })
        return MutatedCustomerFile(data: Data(bytes), mutation: "\(shape): " + notes.joined(separator: "; "), untouchedIDs: untouched)
    }

    /// The file's text and, per record, its byte range including the separator after it.
    static func wrap(_ records: [String], _ shape: Shape) -> (String, [Range<Int>]) {
        let (head, separator, tail): (String, String, String) = switch shape {
        case .array: ("[", ",\n", "]")
        case .lines: ("", "\n", "")
        case .page: ("{\"customers\": [", ",\n", "], \"pagination\": {\"count\": \(records.count)}}")
        }
        var text = head
        var spans: [Range<Int>] = []
        var offset = head.utf8.count
        for (index, record) in records.enumerated() {
            let line = shape == .lines ? record.replacingOccurrences(of: "\n", with: " ") : record
            let piece = line + (index < records.count - 1 ? separator : "")
            text += piece
            spans.append(offset..<(offset + piece.utf8.count + 1))
            offset += piece.utf8.count
        }
        return (text + tail, spans)
    }

    static let fields = ["customer_id", "name", "first_name", "postcode", "house_number", "email", "phone_numbers", "street",
                         "city", "country_code_iso_3166", "discount_percentage", "vat_number", "coc_number", "company_name"]

    static let oddStrings = [
        "\u{202E}gnirts desrever", "Zoë\u{0308}\u{0308}\u{0308}", "\u{200B}\u{200D}\u{FEFF}", "🚲🇳🇱👨‍👩‍👧", "李小龍", "\\u0000nul",
        "\\ud800 lone surrogate", "\\udc00", "ǅǈǋ", "İstanbul", "ﬀ ﬁ ﬂ", "\u{0301}leading mark", "Ω≈ç√∫", "\\\"quoted\\\"",
        "<script>alert(1)</script>", "'; DROP TABLE customer; --", "\u{1D400}\u{1D401}", String(repeating: "a", count: 70_000),
        String(repeating: "🚲", count: 5_000), "\t\n\r", "",
    ]

    static let oddValues = [
        "null", "true", "false", "0", "-0", "1e400", "-1e400", "123456789012345678901234567890", "3.14159", "[]", "{}",
        "[1, \"two\", null]", "{\"nested\": {\"deeper\": [1, 2, {\"x\": null}]}}", "\"\"", "9223372036854775807",
        "-9223372036854775808", "9223372036854775808", String(repeating: "[", count: 200) + String(repeating: "]", count: 200),
    ]

    /// One record's text, damaged in one way.
    static func mutateRecord(_ text: String, using random: inout SplitMix64) -> (String, String) {
        let field = fields.randomElement(using: &random)!
        switch Int.random(in: 0..<7, using: &random) {
        case 0:
            let value = oddValues.randomElement(using: &random)!
            return (setField(text, field, value), "\(field) = \(value.prefix(40))")
        case 1:
            let value = oddStrings.randomElement(using: &random)!
            return (setField(text, field, "\"\(value)\""), "\(field) = odd text \(value.prefix(20).debugDescription)")
        case 2:
            return (setField(text, field, "\"\(String(repeating: "9", count: Int.random(in: 1_000...200_000, using: &random)))\""),
                    "\(field) = huge")
        case 3:
            // The same key twice, the second of another type.
            return (text.replacingOccurrences(of: "{", with: "{\"\(field)\": [1], ", options: [], range: text.range(of: "{")), "\(field) twice")
        case 4:
            return (removeField(text, field), "\(field) removed")
        case 5:
            return (setField(text, "phone_numbers", "[{\"phone_number_id\": 7, \"phone_number\": {\"x\": 1}}, 5, \"06\", null]"),
                    "phone_numbers odd entries")
        default:
            return ("{\"not\": \"a customer\", \"ids\": [1, 2]}", "replaced by a foreign object")
        }
    }

    /// The whole file damaged: cut off, a byte dropped, inserted or flipped, or invalid UTF-8.
    static func mutateBytes(_ bytes: [UInt8], using random: inout SplitMix64) -> ([UInt8], String, Range<Int>) {
        guard !bytes.isEmpty else { return (bytes, "nothing", 0..<0) }
        let at = Int.random(in: 0..<bytes.count, using: &random)
        var damaged = bytes
        switch Int.random(in: 0..<5, using: &random) {
        case 0:
            return (Array(bytes[..<at]), "truncated at \(at)", at..<bytes.count)
        case 1:
            damaged.remove(at: at)
            return (damaged, "byte \(at) dropped", at..<(at + 1))
        case 2:
            let byte = [UInt8](#"{}[],:"\ 0"#.utf8).randomElement(using: &random)!
            damaged.insert(byte, at: at)
            return (damaged, "byte \(byte) inserted at \(at)", at..<(at + 1))
        case 3:
            damaged[at] ^= UInt8.random(in: 1...255, using: &random)
            return (damaged, "byte \(at) flipped", at..<(at + 1))
        default:
            damaged.insert(contentsOf: [0xFF, 0xC0, 0x80], at: at)
            return (damaged, "invalid UTF-8 at \(at)", at..<(at + 1))
        }
    }

    static func setField(_ text: String, _ field: String, _ value: String) -> String {
        let removed = removeField(text, field)
        guard let brace = removed.firstIndex(of: "{") else { return removed }
        let rest = removed[removed.index(after: brace)...]
        let separator = rest.drop(while: { $0 == " " || $0 == "\n" }).first == "}" ? "" : ", "
        return "{\"\(field)\": \(value)\(separator)" + rest
    }

    /// Drops `"field": <value>` when the value is a flat scalar or a flat list of objects, as the
    /// generator writes them; other records keep the field (the new one comes first and a reader
    /// sees both, which is a mutation of its own).
    static func removeField(_ text: String, _ field: String) -> String {
        guard let data = text.data(using: .utf8),
              var object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return text }
        object[field] = nil
        guard let encoded = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return text }
        return String(decoding: encoded, as: UTF8.self)
    }
}
