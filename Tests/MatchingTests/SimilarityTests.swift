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
