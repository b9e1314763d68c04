import CustomerModel
import Matching

/// The changes that merge a cluster as far as the API allows: the survivor takes the merged record
/// (every writable field and the phone list), every other member gets the duplicate marker.
struct ClusterMerges {
    var settings: FixSettings
    var decisions: Decisions
    var includeCertain: Bool

    /// The fields the survivor can take from the merged record.
    static let mergedFields = CustomerField.allCases.filter { ![.customerID, .datetimeCreated, .phoneNumbers].contains($0) }

    /// The clusters to merge: confirmed by a reviewer, or `certain` when asked; never one a reviewer
    /// split (a `distinct` decision on any two of its members).
    func mergeable(_ clusters: [DuplicateCluster]) -> [DuplicateCluster] {
        let distinct = decisions.decisions.filter { $0.kind == .distinct }.map { Set($0.customerIDs) }
        return clusters.filter { cluster in
            guard cluster.confirmed || (includeCertain && cluster.band == .certain) else { return false }
            let members = Set(cluster.customerIDs)
            return !distinct.contains { $0.intersection(members).count >= 2 }
        }
    }

    /// Per customer id, the changes of the survivors and the marked members.
    func changes(_ clusters: [DuplicateCluster], customers: [Int: Customer]) -> [Int: [FieldChange]] {
        var result: [Int: [FieldChange]] = [:]
        for cluster in mergeable(clusters) {
            guard let survivor = customers[cluster.survivorID] else { continue }
            // No ", " or ": " in either: `MergeReason` reads the reason back by those separators.
            let why = cluster.confirmed ? "confirmed by a reviewer" : "band certain"
            let reasons = Dictionary(cluster.merged.map { ($0.field, $0) }, uniquingKeysWith: { first, _ in first })
            var survivorChanges: [FieldChange] = []
            for field in Self.mergedFields {
                let after = cluster.mergedRecord[field] ?? ""
                guard !FieldPath.same(survivor[field], after) else { continue }
                let source = reasons[field.rawValue].map { " (\($0.reason), from customer \($0.fromCustomer))" } ?? ""
                survivorChanges.append(FieldChange(field: field.rawValue, before: survivor[field], after: after, kind: .merge,
                                                   reason: MergeReason(clusterID: cluster.id, why: why, role: .survivor(detail: "merged value\(source)")).text))
            }
            let phonesBefore = FieldPath.phoneListText(survivor.phoneNumbers)
            let phonesAfter = FieldPath.phoneListText(cluster.mergedRecord.phoneNumbers)
            if phonesBefore != phonesAfter {
                survivorChanges.append(FieldChange(field: FieldPath.phoneList.text, before: phonesBefore, after: phonesAfter, kind: .merge,
                                                   reason: MergeReason(clusterID: cluster.id, why: why,
                                                                      role: .survivor(detail: "every distinct number of the members")).text))
            }
            if !survivorChanges.isEmpty { result[cluster.survivorID] = survivorChanges }
            for id in cluster.customerIDs where id != cluster.survivorID {
                guard let member = customers[id] else { continue }
                let marker = settings.marker(survivor: cluster.survivorID)
                guard !FieldPath.same(member[settings.markerField], marker) else { continue }
                result[id] = [FieldChange(field: settings.markerField.rawValue, before: member[settings.markerField], after: marker,
                                          kind: .duplicateMarker,
                                          reason: MergeReason(clusterID: cluster.id, why: why, role: .duplicate(survivorID: cluster.survivorID)).text)]
            }
        }
        return result
    }
}
