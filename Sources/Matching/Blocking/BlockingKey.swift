/// A match key a blocking rule can group customers by.
public enum BlockingKey: String, Sendable, Hashable, CaseIterable, Codable {
    case postcode
    case houseNumber = "house_number"
    /// Every E.164 number of the customer (a customer with two numbers sits in two blocks).
    case phone
    /// Only mobile numbers: personal, unlike a landline a household shares.
    case mobile
    /// The canonical e-mail (Gmail dots and +tags removed), so variants of one mailbox meet.
    case email
    case surname
    case surnamePhonetic = "surname_phonetic"
    case firstInitial = "first_initial"
    /// The canonical first name (short forms resolved).
    case firstName = "first_name"
    case company
    case street
    case city
    case kvk
    case vat

    /// The key's hashes for record `index` (several for phones; none when missing).
    func hashes(_ index: Int, _ table: FeatureTable, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let single: UInt64
        switch self {
        case .postcode: single = table.postcodeHash[index]
        case .houseNumber:
            let number = table.houseNumber[index]
            single = number < 0 ? 0 : UInt64(number) &+ 1
        case .phone:
            for slot in 0..<FeatureTable.phoneSlots {
                let number = table.phone(index, slot)
                if number == 0 { break }
                out.append(number)
            }
            return
        case .mobile:
            let mask = table.phoneMobileMask[index]
            for slot in 0..<FeatureTable.phoneSlots where mask & (1 << UInt8(slot)) != 0 {
                out.append(table.phone(index, slot))
            }
            return
        case .email: single = table.emailCanonical[index]
        case .surname: single = table.surnameHash[index]
        case .surnamePhonetic: single = table.surnamePhonetic[index]
        case .firstInitial: single = UInt64(table.firstInitial[index])
        case .firstName: single = table.firstNameCanonical[index]
        case .company: single = table.companyHash[index]
        case .street: single = table.streetHash[index]
        case .city: single = table.cityHash[index]
        case .kvk: single = table.kvkHash[index]
        case .vat: single = table.vatHash[index]
        }
        if single != 0 { out.append(single) }
    }

    /// Whether records `a` and `b` share a value of this key (any value, for multi-valued keys).
    func agrees(_ a: Int, _ b: Int, _ table: FeatureTable, scratch: inout [UInt64], other: inout [UInt64]) -> Bool {
        hashes(a, table, into: &scratch)
        if scratch.isEmpty { return false }
        hashes(b, table, into: &other)
        for value in scratch where other.contains(value) { return true }
        return false
    }
}
