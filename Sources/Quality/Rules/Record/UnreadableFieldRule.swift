import CustomerModel
import Normalization

/// Fields the API sent in a shape that cannot be read (an object where a text belongs, a phone
/// entry that is not an object). The record is kept; this says what was lost from view.
public struct UnreadableFieldRule: RecordRule {
    public static let description = RuleDescription(
        id: "record.unreadable_field",
        summary: "Every field arrived in a readable shape (no object or list where a text belongs).",
        defaultSeverity: .warning,
        triggering: [
            RuleExample("an object as city", Customer(decodingIssues: [DecodingIssue(field: "city", problem: "expected a text, found an object")]),
                        field: "city"),
        ],
        nonTriggering: [
            RuleExample("readable record", Customer(city: "Nistelrode")),
        ])

    public init() {}
    public init(parameters: RuleParameters) throws { self.init() }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        for issue in customer.customer.decodingIssues {
            sink.report(customerID: customer.id, field: issue.field, value: nil,
                        message: "The field could not be read: \(issue.problem).")
        }
    }
}
