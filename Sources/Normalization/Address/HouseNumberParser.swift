/// House number and postfix, parsed together: "32B", "32-b", "32 b", "32/2", "32 bis", or
/// number "32" with postfix "B" all give 32 + "b".
public enum HouseNumberParser {
    public struct Result: Sendable, Hashable {
        public var number: Int?
        /// Lower-case postfix without separators ("b", "2", "bis"), nil when none.
        public var postfix: String?
        public var outcome: FieldOutcome
    }

    /// The largest house number accepted (Dutch numbers stay below 100,000).
    static let maximum = 99_999

    /// Parses the `house_number` and `house_number_postfix` fields as sent.
    public static func parse(number numberField: String?, postfix postfixField: String?) -> Result {
        plainASCII(number: numberField, postfix: postfixField) ?? parseInDetail(number: numberField, postfix: postfixField)
    }

    /// The usual cases on bytes: a plain number of up to five digits, with no postfix or a postfix of
    /// up to six ASCII letters and digits ("b", "2", "bis"). Nil for anything else, which
    /// `parseInDetail` handles (and agrees with this on these cases: a test holds them together).
    static func plainASCII(number numberField: String?, postfix postfixField: String?) -> Result? {
        guard let numberField, (1...5).contains(numberField.utf8.count), numberField.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let number = Int(numberField), number > 0 else { return nil }
        guard let postfixField, !postfixField.utf8.allSatisfy({ $0 == 0x20 }) else {
            return Result(number: number, postfix: nil, outcome: .valid)
        }
        let isLetterOrDigit = { (byte: UInt8) in (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) }
        guard postfixField.utf8.count <= 6, postfixField.utf8.allSatisfy(isLetterOrDigit), let postfix = ASCIIText.lowercased(postfixField) else {
            return nil
        }
        return Result(number: number, postfix: postfix, outcome: .valid)
    }

    /// Every case: Unicode text, separators, numbers with their postfix glued on ("32-b"), and the
    /// reasons a value is not acceptable.
    static func parseInDetail(number numberField: String?, postfix postfixField: String?) -> Result {
        let numberText = TextCleaner.clean(numberField)
        let postfixText = TextCleaner.clean(postfixField).map(cleanPostfix)
        guard let numberText else {
            let outcome: FieldOutcome = postfixText.map { _ in .invalid(reason: "a postfix without a house number") } ?? .missing
            return Result(number: nil, postfix: postfixText.flatMap { $0.isEmpty ? nil : $0 }, outcome: outcome)
        }
        let scalars = Array(numberText.unicodeScalars)
        let digits = scalars.prefix(while: { $0.value >= 0x30 && $0.value <= 0x39 })
        guard !digits.isEmpty else {
            return Result(number: nil, postfix: postfixText.flatMap { $0.isEmpty ? nil : $0 },
                          outcome: .invalid(reason: "`\(numberText)` does not start with a number"))
        }
        let trailing = cleanPostfix(String(String.UnicodeScalarView(scalars.dropFirst(digits.count))))
        var postfix: String? = trailing.isEmpty ? nil : trailing
        if let extra = postfixText, !extra.isEmpty {
            // The postfix typed in both fields counts once.
            postfix = postfix == nil || postfix == extra ? extra : postfix! + extra
        }
        guard digits.count <= 6, let number = Int(String(String.UnicodeScalarView(digits))), number <= maximum else {
            return Result(number: nil, postfix: postfix, outcome: .invalid(reason: "`\(numberText)` is larger than any house number"))
        }
        guard number > 0 else {
            return Result(number: nil, postfix: postfix, outcome: .invalid(reason: "house number 0 does not exist"))
        }
        if let postfix, postfix.count > 6 || !postfix.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ($0.value >= 0x30 && $0.value <= 0x39) }) {
            return Result(number: number, postfix: postfix, outcome: .invalid(reason: "postfix `\(postfix)` is not a letter, number or word such as bis"))
        }
        return Result(number: number, postfix: postfix, outcome: .valid)
    }

    /// Separators between number and postfix ("-", "/", " ", ".") are dropped; letters lower-cased.
    static func cleanPostfix(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { !" -/.,_\u{A0}".unicodeScalars.contains($0) && !TextCleaner.isSpaceLike($0) }
            .map(Character.init))
    }
}
