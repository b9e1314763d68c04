/// Small, pure text checks shared by the rules. They never change what they are given; findings
/// carry the value as sent and these only describe it or build a suggestion.
enum TextInspection {
    /// Absent, empty or only whitespace.
    static func isBlank(_ text: String?) -> Bool {
        guard let text else { return true }
        return text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    /// Whitespace problems of a value, described for a message ("leading space", "doubled spaces" …).
    static func whitespaceProblems(_ text: String) -> [String] {
        if isCleanASCII(text) { return [] }
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return [] }
        var problems: [String] = []
        if first > 0 { problems.append("leading space") }
        if last < scalars.count - 1 { problems.append("trailing space") }
        // Inside the value: runs of two or more, and whitespace other than a plain space.
        var doubled = false
        var previousWasSpace = false
        for scalar in scalars[first...last] {
            let isSpace = scalar.properties.isWhitespace
            if isSpace && previousWasSpace { doubled = true }
            previousWasSpace = isSpace
        }
        if doubled { problems.append("doubled spaces") }
        if scalars.contains(where: { $0.properties.isWhitespace && $0 != " " }) {
            problems.append("tabs, line breaks or non-breaking spaces")
        }
        return problems
    }

    /// Fast path for the common case: ASCII text without control characters, with single spaces
    /// inside only. Anything else (accents included) takes the careful path.
    static func isCleanASCII(_ text: String) -> Bool {
        var previous: UInt8 = 0x20 // a leading space counts as doubled
        for byte in text.utf8 {
            if byte >= 0x80 || byte < 0x20 || byte == 0x7F { return false }
            if byte == 0x20 && previous == 0x20 { return false }
            previous = byte
        }
        return previous != 0x20 || text.isEmpty
    }

    /// The value without leading and trailing whitespace, without copying it.
    static func trimmed(_ text: String) -> Substring {
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return text[...]
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return text[text.endIndex...] }
        return text[first...last]
    }

    /// Trimmed, every run of whitespace turned into one plain space.
    static func collapsed(_ text: String) -> String {
        if isCleanASCII(text) { return text }
        return text.split(whereSeparator: { $0.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }).joined(separator: " ")
    }

    enum Casing { case allUpper, allLower }

    /// Whether a value is written all in capitals or all in lower case. Values with fewer than
    /// `minimumLetters` cased letters (initials, "Li", scripts without case) are never flagged.
    static func casing(_ text: String, minimumLetters: Int) -> Casing? {
        var upper = 0
        var lower = 0
        var ascii = true
        for byte in text.utf8 {
            switch byte {
            case 0x41...0x5A: upper += 1
            case 0x61...0x7A: lower += 1
            case 0x80...: ascii = false
            default: break
            }
            if upper > 0 && lower > 0 { return nil }
        }
        if !ascii {
            (upper, lower) = caseCounts(text)
        }
        guard upper + lower >= minimumLetters else { return nil }
        if lower == 0 { return .allUpper }
        if upper == 0 { return .allLower }
        return nil
    }

    private static func caseCounts(_ text: String) -> (upper: Int, lower: Int) {
        var upper = 0
        var lower = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isUppercase { upper += 1 } else if scalar.properties.isLowercase { lower += 1 }
        }
        return (upper, lower)
    }
}
