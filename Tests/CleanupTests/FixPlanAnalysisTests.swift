import Audit
import CustomerGenerator
import CustomerModel
import Matching
import Testing
@testable import Cleanup

/// Decisions reach the plan through the real duplicate search: `same` merges, `distinct` never.
@Suite struct FixPlanAnalysisTests {
    static let dataset = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 11, customers: 400))

    static func markers(_ plan: FixPlan) -> [Int: String] {
        var result: [Int: String] = [:]
        for customer in plan.customers {
            for change in customer.changes where change.kind == .duplicateMarker { result[customer.customerID] = change.after }
        }
        return result
    }

    @Test func aConfirmedPairIsMergedAndAPairMarkedDistinctIsNot() throws {
        let pair = try #require(Self.dataset.truth.duplicateGroups.first { $0.count == 2 })
        let same = Decisions(decisions: [Decision(customerIDs: pair, kind: .same, by: "anna")])
        let confirmed = FixPlanAnalysis(settings: AuditSettings(decisions: same), fix: .default, includeCertain: false)
            .plan(Self.dataset.customers, id: "same")
        let marked = Self.markers(confirmed)
        // Only the confirmed cluster is merged: one member marked, as the duplicate of the other.
        #expect(marked.count == 1)
        let (member, marker) = try #require(marked.first)
        #expect(pair.contains(member) && marker == "DUPLICATE OF \(pair.first { $0 != member }!)")

        let distinct = Decisions(decisions: [Decision(customerIDs: pair, kind: .distinct, by: "anna")])
        let split = FixPlanAnalysis(settings: AuditSettings(decisions: distinct), fix: .default, includeCertain: true)
            .plan(Self.dataset.customers, id: "distinct")
        #expect(Self.markers(split).keys.allSatisfy { !pair.contains($0) })
        #expect(!split.customers.contains { customer in
            pair.contains(customer.customerID) && customer.changes.contains { $0.kind != .normalization }
        })
    }
}
