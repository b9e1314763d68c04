import CustomerModel
import Quality

/// The changes the safe quality rules suggest, composed per field: when two rules speak about one
/// value (`"  JANSEN "`: whitespace and casing), the first suggestion is applied and the customer
/// is checked again, so the plan holds the value that passes every safe rule, not one of two
/// half-fixes. Pure, given a pure `recheck` (normalize and run the record rules).
struct SafeNormalizations {
    /// Ids of the rules whose suggestion may be applied (`RuleDescription.safeToApply`).
    var safeRules: Set<String>
    /// Rounds of "apply, check again"; a value that still draws a suggestion after this keeps the last one.
    static let maximumRounds = 4
    /// Whitespace first: the other rules' suggestions are easier to read on a trimmed value.
    static let firstRules = ["text.whitespace"]

    /// The customers with their safe suggestions applied, by id, and per changed field the rules that
    /// asked. `recheck` gives the findings of the quality rules for customers after a change.
    func apply(to customers: [Int: Customer], findings: [Finding],
               recheck: ([Customer]) -> [Finding]) -> (fixed: [Int: Customer], reasons: [Int: [String: [String]]]) {
        var fixed = customers
        var reasons: [Int: [String: [String]]] = [:]
        var pending = usable(findings, in: fixed)
        for _ in 0..<Self.maximumRounds where !pending.isEmpty {
            var changed = Set<Int>()
            for finding in pending {
                guard let id = finding.customerID, let path = finding.field.flatMap(FieldPath.init),
                      let suggestion = finding.suggestion, var customer = fixed[id] else { continue }
                // One suggestion per field and round (a second one saw the old value): the next round sees the result.
                guard FieldPath.same(path.value(in: customer), finding.value), path.set(suggestion, in: &customer) else { continue }
                fixed[id] = customer
                changed.insert(id)
                reasons[id, default: [:]][path.text, default: []].append("\(finding.rule): \(finding.message)")
            }
            guard !changed.isEmpty else { break }
            pending = usable(recheck(changed.sorted().compactMap { fixed[$0] }), in: fixed)
        }
        return (fixed, reasons)
    }

    /// Findings of safe rules with a suggestion for a place a PUT can write, whitespace first.
    private func usable(_ findings: [Finding], in customers: [Int: Customer]) -> [Finding] {
        let kept = findings.filter { finding in
            guard safeRules.contains(finding.rule), let id = finding.customerID, customers[id] != nil,
                  let suggestion = finding.suggestion, !suggestion.isEmpty, suggestion != finding.value,
                  finding.field.flatMap(FieldPath.init) != nil else { return false }
            return true
        }
        let rank = { (rule: String) in Self.firstRules.firstIndex(of: rule) ?? Self.firstRules.count }
        return kept.enumerated().sorted { lhs, rhs in
            let l = (lhs.element.customerID ?? 0, rank(lhs.element.rule), lhs.offset)
            let r = (rhs.element.customerID ?? 0, rank(rhs.element.rule), rhs.offset)
            return l < r
        }.map(\.element)
    }
}
