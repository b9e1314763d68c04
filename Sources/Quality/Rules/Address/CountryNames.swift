/// Country names for messages, and the codes behind names people type instead of a code.
enum CountryNames {
    static let names: [String: String] = [
        "NL": "Dutch", "BE": "Belgian", "DE": "German", "FR": "French", "LU": "Luxembourg", "GB": "British",
        "RS": "Serbian", "ES": "Spanish", "IT": "Italian", "AT": "Austrian", "CH": "Swiss", "PL": "Polish",
    ]

    /// "Dutch" for NL; the code itself for countries without a name here.
    static func name(_ code: String) -> String { names[code] ?? code }

    /// Names written where a code belongs, by lower-cased name.
    static let codesByName: [String: String] = [
        "nederland": "NL", "netherlands": "NL", "the netherlands": "NL", "holland": "NL", "nld": "NL",
        "belgie": "BE", "belgië": "BE", "belgium": "BE", "belgique": "BE", "bel": "BE",
        "duitsland": "DE", "deutschland": "DE", "germany": "DE", "deu": "DE",
        "frankrijk": "FR", "france": "FR", "luxemburg": "LU", "luxembourg": "LU",
        "servie": "RS", "servië": "RS", "serbia": "RS", "srbija": "RS",
        "engeland": "GB", "united kingdom": "GB", "uk": "GB",
    ]

    /// The code a typed name stands for ("Nederland" → NL), if known.
    static func code(forName text: String) -> String? {
        codesByName[TextInspection.collapsed(text).lowercased()]
    }
}
