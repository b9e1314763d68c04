import Testing
@testable import Matching

struct SimilarityTests {
    @Test(arguments: [
        ("martha", "marhta", 0.961),
        ("dwayne", "duane", 0.84),
        ("dixon", "dicksonx", 0.813),
        ("jansen", "jansen", 1.0),
        ("jansen", "", 0.0),
        ("abc", "xyz", 0.0),
    ])
    func jaroWinkler(left: String, right: String, expected: Double) {
        #expect(abs(JaroWinkler.similarity(left, right) - expected) < 0.001)
        #expect(abs(JaroWinkler.similarity(right, left) - expected) < 0.001)
    }

    /// Jaro as the textbook writes it, with flag arrays; the bit-set version for short texts must
    /// give exactly the same value.
    static func referenceJaro(_ a: [UInt8], _ b: [UInt8]) -> Double {
        let la = a.count, lb = b.count
        if la == 0 || lb == 0 { return 0 }
        if a == b { return 1 }
        let window = max(0, max(la, lb) / 2 - 1)
        var flagsA = [Bool](repeating: false, count: la), flagsB = [Bool](repeating: false, count: lb)
        var matches = 0
        for i in 0..<la {
            let start = max(0, i - window), end = min(lb, i + window + 1)
            guard start < end else { continue }
            for j in start..<end where !flagsB[j] && a[i] == b[j] {
                flagsA[i] = true
                flagsB[j] = true
                matches += 1
                break
            }
        }
        if matches == 0 { return 0 }
        var transpositions = 0, k = 0
        for i in 0..<la where flagsA[i] {
            while !flagsB[k] { k += 1 }
            if a[i] != b[k] { transpositions += 1 }
            k += 1
        }
        let m = Double(matches)
        return (m / Double(la) + m / Double(lb) + (m - Double(transpositions / 2)) / m) / 3
    }

    @Test func jaroIsExactlyTheTextbookValue() {
        var generator = SystemRandomNumberGenerator()
        // A small alphabet, so texts share letters and transpositions happen; lengths across 64.
        let alphabet = Array("aeinrst".utf8)
        for _ in 0..<20_000 {
            let a = (0..<Int.random(in: 0...70, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let b = Bool.random(using: &generator) ? a.shuffled(using: &generator).prefix(Int.random(in: 0...a.count, using: &generator)).map { $0 }
                : (0..<Int.random(in: 0...70, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let value = a.withUnsafeBufferPointer { l in b.withUnsafeBufferPointer { r in JaroWinkler.jaro(l, r) } }
            #expect(value == Self.referenceJaro(a, b), "\(String(decoding: a, as: UTF8.self)) / \(String(decoding: b, as: UTF8.self))")
        }
    }

    @Test(arguments: [
        ("kitten", "sitting", 3, 3),
        ("jansen", "jnasen", 2, 1),
        ("ca", "ac", 2, 1),
        ("", "abc", 3, 3),
        ("5388gm", "5388gm", 0, 0),
        ("bakker", "baker", 1, 1),
    ])
    func editDistances(left: String, right: String, levenshtein: Int, damerau: Int) {
        #expect(EditDistance.levenshtein(left, right) == levenshtein)
        #expect(EditDistance.damerau(left, right) == damerau)
        #expect(EditDistance.damerau(right, left) == damerau)
        // The one-pass test agrees with the distance table on every row.
        #expect(EditDistance.isOneEdit(left, right) == (damerau == 1))
        #expect(EditDistance.isOneEdit(right, left) == (damerau == 1))
    }

    @Test(arguments: [
        ("meer", "meir", true), ("jacobs", "jcaobs", true), ("bakker", "bakkker", true), ("kuiper", "kuipr", true),
        ("kuiper", "uiper", true), ("kuiper", "kuipe", true), ("kuiper", "kuiper", false), ("kuiper", "kiumer", false),
        ("jansen", "janssens", false), ("ab", "ba", true), ("abcd", "badc", false), ("", "a", true),
    ])
    func oneEdit(left: String, right: String, expected: Bool) {
        #expect(EditDistance.isOneEdit(left, right) == expected)
        #expect(EditDistance.isOneEdit(right, left) == expected)
        #expect(expected == (EditDistance.damerau(left, right) == 1))
    }
}
