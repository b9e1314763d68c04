import AuditSupport
import CustomerModel
import Testing
@testable import Matching

struct DecisionsTests {
    @Test func readsJSONAndYAML() throws {
        let json = """
        {"decisions": [{"customer_ids": [1006, 8], "decision": "same", "by": "anna", "at": "2026-11-29T10:00:00Z", "note": "moved"},
                       {"customer_ids": [3, 4, 5], "decision": "distinct"}]}
        """
        let yaml = """
        decisions:
          - customer_ids: [1006, 8]
            decision: same
            by: anna
            at: "2026-11-29T10:00:00Z"
            note: moved
          - {customer_ids: [3, 4, 5], decision: distinct}
        """
        let expected = Decisions(decisions: [
            Decision(customerIDs: [8, 1006], kind: .same, by: "anna", at: "2026-11-29T10:00:00Z", note: "moved"),
            Decision(customerIDs: [3, 4, 5], kind: .distinct),
        ])
        #expect(try Decisions.parse(json, file: "d.json") == expected)
        #expect(try Decisions.parse(yaml, file: "d.yml") == expected)
        #expect(expected.distinctPairs == [IDPair(3, 4), IDPair(3, 5), IDPair(4, 5)])
        #expect(expected.confirmedGroups == [[8, 1006]])
    }

    @Test(arguments: [
        ("{\"decisions\": [{\"customer_ids\": [1], \"decision\": \"same\"}]}", "decisions[0].customer_ids"),
        ("{\"decisions\": [{\"customer_ids\": [1, 2], \"decision\": \"maybe\"}]}", "decisions[0].decision"),
        ("{\"decisions\": [{\"customer_ids\": [1, \"x\"], \"decision\": \"same\"}]}", "decisions[0].customer_ids[1]"),
        ("{\"decisions\": [{\"customer_ids\": [1, 2]}]}", "decisions[0].decision"),
        ("{\"decisions\": [{\"customer_ids\": [1, 2], \"decision\": \"same\", \"who\": \"x\"}]}", "decisions[0].who"),
        ("{\"choices\": []}", "choices"),
        ("{\"decisions\": 5}", "decisions"),
    ])
    func invalidFilesAreConfigurationErrors(text: String, key: String) {
        do {
            _ = try Decisions.parse(text, file: "decisions.json")
            Issue.record("accepted \(text)")
        } catch let error as ConfigurationError {
            #expect(error.file == "decisions.json")
            #expect(error.key == key, "\(error)")
            #expect(error.line == 1)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    static let twins = [
        ExampleCustomer(surname: "jansen", firstName: "jan", postcode: "5388GM", houseNumber: 1, mobiles: ["+31612345678"], email: "jan@jansen.nl"),
        ExampleCustomer(surname: "jansen", firstName: "jan", postcode: "5388GM", houseNumber: 1, mobiles: ["+31612345678"], email: "jan@jansen.nl"),
        ExampleCustomer(surname: "visser", firstName: "els", postcode: "1011AB", houseNumber: 7, mobiles: ["+31687654321"]),
        ExampleCustomer(surname: "bakker", firstName: "piet", postcode: "9999ZZ", houseNumber: 3),
    ].enumerated().map { $1.normalized(id: 10 + $0) }

    @Test func distinctPairIsNeverSuggested() {
        let finder = DuplicateFinder(configuration: .default)
        #expect(finder.run(Self.twins).clusters.map(\.customerIDs) == [[10, 11]])
        let decisions = Decisions(decisions: [Decision(customerIDs: [11, 10], kind: .distinct, by: "anna")])
        #expect(finder.run(Self.twins, decisions: decisions).clusters.isEmpty)
    }

    @Test func confirmedClusterIsReportedAsConfirmed() throws {
        let finder = DuplicateFinder(configuration: .default)
        let decisions = Decisions(decisions: [Decision(customerIDs: [10, 11], kind: .same),
                                              Decision(customerIDs: [12, 13], kind: .same)])
        let clusters = finder.run(Self.twins, decisions: decisions).clusters
        #expect(clusters.map(\.customerIDs) == [[10, 11], [12, 13]])
        #expect(clusters.allSatisfy { $0.confirmed })
        // Confirmed by a person even though the model alone would not have suggested 12 and 13.
        let second = try #require(clusters.last)
        #expect(second.band == .certain)
        #expect(second.pairs.first?.score ?? 1 < 0.5)
    }

    @Test func unconfirmedClusterIsNotMarked() {
        let clusters = DuplicateFinder(configuration: .default).run(Self.twins).clusters
        #expect(clusters.allSatisfy { !$0.confirmed })
    }
}
