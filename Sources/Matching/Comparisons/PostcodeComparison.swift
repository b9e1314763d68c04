import Normalization

/// Postcode, stepping down 5388GM → 5388 → 53.
///
/// Families share a surname and an address, so among customers with the same surname a shared
/// postcode is much less rare than among all customers; u is estimated among pairs sharing a
/// surname, which keeps a father and son at one address from looking like one person.
public struct PostcodeComparison: NamedLevels {
    enum Level: Int, CaseIterable { case null, exact, digits, region, different }

    public var conditionedOn: [BlockingKey] { [.surname] }
    public var name: String { "postcode" }
    public var summary: String { "Postcode: the same, the same digits (street letters differ), the same region (first two digits), or different." }
    public var levels: [ComparisonLevel] {
        [
            .null("Postcode"),
            ComparisonLevel(id: "exact", label: "Exact match on postcode", m: 0.9, u: 0.0003),
            ComparisonLevel(id: "digits", label: "Same postcode digits", m: 0.04, u: 0.003),
            ComparisonLevel(id: "region", label: "Same first two postcode digits", m: 0.02, u: 0.03),
            ComparisonLevel(id: "else", label: "Different postcodes", m: 0.04, u: 0.9667),
        ]
    }
    public var coveredBy: Set<BlockingKey> { [.postcode] }

    public init() {}

    @inline(__always)
    public func level(_ x: MatchRow, _ y: MatchRow, _ a: Int, _ b: Int, _ table: FeatureTable) -> Int {
        let left = x.postcode, right = y.postcode
        if left == 0 || right == 0 { return Level.null.rawValue }
        if left == right { return Level.exact.rawValue }
        if x.postcodeDigits != 0 && x.postcodeDigits == y.postcodeDigits { return Level.digits.rawValue }
        if x.postcodeRegion != 0 && x.postcodeRegion == y.postcodeRegion { return Level.region.rawValue }
        return Level.different.rawValue
    }

    public func display(_ customer: NormalizedCustomer) -> String? {
        customer.address.postcode ?? customer.address.postcodeKey
    }

    public var examples: [ComparisonExample] {
        [
            .init(ExampleCustomer(postcode: "5388GM"), ExampleCustomer(postcode: "5388 gm"), "exact"),
            .init(ExampleCustomer(postcode: "5388GM"), ExampleCustomer(postcode: "5388GN"), "digits"),
            .init(ExampleCustomer(postcode: "5388GM"), ExampleCustomer(postcode: "5301AB"), "region"),
            .init(ExampleCustomer(postcode: "5388GM"), ExampleCustomer(postcode: "1011AB"), "else"),
            .init(ExampleCustomer(postcode: "5388GM"), ExampleCustomer(), "null"),
        ]
    }
}
