/// One real-world customer (a person, or a company with its contact person) before it is written
/// into one or more records. Duplicates are several records rendered from one entity.
struct Entity: Sendable {
    enum Kind: String, Sendable {
        case consumer = "Klant", business = "Zakelijk", eCommerce = "E-commerce"
    }

    var kind: Kind
    var gender: FirstName.Gender
    /// Official first name (gives the initials).
    var officialFirstName: String
    /// The name the person goes by.
    var calledFirstName: String
    /// Initials with dots ("J.H.").
    var initials: String
    var surname: Surname
    /// "jr." / "sr." after the surname, for fathers and sons.
    var generationSuffix: String
    /// ASCII forms for e-mail addresses (equal to the names for Latin names).
    var romanFirstName: String
    var romanSurname: String
    var address: Address
    /// National digits, e.g. `0612345678`.
    var mobile: String?
    var landline: String?
    var email: String?
    var company: Company?
    var kvk: String
    var vat: String
    var discount: Int
    /// Whether this person writes the particle inside `name` ("van der Meer") rather than in `insertion`.
    var particleInName: Bool
    var title: String
}

enum EntityFactory {
    /// A new, clean entity.
    static func person<R: RandomNumberGenerator>(_ config: GeneratorConfiguration, using rng: inout R) -> Entity {
        let countryRoll = Double.random(in: 0..<1, using: &rng)
        let country: Country = countryRoll < 0.93 ? .netherlands : countryRoll < 0.97 ? .belgium : .germany
        let isBusiness = country != .germany && rng.chance(0.12)
        let kind: Entity.Kind = isBusiness ? .business : rng.chance(0.25) ? .eCommerce : .consumer
        let address = AddressFactory.draw(in: country, using: &rng)

        var entity: Entity
        if !isBusiness && rng.chance(config.nonLatinRate) {
            let name = rng.pick(NonLatinNames.all)
            entity = Entity(kind: kind, gender: name.gender, officialFirstName: name.first, calledFirstName: name.first,
                            initials: "", surname: Surname(particle: "", core: name.surname), generationSuffix: "",
                            romanFirstName: name.romanFirst, romanSurname: name.romanSurname, address: address,
                            mobile: nil, landline: nil, email: nil, company: nil, kvk: "", vat: "", discount: 0,
                            particleInName: false, title: "")
        } else {
            let first = DutchFirstNames.table.pick(using: &rng)
            let surname = DutchSurnames.draw(using: &rng)
            entity = Entity(kind: kind, gender: first.gender, officialFirstName: first.official, calledFirstName: first.called,
                            initials: initials(for: first, using: &rng), surname: surname, generationSuffix: "",
                            romanFirstName: first.called, romanSurname: surname.full, address: address,
                            mobile: nil, landline: nil, email: nil, company: nil, kvk: "", vat: "", discount: 0,
                            particleInName: rng.chance(0.3), title: "")
        }
        entity.title = title(for: entity.gender, using: &rng)
        if rng.chance(0.85) { entity.mobile = PhoneFactory.mobile(country: country, using: &rng) }
        if entity.mobile == nil || rng.chance(0.4) {
            entity.landline = PhoneFactory.landline(areaCode: address.areaCode, country: country, using: &rng)
        }
        if isBusiness {
            let company = CompanyFactory.draw(surname: entity.surname, city: address.city, using: &rng)
            entity.company = company
            entity.email = (rng.chance(0.5) ? "info" : EmailFactory.slug(entity.romanFirstName)) + "@" + company.domain
            if country == .netherlands {
                entity.kvk = Identifiers.kvk(using: &rng)
                entity.vat = rng.chance(0.85) ? Identifiers.dutchVATElevenTest(using: &rng) : Identifiers.dutchVATMod97(using: &rng)
            } else {
                entity.vat = Identifiers.belgianVAT(using: &rng)
            }
            entity.discount = rng.pick([0, 0, 5, 10, 10, 15, 20])
            if entity.landline == nil { entity.landline = PhoneFactory.landline(areaCode: address.areaCode, country: country, using: &rng) }
        } else {
            if kind == .eCommerce || rng.chance(0.92) { entity.email = personalEmail(for: entity, using: &rng) }
            entity.discount = rng.chance(0.08) ? rng.pick([5, 10, 15]) : 0
        }
        return entity
    }

    static func personalEmail<R: RandomNumberGenerator>(for entity: Entity, using rng: inout R) -> String {
        EmailFactory.personal(first: entity.romanFirstName, surname: entity.romanSurname,
                              domain: EmailFactory.provider(for: entity.address.country, using: &rng), using: &rng)
    }

    /// Initials from the official name, sometimes with a second given name ("J.H.").
    static func initials<R: RandomNumberGenerator>(for first: FirstName, using rng: inout R) -> String {
        var out = String(first.official.prefix(1)) + "."
        if rng.chance(0.35) {
            let second = DutchFirstNames.table(for: first.gender).pick(using: &rng)
            out += String(second.official.prefix(1)) + "."
        }
        return out
    }

    static func title<R: RandomNumberGenerator>(for gender: FirstName.Gender, using rng: inout R) -> String {
        let roll = Double.random(in: 0..<1, using: &rng)
        if roll < 0.08 { return "" }
        if roll < 0.13 { return "Dhr./Mevr." }
        return gender == .male ? "Dhr." : "Mevr."
    }

    /// A different person of `gender` (a partner, a child, a neighbour).
    static func renamed<R: RandomNumberGenerator>(_ entity: Entity, gender: FirstName.Gender, surname: Surname,
                                                  avoiding other: String, using rng: inout R) -> Entity {
        var copy = entity
        var first = DutchFirstNames.table(for: gender).pick(using: &rng)
        while first.called == other || first.official == other { first = DutchFirstNames.table(for: gender).pick(using: &rng) }
        copy.gender = gender
        copy.officialFirstName = first.official
        copy.calledFirstName = first.called
        copy.initials = initials(for: first, using: &rng)
        copy.surname = surname
        copy.romanFirstName = first.called
        copy.romanSurname = surname.full
        copy.title = title(for: gender, using: &rng)
        return copy
    }
}
