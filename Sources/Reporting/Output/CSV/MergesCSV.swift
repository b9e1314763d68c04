import CustomerModel

/// merges.csv: one row per cluster member with its current values and, beside each, the value the
/// merged record would keep, so a clerk can apply a merge field by field in the shop system.
///
/// The columns are fixed whatever the data holds: the Customer object's scalar fields, then one
/// list-valued column for all phone numbers (`mob: … | tel: … | 714253: …`). A column per phone id
/// would grow with every extra number in the base (thousands of columns at a million customers).
enum MergesCSV {
    static func text(_ report: Report) -> String { table(report).text }

    static func bytes(_ report: Report) -> [UInt8] { table(report).bytes }

    /// The Customer fields in documented order, without the id (a column of its own) and the phones.
    static let fields: [String] = CustomerField.allCases.filter { $0 != .customerID && $0 != .phoneNumbers }.map(\.rawValue)
    static let phones = CustomerField.phoneNumbers.rawValue

    static let header: [String] = ["cluster_id", "band", "confidence", "survivor_id", "customer_id", "role", "display_name"]
        + (fields + [phones]).flatMap { [$0, "\($0) (suggested)"] }

    static func table(_ report: Report) -> CSVTable {
        var table = CSVTable(header: header)
        for cluster in report.clusters { rows(cluster).forEach { table.append($0) } }
        return table
    }

    /// `bytes` in pieces, spelled on all cores.
    static func pieces(_ report: Report) -> [[UInt8]] {
        let clusters = report.clusters
        return CSVTable.pieces(header: header, count: clusters.count) { rows(clusters[$0]) }
    }

    /// One row per member of the cluster, in member order.
    static func rows(_ cluster: ReportCluster) -> [[String]] {
        let mergedPhones = phoneList(cluster.merged.phoneNumbers.map { ($0.phoneNumberID ?? "new", $0.phoneNumber) })
        return cluster.members.map { member in
            var row = [cluster.id, cluster.band.rawValue, CSVTable.decimal(cluster.confidence), String(cluster.survivorID),
                       String(member.customerID), member.customerID == cluster.survivorID ? "survivor" : "merge into survivor",
                       member.displayName]
            row.reserveCapacity(header.count)
            for field in fields { row += [member.fields[field] ?? "", cluster.merged[field] ?? ""] }
            row += [phoneList(memberPhones(member)), mergedPhones]
            return row
        }
    }

    /// A member's phone entries (`phone_numbers[<id>]` fields): mob, tel, then the others by id.
    static func memberPhones(_ member: ReportMember) -> [(id: String, number: String)] {
        let prefix = phones + "["
        let entries = member.fields.compactMap { key, value -> (id: String, number: String)? in
            guard key.hasPrefix(prefix), key.hasSuffix("]") else { return nil }
            return (String(key.dropFirst(prefix.count).dropLast()), value)
        }
        let rank = { (id: String) in id == PhoneSlot.mobile.rawValue ? 0 : id == PhoneSlot.landline.rawValue ? 1 : 2 }
        return entries.sorted { (rank($0.id), $0.id) < (rank($1.id), $1.id) }
    }

    /// `mob: 06-12345678 | tel: 0733030050`; empty slots left out. Not `;`, the column separator.
    static func phoneList(_ entries: [(id: String, number: String)]) -> String {
        entries.filter { !$0.number.isEmpty }.map { "\($0.id): \($0.number)" }.joined(separator: " | ")
    }
}
