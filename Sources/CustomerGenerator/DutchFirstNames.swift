/// Dutch first names as people are registered: an official (baptismal) name that gives the
/// initials, and the name a person goes by. `Cornelis` is `Kees` at the counter and `C.` on paper;
/// the duplicates use exactly that difference.
struct FirstName: Sendable {
    enum Gender: Sendable { case male, female }
    /// The official name (initials come from it).
    let official: String
    /// The name the person uses day to day (equal to `official` for most modern names).
    let called: String
    let gender: Gender
    /// Relative frequency.
    let weight: Double
}

enum DutchFirstNames {
    /// Official names with the short form people use. Older generations.
    private static let traditional: [(String, String, FirstName.Gender, Double)] = [
        ("Cornelis", "Kees", .male, 6), ("Johannes", "Jan", .male, 10), ("Petrus", "Piet", .male, 5),
        ("Willem", "Wim", .male, 6), ("Abraham", "Bram", .male, 2), ("Hendrik", "Henk", .male, 7),
        ("Jacobus", "Koos", .male, 4), ("Adrianus", "Adri", .male, 3), ("Gerardus", "Gerard", .male, 4),
        ("Theodorus", "Theo", .male, 3), ("Antonius", "Toon", .male, 3), ("Franciscus", "Frans", .male, 3),
        ("Nicolaas", "Klaas", .male, 3), ("Gijsbertus", "Gijs", .male, 2), ("Martinus", "Martin", .male, 3),
        ("Bernardus", "Ben", .male, 2), ("Albertus", "Bert", .male, 3), ("Jozef", "Joop", .male, 2),
        ("Leonardus", "Leo", .male, 2), ("Wilhelmus", "Wim", .male, 3), ("Hubertus", "Huub", .male, 1),
        ("Reinier", "Rein", .male, 1), ("Arnoldus", "Arno", .male, 1), ("Everardus", "Evert", .male, 1),
        ("Johanna", "Anneke", .female, 5), ("Maria", "Mieke", .female, 6), ("Catharina", "Toos", .female, 3),
        ("Elisabeth", "Els", .female, 4), ("Margaretha", "Greet", .female, 3), ("Wilhelmina", "Willy", .female, 2),
        ("Cornelia", "Corrie", .female, 3), ("Hendrika", "Riek", .female, 2), ("Adriana", "Janny", .female, 1),
        ("Geertruida", "Truus", .female, 2), ("Jacoba", "Coby", .female, 2), ("Gerarda", "Gerda", .female, 2),
        ("Aleida", "Leida", .female, 1), ("Susanna", "Suzan", .female, 2), ("Christina", "Stien", .female, 1),
    ]

    /// Names whose official and daily forms are the same.
    private static let modern: [(String, FirstName.Gender, Double)] = [
        ("Daan", .male, 4), ("Sem", .male, 3), ("Lucas", .male, 4), ("Noah", .male, 3), ("Liam", .male, 2),
        ("Finn", .male, 3), ("Thijs", .male, 4), ("Bas", .male, 4), ("Ruben", .male, 4), ("Stijn", .male, 4),
        ("Lars", .male, 3), ("Jesse", .male, 3), ("Mark", .male, 6), ("Peter", .male, 7), ("Erik", .male, 5),
        ("Michiel", .male, 3), ("Sander", .male, 5), ("Jeroen", .male, 6), ("Dennis", .male, 5),
        ("Martijn", .male, 5), ("Bart", .male, 5), ("Tom", .male, 5), ("Rik", .male, 3), ("Niels", .male, 4),
        ("Robert", .male, 5), ("Marco", .male, 4), ("Frank", .male, 4), ("Richard", .male, 4), ("Paul", .male, 5),
        ("Rob", .male, 4), ("Hans", .male, 5), ("Ron", .male, 3), ("Vincent", .male, 3), ("Maarten", .male, 4),
        ("Joost", .male, 3), ("Wouter", .male, 4), ("Koen", .male, 4), ("Tim", .male, 5), ("Jasper", .male, 3),
        ("Emma", .female, 5), ("Julia", .female, 4), ("Sophie", .female, 4), ("Anna", .female, 4),
        ("Tess", .female, 3), ("Lotte", .female, 4), ("Sanne", .female, 5), ("Lisa", .female, 5),
        ("Eva", .female, 4), ("Fleur", .female, 3), ("Iris", .female, 3), ("Femke", .female, 4),
        ("Anouk", .female, 4), ("Linda", .female, 5), ("Esther", .female, 4), ("Marloes", .female, 3),
        ("Kim", .female, 4), ("Sandra", .female, 5), ("Monique", .female, 4), ("Ingrid", .female, 4),
        ("Marieke", .female, 4), ("Petra", .female, 4), ("Karin", .female, 4), ("Wendy", .female, 3),
        ("Mirjam", .female, 3), ("Nicole", .female, 4), ("Ellen", .female, 3), ("Saskia", .female, 3),
        ("Annemarie", .female, 2), ("Hanneke", .female, 2), ("Marjolein", .female, 2), ("Yvonne", .female, 3),
        ("Noor", .female, 3), ("Sara", .female, 3), ("Mila", .female, 2), ("Zoë", .female, 2), ("Chloë", .female, 1),
        ("Daniëlle", .female, 2), ("Inge", .female, 3), ("Joëlle", .female, 1), ("Renée", .female, 1),
    ]

    static let all: [FirstName] =
        traditional.map { FirstName(official: $0.0, called: $0.1, gender: $0.2, weight: $0.3) }
        + modern.map { FirstName(official: $0.0, called: $0.0, gender: $0.1, weight: $0.2) }

    static let table = WeightedTable(all.map { ($0, $0.weight) })

    /// Names of one gender, for households (a partner, a child) and father/son pairs.
    static func table(for gender: FirstName.Gender) -> WeightedTable<FirstName> {
        gender == .male ? maleTable : femaleTable
    }

    private static let maleTable = WeightedTable(all.filter { $0.gender == .male }.map { ($0, $0.weight) })
    private static let femaleTable = WeightedTable(all.filter { $0.gender == .female }.map { ($0, $0.weight) })
}
