/// A parsed person name: display parts, match keys and initials.
///
/// Stored as the two halves the parser memoizes (given name, surname), each shared by every customer
/// of a batch with the same fields, plus the display name: 32 bytes inline instead of ten strings'
/// 160. The properties read and write like plain stored ones; equality and hashing use their values.
public struct PersonNameResult: Sendable, Hashable {
    var given: SharedValue<PersonNameParser.GivenPart>
    var family: SharedValue<PersonNameParser.SurnamePart>
    /// "Jan van der Berg" built from the parts, for display.
    public var displayName: String

    public init(title: String? = nil, firstName: String? = nil, firstNameKey: String? = nil,
                firstNameCanonicalKey: String? = nil, initials: String = "", particle: String? = nil,
                surname: String? = nil, surnameKey: String? = nil, surnamePhonetic: String? = nil,
                displayName: String = "") {
        given = SharedValue(PersonNameParser.GivenPart(title: title, firstName: firstName, firstNameKey: firstNameKey,
                                                       firstNameCanonicalKey: firstNameCanonicalKey, initials: initials))
        family = SharedValue(PersonNameParser.SurnamePart(particle: particle, surname: surname, surnameKey: surnameKey,
                                                          surnamePhonetic: surnamePhonetic))
        self.displayName = displayName
    }

    init(given: SharedValue<PersonNameParser.GivenPart>, family: SharedValue<PersonNameParser.SurnamePart>, displayName: String) {
        self.given = given
        self.family = family
        self.displayName = displayName
    }

    /// Title recognized and removed ("Dhr.", "Mevr.", "Dr." …), as written: from the given-name
    /// fields, else from `name`.
    public var title: String? {
        get { given.value.title ?? family.value.title }
        set {
            updateGiven { $0.title = newValue }
            updateFamily { $0.title = nil }
        }
    }

    /// First name for display (original script), trimmed.
    public var firstName: String? {
        get { given.value.firstName }
        set { updateGiven { $0.firstName = newValue } }
    }

    /// Lower-case ASCII key of the first name; nil when missing.
    public var firstNameKey: String? {
        get { given.value.firstNameKey }
        set { updateGiven { $0.firstNameKey = newValue } }
    }

    /// The official form when the first name is a known short form (Kees → cornelis), as a key.
    public var firstNameCanonicalKey: String? {
        get { given.value.firstNameCanonicalKey }
        set { updateGiven { $0.firstNameCanonicalKey = newValue } }
    }

    /// Initials as upper-case letters without dots ("JP"), from `initials` or the first name.
    public var initials: String {
        get { given.value.initials }
        set { updateGiven { $0.initials = newValue } }
    }

    /// Particle(s) in canonical lower case ("van der"), from `insertion` or split off `name`.
    public var particle: String? {
        get { family.value.particle }
        set { updateFamily { $0.particle = newValue } }
    }

    /// Surname without particle, for display.
    public var surname: String? {
        get { family.value.surname }
        set { updateFamily { $0.surname = newValue } }
    }

    /// Lower-case ASCII key of the surname core (no particle, IJ folded to "ij", no punctuation).
    public var surnameKey: String? {
        get { family.value.surnameKey }
        set { updateFamily { $0.surnameKey = newValue } }
    }

    /// Dutch-aware phonetic key of the surname core, for blocking.
    public var surnamePhonetic: String? {
        get { family.value.surnamePhonetic }
        set { updateFamily { $0.surnamePhonetic = newValue } }
    }

    public static func == (left: PersonNameResult, right: PersonNameResult) -> Bool {
        (left.given === right.given || left.given.value.sameResult(as: right.given.value))
            && (left.family === right.family || left.family.value.sameResult(as: right.family.value))
            && left.title == right.title && left.displayName == right.displayName
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(firstName)
        hasher.combine(firstNameKey)
        hasher.combine(firstNameCanonicalKey)
        hasher.combine(initials)
        hasher.combine(particle)
        hasher.combine(surname)
        hasher.combine(surnameKey)
        hasher.combine(surnamePhonetic)
        hasher.combine(displayName)
    }

    // A change makes this result's own copy of the half; other customers keep the shared one.
    private mutating func updateGiven(_ change: (inout PersonNameParser.GivenPart) -> Void) {
        var value = given.value
        change(&value)
        given = SharedValue(value)
    }

    private mutating func updateFamily(_ change: (inout PersonNameParser.SurnamePart) -> Void) {
        var value = family.value
        change(&value)
        family = SharedValue(value)
    }
}
