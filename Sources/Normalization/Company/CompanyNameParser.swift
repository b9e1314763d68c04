/// Company names: legal forms ("B.V.", "VOF", "GmbH" …) and punctuation stripped into a match key,
/// so "Jansen Fietsen B.V." and "jansen fietsen bv" meet.
public enum CompanyNameParser {
    /// Legal-form words as they appear in a key once dots are removed, and their canonical spelling.
    static let legalForms: [String: String] = [
        "bv": "B.V.", "nv": "N.V.", "vof": "V.O.F.", "cv": "C.V.", "eenmanszaak": "Eenmanszaak", "ez": "Eenmanszaak",
        "holding": "Holding", "gmbh": "GmbH", "bvba": "BVBA", "srl": "SRL", "sprl": "SPRL", "sarl": "SARL", "ltd": "Ltd",
        "limited": "Ltd", "inc": "Inc.", "llc": "LLC", "plc": "PLC", "sa": "S.A.", "ag": "AG", "kg": "KG", "ug": "UG",
        "ua": "U.A.", "ba": "B.A.", "wa": "W.A.", "cvba": "CVBA", "comm v": "Comm.V.", "stichting": "Stichting",
        "vereniging": "Vereniging", "cooperatie": "Coöperatie", "maatschap": "Maatschap",
    ]

    /// Parses the `company_name` field.
    public static func parse(_ text: String?) -> CompanyResult {
        parse(text, cache: nil)
    }

    static func parse(_ text: String?, cache: TransliterationCache?) -> CompanyResult {
        guard let display = TextCleaner.clean(text) else { return CompanyResult() }
        var legalForm: String?
        let markupFree = TextCleaner.strippingTags(display)
        // Dots go before keying so that "B.V." becomes one word "bv", not "b v"; "&" is "en".
        var dotless = ""
        for character in cache?.ascii(markupFree) ?? Transliterator.ascii(markupFree) {
            if character == "." { continue }
            if character == "&" { dotless += " en "; continue }
            dotless.append(character)
        }
        var words = Transliterator.keyFromASCII(dotless).split(separator: " ").map(String.init)
        // "B V" typed with a space is still B.V.
        var merged: [String] = []
        for word in words {
            if let last = merged.last, last.count == 1, word.count == 1, legalForms[last + word] != nil {
                merged[merged.count - 1] = last + word
            } else {
                merged.append(word)
            }
        }
        words = merged
        var kept: [String] = []
        for word in words {
            if let form = legalForms[word], words.count > 1 {
                if legalForm == nil { legalForm = form }
                continue
            }
            kept.append(word)
        }
        // A name that is only legal forms ("Holding B.V.") keeps its words rather than becoming empty.
        let key = (kept.isEmpty ? words : kept).joined(separator: " ")
        return CompanyResult(display: display, key: key.isEmpty ? nil : key, legalForm: legalForm)
    }
}
