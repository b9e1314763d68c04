import Normalization

/// First name: exact, the same official name behind a short form (Kees / Cornelis), close spelling,
/// only the initial known on one side and it agrees, or different.
public struct FirstNameComparison: Comparison {
    public var name: String { "first_name" }
    public var summary: String { "First name: exact, nickname of the same name, close spelling, matching initial when one side has only initials, or different." }
    public let threshold: Double
    public var coveredBy: Set<BlockingKey> { [.firstInitial, .firstName] }

    public var levels: [ComparisonLevel] {
        [
            .null("First name and initials"),
            ComparisonLevel(id: "exact", label: "Exact match on first name", m: 0.84, u: 0.01, termFrequency: .firstName),
            ComparisonLevel(id: "nickname", label: "Short form of the same first name", m: 0.04, u: 0.001),
            ComparisonLevel(id: thresholdID("jaro_winkler", threshold), label: "First name Jaro-Winkler ≥ \(formatThreshold(threshold))", m: 0.05, u: 0.01),
            ComparisonLevel(id: "initial", label: "Only initials on one side, and they agree", m: 0.05, u: 0.06),
            ComparisonLevel(id: "else", label: "Different first names", m: 0.02, u: 0.92),
        ]
    }

    public init(threshold: Double = 0.88) {
        self.threshold = threshold
    }

    @inline(__always)
    public func level(_ x: MatchRow, _ y: MatchRow, _ a: Int, _ b: Int, _ table: FeatureTable) -> Int {
        let left = x.firstName, right = y.firstName
        if left != 0 && right != 0 {
            if left == right { return 1 }
            if x.firstNameCanonical == y.firstNameCanonical { return 2 }
            if JaroWinkler.similarity(table.firstName[Int(left)], table.firstName[Int(right)]) >= threshold { return 3 }
            return 5
        }
        let initialA = x.firstInitial, initialB = y.firstInitial
        if initialA == 0 || initialB == 0 { return 0 }
        return initialA == initialB ? 4 : 5
    }

    public func display(_ customer: NormalizedCustomer) -> String? {
        customer.person.firstName ?? (customer.person.initials.isEmpty ? nil : customer.person.initials)
    }

    public var examples: [ComparisonExample] {
        [
            .init(ExampleCustomer(firstName: "jan"), ExampleCustomer(firstName: "jan"), "exact"),
            .init(ExampleCustomer(firstName: "kees", canonicalFirstName: "cornelis"),
                  ExampleCustomer(firstName: "cornelis", canonicalFirstName: "cornelis"), "nickname"),
            .init(ExampleCustomer(firstName: "marijke"), ExampleCustomer(firstName: "mariijke"), thresholdID("jaro_winkler", threshold)),
            .init(ExampleCustomer(firstName: "jan"), ExampleCustomer(initials: "J"), "initial"),
            .init(ExampleCustomer(firstName: "jan"), ExampleCustomer(initials: "P"), "else"),
            .init(ExampleCustomer(firstName: "jan"), ExampleCustomer(firstName: "els"), "else"),
            .init(ExampleCustomer(firstName: "jan"), ExampleCustomer(), "null"),
        ]
    }
}
