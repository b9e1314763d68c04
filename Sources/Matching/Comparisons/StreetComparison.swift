import Normalization

/// Street at the same postcode. Where a postcode names one street (the Netherlands) two records
/// at one postcode share the street anyway and this says nothing; where a postcode covers a town
/// or a district (Australia, Germany, Belgium) the same street within it is real evidence. Its
/// u is estimated among random pairs sharing a postcode, so each country's data says which.
public struct StreetComparison: NamedLevels {
    typealias Level = WithinPostcode.Level

    public var name: String { "street" }
    public var summary: String { "Street when both records have the same postcode: the same, close spelling (Jaro-Winkler or one typing error), or different." }
    public let threshold: Double
    public var coveredBy: Set<BlockingKey> { [.street] }
    public var conditionedOn: [BlockingKey] { [.postcode] }

    public var levels: [ComparisonLevel] {
        [
            .null("Street"),
            ComparisonLevel(id: "exact", label: "Same street at the same postcode", m: 0.9, u: 0.5),
            ComparisonLevel(id: thresholdID("jaro_winkler", threshold), label: "Street Jaro-Winkler ≥ \(formatThreshold(threshold)) or one typing error, same postcode", m: 0.05, u: 0.05),
            ComparisonLevel(id: "else", label: "Other street at the same postcode", m: 0.05, u: 0.45),
        ]
    }

    public init(threshold: Double = 0.9) {
        self.threshold = threshold
    }

    @inline(__always)
    public func level(_ x: MatchRow, _ y: MatchRow, _ a: Int, _ b: Int, _ table: FeatureTable) -> Int {
        WithinPostcode.level(x, y, x.street, y.street, table.street, threshold: threshold).rawValue
    }

    public func display(_ customer: NormalizedCustomer) -> String? { customer.address.street }

    /// Both streets there but not one postcode: street and city weigh that address instead.
    public func neutralLabel(_ x: MatchRow, _ y: MatchRow) -> String? {
        x.street != 0 && y.street != 0 ? "Not one postcode: the street counts here only within one postcode" : nil
    }

    public var examples: [ComparisonExample] {
        [
            .init(ExampleCustomer(postcode: "4011", street: "tullaroop street"), ExampleCustomer(postcode: "4011", street: "tullaroop street"), "exact"),
            .init(ExampleCustomer(postcode: "4011", street: "tullaroop street"), ExampleCustomer(postcode: "4011", street: "tullarop street"), thresholdID("jaro_winkler", threshold)),
            .init(ExampleCustomer(postcode: "4011", street: "tullaroop street"), ExampleCustomer(postcode: "4011", street: "giblin street"), "else"),
            .init(ExampleCustomer(postcode: "4011", street: "tullaroop street"), ExampleCustomer(postcode: "4012", street: "tullaroop street"), "null"),
            .init(ExampleCustomer(postcode: "4011", street: "tullaroop street"), ExampleCustomer(postcode: "4011"), "null"),
        ]
    }
}

/// Two street keys that are spelled alike: one typing error apart, or Jaro-Winkler at or above the threshold.
enum StreetSimilarity {
    @inline(__always)
    static func close(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, threshold: Double) -> Bool {
        (min(a.count, b.count) >= 4 && EditDistance.isOneEdit(a, b)) || JaroWinkler.similarity(a, b) >= threshold
    }
}

/// Street and city count only within one postcode, with the same four levels: neither is known or
/// the postcodes differ, the same text, spelled alike, different.
enum WithinPostcode {
    enum Level: Int, CaseIterable { case null, exact, jaroWinkler, different }

    @inline(__always)
    static func level(_ x: MatchRow, _ y: MatchRow, _ left: UInt32, _ right: UInt32, _ texts: TextColumn,
                      threshold: Double) -> Level {
        if x.postcode == 0 || x.postcode != y.postcode || left == 0 || right == 0 { return .null }
        if left == right { return .exact }
        return StreetSimilarity.close(texts[Int(left)], texts[Int(right)], threshold: threshold) ? .jaroWinkler : .different
    }
}
