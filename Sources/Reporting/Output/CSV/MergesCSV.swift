import CustomerModel

/// merges.csv: one row per cluster member with its current values and, beside each, the value the
/// merged record would keep, so a clerk can apply a merge field by field in the shop system.
enum MergesCSV {
    static func text(_ report: Report) -> String { table(report).text }

    static func bytes(_ report: Report) -> [UInt8] { table(report).bytes }

    static func table(_ report: Report) -> CSVTable {
        let fields = columns(report)
        var header = ["cluster_id", "band", "confidence", "survivor_id", "customer_id", "role", "display_name"]
        for field in fields { header += [field, "\(field) (suggested)"] }
        var table = CSVTable(header: header)
        for cluster in report.clusters {
            for member in cluster.members {
                var row = [cluster.id, cluster.band.rawValue, CSVTable.decimal(cluster.confidence), String(cluster.survivorID),
                           String(member.customerID), member.customerID == cluster.survivorID ? "survivor" : "merge into survivor",
                           member.displayName]
                for field in fields { row += [member.fields[field] ?? "", cluster.merged[field] ?? ""] }
                table.append(row)
            }
        }
        return table
    }

    /// API fields in documented order, then any other field (extra phone slots) alphabetically.
    static func columns(_ report: Report) -> [String] {
        var present = Set<String>()
        for cluster in report.clusters {
            for member in cluster.members { present.formUnion(member.fields.keys) }
            present.formUnion(cluster.merged.keys)
        }
        let documented = CustomerField.allCases.map(\.rawValue).filter { $0 != CustomerField.customerID.rawValue && $0 != CustomerField.phoneNumbers.rawValue }
        let known = documented.filter(present.contains)
        let others = present.subtracting(documented).subtracting([CustomerField.customerID.rawValue]).sorted()
        return known + others
    }
}
