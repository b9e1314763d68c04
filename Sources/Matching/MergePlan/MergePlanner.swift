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

    func plan(_ members: [NormalizedCustomer]) -> Plan {
        let survivor = chooseSurvivor(members)
        var merged: [MergedValue] = []
        var conflicts: [FieldConflict] = []
        for field in MergeField.all {
            let candidates = members.compactMap { member -> (customer: NormalizedCustomer, value: String, key: String, valid: Bool)? in
                guard let value = field.value(member) else { return nil }
                return (member, value, field.key(member) ?? value.lowercased(), field.isValid(member))
            }
            guard !candidates.isEmpty else { continue }
            let keys = Set(candidates.map(\.key))
            if keys.count == 1 {
                if let own = candidates.first(where: { $0.customer.id == survivor.id }) {
                    merged.append(MergedValue(field: field.name, value: own.value, reason: "survivor", fromCustomer: own.customer.id))
                } else {
                    let source = candidates[0]
                    merged.append(MergedValue(field: field.name, value: source.value, reason: "most_complete", fromCustomer: source.customer.id))
                }
                continue
            }
            let valid = candidates.filter(\.valid)
            let validKeys = Set(valid.map(\.key))
            if validKeys.count == 1, let source = valid.first(where: { $0.customer.id == survivor.id }) ?? valid.first {
                merged.append(MergedValue(field: field.name, value: source.value, reason: "valid", fromCustomer: source.customer.id))
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
               let source = pool.first(where: { $0.key == ranked[0].key && $0.customer.id == survivor.id }) ?? pool.first(where: { $0.key == ranked[0].key }) {
                merged.append(MergedValue(field: field.name, value: source.value, reason: "majority", fromCustomer: source.customer.id))
            } else if let source = pool.max(by: { MergePlanner.isOlder($0.customer, than: $1.customer) }) {
                merged.append(MergedValue(field: field.name, value: source.value, reason: "most_recent", fromCustomer: source.customer.id))
            }
        }
        return Plan(survivorID: survivor.id, merged: merged, conflicts: conflicts)
    }

    func chooseSurvivor(_ members: [NormalizedCustomer]) -> NormalizedCustomer {
        switch policy {
        case .oldest:
            return members.min { $0.id < $1.id }!
        case .mostRecent:
            return members.max { MergePlanner.isOlder($0, than: $1) }!
        case .mostComplete:
            let scored = members.map { member in (member, MergeField.all.filter { $0.value(member) != nil && $0.isValid(member) }.count) }
            return scored.min { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.id < $1.0.id }!.0
        }
    }

    /// Order by creation time ("YYYY-MM-DD HH:MM:SS" sorts as text), unknown first, then by id.
    static func isOlder(_ a: NormalizedCustomer, than b: NormalizedCustomer) -> Bool {
        let left = MergeField.trimmed(a.customer.datetimeCreated) ?? "", right = MergeField.trimmed(b.customer.datetimeCreated) ?? ""
        return left != right ? left < right : a.id < b.id
    }
}
