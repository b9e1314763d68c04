import Normalization

/// House number with its postfix (12, 12a, 12-2), within the same postcode.
///
/// A house number means nothing on its own (12 in Amsterdam and 12 in Uden are not evidence),
/// and within one postcode the numbers come from a short street segment where households and
/// neighbours live. So it speaks only when the postcodes are equal, and its u is estimated from
/// random pairs sharing a postcode: a shared house number there is far less rare than among all
/// pairs, and the weight says so.
public struct HouseNumberComparison: NamedLevels {
    enum Level: Int, CaseIterable { case null, exact, number, different }

    public var name: String { "house_number" }
    public var summary: String { "House number at the same postcode: the same with the same postfix, the same number only, or different." }
    public var conditionedOn: [BlockingKey] { [.postcode] }
    public var levels: [ComparisonLevel] {
        [
            .null("Postcode or house number"),
            ComparisonLevel(id: "exact", label: "Same house number and postfix", m: 0.95, u: 0.1),
            ComparisonLevel(id: "number", label: "Same house number, postfix differs", m: 0.03, u: 0.02),
            ComparisonLevel(id: "else", label: "Different house numbers", m: 0.02, u: 0.88),
        ]
    }
    public var coveredBy: Set<BlockingKey> { [.houseNumber] }

    public init() {}

    @inline(__always)
    public func level(_ x: MatchRow, _ y: MatchRow, _ a: Int, _ b: Int, _ table: FeatureTable) -> Int {
        if x.postcode == 0 || x.postcode != y.postcode { return Level.null.rawValue }
        let left = x.houseNumber, right = y.houseNumber
        if left < 0 || right < 0 { return Level.null.rawValue }
        if left != right { return Level.different.rawValue }
        return x.houseNumberPostfix == y.houseNumberPostfix ? Level.exact.rawValue : Level.number.rawValue
    }

    /// Two postcodes that differ: house numbers on different streets say nothing.
    public func neutralLabel(_ x: MatchRow, _ y: MatchRow) -> String? {
        x.postcode != 0 && y.postcode != 0 && x.postcode != y.postcode ? "Different postcodes: house numbers not compared" : nil
    }

    public func display(_ customer: NormalizedCustomer) -> String? {
        guard let number = customer.address.houseNumber else { return nil }
        return "\(number)" + (customer.address.houseNumberPostfix.map { " \($0)" } ?? "")
    }

    public var examples: [ComparisonExample] {
        [
            .init(ExampleCustomer(postcode: "5388GM", houseNumber: 12, postfix: "a"), ExampleCustomer(postcode: "5388GM", houseNumber: 12, postfix: "A"), "exact"),
            .init(ExampleCustomer(postcode: "5388GM", houseNumber: 12), ExampleCustomer(postcode: "5388GM", houseNumber: 12), "exact"),
            .init(ExampleCustomer(postcode: "5388GM", houseNumber: 12, postfix: "a"), ExampleCustomer(postcode: "5388GM", houseNumber: 12), "number"),
            .init(ExampleCustomer(postcode: "5388GM", houseNumber: 12), ExampleCustomer(postcode: "5388GM", houseNumber: 14), "else"),
            .init(ExampleCustomer(postcode: "5388GM", houseNumber: 12), ExampleCustomer(postcode: "1011AB", houseNumber: 12), "null"),
            .init(ExampleCustomer(postcode: "5388GM", houseNumber: 12), ExampleCustomer(postcode: "5388GM"), "null"),
        ]
    }
}
