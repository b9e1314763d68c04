import AuditSupport
import CustomerModel
import Foundation
import Yams

/// Dutch call names and their official first names (Kees → cornelis, Wim → willem), read from
/// `rules/first-names.yml`. `builtIn` carries the shipped file so the tool runs without a rules folder.
public struct FirstNameTable: Sendable, Hashable {
    /// Official first-name key for each short-form key.
    public private(set) var officialByShort: [String: String]

    public init(officialByShort: [String: String]) {
        self.officialByShort = officialByShort
    }

    /// The official form of a first-name key when it is a known short form ("kees" → "cornelis").
    /// Multi-word keys are looked up whole, then by their first name ("jan peter" → "johannes").
    public func official(for key: String) -> String? {
        if let official = officialByShort[key] { return official }
        guard let space = key.firstIndex(of: " ") else { return nil }
        return officialByShort[String(key[..<space])]
    }

    /// The table in the shipped `rules/first-names.yml`.
    public static let builtIn: FirstNameTable = {
        do {
            return try parse(yaml: builtInYAML, file: "first-names.yml (built in)")
        } catch {
            preconditionFailure("the built-in first-name table is invalid: \(error)")
        }
    }()

    /// Reads a first-name table file; a bad file throws `ConfigurationError` naming file, line and key.
    public static func load(from url: URL) throws -> FirstNameTable {
        let text = try ConfigurationError.text(of: url)
        return try parse(yaml: text, file: url.path)
    }

    /// Parses the YAML text of a first-name table; `file` is used in error messages.
    public static func parse(yaml: String, file: String) throws -> FirstNameTable {
        let root = try YAMLReader(file: file).root(yaml)
        guard let mapping = root?.mapping else {
            throw ConfigurationError(file: file, line: root?.mark?.line ?? 1, problem: "expected a mapping with `version` and `official_names`")
        }
        var names: Node.Mapping?
        for (keyNode, valueNode) in mapping {
            let line = keyNode.mark?.line
            switch keyNode.string {
            case "version":
                guard valueNode.int == 1 else {
                    throw ConfigurationError(file: file, line: line, key: "version", problem: "unsupported version (expected 1)")
                }
            case "official_names":
                guard let value = valueNode.mapping else {
                    throw ConfigurationError(file: file, line: line, key: "official_names", problem: "expected a mapping of official name to a list of short forms")
                }
                names = value
            default:
                throw ConfigurationError(file: file, line: line, key: keyNode.string ?? "?", problem: "unknown key (expected `version` or `official_names`)")
            }
        }
        guard let names else {
            throw ConfigurationError(file: file, line: 1, key: "official_names", problem: "missing")
        }
        var officialByShort: [String: String] = [:]
        var shortLines: [String: Int] = [:]
        for (officialNode, shortsNode) in names {
            let path = "official_names.\(officialNode.string ?? "?")"
            guard let official = officialNode.string, isNameKey(official) else {
                throw ConfigurationError(file: file, line: officialNode.mark?.line, key: path, problem: "an official name must be lower-case ASCII letters")
            }
            guard let shorts = shortsNode.sequence else {
                throw ConfigurationError(file: file, line: shortsNode.mark?.line, key: path, problem: "expected a list of short forms, e.g. [kees, cees]")
            }
            for (index, shortNode) in shorts.enumerated() {
                let shortPath = "\(path)[\(index)]"
                let line = shortNode.mark?.line
                guard let short = shortNode.scalar?.string, isNameKey(short) else {
                    throw ConfigurationError(file: file, line: line, key: shortPath, problem: "a short form must be lower-case ASCII letters")
                }
                if let previous = officialByShort[short] {
                    throw ConfigurationError(file: file, line: line, key: shortPath,
                                             problem: "`\(short)` is already a short form of `\(previous)` (line \(shortLines[short] ?? 0))")
                }
                officialByShort[short] = official
                shortLines[short] = line ?? 0
            }
        }
        return FirstNameTable(officialByShort: officialByShort)
    }

    static func isNameKey(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x20 }
    }
}
