import AuditSupport
import Foundation
import CustomerModel
import Normalization
import Yams

/// Reads gate YAML into `GateConfiguration`, reporting the line and dotted key of every mistake:
/// unknown keys (a typo must not silently switch a threshold off), wrong types, negative limits.
struct GateConfigurationParser {
    let file: String

    private static let topKeys = ["version", "max_errors", "max_warnings_per_1000_customers", "max_certain_clusters",
                                  "max_likely_clusters", "max_findings_per_rule", "baseline"]
    private static let baselineKeys = ["count_only_new", "max_new_findings", "max_new_clusters"]

    func parse(_ yaml: String) throws -> GateConfiguration {
        guard let root = try YAMLReader(file: file).root(yaml) else {
            throw ConfigurationError(file: file, problem: "is empty; expected the gate thresholds")
        }
        let top = try mapping(root, key: nil, allowed: Self.topKeys)
        var configuration = GateConfiguration()
        if let node = top["version"] {
            guard node.int == 1 else { throw error(node, "version", "must be 1") }
        }
        configuration.maxErrors = try limit(top["max_errors"], key: "max_errors")
        configuration.maxWarningsPer1000Customers = try rate(top["max_warnings_per_1000_customers"], key: "max_warnings_per_1000_customers")
        configuration.maxCertainClusters = try limit(top["max_certain_clusters"], key: "max_certain_clusters")
        configuration.maxLikelyClusters = try limit(top["max_likely_clusters"], key: "max_likely_clusters")
        if let node = top["max_findings_per_rule"], !YAMLReader.isNull(node) {
            for (rule, value) in try mapping(node, key: "max_findings_per_rule", allowed: nil) {
                guard !rule.trimmingCharacters(in: .whitespaces).isEmpty else { throw error(node, "max_findings_per_rule", "a rule id is empty") }
                guard let maximum = try limit(value, key: "max_findings_per_rule.\(rule)") else {
                    throw error(value, "max_findings_per_rule.\(rule)", "needs a number (remove the line to drop the limit)")
                }
                configuration.maxFindingsPerRule[rule] = maximum
            }
        }
        if let node = top["baseline"], !YAMLReader.isNull(node) {
            let baseline = try mapping(node, key: "baseline", allowed: Self.baselineKeys)
            if let flag = baseline["count_only_new"] {
                guard let value = flag.bool else { throw error(flag, "baseline.count_only_new", "must be true or false") }
                configuration.baseline.countOnlyNew = value
            }
            configuration.baseline.maxNewFindings = try limit(baseline["max_new_findings"], key: "baseline.max_new_findings")
            configuration.baseline.maxNewClusters = try limit(baseline["max_new_clusters"], key: "baseline.max_new_clusters")
        }
        return configuration
    }

    private func mapping(_ node: Node, key: String?, allowed: [String]?) throws -> [String: Node] {
        guard let pairs = node.mapping else {
            throw error(node, key, key == nil ? "must be a mapping of threshold names to limits" : "must be a mapping")
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in pairs {
            guard let name = keyNode.string else { throw error(keyNode, key, "has a key that is not text") }
            let path = key.map { "\($0).\(name)" } ?? name
            if let allowed, !allowed.contains(name) {
                throw error(keyNode, path, "unknown key; expected one of \(allowed.joined(separator: ", "))")
            }
            guard result[name] == nil else { throw error(keyNode, path, "appears twice") }
            result[name] = value
        }
        return result
    }

    private func limit(_ node: Node?, key: String) throws -> Int? {
        guard let node, !YAMLReader.isNull(node) else { return nil }
        guard let value = node.int, node.scalar?.style == .plain else {
            throw error(node, key, "must be a whole number or ~ (no limit)")
        }
        guard value >= 0 else { throw error(node, key, "must not be negative") }
        return value
    }

    private func rate(_ node: Node?, key: String) throws -> Double? {
        guard let node, !YAMLReader.isNull(node) else { return nil }
        guard let value = node.float, node.scalar?.style == .plain, value.isFinite else {
            throw error(node, key, "must be a number or ~ (no limit)")
        }
        guard value >= 0 else { throw error(node, key, "must not be negative") }
        return value
    }

    private func error(_ node: Node, _ key: String?, _ problem: String) -> ConfigurationError {
        ConfigurationError(file: file, line: node.mark?.line, key: key, problem: problem)
    }
}
