import CPhoneNumber
import Testing

/// The phone fast path matches libphonenumber's national-number patterns with digit automata
/// instead of ICU's regex engine; this holds every metadata pattern's automaton to ICU's answer on
/// seeded strings the automaton accepts, near misses of them (one digit changed, added or dropped)
/// and random digits.
struct PhoneAutomatonTests {
    @Test func everyPatternAgreesWithICU() {
        var check = cphonenumber_automaton_check()
        var first = [CChar](repeating: 0, count: 512)
        cphonenumber_check_automata(0x5EED_CAFE, 200, &check, &first, Int32(first.count))
        let example = String(decoding: first.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #expect(check.disagreements == 0, "\(check.disagreements) of \(check.samples) disagree; first: \(example)")
        // Nearly every pattern must have an automaton, and the samples must hit both answers.
        #expect(check.patterns > 1_000)
        #expect(Double(check.compiled) > 0.95 * Double(check.patterns), "\(check.compiled) of \(check.patterns) compiled")
        #expect(check.matching > check.samples / 4 && check.matching < check.samples * 3 / 4, "\(check.matching) of \(check.samples) match")
    }
}
