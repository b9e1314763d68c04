import Testing
@testable import Matching

/// Every comparison's own examples, and a table of (left, right → level label) rows.
struct ComparisonTests {
    static let comparisons = MatchingConfiguration.default.makeComparisons()

    static var examples: [(String, ComparisonExample)] {
        comparisons.flatMap { comparison in comparison.examples.map { (comparison.name, $0) } }
    }

    @Test(arguments: 0..<examples.count)
    func builtInExample(_ index: Int) throws {
        let (name, example) = Self.examples[index]
        let comparison = try #require(Self.comparisons.first { $0.name == name })
        let level = comparison.level(example.left.normalized(id: 1), example.right.normalized(id: 2))
        #expect(level.id == example.expectedLevel, "\(name): \(example.left) vs \(example.right)")
        // Symmetric: the order of the two customers never matters.
        #expect(comparison.level(example.right.normalized(id: 2), example.left.normalized(id: 1)).id == example.expectedLevel)
    }

    @Test func everyLevelHasAnExampleAndALabel() {
        for comparison in Self.comparisons {
            let covered = Set(comparison.examples.map(\.expectedLevel))
            for level in comparison.levels {
                #expect(covered.contains(level.id), "\(comparison.name) has no example for \(level.id)")
                #expect(!level.label.isEmpty)
            }
            #expect(comparison.levels.first?.id == "null")
            #expect(Set(comparison.levels.map(\.id)).count == comparison.levels.count)
        }
    }

    @Test(arguments: [
        ("surname", ExampleCustomer(surname: "de vries"), ExampleCustomer(surname: "de vries"), "Exact match on surname"),
        ("surname", ExampleCustomer(surname: "wijgergangs"), ExampleCustomer(surname: "wijgergans"), "One typing error apart (a letter swapped, doubled, dropped or replaced)"),
        ("surname", ExampleCustomer(surname: "jansen"), ExampleCustomer(surname: "janssens"), "Surname Jaro-Winkler ≥ 0.92"),
        ("first_name", ExampleCustomer(firstName: "jan", initials: "JH"), ExampleCustomer(firstName: "jan", initials: "JP"), "Same first name, other initials (J.H. against J.P. or J.)"),
        ("surname", ExampleCustomer(surname: "jansen"), ExampleCustomer(surname: "visser"), "Different surnames"),
        ("first_name", ExampleCustomer(firstName: "hendrik", canonicalFirstName: "hendrik"),
         ExampleCustomer(firstName: "henk", canonicalFirstName: "hendrik"), "Short form of the same first name"),
        ("first_name", ExampleCustomer(initials: "J"), ExampleCustomer(firstName: "jan"), "Only initials on one side, and they agree with the other's initials or first name"),
        ("postcode", ExampleCustomer(postcode: "5388GM"), ExampleCustomer(postcode: "5388GM"), "Exact match on postcode"),
        ("postcode", ExampleCustomer(postcode: "5388GM"), ExampleCustomer(postcode: "5388XX"), "Same postcode digits"),
        ("postcode", ExampleCustomer(postcode: "5388GM"), ExampleCustomer(postcode: "5391AA"), "Same first two postcode digits"),
        ("house_number", ExampleCustomer(postcode: "5388GM", houseNumber: 1, postfix: "c"), ExampleCustomer(postcode: "5388GM", houseNumber: 1), "Same house number, postfix differs"),
        ("phone", ExampleCustomer(mobiles: ["+31612345678"]), ExampleCustomer(mobiles: ["+31612345678"]), "Same mobile number"),
        ("phone", ExampleCustomer(mobiles: ["+31612345678"]), ExampleCustomer(mobiles: ["+31687654321"]), "Different mobile numbers"),
        ("email", ExampleCustomer(email: "name@domain.nl"), ExampleCustomer(email: "NAME@domain.nl"), "Exact match on e-mail"),
        ("email", ExampleCustomer(email: "name@domain.nl"), ExampleCustomer(), "E-mail missing on either side"),
        ("company", ExampleCustomer(company: "cyclesoftware"), ExampleCustomer(company: "cyclesoftware"), "Exact match on company name"),
        ("street_city", ExampleCustomer(street: "kerkstraat", city: "uden"), ExampleCustomer(street: "dorpsstraat", city: "uden"), "Same city, other street"),
        ("business_id", ExampleCustomer(vat: "NL855630693B01"), ExampleCustomer(vat: "NL000000000B01"), "Different KvK or VAT numbers"),
    ])
    func levelLabel(comparison name: String, left: ExampleCustomer, right: ExampleCustomer, label: String) throws {
        let comparison = try #require(Self.comparisons.first { $0.name == name })
        #expect(comparison.level(left.normalized(id: 1), right.normalized(id: 2)).label == label)
    }
}
