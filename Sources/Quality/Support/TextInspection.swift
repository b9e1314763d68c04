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

    /// Trimmed, every run of whitespace turned into one plain space.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }).joined(separator: " ")
    }

    enum Casing { case allUpper, allLower }

    /// Whether a value is written all in capitals or all in lower case. Values with fewer than
    /// `minimumLetters` cased letters (initials, "Li", scripts without case) are never flagged.
    static func casing(_ text: String, minimumLetters: Int) -> Casing? {
        var upper = 0
        var lower = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isUppercase { upper += 1 } else if scalar.properties.isLowercase { lower += 1 }
        }
        guard upper + lower >= minimumLetters else { return nil }
        if lower == 0 { return .allUpper }
        if upper == 0 { return .allLower }
        return nil
    }
}
