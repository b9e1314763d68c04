/// E-mail addresses as people really have them: at the big providers of their own country and the
/// international ones, built from their own name in a handful of habits. The shares follow what a
/// Dutch shop sees: Belgians at telenet.be and skynet.be, Germans at gmx.de, web.de and
/// t-online.de, and Microsoft's and Yahoo's country domains (outlook.de, hotmail.be) beside the .com.
enum EmailFactory {
    static let providers: [(String, Double)] = [
        ("gmail.com", 30), ("hotmail.com", 16), ("ziggo.nl", 9), ("kpnmail.nl", 6), ("outlook.com", 7),
        ("live.nl", 5), ("hotmail.nl", 4), ("icloud.com", 4), ("planet.nl", 3), ("xs4all.nl", 2),
        ("home.nl", 2), ("hetnet.nl", 2), ("telfort.nl", 1), ("yahoo.com", 2), ("outlook.nl", 2), ("kpnplanet.nl", 1),
        ("me.com", 1), ("live.com", 1), ("upcmail.nl", 1), ("casema.nl", 0.5), ("zeelandnet.nl", 0.5), ("proton.me", 0.5),
        ("googlemail.com", 0.5), ("yahoo.nl", 0.5),
    ]
    static let belgianProviders: [(String, Double)] = [
        ("telenet.be", 12), ("skynet.be", 6), ("proximus.be", 2), ("gmail.com", 14), ("hotmail.com", 6), ("hotmail.be", 5),
        ("outlook.be", 3), ("live.be", 3), ("outlook.com", 2), ("icloud.com", 2), ("yahoo.com", 1), ("scarlet.be", 1),
    ]
    static let germanProviders: [(String, Double)] = [
        ("gmx.de", 12), ("web.de", 12), ("t-online.de", 8), ("gmail.com", 12), ("outlook.de", 4), ("hotmail.de", 3),
        ("yahoo.de", 2), ("gmx.net", 3), ("googlemail.com", 2), ("icloud.com", 2), ("freenet.de", 1), ("arcor.de", 1),
        ("posteo.de", 0.5),
    ]

    private static let table = WeightedTable(providers)
    private static let belgianTable = WeightedTable(belgianProviders)
    private static let germanTable = WeightedTable(germanProviders)

    static func provider<R: RandomNumberGenerator>(for country: Country, using rng: inout R) -> String {
        switch country {
        case .netherlands: return table.pick(using: &rng)
        case .belgium: return belgianTable.pick(using: &rng)
        case .germany: return germanTable.pick(using: &rng)
        }
    }

    /// A personal address from ASCII name parts (`jan.devries@…`, `jdevries82@…`, `jan_de_vries@…`).
    static func personal<R: RandomNumberGenerator>(first: String, surname: String, domain: String, using rng: inout R) -> String {
        let first = slug(first), last = slug(surname)
        let initial = String(first.prefix(1))
        let local: String
        switch Int.random(in: 0..<7, using: &rng) {
        case 0: local = first + "." + last
        case 1: local = initial + last
        case 2: local = first + last + String(Int.random(in: 60...99, using: &rng))
        case 3: local = initial + "." + last
        case 4: local = first + "_" + last
        case 5: local = first + String(Int.random(in: 1...999, using: &rng))
        default: local = last + "." + first
        }
        return local + "@" + domain
    }

    /// Lower-case ASCII letters and digits only ("van 't Hof" → "vanthof", "Zoë" → "zoe").
    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": out.unicodeScalars.append(scalar)
            case "ä", "à", "á", "â": out += "a"
            case "ë", "é", "è", "ê": out += "e"
            case "ï", "í", "î": out += "i"
            case "ö", "ó", "ô": out += "o"
            case "ü", "ú", "û": out += "u"
            case "ß": out += "ss"
            default: continue
            }
        }
        return out.isEmpty ? "klant" : out
    }
}
