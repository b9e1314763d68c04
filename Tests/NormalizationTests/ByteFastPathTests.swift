import AuditSupport
import CustomerModel
import Testing
@testable import Normalization

/// Each byte-level fast path of the field parsers gives what the general (Unicode) path gives, on
/// seeded input built from the characters that path treats specially.
struct ByteFastPathTests {
    static func strings(count: Int, seed: UInt64, alphabet: String, maxLength: Int) -> [String] {
        var random = SplitMix64(seed: seed)
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
