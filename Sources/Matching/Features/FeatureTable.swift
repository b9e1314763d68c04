import AuditSupport
import CustomerModel
import Normalization

/// The match keys of every customer, indexed by position in the input.
///
/// Built once from `NormalizedCustomer` values; comparisons and blocking read only this table:
/// one compact `MatchRow` of interned ids per customer, and the few texts that similarity
/// measures need, so the hot loops touch flat memory instead of structs full of strings.
public struct FeatureTable: Sendable {
    public static let phoneSlots = 4

    public var ids: [Int]
    public var rows: [MatchRow]
    /// Texts for similarity measures (lower-case keys), one per distinct value and indexed by the
    /// value's id in `MatchRow` (0, missing, is empty). A million customers have some tens of
    /// thousands of distinct surnames: kept per value the texts stay in cache, where per record
    /// every similarity cost two more cache misses for the second record of a pair.
    public var surname: TextColumn
    public var firstName: TextColumn
    public var street: TextColumn
    public var company: TextColumn
    public var reference: TextColumn
    public var city: TextColumn
    /// First bytes of "surname firstname", big-endian, for the sorted neighbourhood of huge blocks.
    public var sortKey: [UInt64]

    public var count: Int { ids.count }

    /// Builds the table: keys hashed in parallel chunks, then interned per key (keys in parallel).
    public init(_ customers: [NormalizedCustomer]) {
        var hashed = ParallelChunks.map(count: customers.count, minimumChunk: 1) { range in KeyChunk(customers, range) }
        let count = customers.count
        // The hashes (8 bytes per key and customer) are let go key by key as they are interned,
        // rather than all at the end: held beside the ids and the rows they were the largest part
        // of the table's building peak, some 170 MB at a million customers.
        let pending = InternedKey.allCases.map { key in PendingHashes(hashed.map { $0.hashes[key.rawValue] }) }
        for index in hashed.indices { hashed[index].hashes = [] }
        let chunks = hashed
        hashed = []
        ids = chunks.flatMap(\.ids)
        sortKey = chunks.flatMap(\.sortKey)
        let interned = ParallelChunks.mapEach(pending) { $0.intern() }
        let texts = ParallelChunks.mapEach(Array(0..<6)) { index -> TextColumn in
            switch index {
            case 0: return TextColumn(byID: interned[InternedKey.surname.rawValue], chunks.map(\.surname))
            case 1: return TextColumn(byID: interned[InternedKey.firstName.rawValue], chunks.map(\.firstName))
            case 2: return TextColumn(byID: interned[InternedKey.street.rawValue], chunks.map(\.street))
            case 3: return TextColumn(byID: interned[InternedKey.company.rawValue], chunks.map(\.company))
            case 4: return TextColumn(byID: interned[InternedKey.reference.rawValue], chunks.map(\.reference))
            default: return TextColumn(byID: interned[InternedKey.city.rawValue], chunks.map(\.city))
            }
        }
        (surname, firstName, street, company, reference, city) = (texts[0], texts[1], texts[2], texts[3], texts[4], texts[5])
        var rows = [MatchRow](repeating: MatchRow(), count: count)
        rows.withUnsafeMutableBufferPointer { buffer in
            let shared = SharedBuffer(buffer)
            var starts: [Int] = [0]
            for chunk in chunks { starts.append(starts.last! + chunk.ids.count) }
            let offsets = starts
            _ = ParallelChunks.mapEach(Array(chunks.indices)) { c in
                let rows = shared.buffer
                let chunk = chunks[c]
                for local in 0..<chunk.ids.count {
                    let i = offsets[c] + local
                    func id(_ key: InternedKey) -> UInt32 { interned[key.rawValue][i] }
                    var row = MatchRow()
                    row.surname = id(.surname)
                    row.surnamePhonetic = id(.surnamePhonetic)
                    row.firstName = id(.firstName)
                    row.firstNameCanonical = id(.firstNameCanonical)
                    row.postcode = id(.postcode)
                    row.postcodeDigits = id(.postcodeDigits)
                    row.postcodeRegion = id(.postcodeRegion)
                    row.houseNumber = chunk.houseNumber[local]
                    row.houseNumberPostfix = id(.houseNumberPostfix)
                    row.street = id(.street)
                    row.city = id(.city)
                    row.email = id(.email)
                    row.emailCanonical = id(.emailCanonical)
                    row.emailLocal = id(.emailLocal)
                    row.company = id(.company)
                    row.kvk = id(.kvk)
                    row.vat = id(.vat)
                    row.reference = id(.reference)
                    row.nameSet = id(.nameSet)
                    for slot in 0..<FeatureTable.phoneSlots {
                        row.setPhone(slot, interned[InternedKey.phone.rawValue][i &* FeatureTable.phoneSlots &+ slot])
                    }
                    row.firstInitial = chunk.firstInitial[local]
                    row.mobileMask = chunk.mobileMask[local]
                    row.emailLocalLength = chunk.emailLocalLength[local]
                    row.emailDeliverable = chunk.emailDeliverable[local]
                    row.initials = chunk.initials[local]
                    row.canonicalInitial = chunk.canonicalInitial[local]
                    row.generation = chunk.generation[local]
                    rows[i] = row
                }
                return 0
            }
        }
        self.rows = rows
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

    /// The order of a capped block: five bytes of surname, then three of first name. Inside a
    /// block of one surname (the name rule's), the first name still orders the neighbours.
    static func sortKey(_ surname: String, _ firstName: String) -> UInt64 {
        prefixKey(surname, bytes: 5) | prefixKey(firstName, bytes: 3) >> 40
    }

    /// The first `bytes` bytes of `text`, big-endian from the top byte, zero-padded.
    static func prefixKey(_ text: String, bytes: Int = 8) -> UInt64 {
        var key: UInt64 = 0
        var taken = 0
        for byte in text.utf8 where taken < bytes {
            key = key << 8 | UInt64(byte)
            taken += 1
        }
        return key << (8 * UInt64(8 - taken))
    }
}

/// The keys interned into `MatchRow` ids. `phone` holds `phoneSlots` hashes per record, so a
/// number gets one id whichever slot it is in.
enum InternedKey: Int, CaseIterable {
    case surname, surnamePhonetic, firstName, firstNameCanonical, postcode, postcodeDigits, postcodeRegion
    case houseNumberPostfix, street, city, email, emailCanonical, emailLocal, company, kvk, vat, reference, nameSet, phone
}

/// One key's hash columns, one per chunk, until they are interned.
private final class PendingHashes: @unchecked Sendable {
    // Read and emptied by the one worker that interns this key.
    private var parts: [[UInt64]]

    init(_ parts: [[UInt64]]) {
        self.parts = parts
    }

    func intern() -> [UInt32] {
        let ids = Interner.intern(parts)
        parts = []
        return ids
    }
}

/// Turns 64-bit key hashes into dense ids in order of first appearance (deterministic), one
/// dictionary per key.
enum Interner {
    static func intern(_ parts: [[UInt64]]) -> [UInt32] {
        let total = parts.reduce(0) { $0 + $1.count }
        var ids: [UInt64: UInt32] = [:]
        ids.reserveCapacity(min(total, 1 << 16))
        var out: [UInt32] = []
        out.reserveCapacity(total)
        for part in parts {
            for hash in part {
                if hash == 0 { out.append(0); continue }
                if let id = ids[hash] { out.append(id); continue }
                let id = UInt32(ids.count + 1)
                ids[hash] = id
                out.append(id)
            }
        }
        return out
    }
}
