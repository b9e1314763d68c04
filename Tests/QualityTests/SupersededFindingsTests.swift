import CustomerModel
import Normalization
import Testing
@testable import Quality

/// A placeholder is reported as a placeholder only: writing it in another case fixes nothing.
@Suite struct SupersededFindingsTests {
    @Test(arguments: [
        (Customer(customerID: 1, city: "onbekend"), "city"),
        (Customer(customerID: 2, name: "test"), "name"),
        (Customer(customerID: 3, firstName: "XXX"), "first_name"),
    ])
    func aPlaceholderGetsNoCasingSuggestion(customer: Customer, field: String) {
        let findings = QualityChecker().findings(for: [Fixtures.normalized(id: customer.customerID ?? 0, customer)])
        let onField = findings.filter { $0.field == field }
        #expect(onField.map(\.rule) == ["value.placeholder"], "\(onField.map { ($0.rule, $0.suggestion ?? "-") })")
    }

    @Test func aRealValueInLowerCaseStillGetsOne() {
        let customer = Customer(customerID: 4, name: "test", city: "nistelrode")
        let findings = QualityChecker().findings(for: [Fixtures.normalized(id: 4, customer)])
        #expect(findings.contains { $0.rule == "text.casing" && $0.field == "city" && $0.suggestion == "Nistelrode" })
        #expect(!findings.contains { $0.rule == "text.casing" && $0.field == "name" })
    }

    @Test func withThePlaceholderRuleOffTheCasingFindingStays() {
        let checker = QualityChecker(configuration: QualityConfiguration.default.only("text.casing"))
        let findings = checker.findings(for: [Fixtures.normalized(id: 5, Customer(customerID: 5, city: "onbekend"))])
        #expect(findings.map(\.suggestion) == ["Onbekend"])
    }
}
