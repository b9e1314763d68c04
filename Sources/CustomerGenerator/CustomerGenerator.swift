import CustomerModel

/// Settings for `DutchCustomerGenerator`. The same seed and settings give the same data set.
public struct GeneratorConfiguration: Sendable, Hashable {
    public var seed: UInt64
    /// Number of customer records in the output (duplicates included).
    public var customers: Int
    /// Share of real-world entities registered more than once.
    public var duplicateRate: Double
    /// Share of records that belong to a household / hard-negative group (same address or name, not one customer).
    public var hardNegativeRate: Double
    /// Share of records with at least one planted quality problem.
    public var problemRate: Double
    /// Share of person names in a non-Latin script.
    public var nonLatinRate: Double

    public init(seed: UInt64 = 42, customers: Int = 5_000, duplicateRate: Double = 0.05, hardNegativeRate: Double = 0.04,
                problemRate: Double = 0.08, nonLatinRate: Double = 0.01) {
        self.seed = seed
        self.customers = customers
        self.duplicateRate = duplicateRate
        self.hardNegativeRate = hardNegativeRate
        self.problemRate = problemRate
        self.nonLatinRate = nonLatinRate
    }
}

/// Generated customers plus what was planted in them.
public struct GeneratedDataset: Sendable {
    public var customers: [Customer]
    public var truth: GroundTruth

    public init(customers: [Customer], truth: GroundTruth) {
        self.customers = customers
        self.truth = truth
    }
}

/// What the generator planted: the answers the tests and accuracy scripts check against.
public struct GroundTruth: Sendable, Hashable, Codable {
    /// Customer ids that are one real person or company (groups of two or more), sorted.
    public var duplicateGroups: [[Int]]
    /// Pairs that look alike but are NOT one customer (households, father/son, neighbours).
    public var hardNegatives: [HardNegative]
    /// Quality problems planted on purpose.
    public var plantedProblems: [PlantedProblem]

    // snake_case like the API, for scripts reading the exported truth.
    enum CodingKeys: String, CodingKey {
        case duplicateGroups = "duplicate_groups", hardNegatives = "hard_negatives", plantedProblems = "planted_problems"
    }

    public init(duplicateGroups: [[Int]] = [], hardNegatives: [HardNegative] = [], plantedProblems: [PlantedProblem] = []) {
        self.duplicateGroups = duplicateGroups
        self.hardNegatives = hardNegatives
        self.plantedProblems = plantedProblems
    }
}

public struct HardNegative: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case household, fatherAndSon = "father_and_son", twins, neighbours, sameNameElsewhere = "same_name_elsewhere"
    }
    public var a: Int
    public var b: Int
    public var kind: Kind

    public init(a: Int, b: Int, kind: Kind) {
        self.a = a
        self.b = b
        self.kind = kind
    }
}

public struct PlantedProblem: Sendable, Hashable, Codable {
    public var customerID: Int
    /// API field name as in `CustomerField` ("postcode", "email", "phone_numbers" …).
    public var field: String
    /// What was planted, e.g. `postcode.lowercase`, `email.domain_typo`, `phone.invalid`.
    public var kind: String

    enum CodingKeys: String, CodingKey {
        case customerID = "customer_id", field, kind
    }

    public init(customerID: Int, field: String, kind: String) {
        self.customerID = customerID
        self.field = field
        self.kind = kind
    }
}

/// Seeded generator of realistic Dutch customers with planted duplicates, hard negatives and
/// quality problems, and the ground truth of what was planted.
///
/// Same seed and configuration give the same records, byte for byte. Ids ascend from 1 with a
/// few gaps; every record's `raw` is its JSON as the API would send it.
public enum DutchCustomerGenerator {
    /// The whole data set in memory (fine up to a few hundred thousand customers).
    public static func generate(_ configuration: GeneratorConfiguration) -> GeneratedDataset {
        var customers: [Customer] = []
        customers.reserveCapacity(max(configuration.customers, 0))
        let truth = stream(configuration) { block in customers += block }
        return GeneratedDataset(customers: customers, truth: truth)
    }

    /// Hands the records over in ascending-id blocks of a few thousand, so any number of customers
    /// can be written out with flat memory; returns the ground truth of the whole set.
    public static func stream(_ configuration: GeneratorConfiguration, _ body: ([Customer]) throws -> Void) rethrows -> GroundTruth {
        var builder = BlockBuilder(configuration)
        var truth = GroundTruth()
        while !builder.isFinished {
            let block = builder.nextBlock()
            truth.duplicateGroups += block.truth.duplicateGroups
            truth.hardNegatives += block.truth.hardNegatives
            truth.plantedProblems += block.truth.plantedProblems
            try body(block.customers)
        }
        return truth
    }
}
