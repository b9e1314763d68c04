/// Mail domains common in the Netherlands and Belgium, and how to spot a typo of one.
public enum EmailDomains {
    /// Real domains; an address at one of these never gets a suggestion.
    public static let known: Set<String> = [
        "gmail.com", "googlemail.com", "hotmail.com", "hotmail.nl", "hotmail.be", "hotmail.de", "hotmail.fr", "hotmail.co.uk",
        "outlook.com", "outlook.nl", "outlook.be", "live.nl", "live.com", "live.be", "msn.com", "yahoo.com", "yahoo.nl",
        "yahoo.co.uk", "icloud.com", "me.com", "mac.com", "ziggo.nl", "kpnmail.nl", "kpnplanet.nl", "planet.nl", "home.nl",
        "xs4all.nl", "hetnet.nl", "casema.nl", "upcmail.nl", "chello.nl", "quicknet.nl", "online.nl", "tele2.nl", "telfort.nl",
        "zeelandnet.nl", "caiway.nl", "solcon.nl", "telenet.be", "skynet.be", "proximus.be", "mail.com", "gmx.net", "gmx.de",
        "web.de", "protonmail.com", "proton.me", "aol.com", "t-online.de",
    ]

    /// Typos seen often enough to be listed outright (gmail.nl is not gmail's Dutch domain).
    public static let typos: [String: String] = [
        "gmail.nl": "gmail.com", "gmail.be": "gmail.com", "gmial.com": "gmail.com", "gamil.com": "gmail.com",
        "gmai.com": "gmail.com", "gnail.com": "gmail.com", "gmail.co": "gmail.com", "gmail.cm": "gmail.com",
        "hotmial.com": "hotmail.com", "hotmai.com": "hotmail.com", "hotmal.com": "hotmail.com", "hotmil.com": "hotmail.com",
        "homail.com": "hotmail.com", "hotmail.con": "hotmail.com", "hotmial.nl": "hotmail.nl", "hotmai.nl": "hotmail.nl",
        "ziggo.nll": "ziggo.nl", "zigo.nl": "ziggo.nl", "ziggo.com": "ziggo.nl", "kpnmail.com": "kpnmail.nl",
        "live.nll": "live.nl", "outlok.com": "outlook.com", "outloo.com": "outlook.com", "yaho.com": "yahoo.com",
    ]

    /// The domain the writer probably meant, or nil when `domain` is known or nothing is close.
    public static func suggestion(for domain: String) -> String? {
        if domain.isEmpty || known.contains(domain) { return nil }
        if let fixed = typos[domain] { return fixed }
        // One edit away (two for long domains) from exactly one known domain; ties are not guessed.
        let length = domain.count
        let allowed = length > 9 ? 2 : 1
        var best: (domain: String, distance: Int)?
        var tie = false
        let source = Array(domain.unicodeScalars)
        for candidate in candidates {
            guard abs(candidate.length - length) <= allowed else { continue }
            let distance = editDistance(source, candidate.scalars, limit: allowed)
            guard distance <= allowed else { continue }
            if best == nil || distance < best!.distance {
                best = (candidate.domain, distance)
                tie = false
            } else if distance == best!.distance {
                tie = true
            }
        }
        return tie ? nil : best?.domain
    }

    /// The known domains in a fixed order with what the distance needs, prepared once: every
    /// distinct unknown domain of a customer file (company domains) is compared with all of them.
    static let candidates: [(domain: String, scalars: [Unicode.Scalar], length: Int)] =
        known.sorted().map { ($0, Array($0.unicodeScalars), $0.count) }

    /// Optimal string alignment distance (adjacent swaps count one), stopping early past `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
