import AuditSupport
import CustomerModel
import Foundation
import Normalization
import Yams

/// What reviewers decided about suggested duplicates (`--decisions FILE`, YAML or JSON).
///
/// Format — the HTML report's "export decisions" button writes exactly this:
/// ```json
/// {"decisions": [{"customer_ids": [8, 1006], "decision": "same", "by": "anna",
///                 "at": "2026-11-29T10:00:00Z", "note": "same person, moved"}]}
/// ```
/// `customer_ids` holds two ids (a pair) or more (a cluster); `decision` is `same` or `distinct`.
/// A distinct pair is never suggested again (for more ids: none of their pairs); customers marked
/// same are kept together and their cluster is reported as confirmed.
public struct Decisions: Sendable, Hashable {
    public var decisions: [Decision]

    public static let none = Decisions(decisions: [])

    public init(decisions: [Decision]) {
        self.decisions = decisions
    }

    /// Reads a decisions file; anything malformed is a `ConfigurationError` with file, line and key.
    public static func load(from url: URL) throws -> Decisions {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw ConfigurationError(file: url.path, problem: "cannot read the decisions file")
        }
        return try parse(text, file: url.path)
    }

    /// Parses decisions text (YAML or JSON); `file` names it in errors.
    public static func parse(_ text: String, file: String) throws -> Decisions {
        let reader = YAMLReader(file: file)
        guard let root = try reader.root(text) else { return .none }
        let top = try reader.mapping(root, "", allowed: ["decisions", "version"])
        guard let list = top["decisions"] else { throw reader.error(root, "decisions", "missing") }
        if YAMLReader.isNull(list) { return .none }
        let items = try reader.sequence(list, "decisions")
        let decisions = try items.enumerated().map { index, item -> Decision in
            let path = "decisions[\(index)]"
            let map = try reader.mapping(item, path, allowed: ["customer_ids", "decision", "by", "at", "note"])
            guard let idsNode = map["customer_ids"] else { throw reader.error(item, "\(path).customer_ids", "missing") }
            let ids = try reader.sequence(idsNode, "\(path).customer_ids").enumerated().map { offset, node in
                try reader.int(node, "\(path).customer_ids[\(offset)]", in: Int.min...Int.max)
            }
            guard Set(ids).count >= 2 else {
                throw reader.error(idsNode, "\(path).customer_ids", "needs at least two different customer ids")
            }
            guard let kindNode = map["decision"] else { throw reader.error(item, "\(path).decision", "missing") }
            let kind = try reader.choice(kindNode, "\(path).decision", Decision.Kind.self)
            return Decision(customerIDs: Array(Set(ids)).sorted(), kind: kind,
                            by: try map["by"].map { try reader.string($0, "\(path).by") },
                            at: try map["at"].map { try reader.string($0, "\(path).at") },
                            note: try map["note"].map { try reader.string($0, "\(path).note") })
        }
        try refuseContradictions(decisions, lines: items.map { $0.mark?.line }, file: file)
        return Decisions(decisions: decisions)
    }

    /// A pair marked both `distinct` and `same` (directly, or through `same` decisions that join the
    /// two) has no answer: taking either silently would undo a reviewer's word, so the file is refused
    /// naming both decisions (exit 2).
    static func refuseContradictions(_ decisions: [Decision], lines: [Int?], file: String) throws {
        var groups = GroupFinder()
        for decision in decisions where decision.kind == .same {
            for id in decision.customerIDs.dropFirst() { groups.join(decision.customerIDs[0], id) }
        }
        func place(_ index: Int) -> String {
            "decisions[\(index)]" + (lines[index].map { " (line \($0))" } ?? "")
        }
        for (index, decision) in decisions.enumerated() where decision.kind == .distinct {
            for (i, a) in decision.customerIDs.enumerated() {
                for b in decision.customerIDs[(i + 1)...] where groups.root(a) == groups.root(b) {
                    // The same decision naming both, else those that chain them together.
                    let direct = decisions.indices.first { decisions[$0].kind == .same && decisions[$0].customerIDs.contains(a)
                        && decisions[$0].customerIDs.contains(b) }
                    let group = groups.root(a)
                    let chain = direct.map { [$0] } ?? decisions.indices.filter { other in
                        decisions[other].kind == .same && decisions[other].customerIDs.contains { id in groups.root(id) == group }
                    }
                    let others = chain.prefix(4).map(place).joined(separator: ", ")
                    throw ConfigurationError(
                        file: file, line: lines[index], key: "decisions[\(index)]",
                        problem: "says customers \(a) and \(b) are distinct, but \(others) \(direct == nil ? "join them as" : "says they are") "
                            + "the same; keep one of the two")
                }
            }
        }
    }

    /// Ids the decisions name that are not among `known` (customers the run has): a decision about a
    /// customer that is gone, or a typo in an id. Sorted.
    public func unknownCustomerIDs(known: Set<Int>) -> [Int] {
        Set(decisions.flatMap(\.customerIDs)).subtracting(known).sorted()
    }

    /// Packed (lower, higher) customer-id pairs a reviewer marked distinct.
    var distinctPairs: Set<IDPair> {
        var pairs: Set<IDPair> = []
        for decision in decisions where decision.kind == .distinct {
            for (i, a) in decision.customerIDs.enumerated() {
                for b in decision.customerIDs[(i + 1)...] { pairs.insert(IDPair(a, b)) }
            }
        }
        return pairs
    }

    /// Groups of customer ids reviewers confirmed as one customer (overlapping groups joined).
    var confirmedGroups: [[Int]] {
        var parent: [Int: Int] = [:]
        func find(_ x: Int) -> Int {
            var x = x
            while let p = parent[x], p != x { parent[x] = parent[p] ?? p; x = p }
            return x
        }
        for decision in decisions where decision.kind == .same {
            for id in decision.customerIDs where parent[id] == nil { parent[id] = id }
            let root = find(decision.customerIDs[0])
            for id in decision.customerIDs.dropFirst() { parent[find(id)] = root }
        }
        var groups: [Int: [Int]] = [:]
        for id in parent.keys { groups[find(id), default: []].append(id) }
        return groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}

/// Union-find over customer ids, for the groups `same` decisions form.
struct GroupFinder {
    private var parent: [Int: Int] = [:]

    mutating func root(_ id: Int) -> Int {
        var x = id
        while let p = parent[x], p != x {
            parent[x] = parent[p] ?? p
            x = p
        }
        return x
    }

    mutating func join(_ a: Int, _ b: Int) {
        let (ra, rb) = (root(a), root(b))
        if ra != rb { parent[rb] = ra }
    }
}

/// One reviewer decision.
public struct Decision: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case same, distinct
    }

    /// Sorted, unique.
    public var customerIDs: [Int]
    public var kind: Kind
    public var by: String?
    public var at: String?
    public var note: String?

    public init(customerIDs: [Int], kind: Kind, by: String? = nil, at: String? = nil, note: String? = nil) {
        self.customerIDs = Array(Set(customerIDs)).sorted()
        self.kind = kind
        self.by = by
        self.at = at
        self.note = note
    }
}

/// An unordered pair of customer ids.
struct IDPair: Hashable, Sendable {
    let low: Int
    let high: Int

    init(_ a: Int, _ b: Int) {
        (low, high) = a < b ? (a, b) : (b, a)
    }
}
