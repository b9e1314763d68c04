import Normalization

/// Suggests how to merge a cluster: which record survives, the value to keep per field with the
/// reason, and the disagreements a person must decide.
struct MergePlanner: Sendable {
    var policy: SurvivorPolicy

    struct Plan: Sendable {
        var survivorID: Int
        var merged: [MergedValue]
        var conflicts: [FieldConflict]
    }

    /// One member's value of one field, read once and used for the survivor and the plan.
    private struct Candidate {
        var member: Int
        var value: String
        var key: String
        var valid: Bool
    }

    func plan(_ members: [NormalizedCustomer]) -> Plan {
        // values[f] holds field f's candidates in member order; each closure runs once per member.
        let values = MergeField.all.map { field in
            members.indices.compactMap { index -> Candidate? in
                let member = members[index]
                guard let value = field.value(member) else { return nil }
                return Candidate(member: index, value: value, key: field.key(member) ?? value.lowercased(), valid: field.isValid(member))
            }
        }
        let survivorIndex = chooseSurvivor(members, values: values)
        let survivor = members[survivorIndex]
        var merged: [MergedValue] = []
        var conflicts: [FieldConflict] = []
        for (f, field) in MergeField.all.enumerated() {
            let candidates = values[f]
            guard let first = candidates.first else { continue }
            if candidates.allSatisfy({ $0.key == first.key }) {
                if let own = candidates.first(where: { $0.member == survivorIndex }) {
                    merged.append(MergedValue(field: field.name, value: own.value, reason: "survivor", fromCustomer: survivor.id))
                } else {
                    merged.append(MergedValue(field: field.name, value: first.value, reason: "most_complete", fromCustomer: members[first.member].id))
                }
                continue
            }
            let valid = candidates.filter(\.valid)
            if let firstValid = valid.first, valid.allSatisfy({ $0.key == firstValid.key }) {
                let source = valid.first { $0.member == survivorIndex } ?? firstValid
                merged.append(MergedValue(field: field.name, value: source.value, reason: "valid", fromCustomer: members[source.member].id))
                continue
            }
            let pool = valid.isEmpty ? candidates : valid
            // Several different values: a person decides; the suggestion is the majority, else the newest.
            var seen: [String: String] = [:]
            for candidate in pool where seen[candidate.key] == nil { seen[candidate.key] = candidate.value }
            conflicts.append(FieldConflict(field: field.name, values: seen.values.sorted()))
            var counts: [String: Int] = [:]
            for candidate in pool { counts[candidate.key, default: 0] += 1 }
            let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            if ranked.count > 1 && ranked[0].value > ranked[1].value,
               let source = pool.first(where: { $0.key == ranked[0].key && $0.member == survivorIndex }) ?? pool.first(where: { $0.key == ranked[0].key }) {
                merged.append(MergedValue(field: field.name, value: source.value, reason: "majority", fromCustomer: members[source.member].id))
            } else if let source = pool.max(by: { MergePlanner.isOlder(members[$0.member], than: members[$1.member]) }) {
                merged.append(MergedValue(field: field.name, value: source.value, reason: "most_recent", fromCustomer: members[source.member].id))
            }
        }
        return Plan(survivorID: survivor.id, merged: merged, conflicts: conflicts)
    }

    /// The index of the surviving member; `values` are the members' field values (see `plan`).
    private func chooseSurvivor(_ members: [NormalizedCustomer], values: [[Candidate]]) -> Int {
        switch policy {
        case .oldest:
            return members.indices.min { members[$0].id < members[$1].id }!
        case .mostRecent:
            return members.indices.max { MergePlanner.isOlder(members[$0], than: members[$1]) }!
        case .mostComplete:
            var complete = [Int](repeating: 0, count: members.count)
            for field in values { for candidate in field where candidate.valid { complete[candidate.member] += 1 } }
            return members.indices.min { complete[$0] != complete[$1] ? complete[$0] > complete[$1] : members[$0].id < members[$1].id }!
        }
    }

    /// Order by creation time ("YYYY-MM-DD HH:MM:SS" sorts as text), unknown first, then by id.
    static func isOlder(_ a: NormalizedCustomer, than b: NormalizedCustomer) -> Bool {
        let left = MergeField.trimmed(a.customer.datetimeCreated) ?? "", right = MergeField.trimmed(b.customer.datetimeCreated) ?? ""
        return left != right ? left < right : a.id < b.id
    }
}
