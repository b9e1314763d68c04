import Normalization

/// Chamber of Commerce (KvK) or VAT number: registry ids, so equal ids nearly prove one company
/// and different ids of the same kind speak strongly against it.
public struct BusinessIDComparison: NamedLevels {
    enum Level: Int, CaseIterable { case null, exact, different }

    public var name: String { "business_id" }
    public var summary: String { "KvK or VAT number: the same number, or different numbers of the same kind." }
    public var levels: [ComparisonLevel] {
        [
            .null("KvK and VAT number"),
            ComparisonLevel(id: "exact", label: "Same KvK or VAT number", m: 0.9, u: 0.000001),
            ComparisonLevel(id: "else", label: "Different KvK or VAT numbers", m: 0.1, u: 0.999999),
        ]
    }
    public var coveredBy: Set<BlockingKey> { [.kvk, .vat] }

    public init() {}

    @inline(__always)
    public func level(_ x: MatchRow, _ y: MatchRow, _ a: Int, _ b: Int, _ table: FeatureTable) -> Int {
        let kvkA = x.kvk, kvkB = y.kvk
        let vatA = x.vat, vatB = y.vat
        if (kvkA != 0 && kvkA == kvkB) || (vatA != 0 && vatA == vatB) { return Level.exact.rawValue }
        if (kvkA != 0 && kvkB != 0) || (vatA != 0 && vatB != 0) { return Level.different.rawValue }
        return Level.null.rawValue
    }

    public func display(_ customer: NormalizedCustomer) -> String? {
        let parts = [customer.kvk.canonical.map { "KvK \($0)" }, customer.vat.canonical.map { "VAT \($0)" }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    public var examples: [ComparisonExample] {
        [
            .init(ExampleCustomer(kvk: "64356582"), ExampleCustomer(kvk: "64356582"), "exact"),
            .init(ExampleCustomer(kvk: "64356582", vat: "NL855630693B01"), ExampleCustomer(vat: "NL855630693B01"), "exact"),
            .init(ExampleCustomer(kvk: "64356582"), ExampleCustomer(kvk: "12345678"), "else"),
            .init(ExampleCustomer(kvk: "64356582"), ExampleCustomer(vat: "NL855630693B01"), "null"),
        ]
    }
}
