import AuditSupport
import Normalization

/// One kind of data-quality check, configured from `rules/quality.yml`.
///
/// A rule carries its own documentation and tests (`description`): id, summary, default
/// severity, parameters and example customers that must and must not trigger it. The stored
/// properties of a rule are its parameters, so two rules are equal when configured alike.
public protocol QualityRule: Sendable, Hashable {
    /// Id, summary, severity, parameters and examples; the catalogue and the tests read it.
    static var description: RuleDescription { get }
    /// The rule with its shipped parameters.
    init()
    /// The rule with parameters from a rules file; absent parameters keep their shipped value.
    /// Throws `ConfigurationError` naming the file, line and key of a bad value.
    init(parameters: RuleParameters) throws
}

/// A rule that looks at one customer at a time (runs in parallel over chunks of customers).
public protocol RecordRule: QualityRule {
    func check(_ customer: NormalizedCustomer, into sink: inout FindingSink)
}

/// A rule that needs the whole data set (e.g. one email shared by many customers).
public protocol CrossRecordRule: QualityRule {
    /// `customers` holds only the customers the rule applies to (customer-type filter applied).
    func check(_ customers: [NormalizedCustomer], into sink: inout FindingSink)
}

/// Collects the findings of one rule; the rule id and configured severity are filled in here so
/// a rule only says what is wrong.
public struct FindingSink: Sendable {
    public let rule: String
    public let severity: Severity
    public private(set) var findings: [Finding] = []

    public init(rule: String, severity: Severity) {
        self.rule = rule
        self.severity = severity
    }

    /// Records one problem. `value` is the text as sent; `suggestion` the canonical value, if any.
    public mutating func report(customerID: Int?, field: String?, value: String?, message: String, suggestion: String? = nil) {
        findings.append(Finding(customerID: customerID, rule: rule, severity: severity, field: field, value: value,
                                message: message, suggestion: suggestion))
    }
}
