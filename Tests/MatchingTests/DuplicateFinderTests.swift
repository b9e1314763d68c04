import Foundation
import Testing
@testable import Matching

struct DuplicateFinderTests {
    static let population = SyntheticPopulation(people: 3000, seed: 7)
    static let result = DuplicateFinder(configuration: .forTests).run(population.customers)

    static func suggestedPairs(_ result: MatchingResult, bands: Set<Band> = [.certain, .likely]) -> Set<IDPair> {
        var pairs = Set<IDPair>()
        for cluster in result.clusters where bands.contains(cluster.band) {
            for (i, a) in cluster.customerIDs.enumerated() { for b in cluster.customerIDs[(i + 1)...] { pairs.insert(IDPair(a, b)) } }
        }
        return pairs
    }

    @Test func findsPlantedDuplicatesWithHighPrecisionAndRecall() {
        let found = Self.suggestedPairs(Self.result)
        let truth = Self.population.truePairs
        let correct = found.intersection(truth).count
        let precision = Double(correct) / Double(max(found.count, 1))
        let recall = Double(correct) / Double(max(truth.count, 1))
        #expect(truth.count > 100)
        #expect(precision >= 0.95, "precision \(precision)")
        #expect(recall >= 0.9, "recall \(recall)")
    }

    @Test func hardNegativesStayBelowTheSuggestionBands() {
        let found = Self.suggestedPairs(Self.result, bands: Set(Band.allCases))
        let negatives = Self.population.hardNegatives
        let merged = negatives.filter { found.contains(IDPair($0.a, $0.b)) }
        #expect(negatives.count > 50)
        #expect(merged.isEmpty, "wrongly merged: \(merged.prefix(5).map { "\($0.a)-\($0.b) \($0.kind)" })")
    }

    @Test func eachCustomerIsInAtMostOneClusterAndClustersAreWellFormed() {
        var seen = Set<Int>()
        for cluster in Self.result.clusters {
            #expect(cluster.customerIDs.count >= 2)
            #expect(cluster.customerIDs == cluster.customerIDs.sorted())
            #expect(cluster.id == "c-\(cluster.customerIDs[0])")
            #expect(cluster.customerIDs.contains(cluster.survivorID))
            #expect(!cluster.pairs.isEmpty)
            #expect((0...1).contains(cluster.confidence))
            for id in cluster.customerIDs { #expect(seen.insert(id).inserted) }
        }
        let firsts = Self.result.clusters.map { $0.customerIDs[0] }
        #expect(firsts == firsts.sorted())
    }

    @Test func evidenceExplainsTheScore() throws {
        let cluster = try #require(Self.result.clusters.first)
        let pair = try #require(cluster.pairs.first)
        #expect(pair.evidence.first?.field == "prior")
        let fields = Set(pair.evidence.map(\.field))
        #expect(fields.isSuperset(of: ["surname", "first_name", "postcode", "phone", "email"]))
        let total = pair.evidence.reduce(0) { $0 + $1.weight }
        #expect(abs(total - pair.weight) < 0.1)
        #expect(abs(FellegiSunter.probability(pair.weight) - pair.score) < 1e-9)
    }

    @Test func reportsBlockingFiguresTimingsAndScores() {
        #expect(Self.result.blocking.map(\.rule) == MatchingConfiguration.default.blockingRules.map(\.name))
        #expect(Self.result.blocking.reduce(0) { $0 + $1.pairsAfterDeduplication } == Self.result.pairsScored)
        #expect(Self.result.pairScores.count == Self.result.pairsScored)
        for stage in ["features", "blocking", "comparison_vectors", "u_estimation", "em", "scoring", "clustering", "merge_plans"] {
            #expect(Self.result.stageTimings[stage] != nil, "no timing for \(stage)")
        }
    }

    @Test func runIsDeterministic() {
        let again = DuplicateFinder(configuration: .forTests).run(Self.population.customers)
        #expect(again.clusters == Self.result.clusters)
        #expect(again.model == Self.result.model)
    }

    @Test func scorePairsRanksTheDuplicateFirst() throws {
        let finder = DuplicateFinder(configuration: .default, model: Self.result.model)
        let group = try #require(Self.population.duplicateGroups.first)
        let customer = try #require(Self.population.customers.first { $0.id == group[0] })
        let candidates = Self.population.customers.filter { group.contains($0.id) && $0.id != group[0] }
            + Self.population.customers.filter { !group.contains($0.id) }.prefix(5)
        let scored = finder.scorePairs(customer, against: candidates)
        #expect(scored.count == candidates.count)
        #expect(scored.first.map { [$0.a, $0.b].contains(group[1]) } == true)
        #expect(scored == scored.sorted { $0.score > $1.score } || scored.count < 2)
    }

    @Test func progressReportsEveryStage() {
        final class Box: @unchecked Sendable { var stages: [String] = [] }
        let box = Box()
        _ = DuplicateFinder(configuration: .default).run(Array(Self.population.customers.prefix(100))) { box.stages.append($0.stage) }
        #expect(box.stages.first == "features")
        #expect(box.stages.last == "done")
    }

    @Test func emptyAndSingleInputsGiveNoClusters() {
        let finder = DuplicateFinder(configuration: .default)
        #expect(finder.run([]).clusters.isEmpty)
        #expect(finder.run([ExampleCustomer(surname: "jansen").normalized()]).clusters.isEmpty)
    }
}
