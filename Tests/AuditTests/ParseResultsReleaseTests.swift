import CustomerGenerator
import CustomerModel
import Matching
import Normalization
import Testing
import TestSupport
@testable import Audit

/// The duplicate search may let the customers' parse results go once its feature table is built:
/// the answer must be the one it gives holding them, and the cluster members must come back with
/// exactly the results they had.
@Suite struct ParseResultsReleaseTests {
    static let customers = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 11, customers: 1_500)).customers
        .sorted { ($0.customerID ?? .max) < ($1.customerID ?? .max) }

    static func sameResults(_ a: NormalizedCustomer, _ b: NormalizedCustomer) -> Bool {
        a.id == b.id && a.customer == b.customer && a.person == b.person && a.company == b.company && a.address == b.address
            && a.phones == b.phones && a.email == b.email && a.vat == b.vat && a.kvk == b.kvk && a.country == b.country
    }

    @Test func droppedResultsComeBackAsTheyWere() {
        let normalizer = Normalizer()
        let original = normalizer.normalize(Self.customers)
        var customers = original
        let calls = Calls()
        let release = ParseResultsRelease(normalizer: normalizer, afterDropping: { calls.count += 1 })
        release.drop(&customers)
        #expect(calls.count == 1)
        #expect(zip(customers, original).allSatisfy { $0.id == $1.id && $0.customer == $1.customer })
        #expect(customers.allSatisfy { $0.phones.isEmpty && $0.email == EmailResult() && $0.address == AddressResult() })
        #expect(original.contains { !$0.phones.isEmpty }, "the data has results to drop")

        let some = Array(stride(from: 0, to: customers.count, by: 7)) + [3, 3]
        release.restore(&customers, at: some)
        for index in customers.indices {
            if Set(some).contains(index) {
                #expect(Self.sameResults(customers[index], original[index]), "customer \(original[index].id) restored")
            } else {
                #expect(customers[index].phones.isEmpty && customers[index].customer == original[index].customer)
            }
        }
    }

    @Test func theSearchFindsTheSameClustersWithoutHoldingEveryResult() async {
        let settings = AuditSettings()
        let finder = DuplicateFinder(configuration: settings.matching)
        let original = settings.normalizer.normalize(Self.customers)
        let holding = await TestSupport.offThePool { finder.run(original) }
        let releasing = await TestSupport.offThePool {
            var customers = original
            let result = finder.run(&customers, releasing: ParseResultsRelease(normalizer: settings.normalizer))
            return (result, customers)
        }
        #expect(!holding.clusters.isEmpty)
        #expect(releasing.0.clusters == holding.clusters)
        #expect(releasing.0.pairScores == holding.pairScores)
        let customers = releasing.1
        let members = Set(holding.clusters.flatMap(\.customerIDs))
        var droppedOutside = 0
        for index in customers.indices {
            if members.contains(customers[index].id) {
                #expect(Self.sameResults(customers[index], original[index]), "member \(original[index].id) restored")
            } else if customers[index].phones.isEmpty && !original[index].phones.isEmpty {
                droppedOutside += 1
            }
        }
        #expect(droppedOutside > 0, "customers outside clusters come back without their results")
    }
}

/// Counts calls of a closure that must be Sendable (called once, from one thread).
private final class Calls: @unchecked Sendable {
    var count = 0
}
