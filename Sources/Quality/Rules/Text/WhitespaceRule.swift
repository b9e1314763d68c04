import CustomerModel
import Normalization

/// Leading, trailing or doubled whitespace, tabs and line breaks in text fields.
public struct WhitespaceRule: RecordRule {
    /// The fields checked. Not `title`: the API itself sends `Dhr./Mevr. ` with a trailing space.
    /// Postcode, country, VAT and KvK have their own format rules with a canonical suggestion.
    public var fields: [CustomerField] = [
        .customerReference, .companyName, .attn, .initials, .insertion, .firstName, .name, .street, .houseNumber,
        .houseNumberPostfix, .city, .email,
    ]

    public static let description = RuleDescription(
        id: "text.whitespace",
        summary: "Text fields have no leading, trailing or doubled spaces, tabs or line breaks.",
        defaultSeverity: .warning,
        parameters: [RuleParameterDoc("fields", type: "list of fields", "The fields checked.")],
        safeToApply: true,
        triggering: [
            RuleExample("trailing space", Customer(city: "Nistelrode "), field: "city", suggestion: "Nistelrode"),
            RuleExample("doubled space", Customer(street: "Van  Goghstraat"), field: "street", suggestion: "Van Goghstraat"),
            RuleExample("tab in a name", Customer(firstName: "Jan\tPeter"), field: "first_name", suggestion: "Jan Peter"),
        ],
        nonTriggering: [
            RuleExample("single spaces", Customer(street: "Van Goghstraat", city: "Den Haag")),
            RuleExample("title with the API's trailing space", Customer(title: "Dhr./Mevr. ")),
            RuleExample("empty", Customer(city: "")),
        ])

    public init() {}

    public init(parameters: RuleParameters) throws {
        self.init()
        fields = try parameters.fields("fields") ?? fields
    }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        for field in fields {
            guard let value = customer.customer[field] else { continue }
            let problems = TextInspection.whitespaceProblems(value)
            guard !problems.isEmpty else { continue }
            let fixed = TextInspection.collapsed(value)
            sink.report(customerID: customer.id, field: field.rawValue, value: value,
                        message: "The \(FieldNames.label(field)) has \(problems.joined(separator: ", ")).", suggestion: fixed)
        }
    }
}
