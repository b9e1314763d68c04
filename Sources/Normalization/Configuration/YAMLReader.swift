import AuditSupport
import CustomerModel
import Foundation
import Yams

/// Walks a parsed YAML (or JSON) document and turns every mistake into a `ConfigurationError`
/// that names the file, the line and the dotted key. The one strict reader of the rules files:
/// quality, matching, gate, decisions, first names and the email providers read through it.
package struct YAMLReader {
    package let file: String

    package init(file: String) {
        self.file = file
    }

    /// Parses `text`; a syntax error names its line.
    package func root(_ text: String) throws -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            throw ConfigurationError.duplicatedKeys(duplicates, context: context, file: file)
        } catch let error as YamlError {
            throw ConfigurationError(file: file, line: YAMLReader.line(of: error), problem: "not valid YAML: \(YAMLReader.reason(error))")
        } catch {
            throw ConfigurationError(file: file, problem: "not valid YAML")
        }
    }

    package func error(_ node: Node?, _ key: String, _ problem: String) -> ConfigurationError {
        ConfigurationError(file: file, line: node?.mark?.line, key: key.isEmpty ? nil : key, problem: problem)
    }

    /// The mapping at `node`, refusing keys outside `allowed`.
    package func mapping(_ node: Node, _ key: String, allowed: Set<String>) throws -> [String: Node] {
        guard let mapping = node.mapping else { throw error(node, key, "expected a mapping") }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard let name = keyNode.string else { throw error(keyNode, key, "keys must be text") }
            let path = key.isEmpty ? name : "\(key).\(name)"
            guard allowed.contains(name) else {
                throw error(keyNode, path, "unknown key (expected one of: \(allowed.sorted().joined(separator: ", ")))")
            }
            result[name] = value
        }
        return result
    }

    package func sequence(_ node: Node, _ key: String) throws -> [Node] {
        guard let sequence = node.sequence else { throw error(node, key, "expected a list") }
        return Array(sequence)
    }

    package func string(_ node: Node, _ key: String) throws -> String {
        guard let scalar = node.scalar else { throw error(node, key, "expected text") }
        return scalar.string
    }

    package func int(_ node: Node, _ key: String, in range: ClosedRange<Int>) throws -> Int {
        guard let scalar = node.scalar, let value = Int(scalar.string.trimmingCharacters(in: .whitespaces)) else {
            throw error(node, key, "expected a whole number")
        }
        guard range.contains(value) else { throw error(node, key, "must be between \(range.lowerBound) and \(range.upperBound)") }
        return value
    }

    package func double(_ node: Node, _ key: String, in range: ClosedRange<Double>) throws -> Double {
        guard let scalar = node.scalar, let value = Double(scalar.string.trimmingCharacters(in: .whitespaces)) else {
            throw error(node, key, "expected a number")
        }
        guard range.contains(value) else { throw error(node, key, "must be between \(range.lowerBound) and \(range.upperBound)") }
        return value
    }

    /// A scalar or a list of scalars, as numbers.
    package func doubles(_ node: Node, _ key: String, in range: ClosedRange<Double>) throws -> [Double] {
        if node.scalar != nil { return [try double(node, key, in: range)] }
        return try sequence(node, key).enumerated().map { try double($1, "\(key)[\($0)]", in: range) }
    }

    package func choice<T: RawRepresentable>(_ node: Node, _ key: String, _ type: T.Type) throws -> T where T.RawValue == String, T: CaseIterable {
        let text = try string(node, key)
        guard let value = T(rawValue: text) else {
            throw error(node, key, "unknown value '\(text)' (expected one of: \(T.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return value
    }

    /// `~`, `null` or nothing.
    package static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string) && scalar.style == .plain
    }

    package static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): return mark.line
        default: return nil
        }
    }

    package static func reason(_ error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _): return problem
        default: return "\(error)"
        }
    }
}
