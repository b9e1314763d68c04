import AuditSupport
import CustomerModel
import Foundation
import Yams

/// Real mail providers per country and common misspellings of them, read from
/// `rules/email-providers.yml` so a shop can add its region's providers. `builtIn` carries the
/// shipped file so the tool runs without a rules folder.
///
/// A listed domain is never a typo (outlook.de is Microsoft's German domain, not outlook.be
/// misspelled); an unlisted one is a typo only when one edit separates it from exactly one provider.
public struct EmailProviders: Sendable, Hashable {
    /// Provider domains by group (`global`, `NL`, `BE` …), lower case.
    public private(set) var byGroup: [String: [String]]
    /// Misspellings named outright, with the provider meant (`gmail.nl` → `gmail.com`).
    public private(set) var typos: [String: String]
    /// Every provider domain.
    public let domains: Set<String>
    /// The providers in a fixed order with what the distance needs, prepared once: every distinct
    /// unknown domain of a customer file (company domains) is compared with all of them.
    private let candidates: [Candidate]

    private struct Candidate: Sendable, Hashable {
        var domain: String
        var scalars: [Unicode.Scalar]
    }

    public init(byGroup: [String: [String]], typos: [String: String] = [:]) {
        self.byGroup = byGroup
        self.typos = typos
        domains = Set(byGroup.values.joined())
        candidates = domains.sorted().map { Candidate(domain: $0, scalars: Array($0.unicodeScalars)) }
    }

    public func isProvider(_ domain: String) -> Bool { domains.contains(domain) }

    /// The provider the writer probably meant, or nil when `domain` is a provider or nothing is
    /// close: a listed misspelling, else the one provider one edit away (ties are not guessed).
    public func suggestion(for domain: String) -> String? {
        if domain.isEmpty || domains.contains(domain) { return nil }
        if let fixed = typos[domain] { return fixed }
        let source = Array(domain.unicodeScalars)
        var found: String?
        for candidate in candidates where abs(candidate.scalars.count - source.count) <= 1 {
            guard Self.editDistance(source, candidate.scalars, limit: 1) <= 1 else { continue }
            if found != nil { return nil }
            found = candidate.domain
        }
        return found
    }

    /// Optimal string alignment distance (adjacent swaps count one), stopping early past `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }

    public static func == (lhs: EmailProviders, rhs: EmailProviders) -> Bool {
        lhs.byGroup == rhs.byGroup && lhs.typos == rhs.typos
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(byGroup)
        hasher.combine(typos)
    }
}

extension EmailProviders {
    /// The providers of the shipped `rules/email-providers.yml`.
    public static let builtIn: EmailProviders = {
        do {
            return try parse(yaml: builtInYAML, file: "email-providers.yml (built in)")
        } catch {
            preconditionFailure("the built-in email provider list is invalid: \(error)")
        }
    }()

    /// Reads a provider file; a bad file throws `ConfigurationError` naming file, line and key.
    public static func load(from url: URL) throws -> EmailProviders {
        let text = try ConfigurationError.text(of: url)
        return try parse(yaml: text, file: url.path)
    }

    /// Parses the YAML text of a provider file; `file` is used in error messages.
    public static func parse(yaml: String, file: String) throws -> EmailProviders {
        let reader = YAMLReader(file: file)
        guard let root = try reader.root(yaml) else {
            throw ConfigurationError(file: file, line: 1, problem: "expected a mapping with `version`, `providers` and `typos`")
        }
        let top = try reader.mapping(root, "", allowed: ["version", "providers", "typos"])
        guard let version = top["version"], try reader.int(version, "version", in: 1...1) == 1 else {
            throw ConfigurationError(file: file, line: 1, key: "version", problem: "missing (expected 1)")
        }
        var byGroup: [String: [String]] = [:]
        var seen: [String: String] = [:]
        if let providers = top["providers"], !YAMLReader.isNull(providers) {
            guard let groups = providers.mapping else { throw reader.error(providers, "providers", "expected a mapping of country to a list of domains") }
            for (groupNode, listNode) in groups {
                let group = try reader.string(groupNode, "providers")
                let path = "providers.\(group)"
                byGroup[group] = try reader.sequence(listNode, path).enumerated().map { index, node in
                    let domain = try Self.domain(node, "\(path)[\(index)]", reader)
                    if let other = seen[domain] {
                        throw reader.error(node, "\(path)[\(index)]", "`\(domain)` is already listed under \(other)")
                    }
                    seen[domain] = group
                    return domain
                }
            }
        }
        var typos: [String: String] = [:]
        if let typoNode = top["typos"], !YAMLReader.isNull(typoNode) {
            guard let pairs = typoNode.mapping else { throw reader.error(typoNode, "typos", "expected a mapping of misspelling to provider") }
            for (wrongNode, rightNode) in pairs {
                let wrong = try Self.domain(wrongNode, "typos", reader)
                let path = "typos.\(wrong)"
                let right = try Self.domain(rightNode, path, reader)
                guard seen[right] != nil else { throw reader.error(rightNode, path, "`\(right)` is not a listed provider") }
                guard seen[wrong] == nil else { throw reader.error(wrongNode, path, "`\(wrong)` is a listed provider, not a misspelling") }
                typos[wrong] = right
            }
        }
        return EmailProviders(byGroup: byGroup, typos: typos)
    }

    /// A lower-case domain with a dot and no spaces or @: a typo here would silently list nothing.
    private static func domain(_ node: Node, _ key: String, _ reader: YAMLReader) throws -> String {
        let text = try reader.string(node, key)
        let valid = text.contains(".") && !text.hasPrefix(".") && !text.hasSuffix(".")
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "-" }
        guard valid else { throw reader.error(node, key, "`\(text)` is not a lower-case domain such as gmail.com") }
        return text
    }
}
