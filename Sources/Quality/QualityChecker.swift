import AuditSupport
import CustomerModel
import Foundation
import Normalization

/// Runs the configured quality rules over normalized customers.
///
/// Pure: the same customers and configuration give the same findings in the same order. Record
/// rules run over chunks of customers on every core; cross-record rules then see the whole set.
public struct QualityChecker: Sendable {
    public let configuration: QualityConfiguration

    public init(configuration: QualityConfiguration = .default) {
        self.configuration = configuration
    }

    /// Findings for all customers, sorted by `Finding.reportOrder`; runs on all cores.
    public func findings(for customers: [NormalizedCustomer]) -> [Finding] {
        let active = configuration.rules.filter(\.enabled).map(ActiveRule.init)
        let recordRules = active.filter { $0.settings.rule is any RecordRule }
        let crossRules = active.filter { $0.settings.rule is any CrossRecordRule }

        let chunks = ParallelChunks.map(count: customers.count) { range -> [Finding] in
            var sinks = recordRules.map { FindingSink(rule: $0.settings.id, severity: $0.settings.severity) }
            let rules = recordRules.compactMap { $0.settings.rule as? any RecordRule }
            let filters = recordRules.map(\.types)
            // Customer by customer through all rules: reading a (large) customer out of the array
            // retains and releases every one of its strings, so do it once, not once per rule.
            for index in range {
                let customer = customers[index]
                for ruleIndex in rules.indices where filters[ruleIndex] == nil || recordRules[ruleIndex].applies(to: customer) {
                    rules[ruleIndex].check(customer, into: &sinks[ruleIndex])
                }
            }
            return SupersededFindings.removing(from: sinks.flatMap(\.findings))
        }
        var all = chunks.flatMap { $0 }
        let crossFindings = ParallelChunks.mapEach(crossRules) { rule in rule.checkAll(customers) }
        all += crossFindings.flatMap { $0 }
        // The message breaks ties between findings on the same field with the same value.
        all.sort { lhs, rhs in
            if Finding.reportOrder(lhs, rhs) { return true }
            if Finding.reportOrder(rhs, lhs) { return false }
            return lhs.message < rhs.message
        }
        return all
    }
}

/// One enabled rule, with its customer-type filter prepared.
private struct ActiveRule: Sendable {
    let settings: RuleSettings
    /// Lower-cased customer types, nil when the rule applies to all.
    let types: Set<String>?

    init(_ settings: RuleSettings) {
        self.settings = settings
        types = settings.customerTypes.map { Set($0.map(Self.typeKey)) }
    }

    static func typeKey(_ text: String) -> String { text.trimmingCharacters(in: .whitespaces).lowercased() }

    func applies(to customer: NormalizedCustomer) -> Bool {
        guard let types else { return true }
        return types.contains(Self.typeKey(customer.customer.customerTypeName ?? ""))
    }

    func checkAll(_ customers: [NormalizedCustomer]) -> [Finding] {
        guard let rule = settings.rule as? any CrossRecordRule else { return [] }
        var sink = FindingSink(rule: settings.id, severity: settings.severity)
        rule.check(types == nil ? customers : customers.filter(applies), into: &sink)
        return sink.findings
    }
}
