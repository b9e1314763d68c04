import Normalization

/// Company name key (legal form removed): equal, sharing most words, or different.
public struct CompanyComparison: NamedLevels {
    enum Level: Int, CaseIterable { case null, exact, tokenOverlap, different }

    public var name: String { "company" }
    public var summary: String { "Company name without legal form: the same, most words in common (Jaccard ≥ threshold), or different." }
    public let overlap: Double
    public var coveredBy: Set<BlockingKey> { [.company] }

    public var levels: [ComparisonLevel] {
        [
            .null("Company name"),
            ComparisonLevel(id: "exact", label: "Exact match on company name", m: 0.85, u: 0.0005),
            ComparisonLevel(id: "token_overlap", label: "Company names share most words", m: 0.1, u: 0.002),
            ComparisonLevel(id: "else", label: "Different company names", m: 0.05, u: 0.9975),
        ]
    }

    public init(overlap: Double = 0.5) {
        self.overlap = overlap
    }

    @inline(__always)
    public func level(_ x: MatchRow, _ y: MatchRow, _ a: Int, _ b: Int, _ table: FeatureTable) -> Int {
        let left = x.company, right = y.company
        if left == 0 || right == 0 { return Level.null.rawValue }
        if left == right { return Level.exact.rawValue }
        return CompanyComparison.jaccard(table.company[Int(left)], table.company[Int(right)]) >= overlap
            ? Level.tokenOverlap.rawValue : Level.different.rawValue
    }

    /// Word-set Jaccard similarity of two space-separated keys (the first 32 words of each).
    static func jaccard(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 64) { words in
            let left = distinctWords(a, into: UnsafeMutableBufferPointer(rebasing: words[0..<32]))
            let right = distinctWords(b, into: UnsafeMutableBufferPointer(rebasing: words[32..<64]))
            var shared = 0
            for i in 0..<left { for j in 0..<right where words[i] == words[32 + j] { shared += 1; break } }
            let union = left + right - shared
            return union == 0 ? 0 : Double(shared) / Double(union)
        }
    }

    /// Hashes of the distinct words of `bytes` written to `out`; returns how many.
    static func distinctWords(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt64>) -> Int {
        var count = 0, start = 0
        func add(_ end: Int) {
            guard end > start, count < out.count else { return }
            let hash = KeyHash.of(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            for i in 0..<count where out[i] == hash { return }
            out[count] = hash
            count += 1
        }
        for index in 0..<bytes.count where bytes[index] == 0x20 {
            add(index)
            start = index + 1
        }
        add(bytes.count)
        return count
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
