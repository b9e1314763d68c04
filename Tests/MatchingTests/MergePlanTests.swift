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
        #expect(merged(plan, "phone_mobile")?.reason == "majority")
        #expect(merged(plan, "phone_mobile")?.value == "+31612345679")
        #expect(merged(plan, "name")?.value == "jansen")
        #expect(merged(plan, "postcode")?.reason == "survivor")
        #expect(plan.conflicts.contains(FieldConflict(field: "phone_mobile", values: ["+31612345678", "+31612345679"])))
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
        #expect(merged(plan, "phone_mobile") == MergedValue(field: "phone_mobile", value: "+31612345679", reason: "most_recent", fromCustomer: 2000))
    }
}
