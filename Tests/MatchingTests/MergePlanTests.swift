import CustomerModel
import Normalization
import Testing
@testable import Matching

struct MergePlanTests {
    static func customer(_ id: Int, _ example: ExampleCustomer, created: String? = nil, invalidEmail: Bool = false) -> NormalizedCustomer {
        var customer = example.normalized(id: id)
        customer.customer.datetimeCreated = created
        if invalidEmail { customer.email.outcome = .invalid(reason: "domain has no dot") }
        return customer
    }

    static let members = [
        customer(8, ExampleCustomer(surname: "jansen", firstName: "jan", postcode: "5388GM", houseNumber: 1,
                                    mobiles: ["+31612345678"], email: "jan@jansencom", company: nil), created: "2020-01-01 10:00:00", invalidEmail: true),
        customer(1006, ExampleCustomer(surname: "jansen", firstName: "jan", postcode: "5388GM", houseNumber: 1, city: "nistelrode",
                                       mobiles: ["+31612345679"], email: "jan@jansen.com"), created: "2024-05-01 09:00:00"),
        customer(2000, ExampleCustomer(surname: "janssen", firstName: "jan", initials: "J", postcode: "5388GM", houseNumber: 1,
                                       mobiles: ["+31612345679"]), created: "2023-01-01 09:00:00"),
    ]

    func merged(_ plan: MergePlanner.Plan, _ field: String) -> MergedValue? { plan.merged.first { $0.field == field } }

    @Test func mostCompleteSurvivorAndReasons() throws {
        let plan = MergePlanner(policy: .mostComplete).plan(Self.members)
        #expect(plan.survivorID == 1006)
        #expect(merged(plan, "city") == MergedValue(field: "city", value: "nistelrode", reason: "survivor", fromCustomer: 1006))
        #expect(merged(plan, "email") == MergedValue(field: "email", value: "jan@jansen.com", reason: "valid", fromCustomer: 1006))
        #expect(merged(plan, "phone_numbers[mob]")?.reason == "majority")
        #expect(merged(plan, "phone_numbers[mob]")?.value == "+31612345679")
        #expect(merged(plan, "name")?.value == "jansen")
        #expect(merged(plan, "postcode")?.reason == "survivor")
        #expect(plan.conflicts.contains(FieldConflict(field: "phone_numbers[mob]", values: ["+31612345678", "+31612345679"])))
        #expect(plan.conflicts.contains(FieldConflict(field: "name", values: ["jansen", "janssen"])))
        #expect(!plan.conflicts.contains { $0.field == "email" })
    }

    @Test func fillsAGapFromAnotherRecord() {
        let plan = MergePlanner(policy: .oldest).plan(Self.members)
        #expect(plan.survivorID == 8)
        #expect(merged(plan, "city") == MergedValue(field: "city", value: "nistelrode", reason: "most_complete", fromCustomer: 1006))
    }

    @Test(arguments: [(SurvivorPolicy.mostComplete, 1006), (.oldest, 8), (.mostRecent, 1006)])
    func survivorPolicies(policy: SurvivorPolicy, survivor: Int) {
        #expect(MergePlanner(policy: policy).plan(Self.members).survivorID == survivor)
    }

    @Test func tieGoesToTheMostRecentRecord() {
        let two = [Self.members[0], Self.members[2]]
        let plan = MergePlanner(policy: .oldest).plan(two)
        #expect(merged(plan, "phone_numbers[mob]") == MergedValue(field: "phone_numbers[mob]", value: "+31612345679", reason: "most_recent", fromCustomer: 2000))
    }

    @Test func theMergedRecordKeepsEveryNumberOfEveryMember() {
        var a = Self.customer(1, ExampleCustomer(surname: "Aleksandar", firstName: "Adri", mobiles: ["+381602222222"]), created: "2020-01-01 10:00:00")
        a.customer.phoneNumbers.append(PhoneNumber(phoneNumberID: "714253", phoneNumber: "+381 60 3333333", name: "Extra 1"))
        a.phones.append(PhoneResult(slot: .extra, slotID: "714253", raw: "+381 60 3333333", e164: "+381603333333", kind: .mobile, outcome: .valid))
        var b = Self.customer(2, ExampleCustomer(surname: "Aleksandar", firstName: "Adri", mobiles: ["+31624238848"]), created: "2024-01-01 10:00:00")
        b.customer.phoneNumbers.append(PhoneNumber(phoneNumberID: "453383", phoneNumber: "06 24238849", name: "Werk"))
        b.phones.append(PhoneResult(slot: .extra, slotID: "453383", raw: "06 24238849", e164: "+31624238849", kind: .mobile, outcome: .valid))
        let plan = MergePlanner(policy: .oldest).plan([a, b])
        let numbers = plan.record.phoneNumbers
        #expect(numbers.map(\.phoneNumberID) == ["mob", "tel", "714253", nil, "453383"])
        #expect(Set(numbers.compactMap(\.phoneNumber).filter { !$0.isEmpty })
                == ["+31624238848", "+381602222222", "+381 60 3333333", "06 24238849"])
        #expect(numbers.first { $0.phoneNumberID == "453383" }?.name == "Werk")
        #expect(plan.conflicts.contains { $0.field == "phone_numbers[mob]" })
        #expect(merged(plan, "phone_numbers[714253]")?.reason == "other_number")
    }

    @Test func houseNumberAndPostfixStayApartAndValuesStayAsWritten() {
        var a = Self.customer(1, ExampleCustomer(surname: "Wit", firstName: "Lea", initials: "LW", postcode: "5388GM", houseNumber: 59, postfix: "1"),
                              created: "2020-01-01 10:00:00")
        a.customer.initials = "L.W."
        a.customer.postcode = "5388 GM"
        var b = Self.customer(2, ExampleCustomer(surname: "Wit", firstName: "Lea", initials: "LW", postcode: "5388GM", houseNumber: 59, postfix: "1"),
                              created: "2024-01-01 10:00:00")
        b.customer.houseNumber = "59 1" // the postfix typed into the number field
        b.customer.houseNumberPostfix = nil
        b.customer.initials = "L.W."
        let plan = MergePlanner(policy: .mostRecent).plan([a, b])
        #expect(plan.survivorID == 2)
        #expect(plan.record.houseNumber == "59")
        #expect(plan.record.houseNumberPostfix == "1")
        #expect(plan.record.initials == "L.W.")
        #expect(plan.record.postcode == "5388GM", "the survivor's own spelling of the same postcode")
        #expect(plan.record.city == "", "every writable field is present")
        #expect(plan.conflicts.isEmpty)
    }

    /// A recent typo must not win over the spelling the other fields agree on.
    @Test func whatTheOtherFieldsSpellBeatsTheMostRecentRecord() {
        var a = Self.customer(1, ExampleCustomer(surname: "Eikekamp", firstName: "Lars", email: "l.eikekamp@fietsen.nl", company: "Eikekamp Tweewielers"),
                              created: "2019-01-01 10:00:00")
        a.customer.attn = "L. Eikekamp"
        let b = Self.customer(2, ExampleCustomer(surname: "Eiekkamp", firstName: "Lars", email: "l.eikekamp@fietsen.nl"),
                              created: "2025-01-01 10:00:00")
        let plan = MergePlanner(policy: .mostRecent).plan([a, b])
        #expect(plan.survivorID == 2)
        #expect(merged(plan, "name") == MergedValue(field: "name", value: "Eikekamp", reason: "agreement", fromCustomer: 1))
        #expect(plan.conflicts.contains(FieldConflict(field: "name", values: ["Eiekkamp", "Eikekamp"])), "still a conflict for the reviewer")
    }

    @Test(arguments: [
        // (values as (member, value, key, valid), expected value, expected reason)
        ([(0, "jansen", "jansen", true), (1, "janssen", "janssen", true), (2, "jansen", "jansen", true)], "jansen", "majority"),
        ([(0, "x@y", "x@y", false), (1, "x@y", "x@y", false), (2, "jan@jansen.nl", "jan@jansen.nl", true)], "jan@jansen.nl", "valid"),
        ([(0, "Berg", "berg", true), (1, "van den Berg-de Vries", "van den berg-de vries", true)], "van den Berg-de Vries", "more_complete"),
        ([(0, "0612345678", "+31612345678", true), (1, "0612345679", "+31612345679", true)], "0612345679", "most_recent"),
    ])
    func valueChoiceOrder(values: [(Int, String, String, Bool)], value: String, reason: String) throws {
        let candidates = values.map { MergeCandidate(member: $0.0, value: $0.1, key: $0.2, valid: $0.3) }
        // Member 1 is the most recent, member 0 the survivor.
        let choice = try #require(ValueChoice.choose(candidates, survivor: 0, newer: { a, b in a == 1 && b != 1 }))
        #expect(choice.candidate.value == value)
        #expect(choice.reason == reason)
    }
}
