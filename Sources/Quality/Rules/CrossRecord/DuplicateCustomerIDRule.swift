import CustomerModel
import Normalization

/// One `customer_id` on several records. The API hands out each id once, so a repeated id means the
/// input was glued together or edited by hand, and a merge or fix aimed at that id would hit the
/// wrong record. Both records stay in the analysis (the later ones under a stand-in id, see
/// `Normalizer`); this rule says so.
public struct DuplicateCustomerIDRule: CrossRecordRule {
    public static let description = RuleDescription(
        id: "customer_id.duplicate",
        summary: "A customer_id belongs to one record only.",
        defaultSeverity: .error,
        triggering: [
            RuleExample("id 3 twice", customers: [Customer(customerID: 3, name: "Jansen"),
                                                  Customer(customerID: 3, name: "Bakker")], field: "customer_id"),
        ],
        nonTriggering: [
            RuleExample("distinct ids", customers: [Customer(customerID: 3, name: "Jansen"), Customer(customerID: 4, name: "Jansen")]),
            RuleExample("records without an id", customers: [Customer(name: "Jansen"), Customer(name: "Bakker")]),
        ])

    public init() {}
    public init(parameters: RuleParameters) throws { self.init() }

    public func check(_ customers: [NormalizedCustomer], into sink: inout FindingSink) {
        var byID: [Int: [Int]] = [:]
        for (index, customer) in customers.enumerated() {
            guard let id = customer.customer.customerID else { continue }
            byID[id, default: []].append(index)
        }
        for (id, indices) in byID where indices.count > 1 {
            for index in indices {
                let others = indices.filter { $0 != index }.map { customers[$0].id }
                let shown = others.prefix(5).map { $0 == id ? "\($0)" : "listed as \($0)" }.joined(separator: ", ")
                    + (others.count > 5 ? " …" : "")
                sink.report(customerID: customers[index].id, field: CustomerField.customerID.rawValue, value: String(id),
                            message: "customer_id \(id) is on \(indices.count) records; the other: \(shown).")
            }
        }
    }
}
