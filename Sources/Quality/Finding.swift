/// How bad a finding is. Ordered: `error` > `warning` > `info`.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case error, warning, info

    private var rank: Int {
        switch self {
        case .error: return 2
        case .warning: return 1
        case .info: return 0
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One data-quality problem on one customer (or on the data set, with `customerID` nil).
public struct Finding: Sendable, Hashable {
    public var customerID: Int?
    /// Rule id, e.g. `postcode.format`.
    public var rule: String
    public var severity: Severity
    /// API field name (`postcode`, `phone_numbers[mob]`), nil when the finding is about the record.
    public var field: String?
    /// The value as sent.
    public var value: String?
    /// A sentence for a shop owner.
    public var message: String
    /// The canonical / intended value, when one exists.
    public var suggestion: String?

    public init(customerID: Int?, rule: String, severity: Severity, field: String? = nil, value: String? = nil,
                message: String, suggestion: String? = nil) {
        self.customerID = customerID
        self.rule = rule
        self.severity = severity
        self.field = field
        self.value = value
        self.message = message
        self.suggestion = suggestion
    }

    /// Findings are reported in this order so two runs diff cleanly.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        let l = (lhs.customerID ?? Int.min, lhs.rule, lhs.field ?? "", lhs.value ?? "")
        let r = (rhs.customerID ?? Int.min, rhs.rule, rhs.field ?? "", rhs.value ?? "")
        return l < r
    }
}

// report.json spells a finding as it is (schema v1, see CONTRACT.md), next to its report id; the
// keys live here, beside the fields they name, so Reporting holds no copy of them.
extension Finding: Codable {
    enum CodingKeys: String, CodingKey {
        case rule, severity, field, value, message, suggestion
        case customerID = "customer_id"
    }

    // Absent values are written as explicit nulls: the schema requires `customer_id`, and a
    // fixed set of keys per row keeps the file easy to diff and to load into tables.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(customerID, forKey: .customerID)
        try c.encode(rule, forKey: .rule)
        try c.encode(severity, forKey: .severity)
        try c.encode(field, forKey: .field)
        try c.encode(value, forKey: .value)
        try c.encode(message, forKey: .message)
        try c.encode(suggestion, forKey: .suggestion)
    }

    /// Reads findings of other tools too: a value or suggestion that is not text counts as none.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        customerID = try c.decodeIfPresent(Int.self, forKey: .customerID)
        rule = try c.decode(String.self, forKey: .rule)
        severity = try c.decode(Severity.self, forKey: .severity)
        field = try c.decodeIfPresent(String.self, forKey: .field)
        value = try? c.decodeIfPresent(String.self, forKey: .value)
        message = try c.decode(String.self, forKey: .message)
        suggestion = try? c.decodeIfPresent(String.self, forKey: .suggestion)
    }
}
