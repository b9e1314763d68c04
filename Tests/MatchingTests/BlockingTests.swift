import Testing
@testable import Matching

struct BlockingTests {
    static func table(_ examples: [ExampleCustomer]) -> FeatureTable {
        FeatureTable(examples.enumerated().map { $1.normalized(id: $0 + 1) })
    }

    @Test func countsPairsPerRuleAndDeduplicates() {
        let table = Self.table([
            ExampleCustomer(surname: "jansen", postcode: "5388GM", houseNumber: 1, mobiles: ["+31612345678"]),
            ExampleCustomer(surname: "jansen", postcode: "5388GM", houseNumber: 1, mobiles: ["+31612345678"]),
            ExampleCustomer(surname: "visser", postcode: "5388GM", houseNumber: 1),
            ExampleCustomer(surname: "bakker", mobiles: ["+31612345678"]),
            ExampleCustomer(surname: "smit"),
        ])
        let blocker = Blocker(rules: [BlockingRule(name: "address", keys: [.postcode, .houseNumber]),
                                      BlockingRule(name: "phone", keys: [.phone])], maxBlockSize: 40, window: 4)
        let (pairs, stats) = blocker.candidates(table)
        // address: {0,1,2} → 3 pairs; phone: {0,1,3} → 3 pairs, of which (0,1) is already there.
        #expect(stats.map(\.pairsGenerated) == [3, 3])
        #expect(stats.map(\.pairsAfterDeduplication) == [3, 2])
        #expect(stats.map(\.blocks) == [1, 1])
        #expect(stats.map(\.largestBlock) == [3, 3])
        #expect(pairs.count == 5)
        let decoded = (0..<pairs.count).map { pairs.pair($0) }
        #expect(decoded.map { [$0.a, $0.b] } == [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3]])
        // (0,1) came from both rules.
        #expect(pairs.ruleMasks[0] == 0b11)
    }

    @Test func hugeBlocksFallBackToSortedNeighbourhood() {
        // One placeholder e-mail shared by 100 customers: all pairs would be 4,950.
        let examples = (0..<100).map { ExampleCustomer(surname: "name\($0 / 2)", firstName: "x", email: "noemail@shop.nl") }
        let blocker = Blocker(rules: [BlockingRule(name: "email", keys: [.email])], maxBlockSize: 20, window: 3)
        let (pairs, stats) = blocker.candidates(Self.table(examples))
        #expect(stats[0].cappedBlocks == 1)
        #expect(stats[0].largestBlock == 100)
        #expect(pairs.count == 99 + 98 + 97)
        // Records with the same name sit side by side after sorting, so they still meet.
        let decoded = Set((0..<pairs.count).map { pairs.pair($0) }.map { [$0.a, $0.b] })
        for i in stride(from: 0, to: 100, by: 2) { #expect(decoded.contains([i, i + 1])) }
    }

    @Test func aRuleCanCapItsOwnBlocksLower() {
        // Thirty J. Jansens, each first name twice (records i and i + 15): all pairs under the
        // blocker's cap, a sorted neighbourhood under the rule's own.
        let names = ["jan", "jeroen", "joost", "johan", "jacob", "jelle", "jesse", "jasper", "joris", "jurgen",
                     "jip", "job", "jens", "jaap", "jules"]
        let examples = (0..<30).map { ExampleCustomer(surname: "jansen", firstName: names[$0 % 15]) }
        let table = Self.table(examples)
        let shared = Blocker(rules: [BlockingRule(name: "name", keys: [.surname, .firstInitial])], maxBlockSize: 40, window: 4)
        #expect(shared.candidates(table).pairs.count == 30 * 29 / 2)
        let own = Blocker(rules: [BlockingRule(name: "name", keys: [.surname, .firstInitial], maxBlockSize: 10, window: 2)],
                          maxBlockSize: 40, window: 4)
        let (pairs, stats) = own.candidates(table)
        #expect(stats[0].cappedBlocks == 1)
        #expect(pairs.count == 29 + 28)
        // Inside one surname the first name orders the neighbours, so equal first names meet.
        let decoded = Set((0..<pairs.count).map { pairs.pair($0) }.map { [$0.a, $0.b] })
        for i in 0..<15 { #expect(decoded.contains([i, i + 15])) }
    }

    @Test func textsAreKeptOncePerValue() {
        let table = Self.table([ExampleCustomer(surname: "jansen"), ExampleCustomer(surname: "bakker"),
                                ExampleCustomer(surname: "jansen"), ExampleCustomer()])
        #expect(table.rows.map(\.surname) == [1, 2, 1, 0])
        #expect(table.surname.count == 3)
        #expect((0..<3).map { table.surname.string($0) } == [nil, "jansen", "bakker"])
    }

    @Test func missingKeysMakeNoBlock() {
        let table = Self.table([ExampleCustomer(surname: "jansen"), ExampleCustomer(surname: "jansen")])
        let blocker = Blocker(rules: [BlockingRule(name: "address", keys: [.postcode, .houseNumber])], maxBlockSize: 40, window: 4)
        #expect(blocker.candidates(table).pairs.count == 0)
    }

    @Test func multiValuedPhonesJoinEveryBlock() {
        let table = Self.table([
            ExampleCustomer(phones: ["+31733030050"], mobiles: ["+31612345678"]),
            ExampleCustomer(mobiles: ["+31612345678"]),
            ExampleCustomer(phones: ["+31733030050"]),
        ])
        let blocker = Blocker(rules: [BlockingRule(name: "phone", keys: [.phone])], maxBlockSize: 40, window: 4)
        #expect(blocker.candidates(table).pairs.count == 2)
        let mobileOnly = Blocker(rules: [BlockingRule(name: "mobile", keys: [.mobile])], maxBlockSize: 40, window: 4)
        #expect(mobileOnly.candidates(table).pairs.count == 1)
    }
}

struct BlockingSkipTests {
    /// A run lets a rule skip what an earlier rule certainly made; the pairs, the first rule of
    /// each and every figure must be what generating everything and de-duplicating gives, also
    /// where capped blocks (sorted neighbourhoods) leave pairs to later rules.
    @Test(arguments: [40, 6])
    func skippingPairsOfEarlierRulesChangesNoPair(maxBlockSize: Int) {
        let population = SyntheticPopulation(people: 3_000, seed: 11)
        let table = FeatureTable(population.customers)
        let rules = MatchingConfiguration.default.blockingRules.map { rule in
            var rule = rule
            rule.maxBlockSize = rule.maxBlockSize.map { min($0, maxBlockSize) }
            return rule
        }
        let blocker = Blocker(rules: rules, maxBlockSize: maxBlockSize, window: 3)
        let (every, everyStats) = blocker.candidates(table)
        let (run, runStats) = blocker.candidates(table, everyRule: false)
        #expect(run.keys == every.keys)
        #expect(runStats == everyStats)
        #expect(everyStats.contains { $0.cappedBlocks > 0 })
        // Later rules did skip pairs: the run's masks lack some of the rules that made a pair.
        #expect(zip(run.ruleMasks, every.ruleMasks).contains { $0 != $1 })
        #expect(zip(run.ruleMasks, every.ruleMasks).allSatisfy { $0 & ~$1 == 0 && $0 != 0 })
    }
}
