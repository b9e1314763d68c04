import Quality

/// One finding as it appears in report.json: Quality's `Finding` (its keys are its own) with a
/// stable id for diffs and baselines. The finding's fields read and write through
/// (`reportFinding.rule`, `reportFinding.value = …`).
@dynamicMemberLookup
public struct ReportFinding: Sendable, Codable, Hashable {
    /// `<customer>:<rule>:<field>` (`-` for none), with `#2`, `#3` … when a customer has the same
    /// rule on the same field more than once; stable across runs on the same data.
    public var id: String
    public var finding: Finding

    public init(id: String, finding: Finding) {
        self.id = id
        self.finding = finding
    }

    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<Finding, Value>) -> Value {
        get { finding[keyPath: keyPath] }
        set { finding[keyPath: keyPath] = newValue }
    }

    enum CodingKeys: String, CodingKey { case id }

    /// One JSON object: the id beside the finding's own keys.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try finding.encode(to: encoder)
    }

    public init(from decoder: Decoder) throws {
        finding = try Finding(from: decoder)
        // Reports written by other tools may lack ids; derive the same id this tool would.
        id = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(String.self, forKey: .id)
            ?? FindingID.base(customerID: finding.customerID, rule: finding.rule, field: finding.field)
    }
}
