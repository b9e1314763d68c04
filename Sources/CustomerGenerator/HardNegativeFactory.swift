/// Records that look alike but are different customers: the cases a matcher must keep apart.
enum HardNegativeFactory {
    /// Two or three entities that share something (an address, a name) but are distinct people.
    static func group<R: RandomNumberGenerator>(_ config: GeneratorConfiguration, using rng: inout R) -> (HardNegative.Kind, [Entity]) {
        var base = EntityFactory.person(config, using: &rng)
        // Hard negatives are about people; keep them consumers with a Latin name for clear cases.
        while base.kind == .business || base.initials.isEmpty { base = EntityFactory.person(config, using: &rng) }
        let roll = Double.random(in: 0..<1, using: &rng)
        if roll < 0.40 { return (.household, household(base, using: &rng)) }
        if roll < 0.60 { return (.fatherAndSon, fatherAndSon(base, using: &rng)) }
        if roll < 0.68 { return (.twins, twins(base, using: &rng)) }
        if roll < 0.85 { return (.neighbours, neighbours(base, config, using: &rng)) }
        return (.sameNameElsewhere, namesakes(base, config, using: &rng))
    }

    /// Partners (and sometimes a child) at one address with one landline; own mobiles, and in a
    /// quarter of households one shared e-mail address.
    private static func household<R: RandomNumberGenerator>(_ base: Entity, using rng: inout R) -> [Entity] {
        var first = base
        let country = base.address.country
        if first.landline == nil {
            first.landline = PhoneFactory.landline(areaCode: base.address.areaCode, country: country, using: &rng)
        }
        let partnerGender: FirstName.Gender = rng.chance(0.9) ? (base.gender == .male ? .female : .male) : base.gender
        let partnerSurname = rng.chance(0.6) ? base.surname : DutchSurnames.draw(differentFrom: base.surname, using: &rng)
        var partner = EntityFactory.renamed(first, gender: partnerGender, surname: partnerSurname,
                                            avoiding: base.calledFirstName, using: &rng)
        partner.mobile = rng.chance(0.85) ? PhoneFactory.mobile(country: country, using: &rng) : nil
        let shared = rng.chance(0.25)
        partner.email = shared ? first.email : EntityFactory.personalEmail(for: partner, using: &rng)
        var members = [first, partner]
        if rng.chance(0.25) {
            let childGender: FirstName.Gender = rng.chance(0.5) ? .male : .female
            var child = EntityFactory.renamed(first, gender: childGender, surname: base.surname,
                                              avoiding: base.calledFirstName, using: &rng)
            if child.calledFirstName == partner.calledFirstName { return members }
            child.mobile = PhoneFactory.mobile(country: country, using: &rng)
            child.email = EntityFactory.personalEmail(for: child, using: &rng)
            members.append(child)
        }
        return members
    }

    /// A father and son with the same name at the same address, each with his own mobile and e-mail;
    /// the son's initials may differ and the name may carry "jr." / "sr.".
    private static func fatherAndSon<R: RandomNumberGenerator>(_ base: Entity, using rng: inout R) -> [Entity] {
        var father = base
        father.gender = .male
        var name = DutchFirstNames.table(for: .male).pick(using: &rng)
        while name.official == name.called && rng.chance(0.5) { name = DutchFirstNames.table(for: .male).pick(using: &rng) }
        father.officialFirstName = name.official
        father.calledFirstName = name.called
        father.romanFirstName = name.called
        father.initials = EntityFactory.initials(for: name, using: &rng)
        father.title = "Dhr."
        let country = base.address.country
        father.mobile = PhoneFactory.mobile(country: country, using: &rng)
        father.email = EntityFactory.personalEmail(for: father, using: &rng)
        var son = father
        son.initials = EntityFactory.initials(for: name, using: &rng)
        son.mobile = PhoneFactory.mobile(country: country, using: &rng)
        while son.mobile == father.mobile { son.mobile = PhoneFactory.mobile(country: country, using: &rng) }
        son.email = EntityFactory.personalEmail(for: son, using: &rng)
        if son.email == father.email { son.email = "jr." + (son.email ?? "") }
        if rng.chance(0.4) {
            son.generationSuffix = "jr."
            if rng.chance(0.5) { father.generationSuffix = "sr." }
        }
        if rng.chance(0.5) { son.landline = nil }
        // A son living at home does not always leave a mobile or an e-mail of his own; what stays
        // is at least one thing only he has (other initials, jr., his own mobile or mailbox).
        let distinct = son.initials != father.initials || !son.generationSuffix.isEmpty
        if rng.chance(0.25) { son.mobile = nil }
        if rng.chance(0.15) && (distinct || son.mobile != nil) { son.email = nil }
        if !distinct && son.mobile == nil && son.email == nil { son.mobile = PhoneFactory.mobile(country: country, using: &rng) }
        if son.mobile == nil { son.landline = father.landline ?? PhoneFactory.landline(areaCode: base.address.areaCode, country: country, using: &rng) }
        return [father, son]
    }

    /// Twins at their parents' address: one surname, one landline, often the same first initial
    /// (Daan and Dirk), each with an own first name and mostly an own mobile and e-mail.
    private static func twins<R: RandomNumberGenerator>(_ base: Entity, using rng: inout R) -> [Entity] {
        var first = base
        let country = base.address.country
        if first.landline == nil { first.landline = PhoneFactory.landline(areaCode: base.address.areaCode, country: country, using: &rng) }
        let gender: FirstName.Gender = rng.chance(0.5) ? base.gender : (base.gender == .male ? .female : .male)
        var second = EntityFactory.renamed(first, gender: gender, surname: base.surname, avoiding: base.calledFirstName, using: &rng)
        if rng.chance(0.3) {
            // Parents who like alliteration: the same first letter, so the same first initial.
            for _ in 0..<20 where second.officialFirstName.prefix(1) != first.officialFirstName.prefix(1) {
                second = EntityFactory.renamed(first, gender: gender, surname: base.surname, avoiding: base.calledFirstName, using: &rng)
            }
        }
        // Two children are never given one name, in either form.
        while second.officialFirstName == first.officialFirstName || second.calledFirstName == first.officialFirstName
            || second.officialFirstName == first.calledFirstName {
            second = EntityFactory.renamed(first, gender: gender, surname: base.surname, avoiding: base.calledFirstName, using: &rng)
        }
        second.mobile = rng.chance(0.8) ? PhoneFactory.mobile(country: country, using: &rng) : nil
        second.email = rng.chance(0.85) ? EntityFactory.personalEmail(for: second, using: &rng) : nil
        if second.email == first.email { second.email = nil }
        return [first, second]
    }

    /// People on the same street with the same postcode, a few doors apart.
    private static func neighbours<R: RandomNumberGenerator>(_ base: Entity, _ config: GeneratorConfiguration,
                                                             using rng: inout R) -> [Entity] {
        var other = EntityFactory.person(config, using: &rng)
        while other.initials.isEmpty || other.kind == .business || other.surname.core == base.surname.core {
            other = EntityFactory.person(config, using: &rng)
        }
        other.address = AddressFactory.neighbour(of: base.address, using: &rng)
        if other.landline != nil {
            other.landline = PhoneFactory.landline(areaCode: base.address.areaCode, country: base.address.country, using: &rng)
        }
        other.mobile = other.mobile.map { _ in PhoneFactory.mobile(country: base.address.country, using: &rng) }
        return [base, other]
    }

    /// The same common first name and surname in another city, nothing else shared.
    private static func namesakes<R: RandomNumberGenerator>(_ base: Entity, _ config: GeneratorConfiguration,
                                                            using rng: inout R) -> [Entity] {
        var first = base
        first.surname = rng.pick([Surname(particle: "de", core: "Jong"), Surname(particle: "", core: "Jansen"),
                                  Surname(particle: "de", core: "Vries"), Surname(particle: "", core: "Bakker"),
                                  Surname(particle: "van den", core: "Berg"), Surname(particle: "", core: "Visser")])
        first.romanSurname = first.surname.full
        first.email = EntityFactory.personalEmail(for: first, using: &rng)
        var other = EntityFactory.person(config, using: &rng)
        while other.initials.isEmpty || other.kind == .business { other = EntityFactory.person(config, using: &rng) }
        other.gender = first.gender
        other.officialFirstName = first.officialFirstName
        other.calledFirstName = first.calledFirstName
        other.romanFirstName = first.romanFirstName
        other.surname = first.surname
        other.romanSurname = first.romanSurname
        other.title = first.title
        other.address = AddressFactory.elsewhere(than: first.address, using: &rng)
        let country = other.address.country
        if other.landline != nil {
            other.landline = PhoneFactory.landline(areaCode: other.address.areaCode, country: country, using: &rng)
        }
        if other.mobile != nil { other.mobile = PhoneFactory.mobile(country: country, using: &rng) }
        other.email = EntityFactory.personalEmail(for: other, using: &rng)
        if other.email == first.email { other.email = nil }
        return [first, other]
    }
}
