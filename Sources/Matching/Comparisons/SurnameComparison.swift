import Normalization

/// Surname core (particle removed): exact, then Jaro-Winkler steps, then else.
public struct SurnameComparison: Comparison {
    public var name: String { "surname" }
    public var summary: String { "Surname without particle: exact, close spelling (Jaro-Winkler), or different." }
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
        var levels = [ComparisonLevel.null("Surname"),
                      ComparisonLevel(id: "exact", label: "Exact match on surname", m: 0.86, u: 0.002, termFrequency: .surname)]
        let ms = [0.08, 0.03, 0.01], us = [0.004, 0.03, 0.05]
        for (index, threshold) in thresholds.enumerated() {
            levels.append(ComparisonLevel(id: thresholdID("jaro_winkler", threshold),
                                          label: "Surname Jaro-Winkler ≥ \(formatThreshold(threshold))",
                                          m: ms[min(index, 2)], u: us[min(index, 2)]))
        }
        levels.append(ComparisonLevel(id: "else", label: "Different surnames", m: 0.03, u: 0.96))
        return levels
    }

    @inline(__always)
    public func level(_ x: MatchRow, _ y: MatchRow, _ a: Int, _ b: Int, _ table: FeatureTable) -> Int {
        let left = x.surname, right = y.surname
        if left == 0 || right == 0 { return 0 }
        if left == right { return 1 }
        let similarity = JaroWinkler.similarity(table.surname[Int(left)], table.surname[Int(right)])
        if stepCount > 0 && similarity >= steps.0 { return 2 }
        if stepCount > 1 && similarity >= steps.1 { return 3 }
        if stepCount > 2 && similarity >= steps.2 { return 4 }
        return 2 + stepCount
    }

    public func display(_ customer: NormalizedCustomer) -> String? {
        guard let surname = customer.person.surname else { return nil }
        return [customer.person.particle, surname].compactMap { $0 }.joined(separator: " ")
    }

    public var examples: [ComparisonExample] {
        [
            .init(ExampleCustomer(surname: "jansen"), ExampleCustomer(surname: "jansen"), "exact"),
            .init(ExampleCustomer(surname: "jansen"), ExampleCustomer(surname: "janssen"), thresholdID("jaro_winkler", thresholds[0])),
            .init(ExampleCustomer(surname: "wijgergangs"), ExampleCustomer(surname: "wijgergans"), thresholdID("jaro_winkler", thresholds[0])),
            .init(ExampleCustomer(surname: "bakker"), ExampleCustomer(surname: "bakkers"), thresholdID("jaro_winkler", thresholds[0])),
            .init(ExampleCustomer(surname: "dijkstra"), ExampleCustomer(surname: "dykstra"), thresholdID("jaro_winkler", thresholds.last!)),
            .init(ExampleCustomer(surname: "jansen"), ExampleCustomer(surname: "pietersen"), "else"),
            .init(ExampleCustomer(surname: "jansen"), ExampleCustomer(), "null"),
        ]
    }
}
