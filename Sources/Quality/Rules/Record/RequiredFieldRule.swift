import CustomerModel
import Normalization

/// Fields every customer needs (an address to deliver to). Who the customer is depends on the type,
/// so the surname or company name is `required.by_customer_type`'s: a business without a contact
/// person has no surname and needs none.
public struct RequiredFieldRule: RecordRule {
    /// `phone_numbers` means: at least one phone number.
    public var fields: [CustomerField] = [.customerID, .street, .houseNumber, .postcode, .city]

    public static let description = RuleDescription(
        id: "required",
        summary: "Required fields are present and not blank (customer_id, street, house number, postcode, city by default).",
        defaultSeverity: .warning,
        parameters: [RuleParameterDoc("fields", type: "list of fields", "The required fields; phone_numbers means at least one number.")],
        triggering: [
            RuleExample("no city", Customer(customerID: 1, postcode: "5388 GM", houseNumber: "1", name: "Jansen", street: "Raadhuisplein", city: nil), field: "city"),
            RuleExample("blank street", Customer(customerID: 1, postcode: "5388 GM", houseNumber: "1", name: "Jansen", street: "  ", city: "Nistelrode"), field: "street"),
        ],
        nonTriggering: [
            RuleExample("complete", Customer(customerID: 1, postcode: "5388 GM", houseNumber: "1", name: "Jansen", street: "Raadhuisplein", city: "Nistelrode")),
            RuleExample("a business without a contact person", Customer(customerID: 1, customerTypeName: "Zakelijk", postcode: "5388 GM",
                        houseNumber: "1", companyName: "Fietsen Jansen B.V.", street: "Raadhuisplein", city: "Nistelrode")),
        ])

    public init() {}

    public init(parameters: RuleParameters) throws {
        self.init()
        fields = try parameters.fields("fields") ?? fields
    }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        for field in fields where Self.isMissing(field, in: customer.customer) {
            sink.report(customerID: customer.id, field: field.rawValue, value: customer.customer[field],
                        message: "The \(FieldNames.label(field)) is missing.")
        }
    }

    static func isMissing(_ field: CustomerField, in customer: Customer) -> Bool {
        if field == .phoneNumbers { return customer.phoneNumbers.allSatisfy { TextInspection.isBlank($0.phoneNumber) } }
        return TextInspection.isBlank(customer[field])
    }
}
