import Normalization

/// Surname core (particle removed): exact, one typing error, swapped with the first name, part
/// of a double surname, then Jaro-Winkler steps, then else.
///
/// One typing error (a letter swapped, doubled, dropped or replaced) is its own level: Jaro-Winkler
/// scores such a slip low in a short name (meer / meir 0.87) and high for two different names
/// (jansen / janssens), so a typo found by similarity alone counted for little.
public struct SurnameComparison: NamedLevels {
    /// The fixed levels; the Jaro-Winkler steps follow `jaroWinkler` (the first), then `else`.
    enum Level: Int, CaseIterable { case null, exact, typo, swapped, partOfDouble, jaroWinkler }

    public var name: String { "surname" }
    public var summary: String { "Surname without particle: exact, one typing error, swapped with the first name, part of the other's double surname, close spelling (Jaro-Winkler), or different." }
    /// Up to three Jaro-Winkler steps, descending; kept inline so the pair loop copies no array.
    private let steps: (Double, Double, Double)
    private let stepCount: Int
    public var coveredBy: Set<BlockingKey> { [.surname, .surnamePhonetic] }

    public var thresholds: [Double] { Array([steps.0, steps.1, steps.2].prefix(stepCount)) }

    public init(thresholds: [Double] = [0.92, 0.8]) {
        let sorted = Array(thresholds.sorted(by: >).prefix(3))
        stepCount = sorted.count
        let padded = sorted + [Double](repeating: 2, count: 3 - sorted.count)
        steps = (padded[0], padded[1], padded[2])
    }

    public var levels: [ComparisonLevel] {
        var levels = [ComparisonLevel(id: ComparisonLevel.nullID, label: "Surname missing on either side", m: 1, u: 1),
                      ComparisonLevel(id: "exact", label: "Exact match on surname", m: 0.86, u: 0.002, termFrequency: .surname),
                      ComparisonLevel(id: "typo", label: "One typing error apart (a letter swapped, doubled, dropped or replaced)", m: 0.06, u: 0.001),
                      ComparisonLevel(id: "swapped", label: "First name and surname swapped", m: 0.01, u: 0.00001),
                      ComparisonLevel(id: "part_of_double", label: "One surname is part of the other's double surname", m: 0.02, u: 0.0005)]
        let ms = [0.03, 0.02, 0.01], us = [0.003, 0.03, 0.05]
        for (index, threshold) in thresholds.enumerated() {
            levels.append(ComparisonLevel(id: thresholdID("jaro_winkler", threshold),
                                          label: "Surname Jaro-Winkler ≥ \(formatThreshold(threshold))",
                                          m: ms[min(index, 2)], u: us[min(index, 2)]))
        }
        levels.append(ComparisonLevel(id: "else", label: "Different surnames", m: 0.03, u: 0.96))
        return levels
    }

    /// `else`: after the last Jaro-Winkler step.
    var differentLevel: Int { Level.jaroWinkler.rawValue + stepCount }

    /// Shorter names one edit apart are mostly other names (bos / bol).
    static let typoMinimumLength = 4

    @inline(__always)
    public func level(_ x: MatchRow, _ y: MatchRow, _ a: Int, _ b: Int, _ table: FeatureTable) -> Int {
        let left = x.surname, right = y.surname
        if left == 0 || right == 0 { return Level.null.rawValue }
        if left == right { return Level.exact.rawValue }
        if ContactPerson.ofOneCompany(x, y) { return Level.null.rawValue }
        let l = table.surname[Int(left)], r = table.surname[Int(right)]
        if min(l.count, r.count) >= SurnameComparison.typoMinimumLength && EditDistance.isOneEdit(l, r) { return Level.typo.rawValue }
        if NameSwap.swapped(x, y, table) { return Level.swapped.rawValue }
        if TokenSubset.isProperSubset(l, r) { return Level.partOfDouble.rawValue }
        let similarity = JaroWinkler.similarity(l, r)
        let firstStep = Level.jaroWinkler.rawValue
        if stepCount > 0 && similarity >= steps.0 { return firstStep }
        if stepCount > 1 && similarity >= steps.1 { return firstStep + 1 }
        if stepCount > 2 && similarity >= steps.2 { return firstStep + 2 }
        return differentLevel
    }

    /// Both surnames there: two contact persons of one company, whom the company comparisons weigh.
    public func neutralLabel(_ x: MatchRow, _ y: MatchRow) -> String? {
        x.surname != 0 && y.surname != 0 ? "Two contact persons of one company: the company decides" : nil
    }

    public func display(_ customer: NormalizedCustomer) -> String? {
        guard let surname = customer.person.surname else { return nil }
        return [customer.person.particle, surname].compactMap { $0 }.joined(separator: " ")
    }

    public var examples: [ComparisonExample] {
        [
            .init(ExampleCustomer(surname: "jansen"), ExampleCustomer(surname: "jansen"), "exact"),
            .init(ExampleCustomer(surname: "dirksen jr"), ExampleCustomer(surname: "dirksen"), "exact"),
            .init(ExampleCustomer(surname: "meer"), ExampleCustomer(surname: "meir"), "typo"),
            .init(ExampleCustomer(surname: "jacobs"), ExampleCustomer(surname: "jcaobs"), "typo"),
            .init(ExampleCustomer(surname: "wijgergangs"), ExampleCustomer(surname: "wijgergans"), "typo"),
            .init(ExampleCustomer(surname: "bakker"), ExampleCustomer(surname: "bakkers"), "typo"),
            .init(ExampleCustomer(surname: "bos"), ExampleCustomer(surname: "bol"), thresholdID("jaro_winkler", thresholds.last!)),
            .init(ExampleCustomer(surname: "jansen"), ExampleCustomer(surname: "janssens"), thresholdID("jaro_winkler", thresholds[0])),
            .init(ExampleCustomer(surname: "dijkstra"), ExampleCustomer(surname: "dykstra"), thresholdID("jaro_winkler", thresholds.last!)),
            .init(ExampleCustomer(surname: "jansen"), ExampleCustomer(surname: "pietersen"), "else"),
            .init(ExampleCustomer(surname: "jansen", firstName: "jan"), ExampleCustomer(surname: "jan", firstName: "jansen"), "swapped"),
            .init(ExampleCustomer(surname: "waller", firstName: "jack"), ExampleCustomer(surname: "jack", firstName: "waller"), "swapped"),
            .init(ExampleCustomer(surname: "stubbs", firstName: "jack"), ExampleCustomer(surname: "jaxck", firstName: "stubbs"), "swapped"),
            .init(ExampleCustomer(surname: "berg", firstName: "adri"), ExampleCustomer(surname: "adri", firstName: "van den berg"), "swapped"),
            .init(ExampleCustomer(surname: "waller", firstName: "jack"), ExampleCustomer(surname: "jack", firstName: "smith"), "else"),
            .init(ExampleCustomer(surname: "berg de vries"), ExampleCustomer(surname: "vries"), "part_of_double"),
            .init(ExampleCustomer(surname: "berg de vries"), ExampleCustomer(surname: "berg"), "part_of_double"),
            .init(ExampleCustomer(surname: "jansen smit"), ExampleCustomer(surname: "smit"), "part_of_double"),
            .init(ExampleCustomer(surname: "berg de vries"), ExampleCustomer(surname: "jong"), "else"),
            .init(ExampleCustomer(surname: "jansen"), ExampleCustomer(), "null"),
            .init(ExampleCustomer(surname: "jansen", company: "jansen fietsen", kvk: "64356582"),
                  ExampleCustomer(surname: "bakker", company: "jansen fietsen", kvk: "64356582"), "null"),
            .init(ExampleCustomer(surname: "jansen", kvk: "64356582"), ExampleCustomer(surname: "jansen", kvk: "64356582"), "exact"),
        ]
    }
}
