import Testing
@testable import Matching

/// Pairs that contradict each other on what only one person has (mobile and mailbox) are never
/// certain or likely, however much name and address they share.
struct PersonConflictTests {
    static let father = ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                                        mobiles: ["+31656135537"], email: "henk.hoogwaard@live.nl")

    @Test(arguments: [
        // (other record, conflict expected)
        (ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                         mobiles: ["+31617411230"], email: "hhoogwaard@kpnmail.nl"), true),
        (ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                         mobiles: ["+31656135537"], email: "hhoogwaard@kpnmail.nl"), false),
        // The same local part at another provider is another mailbox.
        (ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                         mobiles: ["+31617411230"], email: "henk.hoogwaard@kpnmail.nl"), true),
        (ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                         mobiles: ["+31617411230"], email: "henk.hoogwaard@live.nl"), false),
        (ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                         mobiles: ["+31617411230"]), false),
        (ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                         email: "hhoogwaard@kpnmail.nl"), false),
    ])
    func conflictNeedsBothMobilesAndMailboxesToDiffer(_ other: ExampleCustomer, _ expected: Bool) {
        let table = FeatureTable([Self.father.normalized(id: 1), other.normalized(id: 2)])
        #expect(PersonConflict.between(0, 1, table) == expected)
        #expect(PersonConflict.between(1, 0, table) == expected)
    }

    @Test func aConflictingPairIsAtMostPossible() {
        let son = ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                                  phones: ["+31769318247"], mobiles: ["+31617411230"], email: "hhoogwaard@kpnmail.nl")
        var father = Self.father
        father.phones = ["+31769318247"]
        father.kvk = "64356582"
        var sonWithKvK = son
        sonWithKvK.kvk = "64356582"
        let customers = [father.normalized(id: 1), sonWithKvK.normalized(id: 2)]
        let clusters = DuplicateFinder(configuration: .default).run(customers).clusters
        // The shared registry number alone would make them certain; the conflict caps the band.
        #expect(clusters.count == 1)
        #expect(clusters.allSatisfy { $0.band == .possible })
    }
}
