/// Business customers: a company name with a legal form, a website domain for its e-mail, and a
/// way to write the same company differently (for duplicates).
struct Company: Sendable, Hashable {
    /// "Bakker Fietsen" without the legal form.
    var base: String
    /// "B.V.", "V.O.F." … or empty for a sole trader.
    var legalForm: String
    var domain: String

    var name: String { legalForm.isEmpty ? base : base + " " + legalForm }
}

enum CompanyFactory {
    private static let trades = ["Fietsen", "Tweewielers", "Rijwielhandel", "Bouw", "Installatietechniek", "Schilders",
                                 "Hoveniers", "Transport", "Administratie", "Loodgieters", "Elektro", "Autoservice",
                                 "Bloemen", "Bakkerij", "Timmerwerken", "Dakwerken", "ICT", "Advies", "Koeriers",
                                 "Fietsverhuur", "Schoonmaak", "Catering", "Metaal", "Stukadoors", "Makelaardij"]
    private static let fancy = ["De Fietsboer", "Het Wiel", "Trapkracht", "De Ketting", "Rijwielcentrum West",
                                "Tweewielercentrum", "Fietsfabriek", "De Spaak", "Velo Noord", "Kettingkast",
                                "Zadelpijn", "De Molen", "Groen & Zo", "Snelle Jelle", "Bike Totaal"]
    private static let forms: [(String, Double)] = [("B.V.", 50), ("V.O.F.", 14), ("", 18), ("Holding B.V.", 5),
                                                    ("N.V.", 2), ("C.V.", 2), ("Stichting", 4)]
    private static let formTable = WeightedTable(forms)

    static func draw<R: RandomNumberGenerator>(surname: Surname, city: String, using rng: inout R) -> Company {
        var form = formTable.pick(using: &rng)
        var base: String
        switch Int.random(in: 0..<4, using: &rng) {
        case 0, 1: base = surname.full.capitalizingFirstLetter + " " + rng.pick(trades)
        case 2: base = rng.pick(fancy)
        default: base = rng.pick(trades) + " " + city
        }
        if form == "Stichting" {
            base = "Stichting " + base
            form = ""
        }
        let domain = EmailFactory.slug(base) + rng.pick([".nl", ".nl", ".nl", ".com", ".eu"])
        return Company(base: base, legalForm: form, domain: domain)
    }

    /// The same company as a second clerk would type it: legal form written another way or left out.
    static func respelled<R: RandomNumberGenerator>(_ company: Company, using rng: inout R) -> String {
        let variants: [String]
        switch company.legalForm {
        case "B.V.": variants = [company.base + " BV", company.base + " B.V", company.base]
        case "V.O.F.": variants = [company.base + " VOF", company.base + " v.o.f.", company.base]
        case "Holding B.V.": variants = [company.base + " Holding BV", company.base + " Holding"]
        case "": variants = [company.base + " B.V.", company.base]
        default: variants = [company.base]
        }
        return rng.pick(variants)
    }
}

extension String {
    /// "van der Berg" → "Van der Berg" (a particle opening a company name is capitalised).
    var capitalizingFirstLetter: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
