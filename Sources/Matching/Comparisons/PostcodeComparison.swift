import Normalization

/// Postcode, stepping down 5388GM → 5388 → 53.
///
/// Families share a surname and an address, so among customers with the same surname a shared
/// postcode is much less rare than among all customers; u is estimated among pairs sharing a
/// surname, which keeps a father and son at one address from looking like one person.
public struct PostcodeComparison: Comparison {
    public let conditionedOn: BlockingKey? = .surname
    public let name = "postcode"
    public let summary = "Postcode: the same, the same digits (street letters differ), the same region (first two digits), or different."
    public let levels: [ComparisonLevel] = [
        .null("Postcode"),
        ComparisonLevel(id: "exact", label: "Exact match on postcode", m: 0.9, u: 0.0003),
        ComparisonLevel(id: "digits", label: "Same postcode digits", m: 0.04, u: 0.003),
        ComparisonLevel(id: "region", label: "Same first two postcode digits", m: 0.02, u: 0.03),
        ComparisonLevel(id: "else", label: "Different postcodes", m: 0.04, u: 0.9667),
    ]
    public let coveredBy: Set<BlockingKey> = [.postcode]

    public init() {}

    public func level(_ a: Int, _ b: Int, _ table: FeatureTable) -> Int {
        let left = table.postcodeHash[a], right = table.postcodeHash[b]
        if left == 0 || right == 0 { return 0 }
        if left == right { return 1 }
        let digitsA = table.postcodeDigits[a]
        if digitsA != 0 && digitsA == table.postcodeDigits[b] { return 2 }
        let regionA = table.postcodeRegion[a]
        if regionA != 0 && regionA == table.postcodeRegion[b] { return 3 }
        return 4
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
