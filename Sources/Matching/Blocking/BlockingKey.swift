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
    /// `customer_reference`, letters and digits only.
    case reference = "customer_reference"
    /// Surname and first name in either order: swapped names meet.
    case namesAnyOrder = "names_any_order"

    /// The key's values for record `index` as non-zero block-key parts (several for phones; none
    /// when missing).
    func hashes(_ index: Int, _ table: FeatureTable, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let row = table.rows[index]
        switch self {
        case .phone:
            for slot in 0..<FeatureTable.phoneSlots where row.phone(slot) != 0 { out.append(UInt64(row.phone(slot))) }
        case .mobile:
            for slot in 0..<FeatureTable.phoneSlots where row.mobileMask & (1 << UInt8(slot)) != 0 {
                out.append(UInt64(row.phone(slot)))
            }
        default:
            let single = value(row)
            if single != 0 { out.append(single) }
        }
    }

    /// The single value of a one-valued key (0 when missing); phone keys use `hashes`.
    @inline(__always)
    func value(_ row: MatchRow) -> UInt64 {
        switch self {
        case .postcode: return UInt64(row.postcode)
        case .houseNumber: return row.houseNumber < 0 ? 0 : UInt64(row.houseNumber) &+ 1
        case .phone, .mobile: return UInt64(row.phones.0)
        case .email: return UInt64(row.emailCanonical)
        case .surname: return UInt64(row.surname)
        case .surnamePhonetic: return UInt64(row.surnamePhonetic)
        case .firstInitial: return UInt64(row.firstInitial)
        case .firstName: return UInt64(row.firstNameCanonical)
        case .company: return UInt64(row.company)
        case .street: return UInt64(row.street)
        case .city: return UInt64(row.city)
        case .kvk: return UInt64(row.kvk)
        case .vat: return UInt64(row.vat)
        case .reference: return UInt64(row.reference)
        case .namesAnyOrder: return UInt64(row.nameSet)
        }
    }

    /// Whether rows `x` and `y` share a value of this key (any value, for multi-valued keys).
    @inline(__always)
    func agrees(_ x: MatchRow, _ y: MatchRow) -> Bool {
        switch self {
        case .phone, .mobile:
            let mobileOnly = self == .mobile
            for i in 0..<FeatureTable.phoneSlots {
                let number = x.phone(i)
                if number == 0 || (mobileOnly && x.mobileMask & (1 << UInt8(i)) == 0) { continue }
                for j in 0..<FeatureTable.phoneSlots where y.phone(j) == number {
                    if !mobileOnly || y.mobileMask & (1 << UInt8(j)) != 0 { return true }
                }
            }
            return false
        default:
            let left = value(x)
            return left != 0 && left == value(y)
        }
    }
}
