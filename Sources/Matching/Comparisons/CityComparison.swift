import Normalization

/// City (suburb, town) when both records have the same postcode.
///
/// Where a postcode belongs to one town (the Netherlands) two records at one postcode share the
/// city anyway, and this says nothing; where a postcode and a place name are independent pieces
/// of an address (Australian suburbs within a postcode, FEBRL), the same suburb at the same
/// postcode is real evidence that no other comparison counts: strangers sharing a postcode there
/// almost never share the suburb. Its u is estimated among random pairs sharing a postcode, so each
/// country's data says which. Where the postcodes differ, `street_city` weighs the city instead.
public struct CityComparison: NamedLevels {
    typealias Level = WithinPostcode.Level

    public var name: String { "city" }
    public var summary: String { "City when both records have the same postcode: the same, close spelling (Jaro-Winkler or one typing error), or different." }
    public let threshold: Double
    public var coveredBy: Set<BlockingKey> { [.city] }
    public var conditionedOn: [BlockingKey] { [.postcode] }

    public var levels: [ComparisonLevel] {
        [
            .null("City"),
            ComparisonLevel(id: "exact", label: "Same city at the same postcode", m: 0.9, u: 0.5),
            ComparisonLevel(id: thresholdID("jaro_winkler", threshold), label: "City Jaro-Winkler ≥ \(formatThreshold(threshold)) or one typing error, same postcode", m: 0.05, u: 0.05),
            ComparisonLevel(id: "else", label: "Other city at the same postcode", m: 0.05, u: 0.45),
        ]
    }

    public init(threshold: Double = 0.9) {
        self.threshold = threshold
    }

    /// Place names are spelled like streets: a letter dropped or swapped, a short name mistyped.
    @inline(__always)
    public func level(_ x: MatchRow, _ y: MatchRow, _ a: Int, _ b: Int, _ table: FeatureTable) -> Int {
        WithinPostcode.level(x, y, x.city, y.city, table.city, threshold: threshold).rawValue
    }

    public func display(_ customer: NormalizedCustomer) -> String? { customer.address.city }

    /// Both cities there but not one postcode: `street_city` weighs the city there.
    public func neutralLabel(_ x: MatchRow, _ y: MatchRow) -> String? {
        x.city != 0 && y.city != 0 ? "Not one postcode: the city counts here only within one postcode" : nil
    }

    public var examples: [ComparisonExample] {
        [
            .init(ExampleCustomer(postcode: "2259", city: "coolaroo"), ExampleCustomer(postcode: "2259", city: "coolaroo"), "exact"),
            .init(ExampleCustomer(postcode: "5253", city: "blacktown"), ExampleCustomer(postcode: "5253", city: "blackown"), thresholdID("jaro_winkler", threshold)),
            .init(ExampleCustomer(postcode: "6108", city: "mooroolbark"), ExampleCustomer(postcode: "6108", city: "mooroofbark"), thresholdID("jaro_winkler", threshold)),
            .init(ExampleCustomer(postcode: "2259", city: "coolaroo"), ExampleCustomer(postcode: "2259", city: "figtree"), "else"),
            .init(ExampleCustomer(postcode: "5388GM", city: "nistelrode"), ExampleCustomer(postcode: "5388GM", city: "uden"), "else"),
            .init(ExampleCustomer(postcode: "2259", city: "coolaroo"), ExampleCustomer(postcode: "2485", city: "coolaroo"), "null"),
            .init(ExampleCustomer(postcode: "2259", city: "coolaroo"), ExampleCustomer(postcode: "2259"), "null"),
            .init(ExampleCustomer(city: "coolaroo"), ExampleCustomer(city: "coolaroo"), "null"),
        ]
    }
}
