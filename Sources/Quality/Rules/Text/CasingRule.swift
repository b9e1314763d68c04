import CustomerModel
import Normalization

/// Names and cities typed ALL IN CAPITALS or all in lower case.
public struct CasingRule: RecordRule {
    public var fields: [CustomerField] = [.firstName, .name, .city]
    /// Fewer cased letters than this are never reported (a single initial typed as first name).
    /// Two letters are enough: `OS` for the surname Os is as wrong as `JANSEN`.
    public var minimumLetters = 2

    public static let description = RuleDescription(
        id: "text.casing",
        summary: "Names and cities are not written ALL IN CAPITALS or all in lower case.",
        defaultSeverity: .warning,
        parameters: [
            RuleParameterDoc("fields", type: "list of fields", "The fields checked."),
            RuleParameterDoc("minimum_letters", type: "whole number", "Values with fewer letters are not checked."),
        ],
        safeToApply: true,
        triggering: [
            RuleExample("city in capitals", Customer(city: "NISTELRODE"), field: "city", suggestion: "Nistelrode"),
            RuleExample("city in lower case", Customer(city: "den haag"), field: "city", suggestion: "Den Haag"),
            RuleExample("surname in lower case", Customer(name: "van der berg"), field: "name", suggestion: "van der Berg"),
            RuleExample("two-letter surname in capitals", Customer(name: "OS"), field: "name", suggestion: "Os"),
            RuleExample("IJ stays one letter", Customer(city: "ijsselstein"), field: "city", suggestion: "IJsselstein"),
        ],
        nonTriggering: [
            RuleExample("mixed case", Customer(firstName: "Jan", name: "van der Berg", city: "'s-Hertogenbosch")),
            RuleExample("an initial as first name", Customer(firstName: "J")),
            RuleExample("short name", Customer(name: "Os")),
            RuleExample("a script without case", Customer(name: "王小明")),
        ])

    public init() {}

    public init(parameters: RuleParameters) throws {
        self.init()
        fields = try parameters.fields("fields") ?? fields
        minimumLetters = try parameters.int("minimum_letters") ?? minimumLetters
    }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        for field in fields {
            guard let value = customer.customer[field], let casing = TextInspection.casing(value, minimumLetters: minimumLetters) else { continue }
            let suggestion = DutchTitleCase.apply(value, particleFirst: field == .name || field == .insertion)
            let how = casing == .allUpper ? "in capitals" : "in lower case"
            sink.report(customerID: customer.id, field: field.rawValue, value: value,
                        message: "The \(FieldNames.label(field)) is written entirely \(how); write it as \(suggestion).",
                        suggestion: suggestion)
        }
    }
}
