import Quality

/// Stable finding ids: the same customer, rule and field give the same id in every run, so the
/// diff and the gate's baseline can tell new findings from known ones.
enum FindingID {
    static func base(customerID: Int?, rule: String, field: String?) -> String {
        "\(customerID.map(String.init) ?? "-"):\(rule):\(field ?? "-")"
    }

    /// Ids for findings already in report order; repeats get `#2`, `#3` … in that order.
    static func assign(_ findings: [Finding]) -> [String] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let base = base(customerID: finding.customerID, rule: finding.rule, field: finding.field)
            let count = (seen[base] ?? 0) + 1
            seen[base] = count
            return count == 1 ? base : "\(base)#\(count)"
        }
    }
}
