import Matching

/// One duplicate cluster in report.json: the schema v1 fields plus what a reviewer needs to decide
/// without opening the shop system (member records, merge reasons, review state).
public struct ReportCluster: Sendable, Codable, Hashable {
    /// Stable across runs for the same members ("c-<lowest customer id>").
    public var id: String
    public var customerIDs: [Int]
    public var confidence: Double
    public var band: Band
    public var survivorID: Int
    public var pairs: [ReportPair]
    /// The suggested merged record: the API's Customer object with every writable field.
    public var merged: ReportMergedRecord
    /// The same values with the reason for each and the customer it comes from.
    public var mergePlan: [ReportMergedValue]
    public var conflicts: [ReportConflict]
    public var confirmed: Bool
    /// The member records as sent, in `customerIDs` order, for side-by-side cards.
    public var members: [ReportMember]

    public init(id: String, customerIDs: [Int], confidence: Double, band: Band, survivorID: Int, pairs: [ReportPair],
                merged: ReportMergedRecord, mergePlan: [ReportMergedValue], conflicts: [ReportConflict],
                confirmed: Bool, members: [ReportMember]) {
        self.id = id
        self.customerIDs = customerIDs
        self.confidence = confidence
        self.band = band
        self.survivorID = survivorID
        self.pairs = pairs
        self.merged = merged
        self.mergePlan = mergePlan
        self.conflicts = conflicts
        self.confirmed = confirmed
        self.members = members
    }

    enum CodingKeys: String, CodingKey {
        case id, confidence, band, pairs, merged, conflicts, confirmed, members
        case customerIDs = "customer_ids"
        case survivorID = "survivor_id"
        case mergePlan = "merge_plan"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        customerIDs = try c.decode([Int].self, forKey: .customerIDs)
        confidence = try c.decode(Double.self, forKey: .confidence)
        band = try c.decode(Band.self, forKey: .band)
        survivorID = try c.decode(Int.self, forKey: .survivorID)
        pairs = try c.decode([ReportPair].self, forKey: .pairs)
        merged = (try? c.decodeIfPresent(ReportMergedRecord.self, forKey: .merged)) ?? ReportMergedRecord()
        mergePlan = try c.decodeIfPresent([ReportMergedValue].self, forKey: .mergePlan) ?? []
        conflicts = (try? c.decodeIfPresent([ReportConflict].self, forKey: .conflicts)) ?? []
        confirmed = try c.decodeIfPresent(Bool.self, forKey: .confirmed) ?? false
        members = try c.decodeIfPresent([ReportMember].self, forKey: .members) ?? []
    }
}

/// A scored pair inside a cluster and the evidence behind its score.
public struct ReportPair: Sendable, Codable, Hashable {
    public var a: Int
    public var b: Int
    public var score: Double
    /// Total match weight (log2), prior included; the evidence weights add up to it minus the prior.
    public var weight: Double
    public var evidence: [ReportEvidence]

    public init(a: Int, b: Int, score: Double, weight: Double, evidence: [ReportEvidence]) {
        self.a = a
        self.b = b
        self.score = score
        self.weight = weight
        self.evidence = evidence
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        a = try c.decode(Int.self, forKey: .a)
        b = try c.decode(Int.self, forKey: .b)
        score = try c.decode(Double.self, forKey: .score)
        weight = try c.decodeIfPresent(Double.self, forKey: .weight) ?? 0
        evidence = try c.decodeIfPresent([ReportEvidence].self, forKey: .evidence) ?? []
    }

    enum CodingKeys: String, CodingKey { case a, b, score, weight, evidence }
}

/// One comparison's level, label and weight for a pair.
public struct ReportEvidence: Sendable, Codable, Hashable {
    public var field: String
    public var outcome: String
    public var label: String
    public var weight: Double
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

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        field = try c.decode(String.self, forKey: .field)
        outcome = try c.decode(String.self, forKey: .outcome)
        label = try c.decodeIfPresent(String.self, forKey: .label) ?? outcome
        weight = try c.decode(Double.self, forKey: .weight)
        left = try c.decodeIfPresent(String.self, forKey: .left)
        right = try c.decodeIfPresent(String.self, forKey: .right)
    }

    enum CodingKeys: String, CodingKey { case field, outcome, label, weight, left, right }
}

/// One value of the merged record and why it was chosen.
public struct ReportMergedValue: Sendable, Codable, Hashable {
    public var field: String
    public var value: String
    /// `valid`, `most_complete`, `most_recent`, `majority`, `survivor`.
    public var reason: String
    public var fromCustomer: Int

    public init(field: String, value: String, reason: String, fromCustomer: Int) {
        self.field = field
        self.value = value
        self.reason = reason
        self.fromCustomer = fromCustomer
    }

    enum CodingKeys: String, CodingKey {
        case field, value, reason
        case fromCustomer = "from_customer"
    }
}

/// Values of one field that disagree inside a cluster.
public struct ReportConflict: Sendable, Codable, Hashable {
    public var field: String
    public var values: [String]

    public init(field: String, values: [String]) {
        self.field = field
        self.values = values
    }
}

/// A cluster member's record: API field name → value as sent (absent fields left out).
public struct ReportMember: Sendable, Codable, Hashable {
    public var customerID: Int
    /// The name a person recognizes ("Jan van der Berg", or the company).
    public var displayName: String
    public var fields: [String: String]

    public init(customerID: Int, displayName: String, fields: [String: String]) {
        self.customerID = customerID
        self.displayName = displayName
        self.fields = fields
    }

    enum CodingKeys: String, CodingKey {
        case fields
        case customerID = "customer_id"
        case displayName = "display_name"
    }
}
