import CustomerModel
import Foundation
import Normalization

/// Fields required only for some customer types: a business customer needs a company name.
public struct ConditionalRequirementRule: RecordRule {
    public var customerTypes: [String] = ["Zakelijk"] {
        didSet { typeKeys = Set(customerTypes.map { $0.lowercased() }) }
    }
    private var typeKeys: Set<String> = ["zakelijk"]
    public var fields: [CustomerField] = [.companyName]

    public static let description = RuleDescription(
        id: "required.by_customer_type",
        summary: "Customers of a business type (Zakelijk by default) have a company name.",
        defaultSeverity: .warning,
        parameters: [
            RuleParameterDoc("when_customer_type", type: "list of texts", "Customer types that need the fields."),
            RuleParameterDoc("fields", type: "list of fields", "The fields those customers need."),
        ],
        triggering: [
            RuleExample("business without company", Customer(customerTypeName: "Zakelijk", companyName: ""), field: "company_name"),
        ],
        nonTriggering: [
            RuleExample("business with company", Customer(customerTypeName: "Zakelijk", companyName: "CycleSoftware")),
            RuleExample("private customer", Customer(customerTypeName: "Klant", companyName: "")),
        ])

    public init() {}

    public init(parameters: RuleParameters) throws {
        self.init()
        customerTypes = try parameters.strings("when_customer_type") ?? customerTypes
        fields = try parameters.fields("fields") ?? fields
    }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        let type = String(TextInspection.trimmed(customer.customer.customerTypeName ?? ""))
        guard typeKeys.contains(type.lowercased()) else { return }
        for field in fields where RequiredFieldRule.isMissing(field, in: customer.customer) {
            sink.report(customerID: customer.id, field: field.rawValue, value: customer.customer[field],
                        message: "A \(type) customer needs a \(FieldNames.label(field)), and it is missing.")
        }
    }
}
