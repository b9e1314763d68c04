/// Jaro-Winkler similarity over bytes (the keys are lower-case ASCII after normalization, so a
/// byte is a character; for other UTF-8 it stays a fair, cheap approximation).
public enum JaroWinkler {
    /// Similarity 0…1; 1 for equal strings, 0 when either is empty.
    /// `prefixScale` is Winkler's boost for a common prefix of up to four characters.
    public static func similarity(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>,
                                  prefixScale: Double = 0.1) -> Double {
        let jaro = jaro(a, b)
        guard jaro > 0.7 else { return jaro }
        var prefix = 0
        let limit = min(4, min(a.count, b.count))
        while prefix < limit && a[prefix] == b[prefix] { prefix += 1 }
        return jaro + Double(prefix) * prefixScale * (1 - jaro)
    }

    /// Convenience for strings (tests, explanations); compares UTF-8 bytes.
    public static func similarity(_ a: String, _ b: String) -> Double {
        var a = a, b = b
        return a.withUTF8 { left in b.withUTF8 { right in similarity(left, right) } }
    }

    /// Plain Jaro similarity.
    public static func jaro(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let la = a.count, lb = b.count
        if la == 0 || lb == 0 { return 0 }
        if la == lb && memcmpEqual(a, b) { return 1 }
        let window = max(0, max(la, lb) / 2 - 1)
        if la <= 64 && lb <= 64 { return shortJaro(a, b, window: window) }
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: la + lb) { flags in
            flags.initialize(repeating: false)
            var matches = 0
            for i in 0..<la {
                let start = max(0, i - window), end = min(lb, i + window + 1)
                guard start < end else { continue }
                for j in start..<end where !flags[la + j] && a[i] == b[j] {
                    flags[i] = true
                    flags[la + j] = true
                    matches += 1
                    break
                }
            }
            if matches == 0 { return 0 }
            var transpositions = 0, k = 0
            for i in 0..<la where flags[i] {
                while !flags[la + k] { k += 1 }
                if a[i] != b[k] { transpositions += 1 }
                k += 1
            }
            let m = Double(matches)
            return (m / Double(la) + m / Double(lb) + (m - Double(transpositions / 2)) / m) / 3
        }
    }

    /// `jaro` for texts of at most 64 bytes, the matched positions kept as bits: the same
    /// matches in the same order, so the same value, without a flag array to clear per call.
    private static func shortJaro(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, window: Int) -> Double {
        let la = a.count, lb = b.count
        var matchedA: UInt64 = 0, matchedB: UInt64 = 0
        var matches = 0
        for i in 0..<la {
            let start = max(0, i - window), end = min(lb, i + window + 1)
            guard start < end else { continue }
            let character = a[i]
            for j in start..<end where matchedB & (1 << UInt64(j)) == 0 && character == b[j] {
                matchedA |= 1 << UInt64(i)
                matchedB |= 1 << UInt64(j)
                matches += 1
                break
            }
        }
        if matches == 0 { return 0 }
        var transpositions = 0
        var left = matchedA, right = matchedB
        while left != 0 {
            let i = left.trailingZeroBitCount, k = right.trailingZeroBitCount
            if a[i] != b[k] { transpositions += 1 }
            left &= left - 1
            right &= right - 1
        }
        let m = Double(matches)
        return (m / Double(la) + m / Double(lb) + (m - Double(transpositions / 2)) / m) / 3
    }

    @inline(__always)
    static func memcmpEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 0..<a.count where a[i] != b[i] { return false }
        return true
    }
}
