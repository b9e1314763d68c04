import CustomerModel
import Normalization

/// A valid postcode written other than its canonical form (`5388gm` → `5388 GM`).
public struct PostcodeFormatRule: RecordRule {
    /// Accept the Dutch form without the space (`5388GM`), as the API's own examples write it.
    public var allowCompact = true

    public static let description = RuleDescription(
        id: "postcode.format",
        summary: "A valid postcode is written in its canonical form (upper case, one space where the country uses one).",
        defaultSeverity: .warning,
        parameters: [RuleParameterDoc("allow_compact", type: "true/false", "Accept Dutch postcodes without the space (5388GM).")],
        safeToApply: true,
        triggering: [
            RuleExample("lower case", Customer(postcode: "5388gm", countryCode: "NL"), field: "postcode", suggestion: "5388 GM"),
            RuleExample("odd spacing", Customer(postcode: "5388  gm", countryCode: "NL"), field: "postcode", suggestion: "5388 GM"),
        ],
        nonTriggering: [
            RuleExample("canonical", Customer(postcode: "5388 GM", countryCode: "NL")),
            RuleExample("without space, as the API writes it", Customer(postcode: "5388GM", countryCode: "NL")),
            RuleExample("Belgian postcode", Customer(postcode: "1000", countryCode: "BE")),
            RuleExample("an invalid postcode is a matter for postcode.valid", Customer(postcode: "53881", countryCode: "NL")),
        ])

    public init() {}

    public init(parameters: RuleParameters) throws {
        self.init()
        allowCompact = try parameters.bool("allow_compact") ?? allowCompact
    }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        guard customer.address.postcodeOutcome == .valid, let raw = customer.customer.postcode,
              let canonical = customer.address.postcode, raw != canonical else { return }
        if allowCompact && raw.utf8.elementsEqual(canonical.utf8.lazy.filter { $0 != 0x20 }) { return }
        sink.report(customerID: customer.id, field: CustomerField.postcode.rawValue, value: raw,
                    message: "The postcode is valid but written unusually; write it as \(canonical).", suggestion: canonical)
    }
}
