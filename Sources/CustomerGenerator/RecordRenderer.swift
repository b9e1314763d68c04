import CustomerModel

/// How one registration writes an entity down: which first-name form, where the particle goes,
/// how phones and the postcode are typed. Duplicates are the same entity in another style.
struct RecordStyle: Sendable {
    enum FirstNameForm: Sendable { case called, official, initialsOnly }

    var firstNameForm: FirstNameForm = .called
    var particleInName = false
    var phoneStyle = 0
    var postcodeSpaced = false
    var includeEmail = true
    var typeOverride: Entity.Kind?
    var companyNameOverride: String?
    var reference = false

    static func draw<R: RandomNumberGenerator>(for entity: Entity, using rng: inout R) -> RecordStyle {
        var style = RecordStyle()
        let roll = Double.random(in: 0..<1, using: &rng)
        style.firstNameForm = roll < 0.82 ? .called : roll < 0.92 ? .official : .initialsOnly
        if entity.initials.isEmpty { style.firstNameForm = .called }
        style.particleInName = entity.particleInName
        style.phoneStyle = Int.random(in: 0..<10, using: &rng)
        style.postcodeSpaced = entity.address.postcode.contains(" ")
        style.reference = rng.chance(0.15)
        return style
    }
}

/// A record before its id is known, with the problems planted into it so far.
struct PendingRecord: Sendable {
    var entity: Entity
    var style: RecordStyle
    var customer = Customer()
    var problems: [(field: String, kind: String)] = []
    /// Index of the duplicate group within the block, if any.
    var duplicateGroup: Int?
    /// Index of the hard-negative group within the block and its kind, if any.
    var hardNegativeGroup: (index: Int, kind: HardNegative.Kind)?
}

enum RecordRenderer {
    /// The customer record an entity gives in a style (id and dates are set later).
    static func render(_ entity: Entity, style: RecordStyle) -> Customer {
        var customer = Customer()
        customer.customerTypeName = (style.typeOverride ?? entity.kind).rawValue
        customer.customerReference = ""
        customer.title = entity.title
        customer.initials = entity.initials
        switch style.firstNameForm {
        case .called: customer.firstName = entity.calledFirstName
        case .official: customer.firstName = entity.officialFirstName
        case .initialsOnly: customer.firstName = ""
        }
        let suffix = entity.generationSuffix.isEmpty ? "" : " " + entity.generationSuffix
        if style.particleInName || entity.surname.particle.isEmpty {
            customer.insertion = ""
            customer.name = entity.surname.full + suffix
        } else {
            customer.insertion = entity.surname.particle
            customer.name = entity.surname.core + suffix
        }
        let address = entity.address
        customer.street = address.street
        customer.houseNumber = String(address.houseNumber)
        customer.houseNumberPostfix = address.postfix
        customer.postcode = postcode(address.postcode, spaced: style.postcodeSpaced)
        customer.city = address.city
        customer.countryCode = address.country.rawValue
        customer.email = style.includeEmail ? (entity.email ?? "") : ""
        customer.companyName = style.companyNameOverride ?? entity.company?.name ?? ""
        customer.attn = ""
        customer.vatNumber = entity.vat
        customer.cocNumber = entity.kvk
        customer.discountPercentage = String(entity.discount)
        let displayName = [customer.firstName?.isEmpty == false ? customer.firstName! : entity.initials,
                           customer.insertion ?? "", customer.name ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
        if entity.company != nil { customer.attn = displayName }
        let country = address.country
        customer.phoneNumbers = [
            PhoneNumber(phoneNumberID: "mob", phoneNumber: entity.mobile.map { PhoneFactory.format($0, country: country, style: style.phoneStyle) } ?? "",
                        name: displayName),
            PhoneNumber(phoneNumberID: "tel", phoneNumber: entity.landline.map { PhoneFactory.format($0, country: country, style: (style.phoneStyle + 3) % 10) } ?? "",
                        name: displayName),
        ]
        return customer
    }

    /// Dutch postcodes with or without the space; other countries as they are.
    static func postcode(_ postcode: String, spaced: Bool) -> String {
        let compact = postcode.filter { $0 != " " }
        guard compact.count == 6, compact.prefix(4).allSatisfy(\.isNumber) else { return postcode }
        return spaced ? String(compact.prefix(4)) + " " + String(compact.suffix(2)) : compact
    }
}
