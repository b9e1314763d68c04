import Testing
@testable import Normalization

/// Each byte-level fast path of the field parsers gives what the general (Unicode) path gives, on
/// seeded input built from the characters that path treats specially.
struct ByteFastPathTests {
    static func strings(count: Int, seed: UInt64, alphabet: String, maxLength: Int) -> [String] {
        var random = SeededRandom(seed: seed)
        let characters = Array(alphabet)
        return (0..<count).map { _ in
            String((0..<Int(random.next() % UInt64(maxLength + 1))).map { _ in characters[Int(random.next() % UInt64(characters.count))] })
        }
    }

    @Test func houseNumbersAgreeWithTheDetailedParse() {
        let numbers = Self.strings(count: 4_000, seed: 21, alphabet: "0123456789012345678900 -", maxLength: 7)
        let postfixes = Self.strings(count: 4_000, seed: 22, alphabet: "abBzZ09 -/.é@`[{", maxLength: 8)
        var fast = 0
        for (number, postfix) in zip(numbers, postfixes) {
            for postfix in [postfix, nil, ""] {
                let detailed = HouseNumberParser.parseInDetail(number: number, postfix: postfix)
                if let plain = HouseNumberParser.plainASCII(number: number, postfix: postfix) {
                    fast += 1
                    #expect(plain == detailed, "\(number) / \(postfix ?? "nil")")
                }
                #expect(HouseNumberParser.parse(number: number, postfix: postfix) == detailed)
            }
        }
        #expect(fast > 2_000, "the fast path must be exercised")
    }

    @Test func kvkCompactionAgreesWithTheScalarFilter() {
        for text in Self.strings(count: 5_000, seed: 23, alphabet: "0123456789 -.kKvV\u{A0}é", maxLength: 14) {
            #expect(KvKValidator.compacted(text) == KvKValidator.compactedScalars(text), "\(text.debugDescription)")
        }
    }
}

/// SplitMix64, for seeded test input.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
