import Testing
@testable import Reporting

@Suite struct PIIMaskerTests {
    @Test(arguments: [
        ("email", "jan.jansen@example.nl", "j•••@example.nl"),
        ("email", "not-an-address", "•••"),
        ("email", "", ""),
        ("phone_numbers[mob]", "06-12345678", "••-••••••78"),
        ("phone_numbers[tel]", "+31 (0)73 123 4567", "+•• (•)•• ••• ••67"),
        ("phone", "+31611112222", "+•••••••••22"),
        ("house_number", "12", "•••"),
        ("house_number_postfix", "bis", "•••"),
        ("street", "Dorpsstraat 12a", "Dorpsstraat ••a"),
        ("postcode", "5388 GM", "5388 GM"),
        ("first_name", "Jan", "Jan"),
    ])
    func masksByFieldName(field: String, value: String, masked: String) {
        #expect(PIIMasker.mask(value, field: field) == masked)
    }

    @Test func maskedReportHidesPersonalDataEverywhereButKeepsCounts() throws {
        let report = ReportFixture.report()
        let masked = PIIMasker.mask(report)
        #expect(masked.summary == report.summary)
        #expect(masked.findings.map(\.id) == report.findings.map(\.id))
        let phone = try #require(masked.findings.first { $0.rule == "phone.format" })
        #expect(phone.value == "••••••••23")
        #expect(phone.message == "Mobile number ••••••••23 is not in international form")
        #expect(phone.suggestion == "+•• • ••••••23")
        let certain = masked.clusters[0]
        #expect(certain.members[0].fields["email"] == "j•••@example.nl")
        #expect(certain.members[0].fields["house_number"] == "•••")
        #expect(certain.members[0].fields["phone_numbers[mob]"] == "••-••••••22")
        #expect(certain.members[0].fields["first_name"] == "Jan")
        #expect(certain.merged["email"] == "j•••@example.nl")
        #expect(certain.merged["house_number"] == "•••")
        #expect(certain.merged.phoneNumbers.map(\.phoneNumber) == ["••-••••••22", "", "••••••••23"])
        #expect(certain.mergePlan.first { $0.field == "email" }?.value == "j•••@example.nl")
        #expect(certain.conflicts[0].values == ["••-••••••22", "••••••••23"])
        let phoneEvidence = try #require(certain.pairs[0].evidence.first { $0.field == "phone" })
        #expect(phoneEvidence.left == "+•••••••••22")
        let emailEvidence = try #require(certain.pairs[0].evidence.first { $0.field == "email" })
        #expect(emailEvidence.right == "j•••@example.nl")
    }
}
