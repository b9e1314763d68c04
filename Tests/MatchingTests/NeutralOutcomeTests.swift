import Testing
@testable import Matching

/// A comparison that stays neutral with both values present says why; "missing" is kept for
/// values that are missing. Rows are (comparison, left, right → outcome id, label).
struct NeutralOutcomeTests {
    static let comparisons = MatchingConfiguration.default.makeComparisons()

    @Test(arguments: [
        ("email", ExampleCustomer(postcode: "5388GM", houseNumber: 1, email: "fam.jansen@ziggo.nl"),
         ExampleCustomer(postcode: "5388GM", houseNumber: 1, email: "fam.jansen@ziggo.nl"),
         "neutral", "Same mailbox at one address: a household's, counts neither way"),
        ("email", ExampleCustomer(email: "jan@example.nl"), ExampleCustomer(), "null", "E-mail missing on either side"),
        ("street_city", ExampleCustomer(postcode: "5388GM", street: "raadhuisplein", city: "nistelrode"),
         ExampleCustomer(postcode: "5388GM", street: "raadhuisplein", city: "nistelrode"),
         "neutral", "Both have a postcode: the postcode comparison weighs the address"),
        ("street_city", ExampleCustomer(street: "raadhuisplein"), ExampleCustomer(city: "nistelrode"), "null", "Street or city missing on either side"),
        ("house_number", ExampleCustomer(postcode: "5388GM", houseNumber: 1), ExampleCustomer(postcode: "5391AA", houseNumber: 1),
         "neutral", "Different postcodes: house numbers not compared"),
        ("house_number", ExampleCustomer(postcode: "5388GM", houseNumber: 1), ExampleCustomer(postcode: "5388GM"),
         "null", "Postcode or house number missing on either side"),
        ("phone", ExampleCustomer(postcode: "5388GM", houseNumber: 1, phones: ["+31733030050"]),
         ExampleCustomer(postcode: "5388GM", houseNumber: 1, phones: ["+31733030050"]),
         "neutral", "Same landline at one address: a household's, counts neither way"),
        ("phone", ExampleCustomer(postcode: "5388GM", phones: ["+31412123456"]), ExampleCustomer(postcode: "1011AB", phones: ["+31201234567"]),
         "neutral", "Landlines at two postcodes: a move changes the landline, the postcode weighs the move"),
        ("phone", ExampleCustomer(mobiles: ["+31612345678"], company: "jansen fietsen"),
         ExampleCustomer(mobiles: ["+31612345679"], company: "jansen fietsen"),
         "neutral", "Two records of one company: its contact person's numbers change, the company decides"),
        ("phone", ExampleCustomer(mobiles: ["+31612345678"]), ExampleCustomer(), "null", "Valid phone number missing on either side"),
        ("email", ExampleCustomer(email: "name@domain.nl"), ExampleCustomer(email: "NAME@domain.nl"), "exact", "Exact match on e-mail"),
    ])
    func outcome(comparison name: String, left: ExampleCustomer, right: ExampleCustomer, id: String, label: String) throws {
        let comparison = try #require(Self.comparisons.first { $0.name == name })
        for (a, b) in [(left, right), (right, left)] {
            let outcome = comparison.outcome(a.normalized(id: 1), b.normalized(id: 2))
            #expect(outcome.id == id)
            #expect(outcome.label == label)
        }
    }

    /// Whatever the pair, a label that says "missing" comes with a value missing on a side.
    @Test func noPairWithBothValuesIsCalledMissing() throws {
        let pairs = [
            (ExampleCustomer(mobiles: ["+31612345678"]), ExampleCustomer(invalidPhones: ["+316123"])),
            (ExampleCustomer(postcode: "5388GM", houseNumber: 1, phones: ["+31733030050"], email: "fam.jansen@ziggo.nl"),
             ExampleCustomer(postcode: "5388GM", houseNumber: 1, phones: ["+31733030050"], email: "fam.jansen@ziggo.nl")),
        ]
        for (left, right) in pairs {
            for comparison in Self.comparisons {
                let l = left.normalized(id: 1), r = right.normalized(id: 2)
                let outcome = comparison.outcome(l, r)
                if outcome.label.contains("missing") {
                    #expect(comparison.display(l) == nil || comparison.display(r) == nil, "\(comparison.name): \(outcome.label)")
                }
            }
        }
    }
}
