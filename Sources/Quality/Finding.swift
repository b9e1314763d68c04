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
