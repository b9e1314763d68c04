/// Findings that say nothing once another finding on the same value is made.
///
/// A placeholder (`onbekend`, `test`) is not data, so suggesting to write it as `Onbekend` would
/// invite a reviewer to "fix" a value that should be replaced, and two findings on one value
/// would count one problem twice.
enum SupersededFindings {
    /// Rule id → the rules whose finding on the same customer and field makes it moot.
    static let supersededBy: [String: Set<String>] = [
        "text.casing": ["value.placeholder"],
    ]

    /// `findings` without those superseded by another finding of the same list; the list holds
    /// every record-rule finding of its customers, so both findings of one value are in it.
    static func removing(from findings: [Finding]) -> [Finding] {
        let superseding = Set(supersededBy.values.joined())
        struct Key: Hashable { var customer: Int?; var field: String?; var rule: String }
        let made = Set(findings.lazy.filter { superseding.contains($0.rule) }.map { Key(customer: $0.customerID, field: $0.field, rule: $0.rule) })
        guard !made.isEmpty else { return findings }
        return findings.filter { finding in
            guard let rules = supersededBy[finding.rule] else { return true }
            return !rules.contains { made.contains(Key(customer: finding.customerID, field: finding.field, rule: $0)) }
        }
    }
}
