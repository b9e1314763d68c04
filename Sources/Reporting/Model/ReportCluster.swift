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
    /// As the matching stage scored them: `a` < `b`, ordered by `a`, then `b`.
    public var pairs: [ScoredPair]
    /// The suggested merged record: the API's Customer object with every writable field.
    public var merged: ReportMergedRecord
    /// The same values with the reason for each and the customer it comes from, by field, then customer.
    public var mergePlan: [MergedValue]
    /// By field name.
    public var conflicts: [FieldConflict]
    public var confirmed: Bool
    /// The member records as sent, in `customerIDs` order, for side-by-side cards.
    public var members: [ReportMember]
    /// Member fields whose values differ only in how they are written (see `WrittenDifferently`).
    public var writtenDifferently: [String]

    public init(id: String, customerIDs: [Int], confidence: Double, band: Band, survivorID: Int, pairs: [ScoredPair],
                merged: ReportMergedRecord, mergePlan: [MergedValue], conflicts: [FieldConflict],
                confirmed: Bool, members: [ReportMember], writtenDifferently: [String] = []) {
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
        self.writtenDifferently = writtenDifferently
    }

    enum CodingKeys: String, CodingKey {
        case id, confidence, band, pairs, merged, conflicts, confirmed, members
        case customerIDs = "customer_ids"
        case survivorID = "survivor_id"
        case mergePlan = "merge_plan"
        case writtenDifferently = "written_differently"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        customerIDs = try c.decode([Int].self, forKey: .customerIDs)
        confidence = try c.decode(Double.self, forKey: .confidence)
        band = try c.decode(Band.self, forKey: .band)
        survivorID = try c.decode(Int.self, forKey: .survivorID)
        pairs = try c.decode([ScoredPair].self, forKey: .pairs)
        merged = (try? c.decodeIfPresent(ReportMergedRecord.self, forKey: .merged)) ?? ReportMergedRecord()
        mergePlan = try c.decodeIfPresent([MergedValue].self, forKey: .mergePlan) ?? []
        conflicts = (try? c.decodeIfPresent([FieldConflict].self, forKey: .conflicts)) ?? []
        confirmed = try c.decodeIfPresent(Bool.self, forKey: .confirmed) ?? false
        members = try c.decodeIfPresent([ReportMember].self, forKey: .members) ?? []
        writtenDifferently = try c.decodeIfPresent([String].self, forKey: .writtenDifferently) ?? []
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

