import AuditSupport
import CustomerGenerator
import CustomerModel

/// Seeded Dutch-looking customers for the benchmark when the project's generator yields none.
/// Values repeat the way real files do (surnames, streets, cities) while phone numbers, emails and
/// postcodes are mostly distinct, so caches get no unfair help.
enum SyntheticCustomers {
    static let surnames = ["Jansen", "de Vries", "van den Berg", "Bakker", "van Dijk", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
                           "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
                           "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel",
                           "van der Veen", "van den Broek", "de Bruijn", "de Jong", "van Beek", "Willems", "Janssen", "Kuipers", "Schouten"]
    static let firstNames = ["Jan", "Kees", "Piet", "Wim", "Anna", "Maria", "Sanne", "Daan", "Lotte", "Bram", "Emma", "Johannes",
                             "Cornelis", "Thijs", "Fleur", "Sophie", "Lucas", "Noah", "Eva", "Julia", "Mien", "Henk", "Ingrid", "Joop"]
    static let nonLatin = [("Владимир", "Иванов"), ("Γιώργος", "Παπαδόπουλος"), ("محمد", "العلي"), ("小明", "王"), ("Łukasz", "Wójcik"),
                           ("Ahmet", "Çelik"), ("Jürgen", "Müller"), ("Søren", "Øster"), ("Ĳsbrand", "Ĳzerman"), ("Yusuf", "Yılmaz")]
    static let streets = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Schoolstraat", "Stationsweg", "Kalverstr.", "Julianalaan",
                          "Beatrixstraat", "Burg. de Withstr.", "Hoofdstraat", "Marktplein", "Nieuwe Gracht", "Dorpsln"]
    static let cities = ["Amsterdam", "Rotterdam", "'s-Hertogenbosch", "Utrecht", "Eindhoven", "Nistelrode", "Groningen", "Den Haag",
                         "Tilburg", "Almere", "Breda", "Nijmegen", "Ĳsselstein", "Zwolle"]
    static let domains = ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "gmial.com", "jansen-bv.nl", "live.nl"]

    /// `count` customers; `nonLatinShare` of them carry a name in another script or with diacritics.
    static func make(count: Int, nonLatinShare: Double, seed: UInt64) -> [Customer] {
        var random = SplitMix64(seed: seed)
        var customers: [Customer] = []
        customers.reserveCapacity(count)
        for index in 0..<count {
            var customer = Customer(customerID: index + 1)
            if Double(random.next() % 10_000) / 10_000 < nonLatinShare {
                let pair = nonLatin[Int(random.next() % UInt64(nonLatin.count))]
                customer.firstName = pair.0
                customer.name = pair.1
            } else {
                customer.firstName = firstNames[Int(random.next() % UInt64(firstNames.count))]
                customer.name = surnames[Int(random.next() % UInt64(surnames.count))]
            }
            customer.title = random.next() % 2 == 0 ? "Dhr." : "Mevr."
            customer.initials = String(customer.firstName!.prefix(1)) + "."
            let letters = Array("ABCDEFGHJKLMNPRTVWXZ")
            customer.postcode = "\(1000 + random.next() % 9000)\(letters[Int(random.next() % 20)])\(letters[Int(random.next() % 20)])"
            customer.houseNumber = String(1 + random.next() % 250)
            customer.houseNumberPostfix = random.next() % 8 == 0 ? "b" : nil
            customer.street = streets[Int(random.next() % UInt64(streets.count))]
            customer.city = cities[Int(random.next() % UInt64(cities.count))]
            customer.countryCode = random.next() % 20 == 0 ? "BE" : "NL"
            customer.email = "\(customer.firstName!.lowercased()).\(index)@\(domains[Int(random.next() % UInt64(domains.count))])"
            if random.next() % 5 == 0 {
                customer.companyName = "\(customer.name!) \(["Fietsen", "Bouw", "Advies"][Int(random.next() % 3)]) B.V."
                customer.vatNumber = "NL855630693B01"
                customer.cocNumber = String(10_000_000 + random.next() % 89_999_999)
            }
            customer.phoneNumbers = [PhoneNumber(phoneNumberID: "mob", phoneNumber: "06-\(10_000_000 + random.next() % 89_999_999)")]
            if random.next() % 5 == 0 {
                customer.phoneNumbers.append(PhoneNumber(phoneNumberID: "tel", phoneNumber: "073-\(1_000_000 + random.next() % 8_999_999)"))
            }
            customers.append(customer)
        }
        return customers
    }
}
