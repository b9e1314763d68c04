import Normalization

/// Street and city, for records where the postcode cannot speak.
///
/// In the Netherlands a postcode names the street and city, so when both records carry a
/// postcode this comparison stays neutral: counting the same address twice would overstate what
/// a shared address proves (households share it too).
public struct StreetCityComparison: Comparison {
    public var name: String { "street_city" }
    public var summary: String { "Street and city when a postcode is missing on either side: same street and city, close street spelling in the same city, same city, or different." }
    public let threshold: Double
    public var coveredBy: Set<BlockingKey> { [.city, .street] }

    public var levels: [ComparisonLevel] {
        [
            .null("Street or city"),
            ComparisonLevel(id: "exact", label: "Same street and city", m: 0.85, u: 0.0005),
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
        if x.postcode != 0 && y.postcode != 0 { return 0 }
        let cityA = x.city, cityB = y.city
        let cityKnown = cityA != 0 && cityB != 0
        let cityAgrees = !cityKnown || cityA == cityB
        let streetA = x.street, streetB = y.street
        if streetA != 0 && streetB != 0 && cityAgrees {
            if streetA == streetB { return 1 }
            if JaroWinkler.similarity(table.street[Int(streetA)], table.street[Int(streetB)]) >= threshold { return 2 }
        }
        if !cityKnown { return 0 }
        return cityA == cityB ? 3 : 4
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
            .init(ExampleCustomer(street: "raadhuisplein", city: "nistelrode"), ExampleCustomer(street: "raadhuisplien", city: "nistelrode"), thresholdID("street_jaro_winkler", threshold)),
            .init(ExampleCustomer(street: "raadhuisplein", city: "nistelrode"), ExampleCustomer(street: "kerkstraat", city: "nistelrode"), "same_city"),
            .init(ExampleCustomer(street: "raadhuisplein", city: "nistelrode"), ExampleCustomer(street: "kerkstraat", city: "uden"), "else"),
            .init(ExampleCustomer(postcode: "5388GM", street: "raadhuisplein", city: "nistelrode"),
                  ExampleCustomer(postcode: "5388GM", street: "raadhuisplein", city: "nistelrode"), "null"),
            .init(ExampleCustomer(street: "raadhuisplein"), ExampleCustomer(city: "nistelrode"), "null"),
        ]
    }
}
