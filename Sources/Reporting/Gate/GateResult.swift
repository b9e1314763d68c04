/// The gate's verdict: every threshold checked, and whether CI should pass.
public struct GateResult: Sendable, Codable, Hashable {
    /// True when every enforced check held.
    public var passed: Bool
    public var checks: [GateCheck]
    /// Warning thresholds were enforced (`--strict`).
    public var strict: Bool
    /// A baseline report was compared against.
    public var baseline: Bool

    public init(passed: Bool, checks: [GateCheck], strict: Bool = false, baseline: Bool = false) {
        self.passed = passed
        self.checks = checks
        self.strict = strict
        self.baseline = baseline
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        passed = try c.decode(Bool.self, forKey: .passed)
        checks = try c.decode([GateCheck].self, forKey: .checks)
        strict = try c.decodeIfPresent(Bool.self, forKey: .strict) ?? false
        baseline = try c.decodeIfPresent(Bool.self, forKey: .baseline) ?? false
    }

    enum CodingKeys: String, CodingKey { case passed, checks, strict, baseline }

    /// Checks that failed and count against the verdict.
    public var failures: [GateCheck] { checks.filter { !$0.passed && $0.enforced } }
}

/// One threshold compared with the report.
public struct GateCheck: Sendable, Codable, Hashable {
    /// `errors`, `warnings_per_1000_customers`, `certain_clusters`, `rule:<id>`, `new_findings` …
    public var name: String
    public var actual: Double
    public var threshold: Double
    /// `actual <= threshold`.
    public var passed: Bool
    /// False for warning thresholds without `--strict`: reported, never failing the gate.
    public var enforced: Bool
    /// A sentence for the CI log: what was counted and against what.
    public var message: String

    public init(name: String, actual: Double, threshold: Double, passed: Bool, enforced: Bool = true, message: String) {
        self.name = name
        self.actual = actual
        self.threshold = threshold
        self.passed = passed
        self.enforced = enforced
        self.message = message
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        actual = try c.decode(Double.self, forKey: .actual)
        threshold = try c.decode(Double.self, forKey: .threshold)
        passed = try c.decode(Bool.self, forKey: .passed)
        enforced = try c.decodeIfPresent(Bool.self, forKey: .enforced) ?? true
        message = try c.decodeIfPresent(String.self, forKey: .message) ?? ""
    }

    enum CodingKeys: String, CodingKey { case name, actual, threshold, passed, enforced, message }
}
