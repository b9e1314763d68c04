import Testing
@testable import Matching

struct CodeCountsTests {
    /// Counts as a dictionary does, also past the table's first size and across merged parts.
    @Test func countsLikeADictionary() {
        var generator = SystemRandomNumberGenerator()
        var expected: [UInt32: Int] = [:]
        var parts = [CodeCounts(capacity: 4), CodeCounts(capacity: 4)]
        for index in 0..<50_000 {
            // Many repeats of few codes, as comparison vectors have, plus a tail of rare ones
            // (UInt32.max included, the largest code a slot must still tell from empty).
            let code = index % 7 == 0 ? UInt32.random(in: 0...UInt32.max, using: &generator)
                : UInt32.random(in: 0..<3_000, using: &generator)
            expected[code, default: 0] += 1
            parts[index % 2].add(code)
        }
        expected[UInt32.max, default: 0] += 3
        parts[0].add(UInt32.max, 3)
        var merged = CodeCounts()
        for part in parts { merged.merge(part) }
        #expect(merged.dictionary == expected)
        #expect(merged.distinct == expected.count)
    }
}
