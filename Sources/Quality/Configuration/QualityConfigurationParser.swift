import AuditSupport
import CustomerModel
import Normalization
import Yams

/// Reads the text of `quality.yml` into a `QualityConfiguration`, strictly: anything it does not
/// know is an error that names file, line and key, so a typo never silently disables a check.
struct QualityConfigurationParser {
    let file: String

    /// Keys every rule accepts, besides its own parameters.
    static let commonKeys = ["enabled", "severity", "customer_types"]
    static let topLevelKeys = ["version", "rules"]

    func parse(_ yaml: String) throws -> QualityConfiguration {
        let root = try YAMLReader(file: file).root(yaml)
        var configuration = QualityConfiguration.default
        guard let root else { return configuration }
        guard let top = root.mapping else {
            throw ConfigurationError(file: file, line: root.mark?.line, problem: "expected a mapping with the key `rules`")
        }
        for (keyNode, value) in top {
            let key = keyNode.scalar?.string ?? ""
            switch key {
            case "version":
                guard value.scalar?.string == "1" else {
                    throw ConfigurationError(file: file, line: keyNode.mark?.line, key: "version", problem: "only version 1 is known")
                }
            case "rules":
                guard let rules = value.mapping else {
                    if value.null != nil { continue }
                    throw ConfigurationError(file: file, line: keyNode.mark?.line, key: "rules", problem: "expected a mapping of rule ids")
                }
                for (idNode, ruleNode) in rules {
                    let settings = try parseRule(idNode: idNode, node: ruleNode)
                    configuration[settings.id] = settings
                }
            default:
                throw ConfigurationError(file: file, line: keyNode.mark?.line, key: key,
                                         problem: "unknown key; expected one of \(Self.topLevelKeys.joined(separator: ", "))")
            }
        }
        return configuration
    }

    private func parseRule(idNode: Node, node: Node) throws -> RuleSettings {
        let id = idNode.scalar?.string ?? ""
        let path = "rules.\(id)"
        let line = idNode.mark?.line
        guard let ruleType = RuleCatalog.ruleType(id: id) else {
            throw ConfigurationError(file: file, line: line, key: path, problem: "unknown rule id; `customer-audit rules` lists the known ones")
        }
        var settings = RuleSettings(defaultsFor: ruleType)
        if node.null != nil { return settings }
        guard let mapping = node.mapping else {
            throw ConfigurationError(file: file, line: line, key: path, problem: "expected a mapping of settings")
        }
        let known = Self.commonKeys + ruleType.description.parameters.map(\.name)
        var entries: [String: (keyLine: Int?, value: Node)] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            guard known.contains(key) else {
                throw ConfigurationError(file: file, line: keyNode.mark?.line, key: "\(path).\(key)",
                                         problem: "unknown key; this rule accepts \(known.joined(separator: ", "))")
            }
            entries[key] = (keyNode.mark?.line, value)
        }
        let parameters = RuleParameters(file: file, path: path, line: line, entries: entries)
        if let enabled = try parameters.bool("enabled") { settings.enabled = enabled }
        if let severityNode = entries["severity"]?.value {
            guard let text = severityNode.scalar?.string, let severity = Severity(rawValue: text) else {
                throw parameters.error("severity", "expected error, warning or info, found \(RuleParameters.kind(severityNode))")
            }
            settings.severity = severity
        }
        settings.customerTypes = try parameters.strings("customer_types") ?? settings.customerTypes
        settings.rule = try ruleType.init(parameters: parameters)
        return settings
    }
}
