import CustomerModel

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
               name nameField: String?, cache: TransliterationCache) -> PersonNameResult {
        var result = PersonNameResult()
        result.title = TextCleaner.clean(titleField.map(TextCleaner.strippingTags))
        var first = TextCleaner.clean(firstNameField.map(TextCleaner.strippingTags))
        var surname = TextCleaner.clean(nameField.map(TextCleaner.strippingTags))
        var initialsText = TextCleaner.clean(initialsField)

        if let text = first {
            let (title, rest) = Titles.split(text)
            if let title { result.title = result.title ?? title; first = rest }
        }
        if let text = surname {
            let (title, rest) = Titles.split(text)
            if let title { result.title = result.title ?? title; surname = rest }
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
                    } else if first == nil && initialsText == nil && Self.looksLikeInitials(after) {
                        initialsText = after
                    } else if first == nil {
                        first = after
                    }
                }
            }
        }
        // A first_name of only initials ("J.P.") gives initials, not a first name.
        if let text = first, Self.looksLikeInitials(text) {
            if initialsText == nil { initialsText = text }
            result.firstName = text
        } else if let text = first {
            result.firstName = text
            let key = cache.key(text)
            if !key.isEmpty {
                result.firstNameKey = key
                result.firstNameCanonicalKey = firstNames.official(for: key)
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
        result.particle = particles.isEmpty ? nil : particles.joined(separator: " ")

        if let core = surname {
            result.surname = core
            let key = cache.key(core)
            if !key.isEmpty {
                result.surnameKey = key
                result.surnamePhonetic = DutchPhonetic.key(key)
            }
        }
        let fromField = initialsText.map(Initials.fromField) ?? ""
        result.initials = fromField.isEmpty ? Initials.fromFirstNames(result.firstNameKey ?? "") : fromField

        let given = result.firstNameKey != nil ? result.firstName : (result.initials.isEmpty ? nil : result.initials.map { "\($0)." }.joined())
        result.displayName = [given, result.particle, result.surname].compactMap { $0 }.joined(separator: " ")
        return result
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
