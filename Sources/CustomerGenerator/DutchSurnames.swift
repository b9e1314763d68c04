/// A Dutch surname split the way Dutch registration splits it: the particle (`tussenvoegsel`,
/// "van der") and the core ("Meer").
struct Surname: Sendable, Hashable {
    let particle: String
    let core: String

    /// "van der Meer".
    var full: String { particle.isEmpty ? core : particle + " " + core }
}

enum DutchSurnames {
    /// The most frequent surnames in the Netherlands with roughly their relative frequency, so that
    /// `de Jong` turns up far more often than a long-tail name (term frequencies matter to matching).
    private static let common: [(String, String, Double)] = [
        ("de", "Jong", 86), ("", "Jansen", 75), ("de", "Vries", 72), ("van den", "Berg", 61),
        ("van", "Dijk", 58), ("", "Bakker", 57), ("", "Janssen", 55), ("", "Visser", 50), ("", "Smit", 46),
        ("", "Meijer", 43), ("de", "Boer", 41), ("", "Mulder", 40), ("de", "Groot", 40), ("", "Bos", 39),
        ("", "Vos", 35), ("", "Peters", 34), ("", "Hendriks", 33), ("van", "Leeuwen", 32), ("", "Dekker", 31),
        ("", "Brouwer", 30), ("de", "Wit", 30), ("", "Dijkstra", 29), ("", "Smits", 28), ("de", "Graaf", 28),
        ("van der", "Meer", 27), ("van der", "Linden", 26), ("", "Kok", 26), ("", "Jacobs", 25),
        ("de", "Haan", 25), ("", "Vermeulen", 25), ("van den", "Heuvel", 24), ("van der", "Veen", 24),
        ("van den", "Broek", 23), ("de", "Bruijn", 23), ("de", "Bruin", 22), ("van der", "Heijden", 22),
        ("", "Schouten", 21), ("van", "Beek", 21), ("", "Willems", 21), ("van", "Vliet", 20),
        ("van de", "Ven", 20), ("", "Hoekstra", 19), ("", "Maas", 19), ("", "Verhoeven", 19), ("", "Koster", 18),
        ("van", "Dam", 18), ("van der", "Wal", 18), ("", "Prins", 17), ("", "Blom", 17), ("", "Huisman", 17),
        ("", "Peeters", 16), ("de", "Jonge", 16), ("", "Kuipers", 16), ("van", "Wijk", 15), ("", "Post", 15),
        ("", "Kuiper", 15), ("", "Veenstra", 15), ("", "Kramer", 15), ("van den", "Brink", 14),
        ("", "Scholten", 14), ("van", "Wijngaarden", 13), ("", "Martens", 13), ("van der", "Ploeg", 13),
        ("ter", "Horst", 10), ("'t", "Hart", 9), ("van 't", "Hof", 7), ("ter", "Haar", 8), ("op den", "Akker", 4),
        ("in 't", "Veld", 5), ("van", "Rijn", 11), ("", "Bosch", 12), ("", "Wijgergangs", 1),
        ("van", "Os", 6), ("den", "Hollander", 7), ("van", "Loon", 10), ("", "Timmermans", 11),
        ("", "Hermans", 12), ("", "Sanders", 11), ("van", "Veen", 10), ("", "Gerritsen", 10),
        ("", "Evers", 9), ("", "Claassen", 8), ("", "Lammers", 8),
    ]

    private static let particles = ["van", "de", "van der", "van den", "van de", "ter", "ten", "'t", "in 't", "van 't", "den", "op de"]
    private static let heads = ["Groen", "Hoog", "Zwart", "Wit", "Rooze", "Linde", "Eike", "Vree", "Ooster", "Wester",
                                "Noorder", "Hazel", "Molen", "Kerk", "Beuke", "Wilde", "Nieuwen", "Zand", "Klein",
                                "Over", "Bolt", "Rijs", "Stok", "Water", "Brug", "Heide", "Schaap", "Valk", "Haver",
                                "Korte", "Lange", "Blanke", "Dorre", "Gans", "Mos", "Riet", "Ven", "Bloem", "Tuin"]
    private static let tails = ["berg", "veld", "kamp", "hof", "huis", "brink", "dijk", "broek", "hout", "meer",
                                "hoek", "sloot", "laar", "horst", "steeg", "bosch", "man", "mans", "ink", "ing",
                                "beek", "stra", "sma", "inga", "weg", "waard", "donk", "rode", "schot", "haar"]
    private static let patronymics = ["Gerrits", "Jans", "Pieters", "Willems", "Claes", "Hendrix", "Dirks", "Aarts",
                                      "Wouters", "Jorissen", "Lamberts", "Teunissen", "Everts", "Reinders", "Thijssen"]

    private static let commonTable = WeightedTable(common.map { (Surname(particle: $0.0, core: $0.1), $0.2) })

    /// A surname: 45 % from the frequent list, the rest from a long tail of rare compounds
    /// ("Rooze" + "boom"), patronymics and particles.
    static func draw<R: RandomNumberGenerator>(using rng: inout R) -> Surname {
        if rng.chance(0.45) { return commonTable.pick(using: &rng) }
        let core: String
        if rng.chance(0.15) {
            core = rng.pick(patronymics) + (rng.chance(0.5) ? "en" : "")
        } else {
            core = rng.pick(heads) + rng.pick(tails)
        }
        let particle = rng.chance(0.3) ? rng.pick(particles) : ""
        return Surname(particle: particle, core: core)
    }

    /// A surname that differs from `other` (for a partner with her own name).
    static func draw<R: RandomNumberGenerator>(differentFrom other: Surname, using rng: inout R) -> Surname {
        var name = draw(using: &rng)
        while name.core == other.core { name = draw(using: &rng) }
        return name
    }
}
