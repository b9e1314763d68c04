import Normalization

/// The keys of one contiguous range of customers as 64-bit hashes (0 = missing), before
/// interning. Built on one core per range; reads each customer once, in place.
struct KeyChunk {
    var ids: [Int] = []
    /// One column per `InternedKey`; the phone column has `FeatureTable.phoneSlots` per record.
    var hashes: [[UInt64]]
    var houseNumber: [Int32] = []
    var firstInitial: [UInt8] = []
    var mobileMask: [UInt8] = []
    var emailLocalLength: [UInt8] = []
    var emailDeliverable: [Bool] = []
    var initials: [UInt32] = []
    var canonicalInitial: [UInt8] = []
    var generation: [UInt8] = []
    var sortKey: [UInt64] = []
    var surname: TextColumn
    var firstName: TextColumn
    var street: TextColumn
    var company: TextColumn
    var reference: TextColumn
    var city: TextColumn

    init(_ customers: [NormalizedCustomer], _ range: Range<Int>) {
        let n = range.count
        var hashes = InternedKey.allCases.map { key in
            [UInt64](repeating: 0, count: key == .phone ? n * FeatureTable.phoneSlots : n)
        }
        var surnames: [String?] = [], firstNames: [String?] = [], streets: [String?] = [], companies: [String?] = []
        var references: [String?] = [], cities: [String?] = []
        references.reserveCapacity(n); cities.reserveCapacity(n)
        surnames.reserveCapacity(n); firstNames.reserveCapacity(n); streets.reserveCapacity(n); companies.reserveCapacity(n)
        ids.reserveCapacity(n); houseNumber.reserveCapacity(n); firstInitial.reserveCapacity(n)
        mobileMask.reserveCapacity(n); emailLocalLength.reserveCapacity(n); emailDeliverable.reserveCapacity(n); sortKey.reserveCapacity(n)
        initials.reserveCapacity(n); canonicalInitial.reserveCapacity(n); generation.reserveCapacity(n)
        for (local, index) in range.enumerated() {
            func set(_ key: InternedKey, _ value: String?) { hashes[key.rawValue][local] = KeyHash.of(FeatureTable.nonEmpty(value)) }
            let person = customers[index].person
            let address = customers[index].address
            let email = customers[index].email
            ids.append(customers[index].id)
            let (surname, marker) = GenerationMarker.split(FeatureTable.nonEmpty(person.surnameKey))
            surnames.append(surname)
            set(.surname, surname)
            // The normalizer's phonetic key was made with the marker in it.
            set(.surnamePhonetic, marker == 0 ? person.surnamePhonetic : surname.flatMap(DutchPhonetic.key))
            generation.append(marker)
            let firstName = FeatureTable.nonEmpty(person.firstNameKey)
            firstNames.append(firstName)
            set(.firstName, firstName)
            let canonical = FeatureTable.nonEmpty(person.firstNameCanonicalKey) ?? firstName
            set(.firstNameCanonical, canonical)
            firstInitial.append(FeatureTable.initial(of: person))
            canonicalInitial.append(canonical?.utf8.first ?? FeatureTable.initial(of: person))
            let givesInitials = !(customers[index].customer.initials ?? "").isEmpty || firstName == nil
            initials.append(givesInitials ? MatchRow.packInitials(person.initials) : 0)
            if let postcode = FeatureTable.nonEmpty(address.postcodeKey) {
                set(.postcode, postcode)
                let (digits, region) = KeyChunk.postcodeParts(postcode)
                hashes[InternedKey.postcodeDigits.rawValue][local] = digits
                hashes[InternedKey.postcodeRegion.rawValue][local] = region
            }
            houseNumber.append(address.houseNumber.map { Int32(clamping: $0) } ?? -1)
            set(.houseNumberPostfix, address.houseNumberPostfix)
            let street = FeatureTable.nonEmpty(address.streetKey)
            streets.append(street)
            set(.street, street)
            let city = FeatureTable.nonEmpty(address.cityKey)
            cities.append(city)
            set(.city, city)
            var slot = 0, mask: UInt8 = 0
            let phoneBase = local * FeatureTable.phoneSlots
            // A number that cannot be valid (`+316123`, `+311111111111`) reaches no one: a typing
            // slip or a placeholder strangers share, so it is neither a link nor a difference.
            for phone in customers[index].phones where slot < FeatureTable.phoneSlots && !phone.outcome.isInvalid {
                let hash = KeyHash.of(FeatureTable.nonEmpty(phone.e164))
                guard hash != 0 else { continue }
                // The same number in two slots counts once.
                if (0..<slot).contains(where: { hashes[InternedKey.phone.rawValue][phoneBase + $0] == hash }) { continue }
                hashes[InternedKey.phone.rawValue][phoneBase + slot] = hash
                if phone.kind == .mobile || (phone.kind == .fixedLineOrMobile && phone.slot == .mobile) { mask |= 1 << UInt8(slot) }
                slot += 1
            }
            mobileMask.append(mask)
            set(.email, email.key)
            // A domain that is a known provider mistyped ("ziggo.nll", "gmial.com") is that
            // provider's mailbox: one person's address typed twice, not two mailboxes.
            let corrected = email.suggestion.flatMap { EmailParser.parse($0).canonicalKey }
            set(.emailCanonical, corrected ?? FeatureTable.nonEmpty(email.canonicalKey) ?? FeatureTable.nonEmpty(email.key))
            emailDeliverable.append(email.outcome == .valid || email.suggestion != nil)
            let localPart = FeatureTable.nonEmpty(email.localPart)
            set(.emailLocal, localPart)
            emailLocalLength.append(UInt8(clamping: localPart?.utf8.count ?? 0))
            let company = FeatureTable.nonEmpty(customers[index].company.key)
            companies.append(company)
            set(.company, company)
            set(.kvk, customers[index].kvk.canonical)
            set(.vat, customers[index].vat.canonical)
            let reference = ReferenceKey.of(customers[index].customer.customerReference)
            references.append(reference)
            set(.reference, reference)
            hashes[InternedKey.nameSet.rawValue][local] = NameSet.hash(surname, firstName)
            sortKey.append(FeatureTable.sortKey(surname ?? customers[index].company.key ?? "", person.firstNameKey ?? ""))
        }
        self.hashes = hashes
        surname = TextColumn(surnames)
        firstName = TextColumn(firstNames)
        street = TextColumn(streets)
        company = TextColumn(companies)
        reference = TextColumn(references)
        city = TextColumn(cities)
    }

    /// Hashes of the postcode's leading digits ("5388" of 5388GM) and of its region (the first
    /// two characters when they are digits and more follows); 0 when absent.
    static func postcodeParts(_ postcode: String) -> (digits: UInt64, region: UInt64) {
        var postcode = postcode
        return postcode.withUTF8 { bytes in
            var digits = 0
            while digits < bytes.count && bytes[digits] >= 48 && bytes[digits] <= 57 { digits += 1 }
            let digitHash = KeyHash.of(UnsafeBufferPointer(rebasing: bytes[0..<digits]))
            let regionHash = bytes.count >= 3 && digits >= 2 ? KeyHash.of(UnsafeBufferPointer(rebasing: bytes[0..<2])) : 0
            return (digitHash, regionHash)
        }
    }
}
