import CustomerModel
import Normalization

/// A valid VAT number written with spaces, dots or lower case (`nl 8556.30.693 b01` → `NL855630693B01`).
public struct VATFormatRule: RecordRule {
    public static let description = RuleDescription(
        id: "vat.format",
        summary: "A valid VAT number is written in upper case without spaces or dots; the message names the scheme that passed.",
        defaultSeverity: .warning,
        safeToApply: true,
        triggering: [
            RuleExample("lower case with spaces", Customer(vatNumber: "nl 855630693 b01"), field: "vat_number", suggestion: "NL855630693B01"),
            RuleExample("dots", Customer(vatNumber: "NL8556.30.693.B01"), field: "vat_number", suggestion: "NL855630693B01"),
        ],
        nonTriggering: [
            RuleExample("canonical", Customer(vatNumber: "NL855630693B01")),
            RuleExample("invalid is a matter for vat.valid", Customer(vatNumber: "NL1234B01")),
        ])

    public init() {}
    public init(parameters: RuleParameters) throws { self.init() }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        guard customer.vat.outcome == .valid, let canonical = customer.vat.canonical,
              let raw = customer.customer.vatNumber, raw != canonical else { return }
        sink.report(customerID: customer.id, field: CustomerField.vatNumber.rawValue, value: raw,
                    message: "The VAT number is valid (\(Self.schemeName(customer.vat.scheme))) but should be written as \(canonical).",
                    suggestion: canonical)
    }

    static func schemeName(_ scheme: VATScheme?) -> String {
        switch scheme {
        case .nlClassic: return "Dutch classic number"
        case .nl2020: return "Dutch btw-id since 2020"
        case .belgium: return "Belgian number"
        case .other, nil: return "format of its country not checked"
        }
    }
}
