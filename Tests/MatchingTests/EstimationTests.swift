import AuditSupport
import CustomerModel
import Foundation
import Normalization
import TestSupport
import Testing
@testable import Matching

/// Expectation–maximisation, u from random pairs, term frequencies and the model file.
struct EstimationTests {
    static var result: MatchingResult { DuplicateFinderTests.result }

    func level(_ comparison: String, _ id: String, in model: MatchModel) -> LevelParameters? {
        model.parameters(for: comparison)?.levels.first { $0.id == id }
    }

    @Test func emConvergesToParametersThatSeparateMatches() throws {
        let model = Self.result.model
        #expect(model.training.converged)
        #expect(model.training.emIterations.keys.sorted() == ["email_postcode_initial", "mobile", "name"])
        // Duplicates agree; strangers rarely do.
        for (comparison, id) in [("surname", "exact"), ("postcode", "exact"), ("phone", "same_mobile"), ("email", "exact")] {
            let parameters = try #require(level(comparison, id, in: model))
            #expect(parameters.m > 0.6, "\(comparison).\(id) m = \(parameters.m)")
            #expect(parameters.u < 0.05, "\(comparison).\(id) u = \(parameters.u)")
            #expect(parameters.mSource == "estimated")
        }
        // The disagreements that keep households apart weigh heavily against a match.
        for (comparison, id) in [("first_name", "else"), ("phone", "different_mobiles"), ("surname", "else")] {
            let weight = try #require(level(comparison, id, in: model)).weight
            #expect(weight < -6, "\(comparison).\(id) weight \(weight)")
        }
        // m of every comparison sums to one over its non-null levels.
        for comparison in model.comparisons {
            let sum = comparison.levels.dropFirst().reduce(0) { $0 + $1.m }
            #expect(abs(sum - 1) < 1e-6 || comparison.levels.dropFirst().allSatisfy { $0.mSource == "default" } || sum > 0.99,
                    "\(comparison.name) m sums to \(sum)")
        }
    }

    @Test func priorMatchesThePlantedDuplicateRate() {
        let n = Double(DuplicateFinderTests.population.customers.count)
        let truePairs = Double(DuplicateFinderTests.population.truePairs.count)
        let expected = truePairs / (n * (n - 1) / 2)
        let lambda = Self.result.model.probabilityTwoRandomRecordsMatch
        #expect(lambda > expected / 2 && lambda < expected * 2, "λ \(lambda), planted \(expected)")
    }

    @Test func uOfHouseNumberIsEstimatedWithinTheSamePostcode() throws {
        // Among pairs sharing a postcode a shared house number is common (households); the weight must say so.
        let exact = try #require(level("house_number", "exact", in: Self.result.model))
        #expect(exact.u > 0.05)
        #expect(exact.weight < 3)
    }

    @Test func uOfEmailIsEstimatedAmongNamesakes() throws {
        // 300 families of four: two J.s sharing one address built from the name, two P.s with their own.
        var customers: [NormalizedCustomer] = []
        for family in 0..<300 {
            for (member, first) in ["jan", "joost", "piet", "paul"].enumerated() {
                let email = member < 2 ? "j.name\(family)@ziggo.nl" : "\(first).name\(family)@ziggo.nl"
                customers.append(ExampleCustomer(surname: "name\(family)", firstName: first, email: email)
                    .normalized(id: customers.count + 1))
            }
        }
        let coder = VectorCoder([EmailComparison()])
        let (u, _) = UEstimator(coder: coder, samples: 40_000, seed: 1).estimate(FeatureTable(customers))
        let exact = try #require(EmailComparison().levelIndex(of: "exact"))
        // Among J. Name pairs one in two share the address (among all Name pairs, one in six).
        #expect(u[0][exact] > 0.4 && u[0][exact] < 0.6, "u(exact) = \(u[0][exact])")
    }

    @Test func termFrequencyMakesACommonSurnameCountForLess() {
        var customers: [ExampleCustomer] = (0..<1200).map { ExampleCustomer(surname: $0 % 3 == 0 ? "de vries" : "name\($0)") }
        customers.append(ExampleCustomer(surname: "wijgergangs"))
        customers.append(ExampleCustomer(surname: "wijgergangs"))
        let table = FeatureTable(customers.enumerated().map { $1.normalized(id: $0 + 1) })
        let frequencies = TermFrequencies(table, fields: [.surname])
        #expect(abs((frequencies.frequency(of: .surname, record: 0, in: table) ?? 0) - 400.0 / 1202) < 1e-6)
        #expect(abs((frequencies.frequency(of: .surname, record: 1200, in: table) ?? 0) - 2.0 / 1202) < 1e-6)
        let finder = DuplicateFinder(configuration: .default)
        let scorer = FellegiSunter(model: ModelTrainer(configuration: .default, coder: finder.coder).defaultModel(),
                                   coder: finder.coder, frequencies: frequencies, frequencyFloor: 1e-5)
        let common = scorer.explain(0, 3, table) { customers[$0].normalized(id: $0 + 1) }
        let rare = scorer.explain(1200, 1201, table) { customers[$0].normalized(id: $0 + 1) }
        let commonWeight = common.evidence.first { $0.field == "surname" }!.weight
        let rareWeight = rare.evidence.first { $0.field == "surname" }!.weight
        #expect(commonWeight < rareWeight - 5, "de vries \(commonWeight), wijgergangs \(rareWeight)")
        #expect(abs(commonWeight - log2(0.86 / (400.0 / 1202))) < 0.01)
    }

    @Test func modelFileRoundTripsAndIsUsedInsteadOfEstimation() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Self.result.model.save(to: url)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("\"probability_two_random_records_match\""))
        #expect(text.contains("\"m_source\" : \"estimated\""))
        let loaded = try MatchModel.load(from: url)
        #expect(loaded == Self.result.model)
        let rerun = DuplicateFinder(configuration: .forTests, model: loaded).run(DuplicateFinderTests.population.customers)
        #expect(rerun.model == loaded)
        #expect(rerun.stageTimings["em"] == nil)
        #expect(rerun.clusters.map(\.customerIDs) == Self.result.clusters.map(\.customerIDs))
    }

    @Test func overridesPinParameters() {
        var configuration = MatchingConfiguration.forTests
        configuration.overrides = [ParameterOverride(comparison: "phone", level: "same_number", m: 0.2, u: 0.001)]
        let model = DuplicateFinder(configuration: configuration).run(Array(DuplicateFinderTests.population.customers.prefix(400))).model
        let level = model.parameters(for: "phone")?.levels.first { $0.id == "same_number" }
        #expect(level?.m == 0.2)
        #expect(level?.u == 0.001)
        #expect(level?.mSource == "override")
    }

    @Test func malformedModelFileIsAConfigurationError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-model-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("{\"version\": 1}".utf8).write(to: url)
        #expect(throws: ConfigurationError.self) { try MatchModel.load(from: url) }
        try Data("not json".utf8).write(to: url)
        #expect(throws: ConfigurationError.self) { try MatchModel.load(from: url) }
    }
}
