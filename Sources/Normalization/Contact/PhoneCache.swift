/// Memo of parsed numbers within one worker, keyed by the canonical digits and the default region,
/// so the same number typed three ways (`06-12345678`, `06 12 34 56 78`, `0612345678`) is parsed once.
///
/// Direct-mapped and fixed in size: in generated files ~6 % of numbers repeat and the repeats sit
/// near each other (a customer's duplicate follows it), while a parse costs only a few microseconds.
/// A hash table of strings cost more in hashing and growth than it saved, and a run-wide table would
/// hold hundreds of megabytes at the peak of a million-customer run for a handful of extra hits.
final class PhoneCache {
    /// Up to 18 digits packed as a decimal number, with their count, the "+" and the region's two letters.
    private struct Key: Equatable {
        var digits: UInt64
        var shape: UInt64
    }

    private var keys: [Key]
    private var values: [PhoneParser.Parsed?]
    private let shift: UInt64

    /// `slotsLog2`: the table holds 2^slotsLog2 numbers (16,384 by default, ~1.5 MB).
    init(slotsLog2: Int = 14) {
        keys = Array(repeating: Key(digits: 0, shape: 0), count: 1 << slotsLog2)
        values = Array(repeating: nil, count: 1 << slotsLog2)
        shift = UInt64(64 - slotsLog2)
    }

    func parse(_ text: String, region: String) -> PhoneParser.Parsed {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            guard let count = PhoneParser.canonicalDigits(text, region: region, into: buffer) else {
                return PhoneParser.parse(text, defaultRegion: region)
            }
            // libphonenumber drops the same formatting itself, and bare digits take the wrapper's fast
            // path (the cross-check corpus holds formatted input, so any difference would show).
            let digits = UnsafeBufferPointer(rebasing: buffer[..<count])
            guard let key = Self.key(digits, region: region) else { return PhoneParser.parse(digits, defaultRegion: region) }
            let slot = Int(truncatingIfNeeded: ((key.digits ^ (key.shape &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9) >> shift)
            if keys[slot] == key, let known = values[slot] { return known }
            let parsed = PhoneParser.parse(digits, defaultRegion: region)
            keys[slot] = key
            values[slot] = parsed
            return parsed
        }
    }

    /// Nil for keys that do not pack (more than 18 digits, a region other than two ASCII letters).
    private static func key(_ digits: UnsafeBufferPointer<UInt8>, region: String) -> Key? {
        let regionBytes = region.utf8
        guard regionBytes.count == 2, let first = regionBytes.first, let last = regionBytes.last, first < 0x80, last < 0x80 else {
            return nil
        }
        let plus = digits.first == UInt8(ascii: "+")
        let numerals = plus ? digits.dropFirst() : digits[...]
        guard numerals.count <= 18 else { return nil }
        var value: UInt64 = 0
        for byte in numerals { value = value &* 10 &+ UInt64(byte - 0x30) }
        // The count keeps leading zeros apart ("0612…" vs "612…"); shape is never 0 for a real key.
        let shape = UInt64(numerals.count) | (plus ? 1 << 8 : 0) | UInt64(first) << 16 | UInt64(last) << 24 | 1 << 32
        return Key(digits: value, shape: shape)
    }
}
