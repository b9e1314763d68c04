import CustomerModel

/// Per-worker memo of the surname and given-name halves of a name (both repeat far more often
/// than whole names do: ~85 % and ~95 % hits in generated files, against ~20 % for whole names).
/// Keys are the raw fields, hashed as they are rather than joined into one string per lookup.
final class NameCaches {
    let surnames = BoundedCache<SurnameFields, SharedValue<PersonNameParser.SurnamePart>>()
    let given = BoundedCache<GivenFields, SharedValue<PersonNameParser.GivenPart>>()

    struct SurnameFields: Hashable {
        var insertion, name: String?
    }

    struct GivenFields: Hashable {
        var title, initials, firstName, commaGiven: String?
    }
}

/// Splits and keys a Dutch person name from the API's title / initials / insertion / first_name /
/// name fields: titles stripped, particles found wherever they were typed, initials derived.
public struct PersonNameParser: Sendable {
    public var firstNames: FirstNameTable

    public init(firstNames: FirstNameTable = .builtIn) {
        self.firstNames = firstNames
    }

    /// Parses the name fields of `customer`.
    public func parse(_ customer: Customer) -> PersonNameResult {
        parse(title: customer.title, initials: customer.initials, insertion: customer.insertion,
              firstName: customer.firstName, name: customer.name, cache: TransliterationCache())
    }

    /// Parses the five name fields as sent.
    public func parse(title: String?, initials: String?, insertion: String?, firstName: String?, name: String?) -> PersonNameResult {
        parse(title: title, initials: initials, insertion: insertion, firstName: firstName, name: name, cache: TransliterationCache())
    }

    func parse(title titleField: String?, initials initialsField: String?, insertion: String?, firstName firstNameField: String?,
               name nameField: String?, cache: TransliterationCache, caches: NameCaches? = nil) -> PersonNameResult {
        let makeFamily = { SharedValue(surnamePart(insertion: insertion, name: nameField, cache: cache)) }
        let familyShared = caches?.surnames.value(for: NameCaches.SurnameFields(insertion: insertion, name: nameField), makeFamily) ?? makeFamily()
        let family = familyShared.value
        let makeGiven = {
            SharedValue(givenPart(title: titleField, initials: initialsField, firstName: firstNameField, commaGiven: family.commaGiven, cache: cache))
        }
        let givenFields = NameCaches.GivenFields(title: titleField, initials: initialsField, firstName: firstNameField, commaGiven: family.commaGiven)
        let givenShared = caches?.given.value(for: givenFields, makeGiven) ?? makeGiven()
        let given = givenShared.value
        let givenDisplay = given.firstNameKey != nil ? given.firstName : (given.initials.isEmpty ? nil : given.initials.map { "\($0)." }.joined())
        var display = givenDisplay ?? ""
        for part in [family.particle, family.surname].lazy.compactMap({ $0 }) {
            display = display.isEmpty ? part : display + " " + part
        }
        return PersonNameResult(given: givenShared, family: familyShared, displayName: display)
    }

    /// Title, particle and surname from the `insertion` and `name` fields.
    struct SurnamePart {
        var title: String?
        var particle: String?
        var surname: String?
        var surnameKey: String?
        var surnamePhonetic: String?
        /// Given names or initials written after a comma in `name` ("Jansen, J.P.").
        var commaGiven: String?

        /// Equal as far as `PersonNameResult` shows (the title is compared there, combined).
        func sameResult(as other: SurnamePart) -> Bool {
            particle == other.particle && surname == other.surname && surnameKey == other.surnameKey
                && surnamePhonetic == other.surnamePhonetic
        }
    }

    /// Title, first name and initials from the `title`, `initials` and `first_name` fields.
    struct GivenPart {
        var title: String?
        var firstName: String?
        var firstNameKey: String?
        var firstNameCanonicalKey: String?
        var initials: String

        /// Equal as far as `PersonNameResult` shows (the title is compared there, combined).
        func sameResult(as other: GivenPart) -> Bool {
            firstName == other.firstName && firstNameKey == other.firstNameKey
                && firstNameCanonicalKey == other.firstNameCanonicalKey && initials == other.initials
        }
    }

    func surnamePart(insertion: String?, name nameField: String?, cache: TransliterationCache) -> SurnamePart {
        var part = SurnamePart()
        var surname = TextCleaner.clean(nameField.map(TextCleaner.strippingTags))
        if let text = surname {
            let (title, rest) = Titles.split(text)
            if let title { part.title = title; surname = rest }
        }
        // "Berg, van den" or "Jansen, J.P.": the part after the comma is a particle or the given names.
        var commaParticle: String?
        if let text = surname, let comma = text.firstIndex(of: ",") {
            let before = TextCleaner.clean(String(text[..<comma]))
            let after = TextCleaner.clean(String(text[text.index(after: comma)...]))
            if let before {
                surname = before
                if let after {
                    if Particles.isParticle(after) {
                        commaParticle = Particles.canonical(after)
                    } else {
                        part.commaGiven = after
                    }
                }
            }
        }
        var particles: [String] = []
        if let insertion = TextCleaner.clean(insertion.map(TextCleaner.strippingTags)), let canonical = Particles.canonical(insertion) {
            particles.append(canonical)
        }
        if let text = surname {
            let (particle, core) = Particles.splitLeading(text)
            // Insertion "van" and name "van Dijk" say "van" once, not twice.
            if let particle, particles.last != particle { particles.append(particle) }
            surname = core
        }
        if let commaParticle, !particles.contains(commaParticle) { particles.append(commaParticle) }
        part.particle = particles.isEmpty ? nil : particles.joined(separator: " ")
        if let core = surname {
            part.surname = core
            let key = cache.key(core)
            if !key.isEmpty {
                part.surnameKey = key
                part.surnamePhonetic = DutchPhonetic.key(key)
            }
        }
        return part
    }

    func givenPart(title titleField: String?, initials initialsField: String?, firstName firstNameField: String?,
                   commaGiven: String?, cache: TransliterationCache) -> GivenPart {
        var part = GivenPart(initials: "")
        part.title = TextCleaner.clean(titleField.map(TextCleaner.strippingTags))
        var first = TextCleaner.clean(firstNameField.map(TextCleaner.strippingTags))
        var initialsText = TextCleaner.clean(initialsField)
        if let text = first {
            let (title, rest) = Titles.split(text)
            if let title { part.title = part.title ?? title; first = rest }
        }
        if let after = commaGiven {
            if first == nil && initialsText == nil && Self.looksLikeInitials(after) {
                initialsText = after
            } else if first == nil {
                first = after
            }
        }
        // A first_name of only initials ("J.P.") gives initials, not a first name.
        if let text = first, Self.looksLikeInitials(text) {
            if initialsText == nil { initialsText = text }
            part.firstName = text
        } else if let text = first {
            part.firstName = text
            let key = cache.key(text)
            if !key.isEmpty {
                part.firstNameKey = key
                part.firstNameCanonicalKey = firstNames.official(for: key)
            }
        }
        let fromField = initialsText.map(Initials.fromField) ?? ""
        part.initials = fromField.isEmpty ? Initials.fromFirstNames(part.firstNameKey ?? "") : fromField
        return part
    }

    /// "J.P.", "J. P.", "JP", "j.p" — single letters (or a short all-capital run), nothing longer.
    static func looksLikeInitials(_ text: String) -> Bool {
        let groups = text.split(whereSeparator: { !$0.isLetter })
        guard !groups.isEmpty else { return false }
        if groups.allSatisfy({ $0.count == 1 }) { return true }
        // "JP" or "IJ" without dots: only two capitals ("JAN" is a name in capitals).
        return groups.count == 1 && text.count == 2 && text.allSatisfy { $0.isUppercase }
    }
}
