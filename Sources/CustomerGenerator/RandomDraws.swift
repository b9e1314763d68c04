import CustomerModel

extension RandomNumberGenerator {
    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        probability > 0 && Double.random(in: 0..<1, using: &self) < probability
    }

    /// A uniformly chosen element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[Int.random(in: 0..<items.count, using: &self)]
    }

    /// `count` random decimal digits as text, the first drawn from `firstFrom`.
    mutating func digits(_ count: Int, firstFrom range: ClosedRange<Int> = 0...9) -> String {
        var out = String(Int.random(in: range, using: &self))
        for _ in 1..<max(count, 1) { out += String(Int.random(in: 0...9, using: &self)) }
        return count == 0 ? "" : out
    }
}

/// Picks items with a frequency proportional to their weight (common surnames often, rare ones
/// seldom), in O(log n) per draw via a cumulative table.
struct WeightedTable<T> {
    private let items: [T]
    private let cumulative: [Double]

    init(_ weighted: [(T, Double)]) {
        items = weighted.map(\.0)
        var sum = 0.0
        cumulative = weighted.map { sum += $0.1; return sum }
    }

    func pick<R: RandomNumberGenerator>(using rng: inout R) -> T {
        let target = Double.random(in: 0..<cumulative[cumulative.count - 1], using: &rng)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] > target { high = mid } else { low = mid + 1 }
        }
        return items[low]
    }
}
