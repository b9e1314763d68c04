import CustomerModel

/// What a rule is, for people (the catalogue, `customer-audit rules`) and for the example test.
public struct RuleDescription: Sendable {
    /// Stable id used in findings and in `rules/quality.yml`, e.g. `postcode.valid`.
    public var id: String
    /// One sentence for a shop owner.
    public var summary: String
    public var defaultSeverity: Severity
    /// Rules that are noisy for most data sets ship disabled; `quality.yml` can switch them on.
    public var enabledByDefault: Bool
    /// Rule-specific keys accepted in `quality.yml` (besides `enabled`, `severity`, `customer_types`).
    public var parameters: [RuleParameterDoc]
    /// The rule's suggestion only rewrites how a value is written (spaces, case, format), never what
    /// it says, so `fix plan` may plan it without a person choosing between values.
    public var safeToApply: Bool
    /// Customers (or sets of customers, for cross-record rules) that must produce a finding.
    public var triggering: [RuleExample]
    /// Customers that must not produce a finding.
    public var nonTriggering: [RuleExample]

    public init(id: String, summary: String, defaultSeverity: Severity, enabledByDefault: Bool = true,
                parameters: [RuleParameterDoc] = [], safeToApply: Bool = false,
                triggering: [RuleExample], nonTriggering: [RuleExample]) {
        self.id = id
        self.summary = summary
        self.defaultSeverity = defaultSeverity
        self.enabledByDefault = enabledByDefault
        self.parameters = parameters
        self.safeToApply = safeToApply
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

/// One documented parameter of a rule.
public struct RuleParameterDoc: Sendable, Hashable {
    public var name: String
    /// `list of fields`, `number`, `map of field to values` … as written in the docs.
    public var type: String
    public var summary: String

    public init(_ name: String, type: String, _ summary: String) {
        self.name = name
        self.type = type
        self.summary = summary
    }
}

/// An example for a rule: the customers it looks at and, for a triggering example, the field and
/// suggestion the finding must carry.
public struct RuleExample: Sendable {
    /// Short text for the catalogue, e.g. `postcode "5388gm"`.
    public var note: String
    public var customers: [Customer]
    /// For triggering examples: the finding's field (nil: any field).
    public var field: String?
    /// For triggering examples: the suggestion the finding must carry (nil: not checked).
    public var suggestion: String?

    /// An example of one customer.
    public init(_ note: String, _ customer: Customer, field: String? = nil, suggestion: String? = nil) {
        self.init(note, customers: [customer], field: field, suggestion: suggestion)
    }

    /// An example over several customers (cross-record rules).
    public init(_ note: String, customers: [Customer], field: String? = nil, suggestion: String? = nil) {
        self.note = note
        // Examples rarely bother with ids; give each customer a distinct one.
        self.customers = customers.enumerated().map { index, customer in
            var customer = customer
            if customer.customerID == nil { customer.customerID = index + 1 }
            return customer
        }
        self.field = field
        self.suggestion = suggestion
    }
}
