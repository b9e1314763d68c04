import CustomerModel
import Normalization
import Testing
@testable import Quality

/// The one test that runs every rule's own examples (as SwiftLint does): each triggering example
/// must produce a finding of that rule (with the stated field and suggestion), each
/// non-triggering example none. Customers go through the real Normalizer first.
@Suite struct RuleExampleTests {
    static let ids = RuleCatalog.all.map { $0.description.id }

    @Test("Triggering examples produce a finding", arguments: ids)
    func triggering(_ id: String) throws {
        let description = try #require(RuleCatalog.ruleType(id: id)).description
        #expect(!description.triggering.isEmpty, "\(id) has no triggering example")
        for example in description.triggering {
            let findings = Self.findings(of: id, for: example)
            #expect(!findings.isEmpty, "\(id): \"\(example.note)\" should be reported")
            if let field = example.field {
                #expect(findings.contains { $0.field == field }, "\(id): \"\(example.note)\" should be reported on \(field), got \(findings.map(\.field))")
            }
            if let suggestion = example.suggestion {
                #expect(findings.contains { $0.suggestion == suggestion },
                        "\(id): \"\(example.note)\" should suggest \(suggestion), got \(findings.map(\.suggestion))")
            }
            for finding in findings {
                #expect(finding.severity == description.defaultSeverity)
                #expect(!finding.message.isEmpty)
            }
        }
    }

    @Test("Non-triggering examples produce no finding", arguments: ids)
    func nonTriggering(_ id: String) throws {
        let description = try #require(RuleCatalog.ruleType(id: id)).description
        #expect(!description.nonTriggering.isEmpty, "\(id) has no non-triggering example")
        for example in description.nonTriggering {
            let findings = Self.findings(of: id, for: example)
            #expect(findings.isEmpty, "\(id): \"\(example.note)\" should not be reported, got \(findings.map(\.message))")
        }
    }

    @Test func ruleIDsAreUniqueAndDotted() {
        #expect(Set(Self.ids).count == Self.ids.count)
        for id in Self.ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "." || $0 == "_" }, "\(id)")
        }
    }

    /// The rule alone, enabled even when it ships disabled, over the normalized example customers.
    static func findings(of id: String, for example: RuleExample) -> [Finding] {
        var configuration = QualityConfiguration.default.only(id)
        configuration[id]?.enabled = true
        let customers = Normalizer().normalize(example.customers)
        return QualityChecker(configuration: configuration).findings(for: customers).filter { $0.rule == id }
    }
}
