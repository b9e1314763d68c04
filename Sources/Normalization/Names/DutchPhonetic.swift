/// A Dutch-aware phonetic key for blocking surnames: spellings that sound alike in Dutch meet
/// (Jansen/Janssen, Meijer/Meyer/Mijer, Smit/Smid/Schmidt, Bakker/Backer, de Vries/Fries).
///
/// Not Soundex: Soundex drops the vowels that tell Dutch names apart and knows nothing of ij/ei/y,
/// sch, ch/g, dt or final-d devoicing.
public enum DutchPhonetic {
    /// Ordered rewrite rules, applied left to right at each position (longest first).
    static let rules: [(String, String)] = [
        ("sch", "s"), ("tsj", "tj"), ("eij", "y"), ("ij", "y"), ("ei", "y"), ("ey", "y"), ("uy", "y"), ("ui", "u"),
        ("ch", "g"), ("gh", "g"), ("ph", "f"), ("th", "t"), ("dt", "t"), ("ck", "k"), ("kx", "ks"),
        ("ou", "au"), ("oe", "u"), ("ue", "u"), ("ae", "a"), ("aa", "a"), ("ee", "e"), ("oo", "o"),
        ("qu", "kw"), ("x", "ks"), ("q", "k"), ("z", "s"), ("v", "f"), ("w", "v"), ("c", "k"), ("h", ""),
    ]

    /// The rules as bytes, so the hot loop allocates nothing.
    static let byteRules: [(pattern: [UInt8], replacement: [UInt8])] = rules.map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// The phonetic key of a name key (lower-case ASCII as from `Transliterator.key`); nil when empty.
    public static func key(_ nameKey: String) -> String? {
        let letters = Array(nameKey.utf8.filter { $0 >= 0x61 && $0 <= 0x7A })
        guard !letters.isEmpty else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(letters.count)
        var index = 0
        while index < letters.count {
            var replaced = false
            for (pattern, replacement) in byteRules {
                guard index + pattern.count <= letters.count, letters[index] == pattern[0] else { continue }
                if pattern.count == 1 || letters[index..<(index + pattern.count)].elementsEqual(pattern) {
                    // "c" before e/i/y sounds as s (Cecilia, Lucien).
                    if pattern == [0x63], index + 1 < letters.count, [0x65, 0x69, 0x79].contains(letters[index + 1]) {
                        output.append(UInt8(ascii: "s"))
                    } else if pattern == [0x68], output.isEmpty {
                        // A leading h is heard (Hendriks ≠ Endriks).
                        output.append(UInt8(ascii: "h"))
                    } else {
                        output.append(contentsOf: replacement)
                    }
                    index += pattern.count
                    replaced = true
                    break
                }
            }
            if !replaced {
                output.append(letters[index])
                index += 1
            }
        }
        // Final d is pronounced t (Smid = Smit); doubled letters sound single (Janssen = Jansen).
        if output.last == UInt8(ascii: "d") { output[output.count - 1] = UInt8(ascii: "t") }
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(output.count)
        for byte in output where collapsed.last != byte { collapsed.append(byte) }
        return collapsed.isEmpty ? nil : String(decoding: collapsed, as: UTF8.self)
    }
}
