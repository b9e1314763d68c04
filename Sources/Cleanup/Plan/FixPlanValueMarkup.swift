import Reporting

/// A before or after value of the plan's page, marked up so that what a normalization changes can
/// be seen: whitespace at either end, doubled spaces, tabs, line breaks, non-breaking spaces and
/// invisible characters (zero-width, direction overrides, control characters) each get a visible
/// mark, and a missing value reads "(none)". Everything else is the value itself, escaped.
enum FixPlanValueMarkup {
    static func html(_ value: String?) -> String {
        guard let value else { return "<span class=\"plan-none\">(none)</span>" }
        guard !value.isEmpty else { return "<span class=\"plan-none\">(empty)</span>" }
        return "<span class=\"v\">" + marked(value, spaces: true) + "</span>"
    }

    /// Running text that quotes customer data (a reason): escaped, its invisible characters marked,
    /// its spaces left alone.
    static func text(_ value: String) -> String {
        marked(value, spaces: false)
    }

    private static func marked(_ value: String, spaces: Bool) -> String {
        let scalars = Array(value.unicodeScalars)
        let firstShown = scalars.firstIndex { !$0.properties.isWhitespace } ?? scalars.count
        let lastShown = scalars.lastIndex { !$0.properties.isWhitespace } ?? -1
        var out = ""
        var plain = ""
        for (index, scalar) in scalars.enumerated() {
            let atEnd = spaces && (index < firstShown || index > lastShown)
            let doubled = spaces && scalar == " "
                && ((index > 0 && scalars[index - 1] == " ") || (index + 1 < scalars.count && scalars[index + 1] == " "))
            if let mark = mark(scalar, atEnd: atEnd, doubled: doubled) {
                out += HTMLText.escape(plain)
                plain = ""
                out += "<span class=\"plan-mark\" title=\"U+\(hex(scalar))\">\(mark)</span>"
            } else {
                plain.unicodeScalars.append(scalar)
            }
        }
        return out + HTMLText.escape(plain)
    }

    /// The visible stand-in for `scalar`, or nil when it shows as itself.
    static func mark(_ scalar: Unicode.Scalar, atEnd: Bool, doubled: Bool) -> String? {
        switch scalar {
        case " ": return atEnd || doubled ? "\u{2423}" : nil  // ␣
        case "\t": return "\u{21E5}"  // ⇥
        case "\n": return "\u{21B5}"  // ↵
        case "\r": return "\u{240D}"  // ␍
        case "\u{00A0}": return "\u{237D}"  // ⍽
        // The joiners that emoji and some scripts need, like the report's `shown` leaves them.
        case "\u{200C}", "\u{200D}": return nil
        default:
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .privateUse, .unassigned, .surrogate:
                return "\u{27E6}U+\(hex(scalar))\u{27E7}"  // ⟦U+200B⟧, as the report shows them
            default:
                return nil
            }
        }
    }

    static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
