import CustomerModel
import Testing
@testable import CustomerGenerator

/// A mailbox belongs to one customer or one household: two unrelated people drawn with the same
/// name get different addresses, as providers make them, even in a large base.
@Suite struct OwnMailboxTests {
    @Test func unrelatedCustomersDoNotShareAnAddress() {
        let dataset = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 9, customers: 30_000))
        var parent = [Int: Int]()
        func root(_ id: Int) -> Int {
            var id = id
            while let up = parent[id], up != id { id = up }
            return id
        }
        func join(_ a: Int, _ b: Int) { parent[root(a)] = root(b) }
        for group in dataset.truth.duplicateGroups { for id in group.dropFirst() { join(id, group[0]) } }
        for pair in dataset.truth.hardNegatives { join(pair.a, pair.b) }
        let plantedOnEmail = Set(dataset.truth.plantedProblems.filter { $0.field == "email" }.map(\.customerID))
        var owners: [String: Set<Int>] = [:]
        for customer in dataset.customers {
            guard let id = customer.customerID, !plantedOnEmail.contains(id),
                  let email = customer.email?.lowercased(), !email.isEmpty else { continue }
            owners[email, default: []].insert(root(id))
        }
        let shared = owners.filter { $0.value.count > 1 }
        #expect(shared.isEmpty, "\(shared.count) addresses shared by unrelated customers, e.g. \(shared.keys.sorted().prefix(5))")
    }
}
