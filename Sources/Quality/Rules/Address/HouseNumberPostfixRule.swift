import CustomerModel
import Foundation
import Normalization

/// A postfix written into `house_number` (`32B` with an empty `house_number_postfix`).
public struct HouseNumberPostfixRule: RecordRule {
    public static let description = RuleDescription(
        id: "house_number.postfix",
        summary: "The house number field holds only the number; a postfix (B, 2, bis) belongs in house_number_postfix.",
        defaultSeverity: .warning,
        enabledByDefault: false,
        triggering: [
            RuleExample("postfix glued on", Customer(houseNumber: "32B"), field: "house_number", suggestion: "32"),
            RuleExample("postfix after a dash", Customer(houseNumber: "32-2"), field: "house_number", suggestion: "32"),
        ],
        nonTriggering: [
            RuleExample("number and postfix apart", Customer(houseNumber: "32", houseNumberPostfix: "B")),
            RuleExample("unreadable is a matter for house_number.valid", Customer(houseNumber: "abc")),
        ])

    public init() {}
    public init(parameters: RuleParameters) throws { self.init() }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        guard customer.address.houseNumberOutcome == .valid, let number = customer.address.houseNumber,
              let raw = customer.customer.houseNumber, let postfix = customer.address.houseNumberPostfix,
              TextInspection.isBlank(customer.customer.houseNumberPostfix),
              raw.trimmingCharacters(in: .whitespaces) != String(number) else { return }
        sink.report(customerID: customer.id, field: CustomerField.houseNumber.rawValue, value: raw,
                    message: "The house number holds a postfix; put \(number) in the house number and \(postfix.uppercased()) in the postfix.",
                    suggestion: String(number))
    }
}
