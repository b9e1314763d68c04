import Normalization

/// Surname core (particle removed): exact, then Jaro-Winkler steps, then else.
public struct SurnameComparison: Comparison {
    public let name = "surname"
    public let summary = "Surname without particle: exact, close spelling (Jaro-Winkler), or different."
    public let thresholds: [Double]
    public let levels: [ComparisonLevel]
    public let coveredBy: Set<BlockingKey> = [.surname, .surnamePhonetic]

    public init(thresholds: [Double] = [0.92, 0.8]) {
        self.thresholds = thresholds.sorted(by: >)
        var levels = [ComparisonLevel.null("Surname"),
                      ComparisonLevel(id: "exact", label: "Exact match on surname", m: 0.86, u: 0.002, termFrequency: .surname)]
        let ms = [0.08, 0.03, 0.01], us = [0.004, 0.03, 0.05]
        for (index, threshold) in self.thresholds.enumerated() {
            levels.append(ComparisonLevel(id: thresholdID("jaro_winkler", threshold),
                                          label: "Surname Jaro-Winkler ≥ \(formatThreshold(threshold))",
                                          m: ms[min(index, 2)], u: us[min(index, 2)]))
        }
        levels.append(ComparisonLevel(id: "else", label: "Different surnames", m: 0.03, u: 0.96))
        self.levels = levels
    }

    public func level(_ a: Int, _ b: Int, _ table: FeatureTable) -> Int {
        let left = table.surnameHash[a], right = table.surnameHash[b]
        if left == 0 || right == 0 { return 0 }
        if left == right { return 1 }
        let similarity = JaroWinkler.similarity(table.surname[a], table.surname[b])
        for (index, threshold) in thresholds.enumerated() where similarity >= threshold { return 2 + index }
        return levels.count - 1
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
