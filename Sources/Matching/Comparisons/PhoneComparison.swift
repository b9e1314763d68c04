import Normalization

/// Phone numbers in E.164. A shared mobile is personal; a shared landline is also what a
/// household has, so it is a separate level. A landline belongs to an address: shared by two
/// records at the same postcode and house number it only repeats the address evidence, so there
/// it is not counted again. Two different mobiles speak against a match, except between two
/// records of one company, whose contact person (and with it the mobile) may change.
/// (Different landlines at different postcodes are what a move looks like, but leaving them
/// neutral left "no number in common" to pairs at one address, where it became evidence *for* a
/// match: 20,000 generated customers, weight +3.6, twins and fathers and sons merged.)
public struct PhoneComparison: NamedLevels {
    enum Level: Int, CaseIterable { case null, sameMobile, sameNumber, differentMobiles, different }

    public var name: String { "phone" }
    public var summary: String { "Phone numbers (E.164): a mobile in common, a landline in common, both have mobiles and none in common, or no number in common." }
    public var levels: [ComparisonLevel] {
        [
            .null("Valid phone number"),
            ComparisonLevel(id: "same_mobile", label: "Same mobile number", m: 0.6, u: 0.00001),
            ComparisonLevel(id: "same_number", label: "Same landline number", m: 0.15, u: 0.00001),
            ComparisonLevel(id: "different_mobiles", label: "Different mobile numbers", m: 0.1, u: 0.5),
            ComparisonLevel(id: "else", label: "No number in common", m: 0.15, u: 0.49998),
        ]
    }
    public var coveredBy: Set<BlockingKey> { [.phone, .mobile] }

    public init() {}

    @inline(__always)
    public func level(_ x: MatchRow, _ y: MatchRow, _ a: Int, _ b: Int, _ table: FeatureTable) -> Int {
        let slots = FeatureTable.phoneSlots
        if x.phones.0 == 0 || y.phones.0 == 0 { return Level.null.rawValue }
        let mobileA = x.mobileMask, mobileB = y.mobileMask
        var sharedLandline = false
        for i in 0..<slots {
            let number = x.phone(i)
            if number == 0 { break }
            for j in 0..<slots {
                let other = y.phone(j)
                if other == 0 { break }
                if number == other {
                    if mobileA & (1 << UInt8(i)) != 0 || mobileB & (1 << UInt8(j)) != 0 { return Level.sameMobile.rawValue }
                    sharedLandline = true
                }
            }
        }
        let bothMobile = mobileA != 0 && mobileB != 0 && !ContactPerson.ofOneCompany(x, y)
        if sharedLandline {
            if !x.mayShareAddress(with: y) { return Level.sameNumber.rawValue }
            return bothMobile ? Level.differentMobiles.rawValue : Level.null.rawValue
        }
        if bothMobile { return Level.differentMobiles.rawValue }
        if ContactPerson.ofOneCompany(x, y) || Self.landlinesOfTwoAddresses(x, y) { return Level.null.rawValue }
        return Level.different.rawValue
    }

    /// Only landlines, at two postcodes: a move brings a new landline, so given the postcodes
    /// differ, different landlines are as likely for one customer as for two; the postcode
    /// comparison weighs the move once. (Estimated from pairs sharing a mobile, which never show
    /// this, "no number in common" weighed −4.9 and a customer who moved was lost: 20,000
    /// generated customers, 30 of 58 missed true pairs.)
    @inline(__always)
    static func landlinesOfTwoAddresses(_ x: MatchRow, _ y: MatchRow) -> Bool {
        x.mobileMask == 0 && y.mobileMask == 0 && x.postcode != 0 && y.postcode != 0 && x.postcode != y.postcode
    }

    /// Numbers on both sides and still null: a landline shared at one address, landlines of two
    /// addresses, or two records of one company.
    public func neutralLabel(_ x: MatchRow, _ y: MatchRow) -> String? {
        guard x.phones.0 != 0 && y.phones.0 != 0 else { return nil }
        if x.mayShareAddress(with: y) { return "Same landline at one address: a household's, counts neither way" }
        if Self.landlinesOfTwoAddresses(x, y) { return "Landlines at two postcodes: a move changes the landline, the postcode weighs the move" }
        return "Two records of one company: its contact person's numbers change, the company decides"
    }

    /// The numbers compared: an invalid one is no number here (see the examples), so showing it
    /// beside "valid phone number missing" would contradict the label.
    public func display(_ customer: NormalizedCustomer) -> String? {
        let numbers = customer.phones.filter { !$0.outcome.isInvalid }.compactMap { $0.e164 }
        return numbers.isEmpty ? nil : numbers.joined(separator: ", ")
    }

    public var examples: [ComparisonExample] {
        [
            .init(ExampleCustomer(mobiles: ["+31612345678"]), ExampleCustomer(phones: ["+31733030050"], mobiles: ["+31612345678"]), "same_mobile"),
            .init(ExampleCustomer(phones: ["+31733030050"]), ExampleCustomer(phones: ["+31733030050"], mobiles: ["+31687654321"]), "same_number"),
            .init(ExampleCustomer(mobiles: ["+31612345678"]), ExampleCustomer(mobiles: ["+31612345679"]), "different_mobiles"),
            .init(ExampleCustomer(postcode: "5388GM", houseNumber: 1, phones: ["+31733030050"]),
                  ExampleCustomer(postcode: "5388GM", houseNumber: 1, phones: ["+31733030050"]), "null"),
            .init(ExampleCustomer(postcode: "5388GM", houseNumber: 1, phones: ["+31733030050"], mobiles: ["+31612345678"]),
                  ExampleCustomer(postcode: "5388GM", houseNumber: 1, phones: ["+31733030050"], mobiles: ["+31687654321"]), "different_mobiles"),
            .init(ExampleCustomer(phones: ["+31733030050"]), ExampleCustomer(mobiles: ["+31612345679"]), "else"),
            .init(ExampleCustomer(postcode: "5388GM", phones: ["+31412123456"]), ExampleCustomer(postcode: "1011AB", phones: ["+31201234567"]), "null"),
            // One house number missing or the postcode mistyped: nothing says it is another address.
            .init(ExampleCustomer(postcode: "5388GM", houseNumber: 1, phones: ["+31412123456"]),
                  ExampleCustomer(postcode: "5388GM", phones: ["+31412123456"]), "null"),
            .init(ExampleCustomer(postcode: "5388GM", houseNumber: 1, street: "kerkstraat", city: "nistelrode", phones: ["+31412123456"], mobiles: ["+31612345678"]),
                  ExampleCustomer(postcode: "5388MG", houseNumber: 1, street: "kerkstraat", city: "nistelrode", phones: ["+31412123456"], mobiles: ["+31687654321"]), "different_mobiles"),
            .init(ExampleCustomer(postcode: "5388GM", houseNumber: 1, phones: ["+31412123456"]),
                  ExampleCustomer(postcode: "5388GM", houseNumber: 3, phones: ["+31412123456"]), "same_number"),
            .init(ExampleCustomer(postcode: "5388GM", houseNumber: 1, phones: ["+31412123456"]),
                  ExampleCustomer(postcode: "5388GM", houseNumber: 3, phones: ["+31412654321"]), "else"),
            .init(ExampleCustomer(postcode: "5388GM", phones: ["+31412123456"]), ExampleCustomer(phones: ["+31201234567"]), "else"),
            .init(ExampleCustomer(postcode: "5388GM", phones: ["+31412123456"], mobiles: ["+31612345678"]),
                  ExampleCustomer(postcode: "1011AB", phones: ["+31201234567"]), "else"),
            .init(ExampleCustomer(postcode: "5388GM", mobiles: ["+31612345678"]), ExampleCustomer(postcode: "1011AB", mobiles: ["+31612345679"]), "different_mobiles"),
            .init(ExampleCustomer(mobiles: ["+31612345678"], company: "jansen fietsen"),
                  ExampleCustomer(mobiles: ["+31612345679"], company: "jansen fietsen"), "null"),
            .init(ExampleCustomer(mobiles: ["+31612345678"]), ExampleCustomer(), "null"),
            // An invalid number is no number: not a difference, and a shared placeholder is no link.
            .init(ExampleCustomer(mobiles: ["+31612345678"]), ExampleCustomer(invalidPhones: ["+316123"]), "null"),
            .init(ExampleCustomer(invalidPhones: ["+311111111111"]), ExampleCustomer(invalidPhones: ["+311111111111"]), "null"),
        ]
    }
}
