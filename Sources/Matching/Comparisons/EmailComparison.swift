import Normalization

/// E-mail address: the same, the same mailbox once Gmail's dots and +tags and a mistyped provider
/// domain ("ziggo.nll", "gmial.com") are ignored, the same
/// local part at another domain (a typo in the domain, or the same user at a new provider), or different.
///
/// Addresses are built from names ("j.jansen@…"), so two different J. Jansens meet on them far
/// more often than two random customers; u is therefore estimated among pairs sharing a surname
/// and first initial (with the surname alone, namesakes sharing `i.petrov@gmail.com` in two
/// cities were suggested as one customer: 200,000 customers, precision 0.996 → 0.999).
/// Like a landline, an address a family shares is household evidence: two records at the same
/// postcode and house number that share a mailbox would only repeat the address, so there that
/// agreement is neutral (partners and parents with one mailbox otherwise look like one person).
/// The same local part at another provider is no shared mailbox and counts at one address too:
/// a father and son named alike have `dirksen.evert@` at two providers.
public struct EmailComparison: NamedLevels {
    enum Level: Int, CaseIterable { case null, exact, canonical, localPart, different }

    public var conditionedOn: [BlockingKey] { [.surname, .firstInitial] }
    public var name: String { "email" }
    public var summary: String { "E-mail: the same address, the same mailbox (Gmail's dots and +tags, a mistyped provider domain), the same local part at another domain, or different." }
    public var levels: [ComparisonLevel] {
        [
            .null("E-mail"),
            ComparisonLevel(id: "exact", label: "Exact match on e-mail", m: 0.7, u: 0.00001, termFrequency: .email),
            ComparisonLevel(id: "canonical", label: "Same mailbox (dots, +tag or a mistyped provider domain ignored)", m: 0.03, u: 0.000001),
            ComparisonLevel(id: "local_part", label: "Same local part, other domain", m: 0.07, u: 0.0001),
            ComparisonLevel(id: "else", label: "Different e-mail addresses", m: 0.2, u: 0.999889),
        ]
    }
    public var coveredBy: Set<BlockingKey> { [.email] }

    public init() {}

    @inline(__always)
    public func level(_ x: MatchRow, _ y: MatchRow, _ a: Int, _ b: Int, _ table: FeatureTable) -> Int {
        let left = x.email, right = y.email
        if left == 0 || right == 0 { return Level.null.rawValue }
        let agreement: Level
        if left == right {
            agreement = .exact
        } else if x.emailCanonical == y.emailCanonical {
            agreement = .canonical
        } else {
            // Very short local parts ("info", "jan") are shared by strangers; require some length.
            guard x.emailLocal != 0 && x.emailLocal == y.emailLocal && x.emailLocalLength >= 5 else { return Level.different.rawValue }
            agreement = .localPart
        }
        // A family shares a mailbox, not a name-built local part at two providers.
        return agreement != .localPart && x.mayShareAddress(with: y) ? Level.null.rawValue : agreement.rawValue
    }

    public func display(_ customer: NormalizedCustomer) -> String? { customer.email.key }

    /// Both addresses present and still null: the mailbox is shared at one address.
    public func neutralLabel(_ x: MatchRow, _ y: MatchRow) -> String? {
        x.email != 0 && y.email != 0 ? "Same mailbox at one address: a household's, counts neither way" : nil
    }

    public var examples: [ComparisonExample] {
        [
            .init(ExampleCustomer(email: "Jan@Example.nl"), ExampleCustomer(email: "jan@example.nl"), "exact"),
            .init(ExampleCustomer(email: "j.jansen@gmail.com"), ExampleCustomer(email: "jjansen+shop@gmail.com"), "canonical"),
            .init(ExampleCustomer(email: "j.jansen@gmail.com"), ExampleCustomer(email: "j.jansen@gmial.com"), "canonical"),
            .init(ExampleCustomer(email: "yvonne64@ziggo.nl"), ExampleCustomer(email: "yvonne64@ziggo.nll"), "canonical"),
            .init(ExampleCustomer(email: "j.jansen@gmail.com"), ExampleCustomer(email: "j.jansen@hotmail.com"), "local_part"),
            .init(ExampleCustomer(email: "jan@gmail.com"), ExampleCustomer(email: "jan@hotmail.com"), "else"),
            .init(ExampleCustomer(email: "jan@example.nl"), ExampleCustomer(email: "piet@example.nl"), "else"),
            .init(ExampleCustomer(email: "jan@example.nl"), ExampleCustomer(), "null"),
            .init(ExampleCustomer(postcode: "5388GM", houseNumber: 1, email: "fam.jansen@ziggo.nl"),
                  ExampleCustomer(postcode: "5388GM", houseNumber: 1, email: "fam.jansen@ziggo.nl"), "null"),
            .init(ExampleCustomer(postcode: "5388GM", houseNumber: 1, email: "jan@example.nl"),
                  ExampleCustomer(postcode: "5388GM", houseNumber: 1, email: "els@example.nl"), "else"),
            .init(ExampleCustomer(postcode: "5388GM", houseNumber: 1, email: "fam.jansen@ziggo.nl"),
                  ExampleCustomer(postcode: "5388GM", email: "fam.jansen@ziggo.nl"), "null"),
            .init(ExampleCustomer(postcode: "5388GM", houseNumber: 1, email: "fam.jansen@ziggo.nl"),
                  ExampleCustomer(postcode: "5388GM", houseNumber: 5, email: "fam.jansen@ziggo.nl"), "exact"),
            .init(ExampleCustomer(postcode: "5388GM", houseNumber: 1, email: "dirksen.evert@gmail.com"),
                  ExampleCustomer(postcode: "5388GM", houseNumber: 1, email: "dirksen.evert@hotmail.com"), "local_part"),
        ]
    }
}
