/// Street and city keys: lower-case ASCII, punctuation dropped, common Dutch abbreviations spelled
/// out ("Kalverstr." → "kalverstraat", "Dorpsln" → "dorpslaan", "Burg. de Withstr." → "burgemeester de withstraat").
public enum StreetNormalizer {
    /// Whole-word abbreviations and their spelled-out form.
    static let words: [String: String] = [
        "str": "straat", "ln": "laan", "wg": "weg", "pln": "plein", "pl": "plein", "gr": "gracht", "kd": "kade",
        "sngl": "singel", "sgl": "singel", "dk": "dijk", "bd": "boulevard", "blvd": "boulevard", "prk": "park",
        "st": "sint", "burg": "burgemeester", "mr": "meester", "dr": "doctor", "prof": "professor", "pres": "president",
        "kon": "koning", "kon.": "koning", "kapt": "kapitein", "gen": "generaal", "v": "van", "vd": "van der",
        "o z": "oostzijde", "oz": "oostzijde", "wz": "westzijde", "nz": "noordzijde", "zz": "zuidzijde",
    ]
    /// Suffix abbreviations glued to a word ("kalverstr" → "kalverstraat").
    static let suffixes: [(String, String)] = [("str", "straat"), ("ln", "laan"), ("wg", "weg"), ("pln", "plein"), ("gr", "gracht"), ("kd", "kade")]

    /// Match key of a street name.
    public static func key(_ street: String) -> String {
        key(street, cache: nil)
    }

    static func key(_ street: String, cache: TransliterationCache?) -> String {
        let base = cache?.key(street) ?? Transliterator.key(street)
        var output: [String] = []
        for word in base.split(separator: " ") {
            let text = String(word)
            if let full = words[text] {
                output.append(full)
                continue
            }
            var expanded = text
            for (suffix, full) in suffixes where text.count > suffix.count + 2 && text.hasSuffix(suffix) {
                expanded = String(text.dropLast(suffix.count)) + full
                break
            }
            output.append(expanded)
        }
        return output.joined(separator: " ")
    }
}

/// City keys: lower-case ASCII, punctuation dropped, and well-known alternative names folded onto
/// the official one ("Den Bosch" → "s hertogenbosch", "Den Haag" → "s gravenhage").
public enum CityNormalizer {
    static let aliases: [String: String] = [
        "den bosch": "s hertogenbosch", "hertogenbosch": "s hertogenbosch", "den haag": "s gravenhage",
        "the hague": "s gravenhage", "gravenhage": "s gravenhage", "a dam": "amsterdam", "adam": "amsterdam",
        "bergen op zoom": "bergen op zoom", "brussel": "brussel", "bruxelles": "brussel", "brussels": "brussel",
        "antwerpen": "antwerpen", "anvers": "antwerpen", "luik": "liege", "gent": "gent", "ghent": "gent",
    ]

    /// Match key of a city name.
    public static func key(_ city: String) -> String {
        key(city, cache: nil)
    }

    static func key(_ city: String, cache: TransliterationCache?) -> String {
        let base = cache?.key(city) ?? Transliterator.key(city)
        return aliases[base] ?? base
    }
}
