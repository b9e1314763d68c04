import Normalization

/// One level of a comparison: what a person reads, and the starting parameters before
/// estimation (m = P(level | match), u = P(level | non-match)).
public struct ComparisonLevel: Sendable, Hashable {
    /// Stable id used in models, decisions and reports: `null`, `exact`, `jaro_winkler_92`, `else`.
    public var id: String
    /// "Exact match on surname", "Surname Jaro-Winkler ≥ 0.92".
    public var label: String
    public var defaultM: Double
    public var defaultU: Double
    /// The column whose value frequency replaces u for this level (exact matches on names, city,
    /// email). Only for a level that implies both records carry the same value of that column.
    public var termFrequency: TermFrequencyField?

    public init(id: String, label: String, m: Double, u: Double, termFrequency: TermFrequencyField? = nil) {
        self.id = id
        self.label = label
        self.defaultM = m
        self.defaultU = u
        self.termFrequency = termFrequency
    }

    public var isNull: Bool { id == ComparisonLevel.nullID }
    public static let nullID = "null"

    /// The neutral level every comparison starts with: a value missing on either side says nothing.
    public static func null(_ what: String) -> ComparisonLevel {
        ComparisonLevel(id: nullID, label: "\(what) missing on either side", m: 1, u: 1)
    }

    public static let neutralID = "neutral"

    /// The null level as a reviewer should read it when both values are there and the comparison
    /// chose to say nothing (a mailbox a household shares): calling that "missing" would be untrue.
    public static func neutral(_ label: String) -> ComparisonLevel {
        ComparisonLevel(id: neutralID, label: label, m: 1, u: 1)
    }
}

/// A comparison of one aspect of two customers as an ordered list of levels, from `null` through
/// exact to `else`; the first level whose condition holds is the outcome.
///
/// Every comparison describes itself (name, summary, labelled levels) and carries examples that a
/// test checks, so the explanation a reviewer reads and the code that decides cannot drift apart.
public protocol Comparison: Sendable {
    /// Field name used in evidence and the model: `surname`, `postcode`, …
    var name: String { get }
    var summary: String { get }
    /// Ordered levels; index 0 is the `null` level.
    var levels: [ComparisonLevel] { get }
    /// Blocking keys that make this comparison agree on every pair they generate; expectation
    /// maximisation does not learn this comparison's m from such pairs.
    var coveredBy: Set<BlockingKey> { get }
    /// When not empty, u is estimated from random pairs that agree on all these keys rather than
    /// from all random pairs: for evidence that depends on them (house numbers within a postcode,
    /// e-mail addresses built from the surname), chance agreement among all pairs would be far too rare.
    var conditionedOn: [BlockingKey] { get }
    /// Examples: two customers and the level id they must reach.
    var examples: [ComparisonExample] { get }
    /// The level index for records `a` and `b` of `table`, whose rows are `x` and `y` (passed
    /// in so a hot loop reads each row once for all comparisons).
    func level(_ x: MatchRow, _ y: MatchRow, _ a: Int, _ b: Int, _ table: FeatureTable) -> Int
    /// What the comparison looked at, for the explanation ("5388 GM").
    func display(_ customer: NormalizedCustomer) -> String?
    /// For a pair that reached the null level although both records carry what this comparison
    /// reads: why it stays neutral. Nil when something is missing.
    func neutralLabel(_ x: MatchRow, _ y: MatchRow) -> String?
}

extension Comparison {
    public var conditionedOn: [BlockingKey] { [] }

    public func neutralLabel(_ x: MatchRow, _ y: MatchRow) -> String? { nil }

    /// The outcome a reviewer reads for level `index` of rows `x` and `y`: the level itself, or
    /// the neutral outcome when the null level was a choice rather than a missing value.
    public func outcome(_ index: Int, _ x: MatchRow, _ y: MatchRow) -> ComparisonLevel {
        if index == 0, let label = neutralLabel(x, y) { return .neutral(label) }
        return levels[index]
    }

    /// The level index for records `a` and `b` of `table`.
    @inline(__always)
    public func level(_ a: Int, _ b: Int, _ table: FeatureTable) -> Int {
        level(table.rows[a], table.rows[b], a, b, table)
    }

    /// The level index of an id, for tests and overrides.
    public func levelIndex(of id: String) -> Int? { levels.firstIndex { $0.id == id } }

    /// Compares two stand-alone customers (examples, `check --customer`).
    public func level(_ left: NormalizedCustomer, _ right: NormalizedCustomer) -> ComparisonLevel {
        let table = FeatureTable([left, right])
        return levels[level(0, 1, table)]
    }

    /// The outcome a reviewer reads for two stand-alone customers (see `outcome(_:_:_:)`).
    public func outcome(_ left: NormalizedCustomer, _ right: NormalizedCustomer) -> ComparisonLevel {
        let table = FeatureTable([left, right])
        return outcome(level(0, 1, table), table.rows[0], table.rows[1])
    }
}

/// A comparison whose `level(...)` returns its levels by name: `Level`'s raw values are positions
/// in `levels`, its case names the level ids in camel case (`localPart` for `local_part`,
/// `jaroWinkler` for `jaro_winkler_92`, `different` for `else`). A test holds every comparison's
/// names to its `levels`, so reordering the levels cannot silently change what the code decides.
protocol NamedLevels: Comparison {
    associatedtype Level: RawRepresentable<Int>, CaseIterable
}

/// Two customers and the level a comparison must find for them.
public struct ComparisonExample: Sendable {
    public var left: ExampleCustomer
    public var right: ExampleCustomer
    public var expectedLevel: String

    public init(_ left: ExampleCustomer, _ right: ExampleCustomer, _ expectedLevel: String) {
        self.left = left
        self.right = right
        self.expectedLevel = expectedLevel
    }
}

/// Id for a similarity threshold level: 0.92 → `jaro_winkler_92`.
func thresholdID(_ prefix: String, _ threshold: Double) -> String {
    "\(prefix)_\(Int((threshold * 100).rounded()))"
}

func formatThreshold(_ threshold: Double) -> String {
    let text = String(format: "%.2f", threshold)
    return text.hasSuffix("0") ? String(text.dropLast()) : text
}
