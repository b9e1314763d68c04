/// Capitalizes names and place names the Dutch way, for casing suggestions:
/// `den haag` → `Den Haag`, `'s-hertogenbosch` → `'s-Hertogenbosch`, `ijsselstein` → `IJsselstein`,
/// `alphen aan den rijn` → `Alphen aan den Rijn`, surname `van der berg` → `van der Berg`.
enum DutchTitleCase {
    /// Words written in lower case inside a name ("Bergen op Zoom", "Jan van Dijk").
    static let lowerWords: Set<String> = [
        "aan", "bij", "de", "den", "der", "des", "het", "in", "op", "onder", "over", "te", "ten", "ter", "tot",
        "uit", "van", "voor", "'s", "'t", "d'", "von", "zu", "du", "la", "le",
    ]

    /// - Parameter particleFirst: keep a leading particle lower case (surnames: `van Dijk`);
    ///   place names capitalize it (`Den Haag`).
    static func apply(_ text: String, particleFirst: Bool) -> String {
        let words = TextInspection.collapsed(text).split(separator: " ").map { String($0).lowercased() }
        return words.enumerated().map { index, word in
            if word == "'s" || word == "'t" || (lowerWords.contains(word) && (index > 0 || particleFirst)) { return word }
            return word.split(separator: "-", omittingEmptySubsequences: false).enumerated().map { part, piece in
                let piece = String(piece)
                if part > 0 && lowerWords.contains(piece) { return piece }
                return capitalize(piece)
            }.joined(separator: "-")
        }.joined(separator: " ")
    }

    private static func capitalize(_ word: String) -> String {
        // 's-hertogenbosch: the apostrophe prefix stays lower case.
        if word.hasPrefix("'s") || word.hasPrefix("'t") { return word }
        if word.hasPrefix("ij") { return "IJ" + word.dropFirst(2) }
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }
}
