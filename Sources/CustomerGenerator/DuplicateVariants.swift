import CustomerModel

/// Re-registrations of one entity the way they happen at a counter, in a webshop or on a repair
/// ticket. Each variant changes one or two things; a few of them are also quality problems (a
/// lower-case postcode, a surname in capitals), which are recorded as planted problems.
enum DuplicateVariants {
    enum Change: CaseIterable {
        case surnameTypo, initialOnly, shortVersusOfficial, particleMoved, postcodeFormat, phoneFormat,
             emailMissing, emailDifferent, moved, caseChanged, otherChannel, companyRespelled,
             namesSwapped, mobileLeftOut, marriedName, contactPersonChanged, romanised, streetTypo
    }

    /// A second record of the entity in `original`'s group: the entity and style after one to three changes.
    static func copy<R: RandomNumberGenerator>(of original: PendingRecord, using rng: inout R) -> PendingRecord {
        for _ in 0..<10 {
            var record = original
            record.problems = []
            record.style.reference = rng.chance(0.15)
            let count = rng.chance(0.55) ? 1 : rng.chance(0.7) ? 2 : 3
            var applied = 0
            var attempts = 0
            while applied < count && attempts < 20 {
                attempts += 1
                if apply(rng.pick(Change.allCases), to: &record, using: &rng) { applied += 1 }
            }
            // A person who moved, dropped the e-mail and has no mobile has left no trace a shop
            // could follow; such a pair is not a duplicate anyone can be expected to find.
            if keepsALink(original, record) { return record }
        }
        var record = original
        record.problems = []
        record.style.phoneStyle = (record.style.phoneStyle + 5) % 10
        return record
    }

    /// Whether the copy still shares an address, a mobile, an e-mail or a KvK number with the original.
    static func keepsALink(_ original: PendingRecord, _ copy: PendingRecord) -> Bool {
        let a = original.entity, b = copy.entity
        let sameAddress = a.address == b.address
        let sameMobile = a.mobile != nil && a.mobile == b.mobile
        let sameEmail = a.email != nil && a.email == b.email && original.style.includeEmail && copy.style.includeEmail
        let sameKvK = !a.kvk.isEmpty && a.kvk == b.kvk
        return sameAddress || sameMobile || sameEmail || sameKvK
    }

    private static func apply<R: RandomNumberGenerator>(_ change: Change, to record: inout PendingRecord, using rng: inout R) -> Bool {
        switch change {
        case .surnameTypo:
            guard let typo = oneEdit(record.entity.surname.core, using: &rng) else { return false }
            record.entity.surname = Surname(particle: record.entity.surname.particle, core: typo)
        case .initialOnly:
            guard record.style.firstNameForm != .initialsOnly, !record.entity.initials.isEmpty else { return false }
            record.style.firstNameForm = .initialsOnly
        case .shortVersusOfficial:
            guard record.entity.officialFirstName != record.entity.calledFirstName else { return false }
            record.style.firstNameForm = record.style.firstNameForm == .official ? .called : .official
        case .particleMoved:
            guard !record.entity.surname.particle.isEmpty else { return false }
            record.style.particleInName.toggle()
        case .postcodeFormat:
            guard record.entity.address.country == .netherlands, !record.problems.contains(where: { $0.field == "postcode" }) else { return false }
            if rng.chance(0.4) {
                record.problems.append((CustomerField.postcode.rawValue, "postcode.not_canonical"))
            } else {
                record.style.postcodeSpaced.toggle()
            }
        case .phoneFormat:
            guard record.entity.mobile != nil || record.entity.landline != nil else { return false }
            record.style.phoneStyle = (record.style.phoneStyle + Int.random(in: 1...9, using: &rng)) % 10
        case .emailMissing:
            guard record.style.includeEmail, record.entity.email != nil else { return false }
            record.style.includeEmail = false
        case .emailDifferent:
            guard record.entity.company == nil else { return false }
            record.entity.email = EntityFactory.personalEmail(for: record.entity, using: &rng)
        case .moved:
            // A new address and landline; mobile and e-mail go along with the person.
            guard record.entity.mobile != nil || record.entity.email != nil else { return false }
            let country = record.entity.address.country
            record.entity.address = AddressFactory.elsewhere(than: record.entity.address, using: &rng)
            if record.entity.landline != nil {
                record.entity.landline = PhoneFactory.landline(areaCode: record.entity.address.areaCode, country: country, using: &rng)
            }
        case .caseChanged:
            guard !record.entity.initials.isEmpty, !record.problems.contains(where: { $0.field == "name" }) else { return false }
            record.problems.append((CustomerField.name.rawValue, rng.chance(0.6) ? "casing.all_caps" : "casing.all_lower"))
        case .otherChannel:
            guard record.entity.kind != .business else { return false }
            record.style.typeOverride = record.entity.kind == .consumer ? .eCommerce : .consumer
        case .companyRespelled:
            guard let company = record.entity.company else { return false }
            record.style.companyNameOverride = CompanyFactory.respelled(company, using: &rng)
        case .namesSwapped:
            // A form filled in the wrong order is rarer than the other slips.
            guard record.entity.kind != .business, rng.chance(0.4) else { return false }
            swapNames(&record)
        case .mobileLeftOut:
            // Not every form asks for a mobile, and not every customer gives it twice.
            guard record.entity.mobile != nil, record.entity.landline != nil else { return false }
            record.entity.mobile = nil
        case .marriedName:
            guard record.entity.kind != .business, record.entity.gender == .female, record.entity.generationSuffix.isEmpty else { return false }
            marry(&record, using: &rng)
        case .contactPersonChanged:
            guard record.entity.company != nil else { return false }
            changeContactPerson(&record, using: &rng)
        case .romanised:
            // A customer from abroad writes the name in Latin letters the next time.
            guard record.entity.romanFirstName != record.entity.calledFirstName || record.entity.romanSurname != record.entity.surname.full
            else { return false }
            record.entity.calledFirstName = record.entity.romanFirstName.capitalized
            record.entity.officialFirstName = record.entity.calledFirstName
            record.entity.surname = Surname(particle: "", core: record.entity.romanSurname.capitalized)
        case .streetTypo:
            guard let typo = oneEdit(record.entity.address.street, using: &rng) else { return false }
            record.entity.address.street = typo
        }
        return true
    }

    /// First name in the surname field and the surname in the first-name field.
    private static func swapNames(_ record: inout PendingRecord) {
        let first = record.entity.calledFirstName, surname = record.entity.surname
        record.entity.calledFirstName = surname.full
        record.entity.officialFirstName = surname.full
        record.entity.surname = Surname(particle: "", core: first)
        record.style.firstNameForm = .called
        record.style.particleInName = true
    }

    /// A woman who took her partner's name in front of her own ("van den Berg-de Vries"), as
    /// Dutch women often do after marriage; either record of the pair may be the later one.
    private static func marry<R: RandomNumberGenerator>(_ record: inout PendingRecord, using rng: inout R) {
        let own = record.entity.surname
        let partner = DutchSurnames.draw(differentFrom: own, using: &rng)
        record.entity.surname = Surname(particle: partner.particle, core: partner.core + "-" + own.full)
        record.entity.particleInName = rng.chance(0.5)
        record.style.particleInName = record.entity.particleInName
    }

    /// A business whose contact person changed: company, KvK, VAT, address and landline stay;
    /// the person, the mobile and a personal e-mail at the company's domain are new.
    private static func changeContactPerson<R: RandomNumberGenerator>(_ record: inout PendingRecord, using rng: inout R) {
        let entity = record.entity
        let gender: FirstName.Gender = rng.chance(0.5) ? .male : .female
        var next = EntityFactory.renamed(entity, gender: gender, surname: DutchSurnames.draw(differentFrom: entity.surname, using: &rng),
                                         avoiding: entity.calledFirstName, using: &rng)
        next.mobile = rng.chance(0.7) ? PhoneFactory.mobile(country: entity.address.country, using: &rng) : nil
        if let email = entity.email, let domain = entity.company?.domain, !email.hasPrefix("info@") {
            next.email = EmailFactory.slug(next.romanFirstName) + "@" + domain
        }
        record.entity = next
        record.style.firstNameForm = .called
    }

    /// One typing error in a surname: a letter swapped, doubled, dropped or replaced, never the first.
    static func oneEdit<R: RandomNumberGenerator>(_ word: String, using rng: inout R) -> String? {
        var letters = Array(word)
        guard letters.count >= 4 else { return nil }
        let position = Int.random(in: 1..<(letters.count - 1), using: &rng)
        guard letters[position].isLowercase, letters[position + 1].isLowercase || position + 1 == letters.count - 1 else { return nil }
        switch Int.random(in: 0..<4, using: &rng) {
        case 0:
            guard letters[position] != letters[position + 1] else { return nil }
            letters.swapAt(position, position + 1)
        case 1: letters.insert(letters[position], at: position)
        case 2: letters.remove(at: position)
        default:
            let replacement = rng.pick(Array("aeiounrstldkm").filter { $0 != letters[position] })
            letters[position] = replacement
        }
        let result = String(letters)
        return result == word ? nil : result
    }
}
