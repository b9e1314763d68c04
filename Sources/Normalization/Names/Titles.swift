/// Salutations and academic titles written before a Dutch name ("Dhr.", "Mevr.", "Dhr./Mevr.", "Ir.").
public enum Titles {
    /// Title keys (lower case, dots and slashes removed) that are recognized.
    static let known: Set<String> = [
        "dhr", "mevr", "mw", "mvr", "m", "mr", "mrs", "ms", "dr", "drs", "ir", "ing", "prof", "bc", "ds",
        "heer", "de heer", "mevrouw", "mej", "mejuffrouw", "fam", "familie", "dhrmevr", "dhr mevr", "mevrdhr",
        "mevr dhr", "dhr en mevr", "hr", "fr", "herr", "frau", "mme", "mlle", "sir", "lic", "kand", "mgr",
    ]

    /// Splits leading title words off `text`: ("Dhr./Mevr.", "T UnitTest") for "Dhr./Mevr.  T UnitTest".
    /// A lone "M" counts only when more words follow and it carries a dot ("M. Jansen"), since an
    /// undotted M is usually an initial. Returns nil title when none is found.
    public static func split(_ text: String) -> (title: String?, rest: String) {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        var taken = 0
        var index = 0
        // Longest run of leading words whose combined key is a title, leaving at least one word.
        while index < words.count - 1 {
            var matched = 0
            for length in stride(from: min(3, words.count - 1 - index), through: 1, by: -1) {
                let phrase = words[index..<(index + length)].joined(separator: " ")
                if isTitle(phrase) { matched = length; break }
            }
            if matched == 0 { break }
            index += matched
            taken = index
        }
        guard taken > 0 else { return (nil, text) }
        return (words[0..<taken].joined(separator: " "), words[taken...].joined(separator: " "))
    }

    /// Whether the whole of `text` is a title ("Dhr.", "dhr", "Dhr./Mevr.").
    public static func isTitle(_ text: String) -> Bool {
        let key = titleKey(text)
        if key == "m" { return text.contains(".") }
        return known.contains(key)
    }

    static func titleKey(_ text: String) -> String {
        let lowered = Transliterator.ascii(text)
        var result = ""
        var pendingSpace = false
        for character in lowered {
            if character == "." { continue }
            if character == "/" || character == "&" || character == " " || character == "-" {
                // "dhr./mevr." and "dhr/mevr" both become "dhrmevr"; spaces are kept as one.
                if character == " " { pendingSpace = true }
                continue
            }
            if pendingSpace && !result.isEmpty { result.append(" ") }
            pendingSpace = false
            result.append(character)
        }
        return result
    }
}
