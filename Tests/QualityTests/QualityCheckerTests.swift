import CustomerModel
import Normalization
import Testing
@testable import Quality

@Suite struct QualityCheckerTests {
    /// Enough customers to span several parallel chunks.
    static let customers: [NormalizedCustomer] = (0..<9_000).map { index in
        let id = 9_000 - index // input order differs from id order
        var customer = Customer(customerID: id, customerTypeName: index % 3 == 0 ? "Zakelijk" : "Klant",
                                customerReference: "REF\(index % 4_500)", name: index % 7 == 0 ? "JANSEN" : "Jansen",
                                city: index % 5 == 0 ? "Den  Haag" : "Den Haag")
        if index % 11 == 0 { customer.discountPercentage = "150" }
        return Fixtures.normalized(id: id, customer)
    }

    @Test func findingsAreSortedAndDeterministic() {
        let checker = QualityChecker()
        let first = checker.findings(for: Self.customers)
        let second = checker.findings(for: Self.customers.reversed())
        #expect(first == second)
        #expect(!first.isEmpty)
        for (lhs, rhs) in zip(first, first.dropFirst()) {
            #expect(!Finding.reportOrder(rhs, lhs))
        }
    }

    @Test func everyParallelChunkIsChecked() {
        let findings = QualityChecker().findings(for: Self.customers)
        let casing = Set(findings.filter { $0.rule == "text.casing" }.compactMap(\.customerID))
        let expected = Set(Self.customers.filter { $0.customer.name == "JANSEN" }.map(\.id))
        #expect(casing == expected)
        #expect(findings.filter { $0.rule == "numeric.range" }.count == Self.customers.count / 11 + 1)
        // REF0 … REF4499, each on two customers.
        #expect(findings.filter { $0.rule == "customer_reference.duplicate" }.count == Self.customers.count)
    }

    @Test func customerTypeFilterLimitsARule() {
        var configuration = QualityConfiguration.default.only("text.whitespace")
        configuration["text.whitespace"]?.customerTypes = ["zakelijk"]
        let findings = QualityChecker(configuration: configuration).findings(for: Self.customers)
        let zakelijk = Set(Self.customers.filter { $0.customer.customerTypeName == "Zakelijk" }.map(\.id))
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { zakelijk.contains($0.customerID ?? 0) })
    }

    @Test func configuredSeverityIsUsed() {
        var configuration = QualityConfiguration.default.only("text.casing")
        configuration["text.casing"]?.severity = .info
        let findings = QualityChecker(configuration: configuration).findings(for: Self.customers)
        #expect(!findings.isEmpty && findings.allSatisfy { $0.severity == .info })
    }

    @Test func disabledRulesDoNotRun() {
        var configuration = QualityConfiguration.default
        for index in configuration.rules.indices { configuration.rules[index].enabled = false }
        #expect(QualityChecker(configuration: configuration).findings(for: Self.customers).isEmpty)
        #expect(QualityChecker().findings(for: []).isEmpty)
    }

    @Test func sharedContactCountsDifferentNamesOnly() {
        func customer(_ id: Int, _ surname: String) -> NormalizedCustomer {
            Fixtures.normalized(id: id, Customer(email: "info@winkel.nl"),
                                email: EmailResult(raw: "info@winkel.nl", key: "info@winkel.nl", outcome: .valid),
                                person: PersonNameResult(surnameKey: surname))
        }
        let samePerson = (1...6).map { customer($0, "jansen") }
        #expect(Fixtures.findings("contact.shared", samePerson).isEmpty)
        let strangers = ["jansen", "bakker", "visser", "smit"].enumerated().map { customer($0.offset + 1, $0.element) }
        let findings = Fixtures.findings("contact.shared", strangers)
        #expect(findings.map(\.customerID) == [1, 2, 3, 4])
        #expect(findings.allSatisfy { $0.field == "email" && $0.value == "info@winkel.nl" })
    }
}
