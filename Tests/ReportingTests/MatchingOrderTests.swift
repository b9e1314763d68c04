import CustomerGenerator
import Matching
import Normalization
import Testing
@testable import Reporting

/// The report takes member ids and pairs in the order the matching stage writes them instead of
/// sorting them a second time; this holds the matching stage to that order on generated customers
/// with planted duplicates, households and look-alikes.
@Suite struct MatchingOrderTests {
    @Test func clustersArriveWithSortedMembersAndPairs() {
        let generated = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 16, customers: 1_500)).customers
        let clusters = DuplicateFinder(configuration: .default).run(Normalizer().normalize(generated)).clusters
        #expect(clusters.count > 20, "the generated customers hold planted duplicates")
        for cluster in clusters {
            #expect(cluster.customerIDs == cluster.customerIDs.sorted(), "\(cluster.id): member ids ascending")
            #expect(cluster.pairs.allSatisfy { $0.a < $0.b }, "\(cluster.id): each pair has a < b")
            let order = cluster.pairs.map { [$0.a, $0.b] }
            #expect(order == order.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }, "\(cluster.id): pairs by a, then b")
        }
    }
}
