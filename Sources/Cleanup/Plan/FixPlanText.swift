/// The plan for a person: per customer each change with its before value, after value and reason.
/// `fix plan` prints it; `fix apply` without `--yes` prints it as what would change.
public enum FixPlanText {
    public static func describe(_ plan: FixPlan) -> String {
        var lines: [String] = []
        for customer in plan.customers {
            lines.append("customer \(customer.customerID)")
            for change in customer.changes {
                lines.append("  \(change.field): \(quoted(change.before)) → \(quoted(change.after))")
                lines.append("      \(change.kind.rawValue): \(change.reason)")
            }
        }
        lines.append(totals(plan))
        return lines.joined(separator: "\n")
    }

    /// `41 changes to 37 customers: 30 normalizations, 8 merged values, 3 duplicate markers`.
    public static func totals(_ plan: FixPlan) -> String {
        let all = plan.customers.flatMap(\.changes)
        let counts = FieldChange.Kind.allCases.map { kind in (kind, all.count { $0.kind == kind }) }
        return "\(all.count) changes to \(plan.customers.count) customers: "
            + counts.map { "\($0.1) \(kindNames[$0.0]!)" }.joined(separator: ", ")
    }

    /// How the totals (and the plan's page) count each kind.
    static let kindNames: [FieldChange.Kind: String] = [
        .normalization: "normalizations", .merge: "merged values", .duplicateMarker: "duplicate markers",
    ]

    static func quoted(_ value: String?) -> String {
        guard let value else { return "(none)" }
        return "\"\(value)\""
    }
}
