/// How one rule is configured: on or off, its severity, which customer types it applies to, and
/// the rule itself (whose stored properties are its parameters).
public struct RuleSettings: Sendable, Equatable {
    public var enabled: Bool
    public var severity: Severity
    /// Customer types (`customer_type_name`, compared without case) the rule applies to; nil: all.
    public var customerTypes: [String]?
    public var rule: any QualityRule

    public init(enabled: Bool, severity: Severity, customerTypes: [String]? = nil, rule: any QualityRule) {
        self.enabled = enabled
        self.severity = severity
        self.customerTypes = customerTypes
        self.rule = rule
    }

    /// The shipped settings of a rule kind.
    public init(defaultsFor ruleType: any QualityRule.Type) {
        self.init(enabled: ruleType.description.enabledByDefault, severity: ruleType.description.defaultSeverity,
                  rule: ruleType.init())
    }

    public var id: String { type(of: rule).description.id }

    public static func == (lhs: RuleSettings, rhs: RuleSettings) -> Bool {
        lhs.enabled == rhs.enabled && lhs.severity == rhs.severity && lhs.customerTypes == rhs.customerTypes
            && AnyHashable(lhs.rule) == AnyHashable(rhs.rule)
    }
}
