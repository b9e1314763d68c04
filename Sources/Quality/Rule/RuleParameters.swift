import AuditSupport
import CustomerModel
import Foundation
import Yams

/// The rule-specific keys of one rule in a rules file, read into typed values.
///
/// Every accessor returns nil when the key is absent (the rule keeps its shipped value) and throws
/// a `ConfigurationError` naming file, line and dotted key when the value has the wrong type.
public struct RuleParameters {
    let file: String
    /// Dotted path of the rule, e.g. `rules.text.whitespace`.
    let path: String
    /// Line of the rule's own key, for problems that belong to no parameter.
    let line: Int?
    let entries: [String: (keyLine: Int?, value: Node)]

    init(file: String, path: String, line: Int?, entries: [String: (keyLine: Int?, value: Node)]) {
        self.file = file
        self.path = path
        self.line = line
        self.entries = entries
    }

    /// No parameters: every rule keeps its shipped values.
    public static let none = RuleParameters(file: "", path: "", line: nil, entries: [:])

    /// An error about `key` (or about one of its entries, `line` given).
    public func error(_ key: String, _ problem: String, line: Int? = nil) -> ConfigurationError {
        ConfigurationError(file: file, line: line ?? entries[key]?.keyLine ?? self.line, key: "\(path).\(key)", problem: problem)
    }

    /// The line of a nested key (`line("ranges", "discount_percentage")`), for errors about it.
    public func line(_ key: String, _ subkeys: String...) -> Int? {
        guard var node = entries[key]?.value else { return line }
        var found = entries[key]?.keyLine
        for subkey in subkeys {
            guard let mapping = node.mapping, let pair = mapping.first(where: { $0.key.scalar?.string == subkey }) else { break }
            found = pair.key.mark?.line ?? found
            node = pair.value
        }
        return found
    }

    public func bool(_ key: String) throws -> Bool? {
        guard let node = entries[key]?.value else { return nil }
        guard node.scalar != nil, let value = node.bool else { throw error(key, "expected true or false, found \(Self.kind(node))") }
        return value
    }

    public func number(_ key: String) throws -> Double? {
        guard let node = entries[key]?.value else { return nil }
        return try Self.number(node) ?? { throw error(key, "expected a number, found \(Self.kind(node))") }()
    }

    public func int(_ key: String) throws -> Int? {
        guard let node = entries[key]?.value else { return nil }
        guard let text = node.scalar?.string, let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw error(key, "expected a whole number, found \(Self.kind(node))")
        }
        return value
    }

    public func strings(_ key: String) throws -> [String]? {
        guard let node = entries[key]?.value else { return nil }
        return try strings(node, key: key)
    }

    /// A list of API field names (`postcode`, `phone_numbers` …); an unknown name is an error.
    public func fields(_ key: String) throws -> [CustomerField]? {
        guard let node = entries[key]?.value else { return nil }
        return try fieldList(node, key: key)
    }

    /// A mapping from API field name to a list of strings (e.g. allowed values per field).
    public func fieldMap(_ key: String) throws -> [CustomerField: [String]]? {
        guard let node = entries[key]?.value else { return nil }
        guard let mapping = node.mapping else { throw error(key, "expected a mapping of field names to lists, found \(Self.kind(node))") }
        var result: [CustomerField: [String]] = [:]
        for (fieldNode, value) in mapping {
            let field = try field(fieldNode, key: key)
            result[field] = try strings(value, key: "\(key).\(field.rawValue)")
        }
        return result
    }

    /// A mapping from API field name to a mapping of numbers (e.g. `{min: 0, max: 100}`).
    public func fieldNumbers(_ key: String, allowed: [String]) throws -> [CustomerField: [String: Double]]? {
        guard let node = entries[key]?.value else { return nil }
        guard let mapping = node.mapping else { throw error(key, "expected a mapping of field names, found \(Self.kind(node))") }
        var result: [CustomerField: [String: Double]] = [:]
        for (fieldNode, value) in mapping {
            let field = try field(fieldNode, key: key)
            let subkey = "\(key).\(field.rawValue)"
            guard let inner = value.mapping else { throw error(subkey, "expected a mapping like {min: 0, max: 100}", line: value.mark?.line) }
            var numbers: [String: Double] = [:]
            for (nameNode, numberNode) in inner {
                let name = nameNode.scalar?.string ?? ""
                guard allowed.contains(name) else {
                    throw error("\(subkey).\(name)", "unknown key; expected one of \(allowed.joined(separator: ", "))", line: nameNode.mark?.line)
                }
                guard let number = Self.number(numberNode) else {
                    throw error("\(subkey).\(name)", "expected a number, found \(Self.kind(numberNode))", line: numberNode.mark?.line)
                }
                numbers[name] = number
            }
            result[field] = numbers
        }
        return result
    }

    // MARK: - Node helpers

    private func strings(_ node: Node, key: String) throws -> [String] {
        guard let sequence = node.sequence else { throw error(key, "expected a list, found \(Self.kind(node))", line: node.mark?.line) }
        return try sequence.map { element in
            guard let text = element.scalar?.string else {
                throw error(key, "expected a list of texts, found \(Self.kind(element))", line: element.mark?.line)
            }
            return text
        }
    }

    private func fieldList(_ node: Node, key: String) throws -> [CustomerField] {
        guard let sequence = node.sequence else { throw error(key, "expected a list of field names, found \(Self.kind(node))", line: node.mark?.line) }
        return try sequence.map { try field($0, key: key) }
    }

    private func field(_ node: Node, key: String) throws -> CustomerField {
        guard let name = node.scalar?.string, let field = CustomerField(rawValue: name) else {
            throw error(key, "unknown field \(Self.kind(node)); expected an API field name such as postcode or phone_numbers",
                        line: node.mark?.line)
        }
        return field
    }

    static func number(_ node: Node) -> Double? {
        guard let text = node.scalar?.string, let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else { return nil }
        return value
    }

    /// How a node reads in an error message; scalars are quoted and cut short (the file is the user's).
    static func kind(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            let text = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
            return "\"\(text)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
