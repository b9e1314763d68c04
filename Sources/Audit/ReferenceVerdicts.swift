import Matching
import Quality

/// Says, on each `customer_reference.duplicate` finding, what the duplicate search thinks of the
/// customers sharing the reference: one customer entered twice (same cluster: merge them) or
/// different customers (the reference was reused by mistake and one of them needs a new one).
///
/// Pure: the quality rule sees no clusters and the matcher no findings, so the two meet here, after
/// both have run.
enum ReferenceVerdicts {
    static let rule = "customer_reference.duplicate"

    static func annotate(_ findings: [Finding], clusters: [DuplicateCluster]) -> [Finding] {
        guard findings.contains(where: { $0.rule == rule }) else { return findings }
        var clusterOf: [Int: DuplicateCluster] = [:]
        for cluster in clusters {
            for id in cluster.customerIDs { clusterOf[id] = cluster }
        }
        var sharing: [String: [Int]] = [:]
        for finding in findings where finding.rule == rule {
            if let id = finding.customerID, let value = finding.value { sharing[DuplicateReferenceRule.key(value), default: []].append(id) }
        }
        return findings.map { finding in
            guard finding.rule == rule, let id = finding.customerID, let value = finding.value,
                  let users = sharing[DuplicateReferenceRule.key(value)] else { return finding }
            var finding = finding
            finding.message += " " + verdict(for: id, others: users.filter { $0 != id }.sorted(), cluster: clusterOf[id])
            return finding
        }
    }

    static func verdict(for id: Int, others: [Int], cluster: DuplicateCluster?) -> String {
        let same = others.filter { cluster?.customerIDs.contains($0) == true }
        let different = others.filter { cluster?.customerIDs.contains($0) != true }
        var sentences: [String] = []
        if let cluster, !same.isEmpty {
            let how = cluster.confirmed ? "confirmed as" : cluster.band == .possible ? "possibly" : "very likely"
            sentences.append("The duplicate search finds \(list(same)) \(how) the same customer (cluster \(cluster.id)): "
                             + "merge them and the reference is single again.")
        }
        if !different.isEmpty {
            // Not clustered is weaker evidence than clustered (the pair may not have been compared),
            // so the advice leaves room for a merge after all.
            sentences.append("The duplicate search takes \(list(different)) for "
                             + "\(different.count == 1 ? "a different customer" : "different customers"), so the reference was "
                             + "probably reused by mistake: give one of them a new reference, or merge them if they are one customer after all.")
        }
        return sentences.joined(separator: " ")
    }

    private static func list(_ ids: [Int]) -> String {
        let shown = ids.prefix(5).map { "customer \($0)" }
        return (shown.count > 1 ? shown.dropLast().joined(separator: ", ") + " and " + shown.last! : shown.joined())
            + (ids.count > 5 ? " (and \(ids.count - 5) more)" : "")
    }
}
