import CustomerModel
import Normalization

/// The merged record's `phone_numbers`: the `mob` and `tel` slots chosen like any field, then
/// every other distinct number of any member, so a merge never loses a way to reach the customer.
enum MergedPhones {
    struct Result {
        /// In the API's shape: `mob`, `tel` (empty when no member has one), then the others.
        var numbers: [PhoneNumber]
        var values: [MergedValue]
        var conflicts: [FieldConflict]
    }

    /// - Parameters:
    ///   - survivor: position of the surviving member.
    ///   - newer: whether member `a` was registered after member `b`.
    static func merge(_ members: [NormalizedCustomer], survivor: Int, newer: (Int, Int) -> Bool) -> Result {
        var result = Result(numbers: [], values: [], conflicts: [])
        var kept = Set<String>()
        // Each member's entries and their candidates, read once for both slots and the extras.
        let memberEntries = members.map { entries($0) }
        let memberCandidates = memberEntries.indices.map { member in memberEntries[member].map { candidate(member, $0.phone) } }
        for slot in [PhoneSlot.mobile, .landline] {
            let candidates = members.indices.flatMap { member in
                memberEntries[member].indices.filter { memberEntries[member][$0].phone.slot == slot }.map { memberCandidates[member][$0] }
            }
            let field = "phone_numbers[\(slot.rawValue)]"
            guard let choice = ValueChoice.choose(candidates, survivor: survivor, newer: newer) else {
                let name = entries(members[survivor], includingEmpty: true).first { $0.phone.slot == slot }?.entry.name
                result.numbers.append(PhoneNumber(phoneNumberID: slot.rawValue, phoneNumber: "", name: name ?? ""))
                continue
            }
            let source = members[choice.candidate.member]
            let name = memberEntries[choice.candidate.member]
                .first { $0.phone.slot == slot && MergeField.trimmed($0.phone.raw) == choice.candidate.value }?.entry.name
            result.numbers.append(PhoneNumber(phoneNumberID: slot.rawValue, phoneNumber: choice.candidate.value, name: name ?? ""))
            result.values.append(MergedValue(field: field, value: choice.candidate.value, reason: choice.reason, fromCustomer: source.id))
            if let values = choice.conflict { result.conflicts.append(FieldConflict(field: field, values: values)) }
            kept.insert(choice.candidate.key)
        }
        // The survivor's numbers first, then the others' in member order.
        let order = [survivor] + members.indices.filter { $0 != survivor }
        for member in order {
            for (index, (phone, entry)) in memberEntries[member].enumerated() {
                let candidate = memberCandidates[member][index]
                guard kept.insert(candidate.key).inserted else { continue }
                // An extra number keeps its id; a mobile or landline of another record becomes a new extra.
                let id = phone.slot == .extra ? MergeField.trimmed(phone.slotID) : nil
                result.numbers.append(PhoneNumber(phoneNumberID: id, phoneNumber: candidate.value, name: entry.name ?? ""))
                result.values.append(MergedValue(field: "phone_numbers[\(id ?? "new")]", value: candidate.value,
                                                 reason: "other_number", fromCustomer: members[member].id))
            }
        }
        return result
    }

    /// The member's phone entries with their parse, in record order; empty slots left out unless asked for.
    private static func entries(_ customer: NormalizedCustomer, includingEmpty: Bool = false) -> [(phone: PhoneResult, entry: PhoneNumber)] {
        zip(customer.phones, customer.customer.phoneNumbers).filter { includingEmpty || MergeField.trimmed($0.0.raw) != nil }
            .map { (phone: $0.0, entry: $0.1) }
    }

    /// Numbers are the same when their E.164 is; unparseable ones when their digits are.
    private static func candidate(_ member: Int, _ phone: PhoneResult) -> MergeCandidate {
        let value = MergeField.trimmed(phone.raw) ?? ""
        let key = phone.e164 ?? String(value.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
        return MergeCandidate(member: member, value: value, key: key.isEmpty ? value.lowercased() : key, valid: MergeField.valid(phone.outcome))
    }
}
