import AuditSupport
import CustomerGenerator
import CustomerModel
import Testing
@testable import Normalization

/// The VAT checks run on bytes; the generator's independent, Character-based implementation of the
/// same checks (it makes the valid numbers of the test data) must agree on seeded numbers.
struct VATChecksumTests {
    static func numbers(count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in String((0..<9).map { _ in Character(String(random.next() % 10)) }) }
    }

    @Test func elevenTestAgreesWithTheGenerator() {
        let numbers = Self.numbers(count: 20_000, seed: 3)
        var passed = 0
        for number in numbers {
            let valid = VATValidator.elevenTest(number)
            #expect(valid == Identifiers.isElevenTestValid(number), "\(number)")
            if valid { passed += 1 }
        }
        // About one number in eleven passes; both answers must occur for agreement to mean much.
        #expect(passed > 1_000 && passed < 3_000)
    }

    @Test func mod97AgreesWithTheGenerator() {
        var random = SplitMix64(seed: 4)
        var ones = 0
        for number in Self.numbers(count: 20_000, seed: 5) {
            let vat = "NL" + number + "B" + String(10 + random.next() % 90)
            let remainder = VATValidator.mod97(vat)
            #expect(remainder == Identifiers.mod97Alphanumeric(vat), "\(vat)")
            if remainder == 1 { ones += 1 }
        }
        #expect(ones > 50)
        #expect(VATValidator.mod97("NL12é") == -1)
    }
}
