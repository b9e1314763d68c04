import Normalization

/// Company name key (legal form removed): equal, sharing most words, or different.
public struct CompanyComparison: Comparison {
    public let name = "company"
    public let summary = "Company name without legal form: the same, most words in common (Jaccard ≥ threshold), or different."
    public let overlap: Double
    public let levels: [ComparisonLevel]
    public let coveredBy: Set<BlockingKey> = [.company]

    public init(overlap: Double = 0.5) {
        self.overlap = overlap
        levels = [
            .null("Company name"),
            ComparisonLevel(id: "exact", label: "Exact match on company name", m: 0.85, u: 0.0005),
            ComparisonLevel(id: "token_overlap", label: "Company names share most words", m: 0.1, u: 0.002),
            ComparisonLevel(id: "else", label: "Different company names", m: 0.05, u: 0.9975),
        ]
    }

    public func level(_ a: Int, _ b: Int, _ table: FeatureTable) -> Int {
        let left = table.companyHash[a], right = table.companyHash[b]
        if left == 0 || right == 0 { return 0 }
        if left == right { return 1 }
        return CompanyComparison.jaccard(table.company[a], table.company[b]) >= overlap ? 2 : 3
    }

    /// Word-set Jaccard similarity of two space-separated keys.
    static func jaccard(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let left = Set(words(a)), right = Set(words(b))
        let union = left.union(right).count
        return union == 0 ? 0 : Double(left.intersection(right).count) / Double(union)
    }

    static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        bytes.split(separator: 0x20).map { word in word.withUnsafeBufferPointer { KeyHash.of($0) } }
    }

    public func display(_ customer: NormalizedCustomer) -> String? { customer.company.display }

    public var examples: [ComparisonExample] {
        [
            .init(ExampleCustomer(company: "jansen fietsen"), ExampleCustomer(company: "jansen fietsen"), "exact"),
            .init(ExampleCustomer(company: "jansen fietsen nistelrode"), ExampleCustomer(company: "jansen fietsen"), "token_overlap"),
            .init(ExampleCustomer(company: "jansen fietsen"), ExampleCustomer(company: "bakker tweewielers"), "else"),
            .init(ExampleCustomer(company: "jansen fietsen"), ExampleCustomer(), "null"),
        ]
    }
}
