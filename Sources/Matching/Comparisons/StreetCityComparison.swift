import Normalization

/// Street, house number and city, for records whose postcodes do not agree (one missing, a typing
/// error, or another postcode on the same street).
///
/// Where the postcodes agree, `postcode`, `house_number` and `street` have spoken, so this stays
/// neutral: counting the same address twice would overstate what a shared address proves
/// (households share it too). Because it only speaks where the postcodes differ, its m and u are
/// what a street and city say *given* that: a postcode with a typing error on the same street
/// and number is strong evidence; a move to another street weighs little on top of the postcode.
public struct StreetCityComparison: NamedLevels {
    enum Level: Int, CaseIterable { case null, exactNumber, exact, streetJaroWinkler, sameCity, different }

    public var name: String { "street_city" }
    public var summary: String { "Street, house number and city when the postcodes do not agree: same street, number and city, same street and city, close street spelling in the same city, same city, or different." }
    public let threshold: Double
    public var coveredBy: Set<BlockingKey> { [.city, .street] }

    public var levels: [ComparisonLevel] {
        [
            .null("Street or city"),
            ComparisonLevel(id: "exact_number", label: "Same street, house number and city", m: 0.6, u: 0.00005),
            ComparisonLevel(id: "exact", label: "Same street and city", m: 0.25, u: 0.0005),
            ComparisonLevel(id: thresholdID("street_jaro_winkler", threshold), label: "Street Jaro-Winkler ≥ \(formatThreshold(threshold)), same city", m: 0.06, u: 0.001),
            ComparisonLevel(id: "same_city", label: "Same city, other street", m: 0.05, u: 0.02, termFrequency: .city),
            ComparisonLevel(id: "else", label: "Different street and city", m: 0.04, u: 0.9785),
        ]
    }

    public init(threshold: Double = 0.9) {
        self.threshold = threshold
    }

    @inline(__always)
    public func level(_ x: MatchRow, _ y: MatchRow, _ a: Int, _ b: Int, _ table: FeatureTable) -> Int {
        if x.postcode != 0 && x.postcode == y.postcode { return Level.null.rawValue }
        let cityA = x.city, cityB = y.city
        let cityKnown = cityA != 0 && cityB != 0
        let cityAgrees = !cityKnown || cityA == cityB
        let streetA = x.street, streetB = y.street
        if streetA != 0 && streetB != 0 && cityAgrees {
            if streetA == streetB {
                let sameNumber = x.houseNumber >= 0 && x.houseNumber == y.houseNumber && x.houseNumberPostfix == y.houseNumberPostfix
                return sameNumber ? Level.exactNumber.rawValue : Level.exact.rawValue
            }
            if StreetSimilarity.close(table.street[Int(streetA)], table.street[Int(streetB)], threshold: threshold) {
                return Level.streetJaroWinkler.rawValue
            }
        }
        if !cityKnown { return Level.null.rawValue }
        return cityA == cityB ? Level.sameCity.rawValue : Level.different.rawValue
    }

    /// Both postcodes present: the postcode comparison has already weighed the address.
    public func neutralLabel(_ x: MatchRow, _ y: MatchRow) -> String? {
        x.postcode != 0 && y.postcode != 0 ? "Both have a postcode: the postcode comparison weighs the address" : nil
    }

    public func display(_ customer: NormalizedCustomer) -> String? {
        let parts = [customer.address.street, customer.address.city].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    public var examples: [ComparisonExample] {
        [
            .init(ExampleCustomer(street: "raadhuisplein", city: "nistelrode"), ExampleCustomer(street: "raadhuisplein", city: "nistelrode"), "exact"),
            .init(ExampleCustomer(houseNumber: 6, street: "raadhuisplein", city: "nistelrode"),
                  ExampleCustomer(houseNumber: 6, street: "raadhuisplein", city: "nistelrode"), "exact_number"),
            .init(ExampleCustomer(postcode: "4011", houseNumber: 6, street: "tullaroop street", city: "st james"),
                  ExampleCustomer(postcode: "4101", houseNumber: 6, street: "tullaroop street", city: "st james"), "exact_number"),
            .init(ExampleCustomer(postcode: "4011", houseNumber: 6, street: "tullaroop street", city: "st james"),
                  ExampleCustomer(postcode: "4101", houseNumber: 8, street: "tullaroop street", city: "st james"), "exact"),
            .init(ExampleCustomer(street: "raadhuisplein", city: "nistelrode"), ExampleCustomer(street: "raadhuisplien", city: "nistelrode"), thresholdID("street_jaro_winkler", threshold)),
            .init(ExampleCustomer(street: "raadhuisplein", city: "nistelrode"), ExampleCustomer(street: "raadhiusplein", city: "nistelrode"), thresholdID("street_jaro_winkler", threshold)),
            .init(ExampleCustomer(street: "raadhuisplein", city: "nistelrode"), ExampleCustomer(street: "kerkstraat", city: "nistelrode"), "same_city"),
            .init(ExampleCustomer(street: "raadhuisplein", city: "nistelrode"), ExampleCustomer(street: "kerkstraat", city: "uden"), "else"),
            .init(ExampleCustomer(postcode: "5388GM", street: "raadhuisplein", city: "nistelrode"),
                  ExampleCustomer(postcode: "5388GM", street: "raadhuisplein", city: "nistelrode"), "null"),
            .init(ExampleCustomer(postcode: "5388GM", street: "raadhuisplein", city: "nistelrode"),
                  ExampleCustomer(postcode: "1011AB", street: "kerkstraat", city: "amsterdam"), "else"),
            .init(ExampleCustomer(street: "raadhuisplein"), ExampleCustomer(city: "nistelrode"), "null"),
        ]
    }
}
