import CustomerModel
import Normalization

/// A company without a VAT number: often fine (small firms, foreign customers), worth a look.
public struct CompanyWithoutVATRule: RecordRule {
    public static let description = RuleDescription(
        id: "company.vat_missing",
        summary: "A customer with a company name has a VAT number (advice only).",
        defaultSeverity: .info,
        triggering: [
            RuleExample("company, no VAT", Customer(customerTypeName: "Zakelijk", companyName: "Jansen Fietsen", vatNumber: ""), field: "vat_number"),
        ],
        nonTriggering: [
            RuleExample("company with VAT", Customer(customerTypeName: "Zakelijk", companyName: "CycleSoftware", vatNumber: "NL855630693B01")),
            RuleExample("private customer", Customer(customerTypeName: "Klant", companyName: nil, vatNumber: nil)),
        ])

    public init() {}
    public init(parameters: RuleParameters) throws { self.init() }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        guard !TextInspection.isBlank(customer.customer.companyName), TextInspection.isBlank(customer.customer.vatNumber) else { return }
        sink.report(customerID: customer.id, field: CustomerField.vatNumber.rawValue, value: customer.customer.vatNumber,
                    message: "The customer has a company name but no VAT number; add it if the company has one.")
    }
}
