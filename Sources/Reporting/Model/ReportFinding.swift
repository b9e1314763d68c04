import Quality

/// One finding as it appears in report.json, with a stable id for diffs and baselines.
public struct ReportFinding: Sendable, Codable, Hashable {
    /// `<customer>:<rule>:<field>` (`-` for none), with `#2`, `#3` … when a customer has the same
    /// rule on the same field more than once; stable across runs on the same data.
    public var id: String
    public var customerID: Int?
    public var rule: String
    public var severity: Severity
    public var field: String?
    public var value: String?
    public var message: String
    public var suggestion: String?

    public init(id: String, customerID: Int?, rule: String, severity: Severity, field: String?, value: String?,
                message: String, suggestion: String?) {
        self.id = id
        self.customerID = customerID
        self.rule = rule
        self.severity = severity
        self.field = field
        self.value = value
        self.message = message
        self.suggestion = suggestion
    }

    enum CodingKeys: String, CodingKey {
        case id, rule, severity, field, value, message, suggestion
        case customerID = "customer_id"
    }

    // Absent values are written as explicit nulls: the schema requires `customer_id`, and a
    // fixed set of keys per row keeps the file easy to diff and to load into tables.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(customerID, forKey: .customerID)
        try c.encode(rule, forKey: .rule)
        try c.encode(severity, forKey: .severity)
        try c.encode(field, forKey: .field)
        try c.encode(value, forKey: .value)
        try c.encode(message, forKey: .message)
        try c.encode(suggestion, forKey: .suggestion)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        customerID = try c.decodeIfPresent(Int.self, forKey: .customerID)
        rule = try c.decode(String.self, forKey: .rule)
        severity = try c.decode(Severity.self, forKey: .severity)
        field = try c.decodeIfPresent(String.self, forKey: .field)
        value = try? c.decodeIfPresent(String.self, forKey: .value)
        message = try c.decode(String.self, forKey: .message)
        suggestion = try? c.decodeIfPresent(String.self, forKey: .suggestion)
        // Reports written by other tools may lack ids; derive the same id this tool would.
        id = try c.decodeIfPresent(String.self, forKey: .id)
            ?? FindingID.base(customerID: customerID, rule: rule, field: field)
    }
}
