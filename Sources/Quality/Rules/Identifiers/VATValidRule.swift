import CustomerModel
import Normalization

/// A VAT number that fails its country's check (NL: 11-test of the classic number, or the
/// mod 97-10 check of the 2020 btw-id; BE: mod 97).
public struct VATValidRule: RecordRule {
    public static let description = RuleDescription(
        id: "vat.valid",
        summary: "The VAT number passes its country's check (NL classic 11-test or 2020 btw-id mod 97-10; BE mod 97).",
        defaultSeverity: .error,
        triggering: [
            RuleExample("NL number failing both schemes", Customer(customerTypeName: "Zakelijk", companyName: "Jansen Fietsen", vatNumber: "NL855630694B01"),
                        field: "vat_number"),
            RuleExample("too short", Customer(customerTypeName: "Zakelijk", companyName: "Jansen Fietsen", vatNumber: "NL1234B01"), field: "vat_number"),
        ],
        nonTriggering: [
            RuleExample("NL classic scheme", Customer(customerTypeName: "Zakelijk", companyName: "CycleSoftware", vatNumber: "NL855630693B01")),
            RuleExample("missing", Customer(vatNumber: nil)),
        ])

    public init() {}
    public init(parameters: RuleParameters) throws { self.init() }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        guard case .invalid(let reason) = customer.vat.outcome else { return }
        sink.report(customerID: customer.id, field: CustomerField.vatNumber.rawValue, value: customer.customer.vatNumber,
                    message: "The VAT number is not valid: \(reason).")
    }
}
