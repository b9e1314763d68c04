import CustomerModel

/// How sure a suggestion is; thresholds come from `rules/matching.yml`.
public enum Band: String, Sendable, Hashable, Codable, CaseIterable {
    case certain, likely, possible
}

/// One comparison's contribution to a pair's score: the level reached, its label and weight.
public struct Evidence: Sendable, Hashable {
    /// Comparison name, e.g. `surname`, `postcode`, `email`.
    public var field: String
    /// Level id, e.g. `exact`, `jaro_winkler_92`, `null`, `else`.
    public var outcome: String
    /// What a person reads: "Exact match on postcode", "Jaro-Winkler ≥ 0.92".
    public var label: String
    /// log2 Bayes factor (match weight) this level adds; 0 for null.
    public var weight: Double
    /// The two values compared (display form), for the report.
    public var left: String?
    public var right: String?

    public init(field: String, outcome: String, label: String, weight: Double, left: String? = nil, right: String? = nil) {
        self.field = field
        self.outcome = outcome
        self.label = label
        self.weight = weight
        self.left = left
        self.right = right
    }
}

/// A scored candidate pair; `a` < `b`.
public struct ScoredPair: Sendable, Hashable {
    public var a: Int
    public var b: Int
    /// Match probability 0…1.
    public var score: Double
    /// Total match weight (prior + evidence), log2.
    public var weight: Double
    public var evidence: [Evidence]

    public init(a: Int, b: Int, score: Double, weight: Double, evidence: [Evidence]) {
        self.a = a
        self.b = b
        self.score = score
        self.weight = weight
        self.evidence = evidence
    }
}

/// The value to keep for one field of a merged record, and why.
public struct MergedValue: Sendable, Hashable {
    public var field: String
    public var value: String
    /// `valid`, `most_complete`, `most_recent`, `majority`, `survivor`.
    public var reason: String
    /// The customer the value comes from.
    public var fromCustomer: Int

    public init(field: String, value: String, reason: String, fromCustomer: Int) {
        self.field = field
        self.value = value
        self.reason = reason
        self.fromCustomer = fromCustomer
    }
}

/// Values of one field that disagree and need a person to decide.
public struct FieldConflict: Sendable, Hashable {
    public var field: String
    public var values: [String]

    public init(field: String, values: [String]) {
        self.field = field
        self.values = values
    }
}

/// Customers that are likely one person or company, with the suggested merge.
public struct DuplicateCluster: Sendable, Hashable {
    /// Stable across runs for the same members: "c-<lowest customer id>".
    public var id: String
    /// Sorted ascending.
    public var customerIDs: [Int]
    public var confidence: Double
    public var band: Band
    public var survivorID: Int
    /// The pairs inside the cluster that were scored (the evidence a reviewer reads), ordered by
    /// `a`, then `b` (the report writes them in this order).
    public var pairs: [ScoredPair]
    public var merged: [MergedValue]
    /// The merged record as a full Customer in the API's shape, with the survivor's id: every
    /// writable field and every distinct phone number of the members.
    public var mergedRecord: Customer
    public var conflicts: [FieldConflict]
    /// A reviewer confirmed the cluster (`--decisions`).
    public var confirmed: Bool

    public init(id: String, customerIDs: [Int], confidence: Double, band: Band, survivorID: Int, pairs: [ScoredPair],
                merged: [MergedValue] = [], mergedRecord: Customer? = nil, conflicts: [FieldConflict] = [], confirmed: Bool = false) {
        self.id = id
        self.customerIDs = customerIDs
        self.confidence = confidence
        self.band = band
        self.survivorID = survivorID
        self.pairs = pairs
        self.merged = merged
        self.mergedRecord = mergedRecord ?? Customer(customerID: survivorID)
        self.conflicts = conflicts
        self.confirmed = confirmed
    }
}

// report.json spells these types as they are (schema v1, see CONTRACT.md); the keys live here,
// beside the fields they name, so Reporting holds no copy of them.

extension Evidence: Codable {
    enum CodingKeys: String, CodingKey { case field, outcome, label, weight, left, right }

    /// Reports of earlier versions may lack `label`; the level id stands in for it.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        field = try c.decode(String.self, forKey: .field)
        outcome = try c.decode(String.self, forKey: .outcome)
        label = try c.decodeIfPresent(String.self, forKey: .label) ?? outcome
        weight = try c.decode(Double.self, forKey: .weight)
        left = try c.decodeIfPresent(String.self, forKey: .left)
        right = try c.decodeIfPresent(String.self, forKey: .right)
    }
}

extension ScoredPair: Codable {
    enum CodingKeys: String, CodingKey { case a, b, score, weight, evidence }

    /// Reports of earlier versions may lack the total weight and the evidence.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        a = try c.decode(Int.self, forKey: .a)
        b = try c.decode(Int.self, forKey: .b)
        score = try c.decode(Double.self, forKey: .score)
        weight = try c.decodeIfPresent(Double.self, forKey: .weight) ?? 0
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
    }
}

extension MergedValue: Codable {
    enum CodingKeys: String, CodingKey {
        case field, value, reason
        case fromCustomer = "from_customer"
    }
}

extension FieldConflict: Codable {
    enum CodingKeys: String, CodingKey { case field, values }
}
