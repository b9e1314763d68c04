import CustomerModel
import Normalization

/// One `customer_reference` on several customers. References are meant to point at one customer;
/// when two records share one, an invoice or order may be booked on the wrong one.
public struct DuplicateReferenceRule: CrossRecordRule {
    public static let description = RuleDescription(
        id: "customer_reference.duplicate",
        summary: "A customer reference is used by one customer only.",
        defaultSeverity: .warning,
        triggering: [
            RuleExample("REF46 twice", customers: [Customer(customerReference: "REF46", name: "Jansen"),
                                                   Customer(customerReference: "ref46 ", name: "Bakker")], field: "customer_reference"),
        ],
        nonTriggering: [
            RuleExample("distinct references", customers: [Customer(customerReference: "REF46"), Customer(customerReference: "REF47")]),
            RuleExample("empty references", customers: [Customer(customerReference: ""), Customer(customerReference: "")]),
        ])

    public init() {}
    public init(parameters: RuleParameters) throws { self.init() }

    /// References that count as one: case and surrounding or doubled spaces aside. The audit uses it
    /// to find the customers behind a finding's value.
    public static func key(_ reference: String) -> String {
        TextInspection.collapsed(reference).uppercased()
    }

    public func check(_ customers: [NormalizedCustomer], into sink: inout FindingSink) {
        var byReference: [String: [Int]] = [:]
        for (index, customer) in customers.enumerated() {
            guard let reference = customer.customer.customerReference, !TextInspection.isBlank(reference) else { continue }
            byReference[Self.key(reference), default: []].append(index)
        }
        for (_, indices) in byReference where indices.count > 1 {
            let ids = indices.map { customers[$0].id }.sorted()
            for index in indices {
                let others = ids.filter { $0 != customers[index].id }
                let shown = others.prefix(5).map(String.init).joined(separator: ", ") + (others.count > 5 ? " …" : "")
                sink.report(customerID: customers[index].id, field: CustomerField.customerReference.rawValue,
                            value: customers[index].customer.customerReference,
                            message: "This customer reference is also used by customer \(shown).")
            }
        }
    }
}
