import CustomerModel
import Foundation
import Normalization

/// Suggests how to merge a cluster: which record survives, the merged record as a full Customer
/// in the API's shape (valid input for `PUT /customers/:id.json` on the survivor), the reason for
/// each value, and the disagreements a person must decide.
struct MergePlanner: Sendable {
    var policy: SurvivorPolicy

    struct Plan: Sendable {
        var survivorID: Int
        /// Every writable field of the Customer object, values as the members' records write them.
        var record: Customer
        var merged: [MergedValue]
        var conflicts: [FieldConflict]
    }

    func plan(_ members: [NormalizedCustomer]) -> Plan {
        // values[f] holds field f's candidates in member order; each closure runs once per member.
        // Members outside, fields inside: a copy of a normalized customer retains some thirty
        // strings and arrays, and a copy per field and member was most of a plan's time.
        var values = [[MergeCandidate]](repeating: [], count: MergeField.all.count)
        for index in members.indices {
            let member = members[index]
            for (f, field) in MergeField.all.enumerated() {
                guard let value = field.value(member) else { continue }
                values[f].append(MergeCandidate(member: index, value: value, key: field.key(member) ?? value.lowercased(),
                                                valid: field.isValid(member)))
            }
        }
        let survivorIndex = chooseSurvivor(members, values: values)
        let newer = { (a: Int, b: Int) in MergePlanner.isOlder(members[b], than: members[a]) }
        var record = Customer(customerID: members[survivorIndex].id)
        var merged: [MergedValue] = []
        var conflicts: [FieldConflict] = []
        var agreementTexts: [String]?
        for (f, field) in MergeField.all.enumerated() {
            let choice = ValueChoice.choose(values[f], survivor: survivorIndex, newer: newer) { candidate in
                guard field.corroborates else { return 0 }
                if agreementTexts == nil { agreementTexts = members.map(Self.otherFieldsText) }
                return Self.agreement(with: candidate, field: field, in: agreementTexts!)
            }
            guard let choice else {
                record[field.field] = ""
                continue
            }
            record[field.field] = choice.candidate.value
            merged.append(MergedValue(field: field.name, value: choice.candidate.value, reason: choice.reason,
                                      fromCustomer: members[choice.candidate.member].id))
            if let values = choice.conflict { conflicts.append(FieldConflict(field: field.name, values: values)) }
        }
        let phones = MergedPhones.merge(members, survivor: survivorIndex, newer: newer)
        record.phoneNumbers = phones.numbers
        return Plan(survivorID: members[survivorIndex].id, record: record, merged: merged + phones.values,
                    conflicts: conflicts + phones.conflicts)
    }

    /// How many members write the candidate's value into another field: the e-mail's local
    /// part, the company name, the attn line or a phone entry's name.
    static func agreement(with candidate: MergeCandidate, field: MergeField, in texts: [String]) -> Int {
        let needle = folded(candidate.value)
        guard needle.count >= 3 else { return 0 }
        return texts.count { $0.contains(needle) }
    }

    /// The text of the fields that can speak for a name, folded for comparison.
    static func otherFieldsText(_ customer: NormalizedCustomer) -> String {
        let raw = customer.customer
        let local = raw.email.flatMap { $0.split(separator: "@").first.map(String.init) }
        return ([local, raw.companyName, raw.attn] + raw.phoneNumbers.map(\.name)).compactMap { $0.map(folded) }.joined(separator: "|")
    }

    /// Lower case, no accents, letters and digits only: "Van den Berg-Jansen" → "vandenbergjansen".
    static func folded(_ text: String) -> String {
        // ASCII has no accents to fold and its letters and digits are the alphanumerics: the
        // same result without Foundation's folding, which cost more than the rest of a plan.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                switch byte {
                case 0x30...0x39, 0x61...0x7A: bytes.append(byte)
                case 0x41...0x5A: bytes.append(byte + 0x20)
                default: continue
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let plain = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return String(plain.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// The index of the surviving member; `values` are the members' field values (see `plan`).
    private func chooseSurvivor(_ members: [NormalizedCustomer], values: [[MergeCandidate]]) -> Int {
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
