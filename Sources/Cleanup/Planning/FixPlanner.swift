import CustomerModel
import Matching
import Quality

/// What a plan is made from: the snapshot's customers and what the analysis said about them.
public struct FixPlanInputs: Sendable {
    public var customers: [Customer]
    public var findings: [Finding]
    public var clusters: [DuplicateCluster]
    public var decisions: Decisions
    public var settings: FixSettings
    /// Merge every `certain` cluster, not only those a reviewer confirmed.
    public var includeCertain: Bool

    public init(customers: [Customer], findings: [Finding], clusters: [DuplicateCluster], decisions: Decisions = .none,
                settings: FixSettings = .default, includeCertain: Bool = false) {
        self.customers = customers
        self.findings = findings
        self.clusters = clusters
        self.decisions = decisions
        self.settings = settings
        self.includeCertain = includeCertain
    }
}

/// Makes a fix plan: a pure function of customers, findings, clusters, decisions and settings.
public enum FixPlanner {
    /// The rules whose suggestions a plan may apply.
    public static var safeRules: Set<String> { Set(RuleCatalog.descriptions.filter(\.safeToApply).map(\.id)) }

    /// `recheck` gives the quality findings of changed customers (normalize, run the rules), so
    /// suggestions of two rules on one value compose.
    public static func plan(_ inputs: FixPlanInputs, id: String, createdAt: String,
                            recheck: ([Customer]) -> [Finding]) -> FixPlan {
        // A record without an id, or an id the input holds twice, cannot be addressed safely.
        var byID: [Int: Customer] = [:]
        var twice = Set<Int>()
        for customer in inputs.customers {
            guard let id = customer.customerID else { continue }
            if byID.updateValue(customer, forKey: id) != nil { twice.insert(id) }
        }
        for id in twice { byID[id] = nil }

        let (fixed, reasons) = SafeNormalizations(safeRules: safeRules).apply(to: byID, findings: inputs.findings, recheck: recheck)
        let merges = ClusterMerges(settings: inputs.settings, decisions: inputs.decisions, includeCertain: inputs.includeCertain)
            .changes(inputs.clusters, customers: byID)

        var customers: [CustomerChanges] = []
        for id in Set(reasons.keys).union(merges.keys).sorted() {
            guard let original = byID[id] else { continue }
            var changes: [FieldChange] = merges[id] ?? []
            let merged = Set(changes.map { $0.field })
            for (field, rules) in (reasons[id] ?? [:]).sorted(by: { $0.key < $1.key }) {
                // A merge decides the whole value (a phone list covers its entries).
                guard !merged.contains(field), !(field.hasPrefix("phone_numbers[") && merged.contains(FieldPath.phoneList.text)),
                      let path = FieldPath(field), let after = fixed[id].flatMap(path.value(in:)),
                      !FieldPath.same(path.value(in: original), after) else { continue }
                changes.append(FieldChange(field: field, before: path.value(in: original), after: after, kind: .normalization,
                                           reason: rules.joined(separator: "; ")))
            }
            if !changes.isEmpty { customers.append(CustomerChanges(customerID: id, changes: changes)) }
        }
        return FixPlan(id: id, createdAt: createdAt, customers: customers)
    }
}
