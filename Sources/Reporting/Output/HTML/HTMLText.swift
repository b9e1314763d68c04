/// Text placed in HTML markup, for pages that are rendered in Swift rather than by the report's
/// script. Customer data is hostile input: every value goes through `escape` before it reaches markup.
public enum HTMLText {
    /// `text` safe as element content and as a quoted attribute value: `&`, `<`, `>`, `"` and `'`
    /// become character references, so a value can never open a tag, end an attribute or start a
    /// character reference of its own. Everything else (any Unicode) is kept as written.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
