import Normalization

/// The match keys of every customer as columns, indexed by position in the input.
///
/// Built once from `NormalizedCustomer` values; comparisons and blocking read only this table,
/// so the hot loops touch flat arrays of hashes and bytes instead of structs full of strings.
/// A hash of 0 means the value is missing.
public struct FeatureTable: Sendable {
    public static let phoneSlots = 4

    public var ids: [Int]
    public var surname: TextColumn
    public var surnameHash: [UInt64]
    public var surnamePhonetic: [UInt64]
    public var firstName: TextColumn
    public var firstNameHash: [UInt64]
    /// The canonical (official) form when known, else the first name's own hash.
    public var firstNameCanonical: [UInt64]
    /// Lower-case first initial (from initials or the first name), 0 when missing.
    public var firstInitial: [UInt8]
    public var postcodeHash: [UInt64]
    /// The digit part of the postcode ("5388" of 5388 GM).
    public var postcodeDigits: [UInt64]
    /// The first two characters of the postcode when they are digits (the region).
    public var postcodeRegion: [UInt64]
    /// -1 when missing.
    public var houseNumber: [Int32]
    public var houseNumberPostfix: [UInt64]
    public var street: TextColumn
    public var streetHash: [UInt64]
    public var cityHash: [UInt64]
    /// E.164 hashes, `phoneSlots` per customer, zero-padded.
    public var phones: [UInt64]
    /// Bit i set when phone slot i is a mobile number.
    public var phoneMobileMask: [UInt8]
    public var emailHash: [UInt64]
    public var emailCanonical: [UInt64]
    public var emailLocal: TextColumn
    public var emailLocalHash: [UInt64]
    public var company: TextColumn
    public var companyHash: [UInt64]
    public var kvkHash: [UInt64]
    public var vatHash: [UInt64]
    /// First bytes of "surname firstname", big-endian, for the sorted neighbourhood of huge blocks.
    public var sortKey: [UInt64]

    public var count: Int { ids.count }

    @inline(__always)
    public func phone(_ record: Int, _ slot: Int) -> UInt64 { phones[record &* FeatureTable.phoneSlots &+ slot] }

    /// Builds the table, in parallel chunks.
    public init(_ customers: [NormalizedCustomer]) {
        let parts = Parallel.map(Parallel.ranges(customers.count)) { range in
            FeatureTable(chunk: customers[range])
        }
        if parts.count == 1 { self = parts[0]; return }
        if parts.isEmpty { self = FeatureTable(chunk: customers[0..<0]); return }
        self = FeatureTable(concatenating: parts)
    }

    private init(concatenating parts: [FeatureTable]) {
        func join<T>(_ path: KeyPath<FeatureTable, [T]>) -> [T] { parts.flatMap { $0[keyPath: path] } }
        func text(_ path: KeyPath<FeatureTable, TextColumn>) -> TextColumn { TextColumn(concatenating: parts.map { $0[keyPath: path] }) }
        ids = join(\.ids)
        surname = text(\.surname); surnameHash = join(\.surnameHash); surnamePhonetic = join(\.surnamePhonetic)
        firstName = text(\.firstName); firstNameHash = join(\.firstNameHash)
        firstNameCanonical = join(\.firstNameCanonical); firstInitial = join(\.firstInitial)
        postcodeHash = join(\.postcodeHash); postcodeDigits = join(\.postcodeDigits); postcodeRegion = join(\.postcodeRegion)
        houseNumber = join(\.houseNumber); houseNumberPostfix = join(\.houseNumberPostfix)
        street = text(\.street); streetHash = join(\.streetHash); cityHash = join(\.cityHash)
        phones = join(\.phones); phoneMobileMask = join(\.phoneMobileMask)
        emailHash = join(\.emailHash); emailCanonical = join(\.emailCanonical)
        emailLocal = text(\.emailLocal); emailLocalHash = join(\.emailLocalHash)
        company = text(\.company); companyHash = join(\.companyHash)
        kvkHash = join(\.kvkHash); vatHash = join(\.vatHash); sortKey = join(\.sortKey)
    }

    init(chunk: ArraySlice<NormalizedCustomer>) {
        let records = Array(chunk)
        ids = records.map(\.id)
        let surnames = records.map { FeatureTable.nonEmpty($0.person.surnameKey) }
        surname = TextColumn(surnames)
        surnameHash = surnames.map(KeyHash.of)
        surnamePhonetic = records.map { KeyHash.of(FeatureTable.nonEmpty($0.person.surnamePhonetic)) }
        let firstNames = records.map { FeatureTable.nonEmpty($0.person.firstNameKey) }
        firstName = TextColumn(firstNames)
        firstNameHash = firstNames.map(KeyHash.of)
        firstNameCanonical = records.map { KeyHash.of(FeatureTable.nonEmpty($0.person.firstNameCanonicalKey) ?? FeatureTable.nonEmpty($0.person.firstNameKey)) }
        firstInitial = records.map { FeatureTable.initial(of: $0.person) }
        let postcodes = records.map { FeatureTable.nonEmpty($0.address.postcodeKey) }
        postcodeHash = postcodes.map(KeyHash.of)
        postcodeDigits = postcodes.map { key in
            KeyHash.of(key.map { String($0.prefix(while: \.isASCIIDigit)) })
        }
        postcodeRegion = postcodes.map { key in
            guard let key, key.count >= 3 else { return 0 }
            let region = String(key.prefix(2))
            return region.allSatisfy(\.isASCIIDigit) ? KeyHash.of(region) : 0
        }
        houseNumber = records.map { $0.address.houseNumber.map { Int32(clamping: $0) } ?? -1 }
        houseNumberPostfix = records.map { KeyHash.of(FeatureTable.nonEmpty($0.address.houseNumberPostfix)) }
        let streets = records.map { FeatureTable.nonEmpty($0.address.streetKey) }
        street = TextColumn(streets)
        streetHash = streets.map(KeyHash.of)
        cityHash = records.map { KeyHash.of(FeatureTable.nonEmpty($0.address.cityKey)) }
        var phones = [UInt64](repeating: 0, count: records.count * FeatureTable.phoneSlots)
        var mobileMask = [UInt8](repeating: 0, count: records.count)
        for (index, record) in records.enumerated() {
            var slot = 0
            for phone in record.phones where slot < FeatureTable.phoneSlots {
                let hash = KeyHash.of(FeatureTable.nonEmpty(phone.e164))
                guard hash != 0 else { continue }
                // The same number in two slots counts once.
                if (0..<slot).contains(where: { phones[index * FeatureTable.phoneSlots + $0] == hash }) { continue }
                phones[index * FeatureTable.phoneSlots + slot] = hash
                if phone.kind == .mobile || (phone.kind == .fixedLineOrMobile && phone.slot == .mobile) {
                    mobileMask[index] |= 1 << UInt8(slot)
                }
                slot += 1
            }
        }
        self.phones = phones
        phoneMobileMask = mobileMask
        emailHash = records.map { KeyHash.of(FeatureTable.nonEmpty($0.email.key)) }
        emailCanonical = records.map { KeyHash.of(FeatureTable.nonEmpty($0.email.canonicalKey) ?? FeatureTable.nonEmpty($0.email.key)) }
        let locals = records.map { FeatureTable.nonEmpty($0.email.localPart) }
        emailLocal = TextColumn(locals)
        emailLocalHash = locals.map(KeyHash.of)
        let companies = records.map { FeatureTable.nonEmpty($0.company.key) }
        company = TextColumn(companies)
        companyHash = companies.map(KeyHash.of)
        kvkHash = records.map { KeyHash.of(FeatureTable.nonEmpty($0.kvk.canonical)) }
        vatHash = records.map { KeyHash.of(FeatureTable.nonEmpty($0.vat.canonical)) }
        sortKey = records.map { FeatureTable.prefixKey(($0.person.surnameKey ?? $0.company.key ?? "") + " " + ($0.person.firstNameKey ?? "")) }
    }

    static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    static func initial(of person: PersonNameResult) -> UInt8 {
        if let first = person.firstNameKey?.utf8.first { return first }
        if let first = person.initials.utf8.first { return (first >= 65 && first <= 90) ? first + 32 : first }
        return 0
    }

    static func prefixKey(_ text: String) -> UInt64 {
        var key: UInt64 = 0
        var taken = 0
        for byte in text.utf8 where taken < 8 {
            key = key << 8 | UInt64(byte)
            taken += 1
        }
        return key << (8 * UInt64(8 - taken))
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
