import Normalization

/// `customer_reference`: the shop's own identifier of a customer (a member, account or
/// social-security number). Where it is one per person, the same reference nearly proves one
/// customer and a reference one character apart is a typing slip; where a shop fills it with a
/// placeholder or a number per record, estimation finds that it says nothing. The data decides
/// the weight, and an exact match on a common value counts for less (term frequency).
public struct ReferenceComparison: NamedLevels {
    enum Level: Int, CaseIterable { case null, exact, typo, different }

    public var name: String { "customer_reference" }
    public var summary: String { "Customer reference (letters and digits): the same, one typing error apart, or different." }
    public var levels: [ComparisonLevel] {
        [
            .null("Customer reference"),
            ComparisonLevel(id: "exact", label: "Same customer reference", m: 0.5, u: 0.00001, termFrequency: .reference),
            ComparisonLevel(id: "typo", label: "Customer references one typing error apart", m: 0.05, u: 0.0001),
            ComparisonLevel(id: "else", label: "Different customer references", m: 0.45, u: 0.99989),
        ]
    }
    public var coveredBy: Set<BlockingKey> { [.reference] }

    /// Shorter references one edit apart are mostly other references (12 / 13).
    static let typoMinimumLength = 5

    public init() {}

    @inline(__always)
    public func level(_ x: MatchRow, _ y: MatchRow, _ a: Int, _ b: Int, _ table: FeatureTable) -> Int {
        let left = x.reference, right = y.reference
        if left == 0 || right == 0 { return Level.null.rawValue }
        if left == right { return Level.exact.rawValue }
        let l = table.reference[Int(left)], r = table.reference[Int(right)]
        if min(l.count, r.count) >= Self.typoMinimumLength && EditDistance.isOneEdit(l, r) { return Level.typo.rawValue }
        return Level.different.rawValue
    }

    public func display(_ customer: NormalizedCustomer) -> String? {
        ReferenceKey.of(customer.customer.customerReference)
    }

    public var examples: [ComparisonExample] {
        [
            .init(ExampleCustomer(reference: "6988048"), ExampleCustomer(reference: "6988048"), "exact"),
            .init(ExampleCustomer(reference: "REF-046"), ExampleCustomer(reference: "ref046 "), "exact"),
            .init(ExampleCustomer(reference: "6988048"), ExampleCustomer(reference: "6988043"), "typo"),
            .init(ExampleCustomer(reference: "6988048"), ExampleCustomer(reference: "9688048"), "typo"),
            .init(ExampleCustomer(reference: "6988048"), ExampleCustomer(reference: "698804"), "typo"),
            .init(ExampleCustomer(reference: "6988048"), ExampleCustomer(reference: "7364009"), "else"),
            .init(ExampleCustomer(reference: "1234"), ExampleCustomer(reference: "1235"), "else"),
            .init(ExampleCustomer(reference: "6988048"), ExampleCustomer(reference: "-"), "null"),
            .init(ExampleCustomer(reference: "6988048"), ExampleCustomer(), "null"),
        ]
    }
}
