import AuditSupport
import CustomerGenerator
import CustomerModel

/// Customers that appear while a pull runs (drift). Plain, valid Dutch records, so they add no
/// quality findings or duplicates of their own.
enum DriftCustomer {
    static func make(number: Int, random: inout SplitMix64) -> Customer {
        let firstNames = ["Sanne", "Daan", "Lotte", "Bram", "Eva", "Joris", "Fleur", "Thijs"]
        let places: [(street: String, city: String, postcode: String)] = [
            ("Kerkstraat", "Utrecht", "3511"), ("Dorpsstraat", "Zwolle", "8011"),
            ("Molenweg", "Breda", "4811"), ("Stationsplein", "Haarlem", "2011"),
        ]
        let letters = Array("ABCDEGHJKLMNPRSTVWXZ")
        let firstName = firstNames[Int(random.next() % UInt64(firstNames.count))]
        let place = places[Int(random.next() % UInt64(places.count))]
        let postcode = place.postcode + String(letters[Int(random.next() % 20)]) + String(letters[Int(random.next() % 20)])
        let mobile = "06" + String(10_000_000 + Int(random.next() % 89_999_999))
        let surname = "Nieuwkomer \(number)"
        return Customer(
            customerTypeName: "Klant", customerReference: "", postcode: postcode,
            houseNumber: String(1 + Int(random.next() % 150)), houseNumberPostfix: "", companyName: "", attn: "",
            title: "", initials: String(firstName.prefix(1)), insertion: "", firstName: firstName, name: surname,
            street: place.street, city: place.city, countryCode: "NL",
            email: "\(firstName.lowercased()).nieuwkomer\(number)@example.nl", vatNumber: "", cocNumber: "",
            discountPercentage: "0",
            phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: mobile, name: "\(firstName) \(surname)")])
    }
}
