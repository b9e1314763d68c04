import AuditSupport
import Audit
import CustomerModel
import Foundation
import Normalization
import Reporting
import Yams

/// The plan file: JSON with sorted keys (two plans of the same data diff cleanly), owner-only
/// (it holds customer data), read back strictly: any mistake is a `ConfigurationError` naming the
/// file, line and key, so a hand-edited plan never half-applies.
public enum FixPlanFile {
    /// The plan as the file's text.
    public static func encode(_ plan: FixPlan) -> String {
        let object: [String: Any] = [
            "version": plan.version,
            "id": plan.id,
            "created_at": plan.createdAt,
            "customers": plan.customers.map { customer -> [String: Any] in
                ["customer_id": customer.customerID,
                 "changes": customer.changes.map { change -> [String: Any] in
                     ["field": change.field, "before": change.before ?? NSNull(), "after": change.after,
                      "kind": change.kind.rawValue, "reason": change.reason]
                 }]
            },
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Writes the plan readable by its owner only (0600 from the first byte), replacing the file in one step.
    public static func write(_ plan: FixPlan, to url: URL) throws {
        try PlanOutputFile.write(encode(plan), to: url, what: "the plan")
    }

    public static func read(from url: URL) throws -> FixPlan {
        try decode(ConfigurationError.text(of: url), file: url.path)
    }

    /// Parses a plan's text; `file` names it in errors.
    public static func decode(_ text: String, file: String) throws -> FixPlan {
        let reader = YAMLReader(file: file)
        guard let root = try reader.root(text) else { throw reader.error(nil, "", "the plan file is empty") }
        let top = try reader.mapping(root, "", allowed: ["version", "id", "created_at", "customers"])
        func required(_ key: String) throws -> Node {
            guard let node = top[key] else { throw reader.error(root, key, "missing") }
            return node
        }
        let version = try reader.int(try required("version"), "version", in: 1...Int.max)
        guard version == FixPlan.currentVersion else {
            throw reader.error(top["version"], "version", "version \(version) is not one this build reads (it reads \(FixPlan.currentVersion))")
        }
        let id = try reader.string(try required("id"), "id")
        guard !id.isEmpty else { throw reader.error(top["id"], "id", "must not be empty") }
        let createdAt = try reader.string(try required("created_at"), "created_at")
        var seen = Set<Int>()
        let customers = try reader.sequence(try required("customers"), "customers").enumerated().map { index, node -> CustomerChanges in
            let path = "customers[\(index)]"
            let map = try reader.mapping(node, path, allowed: ["customer_id", "changes"])
            guard let idNode = map["customer_id"] else { throw reader.error(node, "\(path).customer_id", "missing") }
            let customerID = try reader.int(idNode, "\(path).customer_id", in: 1...Int.max)
            guard seen.insert(customerID).inserted else {
                throw reader.error(idNode, "\(path).customer_id", "customer \(customerID) is listed twice")
            }
            guard let changesNode = map["changes"] else { throw reader.error(node, "\(path).changes", "missing") }
            let changes = try reader.sequence(changesNode, "\(path).changes").enumerated().map { offset, node in
                try change(node, path: "\(path).changes[\(offset)]", reader: reader)
            }
            var fields = Set<String>()
            for (offset, change) in changes.enumerated() where !fields.insert(change.field).inserted {
                throw reader.error(changesNode, "\(path).changes[\(offset)].field", "\(change.field) is changed twice")
            }
            return CustomerChanges(customerID: customerID, changes: changes)
        }
        return FixPlan(version: version, id: id, createdAt: createdAt, customers: customers)
    }

    private static func change(_ node: Node, path: String, reader: YAMLReader) throws -> FieldChange {
        let map = try reader.mapping(node, path, allowed: ["field", "before", "after", "kind", "reason"])
        func required(_ key: String) throws -> Node {
            guard let value = map[key] else { throw reader.error(node, "\(path).\(key)", "missing") }
            return value
        }
        let fieldNode = try required("field")
        let field = try reader.string(fieldNode, "\(path).field")
        guard FieldPath(field) != nil else {
            throw reader.error(fieldNode, "\(path).field", "'\(field)' is not a field a PUT can write")
        }
        let beforeNode = try required("before")
        let before = YAMLReader.isNull(beforeNode) ? nil : try reader.string(beforeNode, "\(path).before")
        return FieldChange(field: field, before: before, after: try reader.string(try required("after"), "\(path).after"),
                           kind: try reader.choice(try required("kind"), "\(path).kind", FieldChange.Kind.self),
                           reason: try reader.string(try required("reason"), "\(path).reason"))
    }
}
