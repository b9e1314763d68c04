import CustomerModel
import Normalization

/// Text that carries HTML markup, control characters, invisible characters, emoji or the Unicode
/// replacement character (a sign of a broken import). The value is reported as sent, never rendered.
public struct CharactersRule: RecordRule {
    public var fields: [CustomerField] = [
        .customerTypeName, .customerReference, .postcode, .houseNumber, .houseNumberPostfix, .companyName, .attn,
        .title, .initials, .insertion, .firstName, .name, .street, .city, .countryCode, .email, .vatNumber, .cocNumber,
    ]

    public static let description = RuleDescription(
        id: "text.characters",
        summary: "Text fields hold no HTML markup, control or invisible characters, emoji, or � from a broken import.",
        defaultSeverity: .warning,
        parameters: [RuleParameterDoc("fields", type: "list of fields", "The fields checked.")],
        triggering: [
            RuleExample("HTML in a name", Customer(name: "<b>Jansen</b>"), field: "name"),
            RuleExample("script tag", Customer(companyName: "<script>alert(1)</script>"), field: "company_name"),
            RuleExample("NUL byte", Customer(city: "Nistel\u{0}rode"), field: "city"),
            RuleExample("broken import", Customer(name: "M\u{FFFD}ller"), field: "name"),
            RuleExample("zero-width space", Customer(street: "Raadhuis\u{200B}plein"), field: "street"),
            RuleExample("emoji in a first name", Customer(firstName: "Jan 🚲😀"), field: "first_name"),
        ],
        nonTriggering: [
            RuleExample("accents and other scripts", Customer(firstName: "Çelik", name: "Владимир", city: "Łódź")),
            RuleExample("right-to-left name", Customer(name: "محمد")),
            RuleExample("less-than in a company name", Customer(companyName: "Fietsen < 100 euro")),
        ])

    public init() {}

    public init(parameters: RuleParameters) throws {
        self.init()
        fields = try parameters.fields("fields") ?? fields
    }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        for field in fields {
            guard let value = customer.customer[field], let problem = Self.problem(in: value) else { continue }
            sink.report(customerID: customer.id, field: field.rawValue, value: value,
                        message: "The \(FieldNames.label(field)) contains \(problem).")
        }
    }

    static func problem(in value: String) -> String? {
        // Plain ASCII without control characters or `<` cannot carry any of these problems.
        if value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "<") }) { return nil }
        var sawLess = false
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0xFFFD: return "the replacement character � (text damaged by an import)"
            case 0x200B...0x200D, 0xFEFF, 0x2060, 0x202A...0x202E, 0x2066...0x2069: return "invisible characters"
            case 0x09, 0x0A, 0x0D: continue // whitespace: reported by text.whitespace
            case 0x00...0x1F, 0x7F...0x9F: return "control characters"
            default: break
            }
            if scalar.properties.isEmojiPresentation { return "emoji" }
            if scalar == "<" { sawLess = true }
        }
        return sawLess && Self.looksLikeMarkup(value) ? "HTML markup" : nil
    }

    /// `<b>`, `</b>`, `<script …>`, `<!--`: a `<` followed by a letter, `/` or `!`, and a closing `>`.
    private static func looksLikeMarkup(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "<" && index + 1 < scalars.count {
            let next = scalars[index + 1]
            let opensTag = next == "/" || next == "!" || (next.isASCII && next.properties.isAlphabetic)
            if opensTag && scalars[(index + 1)...].contains(">") { return true }
        }
        return false
    }
}
