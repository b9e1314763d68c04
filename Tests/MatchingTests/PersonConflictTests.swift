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
        // A son at home without an e-mail address of his own.
        (ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                         mobiles: ["+31617411230"]), true),
        // Two records of one company: the contact person, and the mobile, changed.
        (ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                         mobiles: ["+31617411230"], email: "hhoogwaard@kpnmail.nl", kvk: "64356582"), false),
        // A son at home with a mailbox of his own and no mobile.
        (ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                         email: "hhoogwaard@kpnmail.nl"), true),
        (ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                         phones: ["+31769318247"], email: "henk.hoogwaard@kpnmail.nl"), true),
        // The father's mailbox with its provider mistyped is his mailbox typed twice, and an
        // address that cannot receive mail is no mailbox of one's own.
        (ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                         email: "henk.hoogwaard@live.nll"), false),
        (ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                         email: "hhoogwaard@kpnmail"), false),
        (ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                         mobiles: ["+31617411230"], email: "hhoogwaard@kpnmail"), true),
        // Moved and changed e-mail: one person, as far as mailboxes tell.
        (ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "1011AB", houseNumber: 3,
                         email: "hhoogwaard@kpnmail.nl"), false),
        // The same mailbox without a mobile, and no mailbox at all.
        (ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                         email: "henk.hoogwaard@live.nl"), false),
        (ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                         phones: ["+31769318247"]), false),
        // At one address the same mobile ties them, whatever the mailboxes say.
        (ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                         mobiles: ["+31656135537"], email: "hhoogwaard@kpnmail.nl"), false),
    ])
    func conflictNeedsDifferentMobilesOrMailboxesAndNothingShared(_ other: ExampleCustomer, _ expected: Bool) {
        var father = Self.father
        if other.kvk != nil { father.kvk = other.kvk }
        let table = FeatureTable([father.normalized(id: 1), other.normalized(id: 2)])
        #expect(PersonConflict.between(0, 1, table) == expected)
        #expect(PersonConflict.between(1, 0, table) == expected)
    }

    @Test func aRecordWithTheMailboxOfOneAndTheMobileOfTheOtherTiesThem() {
        // One person: an old record with the mailbox only, a new one with another mailbox and a
        // mobile, and a third carrying the old mailbox and the new mobile.
        let old = ExampleCustomer(surname: "oosterhoek", firstName: "kees", postcode: "7556WM", houseNumber: 15,
                                  email: "k.oosterhoek@gmail.com")
        let new = ExampleCustomer(surname: "oosterhoek", firstName: "kees", postcode: "7556WM", houseNumber: 15,
                                  mobiles: ["+31633831337"], email: "koosterhoek@proton.me")
        let both = ExampleCustomer(surname: "oosterhoek", firstName: "kees", postcode: "7556WM", houseNumber: 15,
                                   mobiles: ["+31633831337"], email: "k.oosterhoek@gmail.com")
        let table = FeatureTable([old.normalized(id: 1), new.normalized(id: 2), both.normalized(id: 3)])
        #expect(PersonConflict.between(0, 1, table))
        #expect(PersonConflict.within([0, 1], table))
        #expect(!PersonConflict.within([0, 1, 2], table))
        // A father and his son each with only their own tie nothing: a third record with the
        // father's mailbox and no mobile leaves them apart.
        let fatherAgain = ExampleCustomer(surname: "oosterhoek", firstName: "kees", postcode: "7556WM", houseNumber: 15,
                                          email: "k.oosterhoek@gmail.com")
        let family = FeatureTable([old.normalized(id: 1), new.normalized(id: 2), fatherAgain.normalized(id: 3)])
        #expect(PersonConflict.within([0, 1, 2], family))
    }

    @Test func twoMailboxesWithoutAMobileOnEitherSideAreNoConflict() {
        var father = Self.father
        father.mobiles = []
        let son = ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                                  email: "hhoogwaard@kpnmail.nl")
        let table = FeatureTable([father.normalized(id: 1), son.normalized(id: 2)])
        #expect(!PersonConflict.between(0, 1, table))
    }

    @Test func aConflictingPairIsAtMostPossible() {
        let son = ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                                  phones: ["+31769318247"], mobiles: ["+31617411230"], email: "hhoogwaard@kpnmail.nl")
        var father = Self.father
        father.phones = ["+31769318247"]
        father.reference = "M-40712"
        var sonWithReference = son
        sonWithReference.reference = "M-40712"
        let customers = [father.normalized(id: 1), sonWithReference.normalized(id: 2)]
        let clusters = DuplicateFinder(configuration: .default).run(customers).clusters
        // The shared customer reference alone would make them certain; the conflict caps the band.
        #expect(clusters.count == 1)
        #expect(clusters.allSatisfy { $0.band == .possible })
    }

    @Test func aSonWithHisOwnMailboxAndNoMobileIsAtMostPossible() {
        // Name, address and landline shared; the son shows a mailbox of his own and no mobile.
        var father = Self.father
        father.phones = ["+31769318247"]
        let son = ExampleCustomer(surname: "hoogwaard", firstName: "henk", postcode: "4836BS", houseNumber: 67,
                                  phones: ["+31769318247"], email: "hhoogwaard@kpnmail.nl")
        let clusters = DuplicateFinder(configuration: .default).run([father.normalized(id: 1), son.normalized(id: 2)]).clusters
        #expect(clusters.count == 1)
        #expect(clusters.allSatisfy { $0.band == .possible })
    }
}
