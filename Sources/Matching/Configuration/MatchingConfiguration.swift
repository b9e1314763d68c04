import Foundation

/// Everything duplicate detection can be tuned with; read from `rules/matching.yml`.
public struct MatchingConfiguration: Sendable, Hashable {
    public var blockingRules: [BlockingRule]
    /// Blocks above this size are paired by sorted neighbourhood.
    public var maxBlockSize: Int
    /// Neighbours each customer is paired with inside a capped block.
    public var window: Int
    public var comparisons: ComparisonSettings
    public var termFrequency: TermFrequencySettings
    public var estimation: EstimationSettings
    /// Manual m / u values that replace estimates.
    public var overrides: [ParameterOverride]
    /// Probability thresholds: a cluster's confidence at or above `certain` is certain, and so on.
    public var bandThresholds: [Band: Double]
    /// Two groups join only when the average probability over all pairs between them reaches this.
    public var clusterLinkThreshold: Double
    public var survivorPolicy: SurvivorPolicy

    public init(blockingRules: [BlockingRule], maxBlockSize: Int, window: Int, comparisons: ComparisonSettings,
                termFrequency: TermFrequencySettings, estimation: EstimationSettings, overrides: [ParameterOverride],
                bandThresholds: [Band: Double], clusterLinkThreshold: Double, survivorPolicy: SurvivorPolicy) {
        self.blockingRules = blockingRules
        self.maxBlockSize = maxBlockSize
        self.window = window
        self.comparisons = comparisons
        self.termFrequency = termFrequency
        self.estimation = estimation
        self.overrides = overrides
        self.bandThresholds = bandThresholds
        self.clusterLinkThreshold = clusterLinkThreshold
        self.survivorPolicy = survivorPolicy
    }

    /// The settings of the shipped `rules/matching.yml` (a test keeps the two equal).
    public static let `default` = MatchingConfiguration(
        blockingRules: [
            BlockingRule(name: "address", keys: [.postcode, .houseNumber]),
            BlockingRule(name: "phone", keys: [.phone]),
            BlockingRule(name: "email", keys: [.email]),
            BlockingRule(name: "name", keys: [.surnamePhonetic, .firstInitial], maxBlockSize: 12, window: 6),
            BlockingRule(name: "company", keys: [.company]),
            BlockingRule(name: "business_id", keys: [.kvk]),
            BlockingRule(name: "vat", keys: [.vat]),
            BlockingRule(name: "reference", keys: [.reference]),
            BlockingRule(name: "swapped_names", keys: [.namesAnyOrder], maxBlockSize: 12, window: 6),
            BlockingRule(name: "street_address", keys: [.street, .houseNumber, .city]),
            BlockingRule(name: "surname_postcode", keys: [.surnamePhonetic, .postcode]),
            BlockingRule(name: "first_name_postcode", keys: [.firstName, .postcode]),
        ],
        maxBlockSize: 40, window: 8,
        comparisons: ComparisonSettings(),
        termFrequency: TermFrequencySettings(),
        estimation: EstimationSettings(),
        overrides: [],
        bandThresholds: [.certain: 0.99, .likely: 0.9, .possible: 0.5],
        clusterLinkThreshold: 0.5,
        survivorPolicy: .mostComplete)

    /// The lowest band threshold: pairs below it are never suggested.
    public var suggestionThreshold: Double { Band.allCases.compactMap { bandThresholds[$0] }.min() ?? 0.5 }

    /// The band of a confidence, nil below every threshold.
    public func band(for confidence: Double) -> Band? {
        for band in Band.allCases { if let threshold = bandThresholds[band], confidence >= threshold { return band } }
        return nil
    }

    /// The comparisons, in model order.
    public func makeComparisons() -> [any Comparison] {
        comparisons.enabled.map { name -> any Comparison in
            switch name {
            case .surname: return SurnameComparison(thresholds: comparisons.surnameJaroWinkler)
            case .firstName: return FirstNameComparison(threshold: comparisons.firstNameJaroWinkler)
            case .postcode: return PostcodeComparison()
            case .houseNumber: return HouseNumberComparison()
            case .phone: return PhoneComparison()
            case .email: return EmailComparison()
            case .company: return CompanyComparison(overlap: comparisons.companyTokenOverlap)
            case .street: return StreetComparison(threshold: comparisons.streetJaroWinkler)
            case .city: return CityComparison(threshold: comparisons.cityJaroWinkler)
            case .streetCity: return StreetCityComparison(threshold: comparisons.streetJaroWinkler)
            case .businessID: return BusinessIDComparison()
            case .reference: return ReferenceComparison()
            }
        }
    }
}

/// The comparisons and their thresholds.
public struct ComparisonSettings: Sendable, Hashable {
    public enum Name: String, Sendable, Hashable, CaseIterable {
        case surname, firstName = "first_name", postcode, houseNumber = "house_number", phone, email, company
        case street, city, streetCity = "street_city", businessID = "business_id", reference = "customer_reference"
    }

    public var enabled: [Name] = Name.allCases
    public var surnameJaroWinkler: [Double] = [0.92, 0.8]
    public var firstNameJaroWinkler: Double = 0.88
    public var companyTokenOverlap: Double = 0.5
    public var streetJaroWinkler: Double = 0.9
    public var cityJaroWinkler: Double = 0.9

    public init() {}
}

public struct TermFrequencySettings: Sendable, Hashable {
    public var fields: [TermFrequencyField] = [.surname, .firstName, .city, .reference]
    /// Below this many customers frequencies are noise; u is used unadjusted.
    public var minimumRecords: Int = 1000
    /// The lowest frequency a value can claim.
    public var floor: Double = 0.00001

    public init() {}
}

public struct EstimationSettings: Sendable, Hashable {
    public var randomPairs: Int = 1_000_000
    public var seed: UInt64 = 42
    public var maxIterations: Int = 40
    public var tolerance: Double = 0.0001
    /// Below this many customers the parameters are not estimated; the starting values are used.
    public var minimumRecords: Int = 1000
    /// λ used when it is not estimated.
    public var prior: Double = 0.0001
    /// The candidate pairs that train m by expectation–maximisation, one session per rule: pairs
    /// agreeing on all the rule's keys. Personal identifiers hold mostly true duplicates. Name
    /// blocks hold namesakes; addresses, landlines and family e-mail addresses hold households;
    /// trained on those, the model would learn that what a family shares is what a match looks
    /// like. A shared e-mail at one postcode still holds family mailboxes, so the first initial
    /// must agree too (partners have their own).
    public var trainingRules: [BlockingRule] = [
        BlockingRule(name: "mobile", keys: [.mobile]),
        BlockingRule(name: "email_postcode_initial", keys: [.email, .postcode, .firstInitial]),
        BlockingRule(name: "reference", keys: [.reference]),
    ]
    /// Rules that teach only the comparisons no training rule could: a base without e-mail,
    /// mobile or reference still learns its name and address weights, while where personal
    /// identifiers exist the namesakes and fathers and sons of name blocks teach nothing.
    public var fillInRules: [BlockingRule] = [
        BlockingRule(name: "name", keys: [.surname, .firstName]),
    ]

    /// Training rules, then fill-in rules: the sessions in order.
    public var allTrainingRules: [BlockingRule] { trainingRules + fillInRules }

    public init() {}
}

/// A manual m and/or u for one level, kept over any estimate.
public struct ParameterOverride: Sendable, Hashable {
    public var comparison: String
    public var level: String
    public var m: Double?
    public var u: Double?

    public init(comparison: String, level: String, m: Double? = nil, u: Double? = nil) {
        self.comparison = comparison
        self.level = level
        self.m = m
        self.u = u
    }
}

/// Which record of a cluster survives the merge.
public enum SurvivorPolicy: String, Sendable, Hashable, CaseIterable {
    /// The record with the most valid fields; ties go to the oldest id.
    case mostComplete = "most_complete"
    /// The lowest customer id (first registered).
    case oldest
    /// The latest `datetime_created`, then the highest id.
    case mostRecent = "most_recent"
}
