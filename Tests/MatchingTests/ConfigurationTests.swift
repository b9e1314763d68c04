import AuditSupport
import CustomerModel
import Foundation
import TestSupport
import Testing
@testable import Matching

struct ConfigurationTests {
    static let shipped = TestSupport.packageRoot.appendingPathComponent("rules/matching.yml")

    @Test func defaultEqualsTheShippedRulesFile() throws {
        #expect(try MatchingConfiguration.load(from: Self.shipped) == MatchingConfiguration.default)
    }

    @Test func emptyFileKeepsDefaults() throws {
        #expect(try MatchingConfiguration.parse("", file: "m.yml") == .default)
        #expect(try MatchingConfiguration.parse("version: 1\n", file: "m.yml") == .default)
    }

    @Test func readsChangedValues() throws {
        let text = """
        blocking:
          max_block_size: 10
          rules:
            - name: phones
              keys: [phone]
            - name: names
              keys: [surname, first_initial]
              max_block_size: 6
              window: 2
        comparisons:
          surname:
            jaro_winkler: 0.9
          email: {}
        overrides:
          - comparison: email
            level: exact
            m: 0.5
        bands: {certain: 0.995, likely: 0.8, possible: 0.4}
        merge:
          survivor: oldest
        """
        let configuration = try MatchingConfiguration.parse(text, file: "m.yml")
        #expect(configuration.maxBlockSize == 10)
        #expect(configuration.blockingRules == [BlockingRule(name: "phones", keys: [.phone]),
                                                BlockingRule(name: "names", keys: [.surname, .firstInitial], maxBlockSize: 6, window: 2)])
        #expect(configuration.makeComparisons().map(\.name) == ["surname", "email"])
        #expect(configuration.comparisons.surnameJaroWinkler == [0.9])
        #expect(configuration.overrides == [ParameterOverride(comparison: "email", level: "exact", m: 0.5)])
        #expect(configuration.bandThresholds == [.certain: 0.995, .likely: 0.8, .possible: 0.4])
        #expect(configuration.survivorPolicy == .oldest)
        #expect(configuration.band(for: 0.85) == .likely)
        #expect(configuration.band(for: 0.3) == nil)
    }

    @Test(arguments: [
        ("blocking:\n  widow: 3\n", 2, "blocking.widow"),
        ("blocking:\n  rules:\n    - name: x\n      keys: [postcode, shoe_size]\n", 4, "blocking.rules[0].keys[1]"),
        ("blocking:\n  rules:\n    - keys: [postcode]\n", 3, "blocking.rules[0].name"),
        ("blocking:\n  rules:\n    - name: x\n      keys: [postcode]\n      max_block_size: 1\n", 5, "blocking.rules[0].max_block_size"),
        ("estimation:\n  training_rules:\n    - name: t\n      keys: [email]\n      window: 3\n", 5, "estimation.training_rules[0].window"),
        ("bands:\n  certain: 1.5\n", 2, "bands.certain"),
        ("bands:\n  certain: 0.5\n  likely: 0.9\n", 2, "bands"),
        ("comparisons:\n  surname:\n    jaro_winkler: high\n", 3, "comparisons.surname.jaro_winkler"),
        ("comparisons:\n  shoe_size: {}\n", 2, "comparisons.shoe_size"),
        ("overrides:\n  - comparison: phone\n    level: nope\n    m: 0.5\n", 3, "overrides[0].level"),
        ("overrides:\n  - comparison: phone\n    level: same_mobile\n", 2, "overrides[0]"),
        ("merge:\n  survivor: tallest\n", 2, "merge.survivor"),
        ("estimation:\n  training_rules:\n    - name: t\n      keys: [nope]\n", 4, "estimation.training_rules[0].keys[0]"),
        ("version: 2\n", 1, "version"),
    ])
    func invalidFilesNameLineAndKey(text: String, line: Int, key: String) {
        do {
            _ = try MatchingConfiguration.parse(text, file: "rules/matching.yml")
            Issue.record("accepted invalid rules: \(text)")
        } catch let error as ConfigurationError {
            #expect(error.file == "rules/matching.yml")
            #expect(error.key == key, "\(error)")
            #expect(error.line == line, "\(error)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func syntaxErrorNamesTheLine() {
        #expect(throws: ConfigurationError.self) { try MatchingConfiguration.parse("bands:\n  certain: [0.9\n", file: "m.yml") }
        do { _ = try MatchingConfiguration.parse("bands:\n  certain: [0.9\n", file: "m.yml") } catch let error as ConfigurationError {
            #expect(error.line != nil)
        } catch {}
    }

    @Test func unreadableFileIsAConfigurationError() {
        #expect(throws: ConfigurationError.self) {
            try MatchingConfiguration.load(from: URL(fileURLWithPath: "/nonexistent/matching.yml"))
        }
    }
}
