import AuditSupport
import CustomerModel

/// Shapes the API documents that a clean record may take, beyond the mob/tel pair: extra phone
/// numbers under numeric ids (`"714253"`, one or two on a few % of customers), decimal discounts,
/// and phone entries whose `customer_id` is not the record's (the documented example of customer
/// 1006 lists its phones under customer 6). None of these is a quality problem.
///
/// Each record draws from its own generator, seeded by the data set's seed and the record's id,
/// so these shapes leave the entities, duplicates and problems of a seed as they were.
enum APIShapes {
    /// Extra numbers get ids from this range up, in record order, like the API's phone table.
    static let firstExtraPhoneID = 400_000

    static func apply(to customer: inout Customer, entity: Entity, seed: UInt64, nextPhoneID: inout Int) {
        guard let id = customer.customerID else { return }
        var rng = SplitMix64(seed: seed ^ (UInt64(id) &* 0x9E37_79B9_7F4A_7C15))
        let country = entity.address.country
        let extras = rng.chance(0.04) ? (rng.chance(0.25) ? 2 : 1) : 0
        for index in 0..<extras {
            let national = rng.chance(0.6) ? PhoneFactory.mobile(country: country, using: &rng)
                : PhoneFactory.landline(areaCode: entity.address.areaCode, country: country, using: &rng)
            customer.phoneNumbers.append(PhoneNumber(phoneNumberID: String(nextPhoneID), customerID: id,
                                                     phoneNumber: PhoneFactory.format(national, country: country, using: &rng),
                                                     name: rng.chance(0.7) ? "Extra \(index + 1)" : rng.pick(["Werk", "Partner", "Zaak"])))
            nextPhoneID += Int.random(in: 1...40, using: &rng)
        }
        // Every record of one customer gives the same discount, so this is no disagreement to merge.
        if entity.discount == 15 { customer.discountPercentage = "12.5" }
        if id > 1 && rng.chance(0.02) {
            let owner = Int.random(in: 1..<id, using: &rng)
            for index in customer.phoneNumbers.indices { customer.phoneNumbers[index].customerID = owner }
        }
    }
}
