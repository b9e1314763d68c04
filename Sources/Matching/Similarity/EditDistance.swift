/// Edit distances over bytes: Levenshtein and Damerau (optimal string alignment, adjacent swaps
/// count once), the typo model for house-number postfixes, postcodes and e-mail local parts.
public enum EditDistance {
    /// Insertions, deletions and substitutions.
    public static func levenshtein(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        distance(a, b, transpositions: false)
    }

    /// Levenshtein plus transposition of two adjacent characters ("jnasen" → "jansen" is 1).
    public static func damerau(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        distance(a, b, transpositions: true)
    }

    /// Whether two different texts are exactly one Damerau edit apart (a byte inserted, dropped,
    /// replaced, or two neighbours swapped), in one pass instead of a distance table.
    public static func isOneEdit(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard long.count - short.count <= 1 else { return false }
        var i = 0
        while i < short.count && short[i] == long[i] { i += 1 }
        if short.count < long.count { return tailsEqual(short, from: i, long, from: i + 1) }
        guard i < short.count else { return false }
        if tailsEqual(short, from: i + 1, long, from: i + 1) { return true }
        return i + 1 < short.count && short[i] == long[i + 1] && short[i + 1] == long[i]
            && tailsEqual(short, from: i + 2, long, from: i + 2)
    }

    public static func isOneEdit(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { l in b.withUTF8 { r in isOneEdit(l, r) } }
    }

    @inline(__always)
    private static func tailsEqual(_ a: UnsafeBufferPointer<UInt8>, from i: Int, _ b: UnsafeBufferPointer<UInt8>, from j: Int) -> Bool {
        guard a.count - i == b.count - j else { return false }
        var i = i, j = j
        while i < a.count {
            if a[i] != b[j] { return false }
            i += 1
            j += 1
        }
        return true
    }

    public static func levenshtein(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { l in b.withUTF8 { r in levenshtein(l, r) } }
    }

    public static func damerau(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { l in b.withUTF8 { r in damerau(l, r) } }
    }

    private static func distance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, transpositions: Bool) -> Int {
        let la = a.count, lb = b.count
        if la == 0 { return lb }
        if lb == 0 { return la }
        let width = lb + 1
        // Three rolling rows: the one before last is only needed for transpositions.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            var twoBack = 0, previous = width, current = 2 * width
            for j in 0...lb { rows[previous + j] = j }
            for i in 1...la {
                rows[current] = i
                for j in 1...lb {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var best = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                    if transpositions && i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        best = min(best, rows[twoBack + j - 2] + 1)
                    }
                    rows[current + j] = best
                }
                (twoBack, previous, current) = (previous, current, twoBack)
            }
            return rows[previous + lb]
        }
    }
}
