/// Initials as upper-case letters without dots ("J.P." → "JP", "Th." → "T", "IJ." → "IJ").
public enum Initials {
    /// From the `initials` field: each dotted or spaced group gives its first letter, except an
    /// all-capital group such as "JP" (one letter each). The Dutch digraph IJ is one initial.
    public static func fromField(_ text: String) -> String {
        var result = ""
        let groups = TextCleaner.strippingTags(text).split(whereSeparator: { !$0.isLetter })
        for group in groups {
            let word = String(group)
            let upper = word.uppercased()
            if upper.hasPrefix("IJ") && (word.count == 2 || word.hasPrefix("Ij") || word.hasPrefix("ij")) {
                result += "IJ"
            } else if word == upper && word.count > 1 {
                result += word
            } else if let first = word.first {
                result += String(first)
            }
        }
        return Transliterator.ascii(result).uppercased().filter { $0.isLetter }
    }

    /// From first names: the first letter of each name ("Jan Pieter" → "JP", "IJsbrand" → "IJ").
    public static func fromFirstNames(_ key: String) -> String {
        var result = ""
        for word in key.split(separator: " ") {
            if word.hasPrefix("ij") { result += "IJ"; continue }
            if let first = word.first, first.isLetter { result += String(first).uppercased() }
        }
        return result
    }
}
