import CustomerGenerator
import CustomerModel
import Foundation
import Quality

/// Compares findings with the generator's planted problems.
struct AccuracyReport {
    var customers: Int
    var planted: Int
    var found: Int
    var missedByKind: [String: Int]
    var plantedByKind: [String: Int]
    var cleanRecords: Int
    var flaggedCleanRecords: Int
    var falsePositiveRules: [String: Int]
    var falsePositiveSamples: [Finding]
    /// (customer, field, kind, value as generated) of some missed problems.
    var missedSamples: [String]
    /// Per rule: findings on a planted (customer, field) problem, on other fields of records with a
    /// planted problem or in a duplicate group, and warnings/errors on clean records: its precision.
    var perRule: [String: RuleCounts]

    struct RuleCounts {
        var onPlanted = 0
        var elsewhere = 0
        var onClean = 0
    }

    init(dataset: GeneratedDataset, findings: [Finding]) {
        customers = dataset.customers.count
        // (customer, base field) of every warning/error/info finding: recall counts any severity.
        let reported = Set(findings.compactMap { finding -> String? in
            guard let id = finding.customerID, let field = finding.field else { return nil }
            return "\(id)|\(Self.baseField(field))"
        })
        var plantedPairs: [String: String] = [:]
        for problem in dataset.truth.plantedProblems {
            plantedPairs["\(problem.customerID)|\(Self.baseField(problem.field))"] = problem.kind
        }
        planted = plantedPairs.count
        found = plantedPairs.keys.filter(reported.contains).count
        plantedByKind = Dictionary(grouping: plantedPairs.values, by: { $0 }).mapValues(\.count)
        missedByKind = Dictionary(grouping: plantedPairs.filter { !reported.contains($0.key) }.values, by: { $0 }).mapValues(\.count)

        let byID = Dictionary(dataset.customers.map { ($0.customerID ?? 0, $0) }, uniquingKeysWith: { first, _ in first })
        missedSamples = plantedPairs.filter { !reported.contains($0.key) }.keys.sorted().prefix(12).map { key in
            let parts = key.split(separator: "|").map(String.init)
            let customer = byID[Int(parts[0]) ?? 0]
            let value = CustomerField(rawValue: parts[1]).flatMap { customer?[$0] }
                ?? customer?.phoneNumbers.map { "\($0.phoneNumberID ?? ""): \($0.phoneNumber ?? "")" }.joined(separator: ", ") ?? ""
            return "#\(parts[0]) \(parts[1]) \(plantedPairs[key]!): \(String(reflecting: value))"
        }
        let withProblem = Set(dataset.truth.plantedProblems.map(\.customerID))
        let inDuplicateGroup = Set(dataset.truth.duplicateGroups.flatMap { $0 })
        let cleanIDs = Set(dataset.customers.compactMap(\.customerID)).subtracting(withProblem).subtracting(inDuplicateGroup)
        cleanRecords = cleanIDs.count
        let loud = findings.filter { $0.severity != .info && cleanIDs.contains($0.customerID ?? Int.min) }
        flaggedCleanRecords = Set(loud.compactMap(\.customerID)).count
        falsePositiveRules = Dictionary(grouping: loud, by: \.rule).mapValues(\.count)
        falsePositiveSamples = Array(loud.prefix(12))

        var perRule: [String: RuleCounts] = [:]
        for finding in findings {
            let id = finding.customerID ?? Int.min
            let key = "\(id)|\(Self.baseField(finding.field ?? ""))"
            if plantedPairs[key] != nil {
                perRule[finding.rule, default: RuleCounts()].onPlanted += 1
            } else if cleanIDs.contains(id) && finding.severity != .info {
                perRule[finding.rule, default: RuleCounts()].onClean += 1
            } else {
                perRule[finding.rule, default: RuleCounts()].elsewhere += 1
            }
        }
        self.perRule = perRule
    }

    static func baseField(_ field: String) -> String {
        field.firstIndex(of: "[").map { String(field[..<$0]) } ?? field
    }

    var recall: Double { planted == 0 ? 0 : Double(found) / Double(planted) }
    var falsePositiveShare: Double { cleanRecords == 0 ? 0 : Double(flaggedCleanRecords) / Double(cleanRecords) }

    func print() {
        Swift.print("accuracy: \(customers) customers, \(planted) planted (customer, field) problems")
        Swift.print("accuracy: recall \(format(recall, 4)) (\(found)/\(planted); goal ≥ 0.99)")
        Swift.print("accuracy: records without planted problem flagged warning/error: \(flaggedCleanRecords)/\(cleanRecords) = "
                    + "\(format(falsePositiveShare * 100, 2)) % (goal ≤ 0.5 %)")
        for kind in plantedByKind.keys.sorted() {
            let missed = missedByKind[kind] ?? 0
            Swift.print("  planted \(kind): \(plantedByKind[kind]!)\(missed > 0 ? ", missed \(missed)" : "")")
        }
        for sample in missedSamples { Swift.print("    missed \(sample)") }
        for (rule, count) in falsePositiveRules.sorted(by: { $0.value > $1.value }) {
            Swift.print("  on clean records: \(rule) × \(count)")
        }
        Swift.print("per rule: findings on planted problems / elsewhere on planted or duplicate records / warnings+errors on clean records")
        for (rule, counts) in perRule.sorted(by: { $0.key < $1.key }) {
            Swift.print("  \(rule.padding(toLength: 30, withPad: " ", startingAt: 0)) planted \(counts.onPlanted), elsewhere \(counts.elsewhere), clean \(counts.onClean)")
        }
        for finding in falsePositiveSamples {
            Swift.print("    e.g. #\(finding.customerID ?? 0) \(finding.rule) \(finding.field ?? "-") \(String(reflecting: finding.value ?? "")): \(finding.message)")
        }
    }
}
