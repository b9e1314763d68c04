import Normalization

/// First name: exact, nickname of the same name, close spelling, initials only on one side, or
/// different. Two levels keep a father and his son apart where the name is the same: a generation
/// marker (jr. / sr.) that differs, and initials given on both records that differ (J.H. / J.P.).
/// Initials are compared only where a record gives them: the normalizer otherwise takes the
/// first name's initial, which says nothing about a second one.
public struct FirstNameComparison: NamedLevels {
    enum Level: Int, CaseIterable {
        case null, exact, otherGeneration, otherInitials, nickname, jaroWinkler, initial, initialDiffers, different
    }

    public var name: String { "first_name" }
    public var summary: String { "First name: exact, nickname of the same name, close spelling, initials only on one side that agree or differ, or different; the same name with another generation marker (jr./sr.) or other initials is a level of its own." }
    public let threshold: Double
    public var coveredBy: Set<BlockingKey> { [.firstInitial, .firstName] }

    public var levels: [ComparisonLevel] {
        [
            ComparisonLevel(id: ComparisonLevel.nullID, label: "First name and initials missing on either side", m: 1, u: 1),
            ComparisonLevel(id: "exact", label: "Exact match on first name", m: 0.84, u: 0.01, termFrequency: .firstName),
            ComparisonLevel(id: "other_generation", label: "Same name, but jr. against sr. (or a marker on one side only)", m: 0.000001, u: 0.0001),
            ComparisonLevel(id: "other_initials", label: "Same first name, other initials (J.H. against J.P. or J.)", m: 0.00001, u: 0.0005),
            ComparisonLevel(id: "nickname", label: "Short form of the same first name", m: 0.04, u: 0.001),
            ComparisonLevel(id: thresholdID("jaro_winkler", threshold), label: "First name Jaro-Winkler ≥ \(formatThreshold(threshold))", m: 0.05, u: 0.01),
            ComparisonLevel(id: "initial", label: "Only initials on one side, and they agree with the other's initials or first name", m: 0.05, u: 0.06),
            ComparisonLevel(id: "initial_differs", label: "Only initials on one side, and they differ from the other's", m: 0.005, u: 0.06),
            ComparisonLevel(id: "else", label: "Different first names", m: 0.0125, u: 0.8584),
        ]
    }

    public init(threshold: Double = 0.88) {
        self.threshold = threshold
    }

    @inline(__always)
    public func level(_ x: MatchRow, _ y: MatchRow, _ a: Int, _ b: Int, _ table: FeatureTable) -> Int {
        let left = x.firstName, right = y.firstName
        if left != 0 && right != 0 {
            let same = left == right
            if same || x.firstNameCanonical == y.firstNameCanonical {
                if x.generation != y.generation { return Level.otherGeneration.rawValue }
                if x.initialsConflict(with: y) { return Level.otherInitials.rawValue }
                return same ? Level.exact.rawValue : Level.nickname.rawValue
            }
            if ContactPerson.ofOneCompany(x, y) { return Level.null.rawValue }
            // One event, counted once: the surname comparison weighs a swap.
            if NameSwap.swapped(x, y, table) { return Level.null.rawValue }
            if JaroWinkler.similarity(table.firstName[Int(left)], table.firstName[Int(right)]) >= threshold {
                return Level.jaroWinkler.rawValue
            }
            return Level.different.rawValue
        }
        if x.firstInitial == 0 || y.firstInitial == 0 { return Level.null.rawValue }
        // Initials on at least one side: they agree when both records give the same initials, or
        // the other gives none and its first name (or that name's official form: C. for Kees)
        // starts with the initial.
        let agrees: Bool
        if x.initials != 0 && y.initials != 0 {
            agrees = x.initials == y.initials
        } else {
            let (bare, named) = left == 0 ? (x, y) : (y, x)
            agrees = bare.firstInitial == named.firstInitial || bare.firstInitial == named.canonicalInitial
        }
        guard agrees else { return ContactPerson.ofOneCompany(x, y) ? Level.null.rawValue : Level.initialDiffers.rawValue }
        return x.generation != y.generation ? Level.otherGeneration.rawValue : Level.initial.rawValue
    }

    /// Both first names there: contact persons of one company, or first and last name swapped,
    /// which the surname comparison weighs once.
    public func neutralLabel(_ x: MatchRow, _ y: MatchRow) -> String? {
        x.firstName != 0 && y.firstName != 0
            ? "Contact persons of one company, or first and last name swapped: the company or the surname weighs it" : nil
    }

    public func display(_ customer: NormalizedCustomer) -> String? {
        customer.person.firstName ?? (customer.person.initials.isEmpty ? nil : customer.person.initials)
    }

    public var examples: [ComparisonExample] {
        [
            .init(ExampleCustomer(firstName: "jan"), ExampleCustomer(firstName: "jan"), "exact"),
            .init(ExampleCustomer(firstName: "jan", initials: "JH"), ExampleCustomer(firstName: "jan"), "exact"),
            .init(ExampleCustomer(surname: "dirksen jr", firstName: "evert"), ExampleCustomer(surname: "dirksen sr", firstName: "evert"), "other_generation"),
            .init(ExampleCustomer(surname: "dirksen jr", firstName: "evert"), ExampleCustomer(surname: "dirksen", firstName: "evert"), "other_generation"),
            .init(ExampleCustomer(surname: "dirksen jr", initials: "E"), ExampleCustomer(surname: "dirksen", firstName: "evert"), "other_generation"),
            .init(ExampleCustomer(firstName: "jan", initials: "JH"), ExampleCustomer(firstName: "jan", initials: "JP"), "other_initials"),
            .init(ExampleCustomer(firstName: "jan", initials: "J"), ExampleCustomer(firstName: "jan", initials: "JH"), "other_initials"),
            .init(ExampleCustomer(firstName: "kees", canonicalFirstName: "cornelis"),
                  ExampleCustomer(firstName: "cornelis", canonicalFirstName: "cornelis"), "nickname"),
            .init(ExampleCustomer(firstName: "marijke"), ExampleCustomer(firstName: "mariijke"), thresholdID("jaro_winkler", threshold)),
            .init(ExampleCustomer(firstName: "jan"), ExampleCustomer(initials: "J"), "initial"),
            .init(ExampleCustomer(firstName: "kees", canonicalFirstName: "cornelis"), ExampleCustomer(initials: "C"), "initial"),
            .init(ExampleCustomer(firstName: "truus", initials: "GM"), ExampleCustomer(initials: "GM"), "initial"),
            .init(ExampleCustomer(firstName: "jan"), ExampleCustomer(initials: "P"), "initial_differs"),
            .init(ExampleCustomer(firstName: "jan", initials: "JH"), ExampleCustomer(initials: "JP"), "initial_differs"),
            .init(ExampleCustomer(initials: "J"), ExampleCustomer(initials: "JH"), "initial_differs"),
            .init(ExampleCustomer(firstName: "jan"), ExampleCustomer(firstName: "els"), "else"),
            .init(ExampleCustomer(surname: "jansen", firstName: "jan"), ExampleCustomer(surname: "jan", firstName: "jansen"), "null"),
            .init(ExampleCustomer(surname: "bruin", firstName: "ellen"), ExampleCustomer(surname: "ellen", firstName: "de bruin"), "null"),
            .init(ExampleCustomer(surname: "jansen", firstName: "jan"), ExampleCustomer(surname: "jan", firstName: "pietersen"), "else"),
            .init(ExampleCustomer(firstName: "jan"), ExampleCustomer(), "null"),
            .init(ExampleCustomer(firstName: "jan", company: "jansen fietsen"), ExampleCustomer(firstName: "els", company: "jansen fietsen"), "null"),
        ]
    }
}
