import AuditSupport
import CustomerModel
import Testing
@testable import Matching

/// A pair marked both `distinct` and `same` has no answer; the file is refused naming both lines.
struct DecisionContradictionTests {
    @Test(arguments: [
        // decisions, line and key of the refused decision, what the message names
        ("decisions:\n  - {customer_ids: [1, 2], decision: distinct}\n  - {customer_ids: [2, 1], decision: same}\n",
         2, "decisions[0]", ["customers 1 and 2", "decisions[1] (line 3) says they are"]),
        ("decisions:\n  - {customer_ids: [1, 2], decision: same}\n  - {customer_ids: [7, 8], decision: same}\n  - {customer_ids: [1, 2, 9], decision: distinct}\n",
         4, "decisions[2]", ["customers 1 and 2", "decisions[0] (line 2)"]),
        // Joined through a third customer: 1 = 2 and 2 = 3, so 1 ≠ 3 contradicts both.
        ("decisions:\n  - {customer_ids: [1, 2], decision: same}\n  - {customer_ids: [2, 3], decision: same}\n  - {customer_ids: [1, 3], decision: distinct}\n",
         4, "decisions[2]", ["customers 1 and 3", "decisions[0] (line 2), decisions[1] (line 3) join them"]),
    ])
    func contradictionsAreRefused(_ text: String, _ line: Int, _ key: String, _ named: [String]) {
        #expect {
            try Decisions.parse(text, file: "decisions.yml")
        } throws: { error in
            guard let error = error as? ConfigurationError else { return false }
            return error.file == "decisions.yml" && error.line == line && error.key == key
                && named.allSatisfy { error.problem.contains($0) }
        }
    }

    @Test func agreeingAndUnrelatedDecisionsAreAccepted() throws {
        let text = "decisions:\n  - {customer_ids: [1, 2], decision: same}\n  - {customer_ids: [1, 2], decision: same}\n  - {customer_ids: [1, 3], decision: distinct}\n"
        #expect(try Decisions.parse(text, file: "d.yml").decisions.count == 3)
    }

    @Test func unknownCustomerIDsAreListed() {
        let decisions = Decisions(decisions: [Decision(customerIDs: [1, 2], kind: .same), Decision(customerIDs: [9, 2, 40], kind: .distinct)])
        #expect(decisions.unknownCustomerIDs(known: [1, 2, 3]) == [9, 40])
        #expect(decisions.unknownCustomerIDs(known: [1, 2, 9, 40]).isEmpty)
    }
}
