/// Dutch, Belgian and neighbouring surname particles (tussenvoegsels): "van", "de", "van der",
/// "in 't", "op de", "d'", "von", "zu", "di", "le" …
public enum Particles {
    /// Words that are a particle on their own.
    static let strong: Set<String> = [
        "van", "de", "der", "den", "ter", "ten", "te", "'t", "het", "d'", "von", "zu", "zum", "zur",
        "di", "da", "le", "la", "les", "du", "des", "del", "della", "dos", "das", "l'", "vande", "vander",
        "vanden", "vd", "v/d", "v.d.", "v.d", "'s",
    ]
    /// Words that are a particle only in front of another particle ("in 't", "op de", "uit den").
    static let weak: Set<String> = ["in", "op", "aan", "uit", "bij", "onder", "over", "voor", "und", "y", "auf", "am"]

    /// Contractions written as one word, spelled out.
    static let expansions: [String: String] = [
        "vande": "van de", "vander": "van der", "vanden": "van den", "vd": "van der", "v/d": "van der",
        "v.d.": "van der", "v.d": "van der",
    ]

    /// Splits leading particles off a surname: ("van der", "Berg") for "van der Berg", ("d'", "Hondt")
    /// for "d'Hondt". At least one word always stays in the core, so "De" alone is a surname.
    public static func splitLeading(_ text: String) -> (particle: String?, core: String) {
        var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        // "d'Hondt", "l'Ecluse": the particle is glued to the core.
        if let first = words.first, first.count > 2 {
            let lowered = first.lowercased()
            for glued in ["d'", "d\u{2019}", "l'", "l\u{2019}"] where lowered.hasPrefix(glued) {
                words[0] = String(first.dropFirst(2))
                words.insert("d'" == glued || "d\u{2019}" == glued ? "d'" : "l'", at: 0)
                break
            }
        }
        var particleWords: [String] = []
        var index = 0
        while index < words.count - 1 {
            let word = normalizedWord(words[index])
            if strong.contains(word) {
                particleWords.append(word)
                index += 1
            } else if weak.contains(word), index + 2 < words.count, strong.contains(normalizedWord(words[index + 1])) {
                particleWords.append(word)
                index += 1
            } else {
                break
            }
        }
        guard !particleWords.isEmpty else { return (nil, text) }
        return (canonical(particleWords.joined(separator: " ")), words[index...].joined(separator: " "))
    }

    /// Canonical lower-case spelling of a particle as written in `insertion` ("V.D." → "van der",
    /// "Van  Den" → "van den", "’t" → "'t"); nil when empty.
    public static func canonical(_ text: String) -> String? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map { word -> String in
            let normalized = normalizedWord(String(word))
            return expansions[normalized] ?? normalized
        }
        let joined = words.joined(separator: " ")
        return joined.isEmpty ? nil : joined
    }

    /// Whether every word of `text` is a particle ("van der" yes, "Berg" no).
    public static func isParticle(_ text: String) -> Bool {
        let words = text.split(separator: " ").map { normalizedWord(String($0)) }
        return !words.isEmpty && words.allSatisfy { strong.contains($0) || weak.contains($0) || expansions[$0] != nil }
    }

    static func normalizedWord(_ word: String) -> String {
        let ascii = Transliterator.ascii(word)
        return ascii.utf8.contains(UInt8(ascii: "`")) ? String(ascii.map { $0 == "`" ? "'" : $0 }) : ascii
    }
}
