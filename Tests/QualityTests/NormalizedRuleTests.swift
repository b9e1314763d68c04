import CustomerModel
import Normalization
import Testing
@testable import Quality

/// Rule logic over hand-built normalizer outcomes: what each rule makes of valid, invalid and
/// non-canonical values, independent of how the Normalizer reaches them.
@Suite struct NormalizedRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var rule: String
        var customer: NormalizedCustomer
        /// nil: no finding expected.
        var field: String?
        var suggestion: String?
        var testDescription: String { "\(rule) \(field ?? "none")" }
    }

    static let nl = CountryResult(raw: "NL", code: "NL", outcome: .valid)

    static let cases: [Case] = [
        Case(rule: "postcode.valid", customer: Fixtures.normalized(Customer(postcode: "53881"),
             address: AddressResult(postcodeOutcome: .invalid(reason: "has 5 digits")), country: nl), field: "postcode"),
        Case(rule: "postcode.valid", customer: Fixtures.normalized(Customer(postcode: "5388 GM"),
             address: AddressResult(postcode: "5388 GM", postcodeOutcome: .valid), country: nl), field: nil),
        Case(rule: "postcode.format", customer: Fixtures.normalized(Customer(postcode: "5388gm"),
             address: AddressResult(postcode: "5388 GM", postcodeOutcome: .valid), country: nl), field: "postcode", suggestion: "5388 GM"),
        Case(rule: "postcode.format", customer: Fixtures.normalized(Customer(postcode: "5388GM"),
             address: AddressResult(postcode: "5388 GM", postcodeOutcome: .valid), country: nl), field: nil),
        Case(rule: "postcode.format", customer: Fixtures.normalized(Customer(postcode: "1000"),
             address: AddressResult(postcode: "1000", postcodeOutcome: .valid)), field: nil),
        Case(rule: "house_number.valid", customer: Fixtures.normalized(Customer(houseNumber: "abc"),
             address: AddressResult(houseNumberOutcome: .invalid(reason: "no digits"))), field: "house_number"),
        Case(rule: "house_number.postfix", customer: Fixtures.normalized(Customer(houseNumber: "32b"),
             address: AddressResult(houseNumber: 32, houseNumberPostfix: "b", houseNumberOutcome: .valid)), field: "house_number", suggestion: "32"),
        Case(rule: "house_number.postfix", customer: Fixtures.normalized(Customer(houseNumber: "32", houseNumberPostfix: "b"),
             address: AddressResult(houseNumber: 32, houseNumberPostfix: "b", houseNumberOutcome: .valid)), field: nil),
        Case(rule: "country_code.valid", customer: Fixtures.normalized(Customer(countryCode: "Nederland"),
             country: CountryResult(raw: "Nederland", outcome: .invalid(reason: "not a code"))), field: "country_code_iso_3166", suggestion: "NL"),
        Case(rule: "country_code.format", customer: Fixtures.normalized(Customer(countryCode: "nl"),
             country: CountryResult(raw: "nl", code: "NL", outcome: .valid)), field: "country_code_iso_3166", suggestion: "NL"),
        Case(rule: "country_code.format", customer: Fixtures.normalized(Customer(countryCode: "NL"), country: nl), field: nil),
        Case(rule: "phone.valid", customer: Fixtures.normalized(phones: [
            PhoneResult(slot: .extra, slotID: "714253", raw: "12345", outcome: .invalid(reason: "too short"))]), field: "phone_numbers[714253]"),
        Case(rule: "phone.valid", customer: Fixtures.normalized(phones: [
            PhoneResult(slot: .extra, slotID: nil, raw: "12345", outcome: .invalid(reason: "too short"))]), field: "phone_numbers[0]"),
        Case(rule: "phone.mobile_slot", customer: Fixtures.normalized(phones: [
            PhoneResult(slot: .mobile, slotID: "mob", raw: "0733030050", e164: "+31733030050", kind: .fixedLine, region: "NL", outcome: .valid)]),
             field: "phone_numbers[mob]", suggestion: "+31733030050"),
        Case(rule: "phone.mobile_slot", customer: Fixtures.normalized(phones: [
            PhoneResult(slot: .mobile, slotID: "mob", raw: "06-12345678", e164: "+31612345678", kind: .mobile, region: "NL", outcome: .valid)]),
             field: nil),
        Case(rule: "phone.format", customer: Fixtures.normalized(phones: [
            PhoneResult(slot: .mobile, slotID: "mob", raw: "06-12345678", e164: "+31612345678", kind: .mobile, region: "NL", outcome: .valid)]),
             field: "phone_numbers[mob]", suggestion: "+31612345678"),
        Case(rule: "email.valid", customer: Fixtures.normalized(Customer(email: "jan.gmail.com"),
             email: EmailResult(raw: "jan.gmail.com", outcome: .invalid(reason: "no @"))), field: "email"),
        Case(rule: "email.domain_typo", customer: Fixtures.normalized(Customer(email: "jan@gmial.com"),
             email: EmailResult(raw: "jan@gmial.com", key: "jan@gmial.com", outcome: .valid, suggestion: "jan@gmail.com")),
             field: "email", suggestion: "jan@gmail.com"),
        // An invalid address with a suggestion is reported once, by email.valid.
        Case(rule: "email.domain_typo", customer: Fixtures.normalized(Customer(email: "jan@gmial"),
             email: EmailResult(raw: "jan@gmial", outcome: .invalid(reason: "no top-level domain"), suggestion: "jan@gmail.com")), field: nil),
        Case(rule: "vat.valid", customer: Fixtures.normalized(Customer(vatNumber: "NL855630694B01"),
             vat: VATResult(raw: "NL855630694B01", canonical: "NL855630694B01", scheme: nil, outcome: .invalid(reason: "fails the 11-test"))),
             field: "vat_number"),
        Case(rule: "vat.format", customer: Fixtures.normalized(Customer(vatNumber: "nl855630693b01"),
             vat: VATResult(raw: "nl855630693b01", canonical: "NL855630693B01", scheme: .nlClassic, outcome: .valid)),
             field: "vat_number", suggestion: "NL855630693B01"),
        Case(rule: "kvk.valid", customer: Fixtures.normalized(Customer(cocNumber: "123"),
             kvk: KvKResult(raw: "123", outcome: .invalid(reason: "has 3 digits"))), field: "coc_number"),
        Case(rule: "kvk.format", customer: Fixtures.normalized(Customer(cocNumber: "6435 6582"),
             kvk: KvKResult(raw: "6435 6582", canonical: "64356582", outcome: .valid)), field: "coc_number", suggestion: "64356582"),
    ]

    @Test(arguments: cases)
    func rule(_ testCase: Case) {
        let findings = Fixtures.findings(testCase.rule, [testCase.customer])
        guard let field = testCase.field else {
            #expect(findings.isEmpty, "unexpected: \(findings.map(\.message))")
            return
        }
        #expect(findings.count == 1)
        let finding = findings.first
        #expect(finding?.rule == testCase.rule)
        #expect(finding?.field == field)
        #expect(finding?.suggestion == testCase.suggestion)
        #expect(finding?.customerID == testCase.customer.id)
    }

    @Test func valueIsReportedAsSent() {
        let hostile = "<img src=x onerror=alert(1)> 5388gm"
        let customer = Fixtures.normalized(Customer(postcode: hostile), address: AddressResult(postcodeOutcome: .invalid(reason: "not a postcode")))
        let finding = Fixtures.findings("postcode.valid", [customer]).first
        #expect(finding?.value == hostile)
        #expect(finding?.message.contains("<img") == false)
    }
}
