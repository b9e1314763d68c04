import CustomerModel
import Foundation
import Normalization

/// Fields that depend on the customer type: a business customer needs a company name, every other
/// customer (private, web shop, no type) a surname. A business's contact person is optional.
public struct ConditionalRequirementRule: RecordRule {
    public var customerTypes: [String] = ["Zakelijk"] {
        didSet { typeKeys = Set(customerTypes.map { $0.lowercased() }) }
    }
    private var typeKeys: Set<String> = ["zakelijk"]
    public var fields: [CustomerField] = [.companyName]
    /// What customers of every other type need.
    public var otherFields: [CustomerField] = [.name]

    public static let description = RuleDescription(
        id: "required.by_customer_type",
        summary: "Business customers (Zakelijk by default) have a company name; every other customer has a surname.",
        defaultSeverity: .warning,
        parameters: [
            RuleParameterDoc("when_customer_type", type: "list of texts", "Customer types that need the fields."),
            RuleParameterDoc("fields", type: "list of fields", "The fields those customers need."),
            RuleParameterDoc("other_types_fields", type: "list of fields", "The fields customers of every other type need."),
        ],
        triggering: [
            RuleExample("business without company", Customer(customerTypeName: "Zakelijk", companyName: "", name: "Jansen"),
                        field: "company_name"),
            RuleExample("private customer without surname", Customer(customerTypeName: "Klant", firstName: "Jan", name: " "), field: "name"),
            RuleExample("customer without type or surname", Customer(firstName: "Jan"), field: "name"),
        ],
        nonTriggering: [
            RuleExample("business with company", Customer(customerTypeName: "Zakelijk", companyName: "CycleSoftware")),
            RuleExample("business without contact person", Customer(customerTypeName: "Zakelijk", companyName: "Fietsen Jansen B.V.", name: "")),
            RuleExample("private customer", Customer(customerTypeName: "Klant", companyName: "", name: "Jansen")),
        ])

    public init() {}

    public init(parameters: RuleParameters) throws {
        self.init()
        customerTypes = try parameters.strings("when_customer_type") ?? customerTypes
        fields = try parameters.fields("fields") ?? fields
        otherFields = try parameters.fields("other_types_fields") ?? otherFields
    }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        let type = String(TextInspection.trimmed(customer.customer.customerTypeName ?? ""))
        if typeKeys.contains(type.lowercased()) {
            for field in fields where RequiredFieldRule.isMissing(field, in: customer.customer) {
                sink.report(customerID: customer.id, field: field.rawValue, value: customer.customer[field],
                            message: "A \(type) customer needs a \(FieldNames.label(field)), and it is missing.")
            }
        } else {
            for field in otherFields where RequiredFieldRule.isMissing(field, in: customer.customer) {
                sink.report(customerID: customer.id, field: field.rawValue, value: customer.customer[field],
                            message: "The \(FieldNames.label(field)) is missing.")
            }
        }
    }
}
