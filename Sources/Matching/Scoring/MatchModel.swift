import AuditSupport
import CustomerModel
import Foundation

/// The Fellegi–Sunter parameters of one run: the prior and, per comparison level, m and u.
///
/// Saved as readable JSON next to the report; `--model FILE` loads it so the next run scores with
/// the same parameters (no estimation), which keeps suggestions stable from month to month.
public struct MatchModel: Sendable, Codable, Hashable {
    public var version: Int
    /// λ: the probability that two customers drawn at random are one customer.
    public var probabilityTwoRandomRecordsMatch: Double
    public var comparisons: [ComparisonParameters]
    /// How the parameters were obtained, for people reading the file.
    public var training: TrainingSummary

    public init(probabilityTwoRandomRecordsMatch: Double, comparisons: [ComparisonParameters], training: TrainingSummary) {
        self.version = 1
        self.probabilityTwoRandomRecordsMatch = probabilityTwoRandomRecordsMatch
        self.comparisons = comparisons
        self.training = training
    }

    /// The prior as a match weight, log2(λ / (1 − λ)).
    public var priorWeight: Double {
        let lambda = min(max(probabilityTwoRandomRecordsMatch, 1e-15), 1 - 1e-12)
        return log2(lambda / (1 - lambda))
    }

    /// The parameters of a comparison by name.
    public func parameters(for name: String) -> ComparisonParameters? { comparisons.first { $0.name == name } }

    enum CodingKeys: String, CodingKey {
        case version, comparisons, training
        case probabilityTwoRandomRecordsMatch = "probability_two_random_records_match"
    }

    /// Pretty, key-sorted JSON.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    public func save(to url: URL) throws {
        try jsonData().write(to: url, options: .atomic)
    }

    /// Reads a model file; a file that is not a model is a `ConfigurationError` (exit 2).
    public static func load(from url: URL) throws -> MatchModel {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ConfigurationError(file: url.path, problem: "cannot read the model file")
        }
        do {
            let model = try JSONDecoder().decode(MatchModel.self, from: data)
            guard model.version == 1 else {
                throw ConfigurationError(file: url.path, key: "version", problem: "unsupported model version \(model.version)")
            }
            return model
        } catch let error as ConfigurationError {
            throw error
        } catch let DecodingError.keyNotFound(key, context) {
            throw ConfigurationError(file: url.path, key: (context.codingPath + [key]).map(\.stringValue).joined(separator: "."),
                                     problem: "missing")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw ConfigurationError(file: url.path, key: context.codingPath.map(\.stringValue).joined(separator: "."),
                                     problem: context.debugDescription)
        } catch {
            throw ConfigurationError(file: url.path, problem: "not a match model: malformed JSON")
        }
    }
}

/// m and u of every level of one comparison.
public struct ComparisonParameters: Sendable, Codable, Hashable {
    public var name: String
    public var levels: [LevelParameters]

    public init(name: String, levels: [LevelParameters]) {
        self.name = name
        self.levels = levels
    }
}

public struct LevelParameters: Sendable, Codable, Hashable {
    public var id: String
    public var label: String
    /// P(level | match).
    public var m: Double
    /// P(level | not a match).
    public var u: Double
    /// Where m and u came from: `default` (no training rule could teach the comparison),
    /// `estimated`, `unseen` (the comparison was taught, but no training pair showed this level),
    /// `override`, `loaded`.
    public var mSource: String
    public var uSource: String
    /// How many matching training pairs (expected, from EM's posteriors) showed this level: the
    /// evidence behind an estimated m. 0 for a default.
    public var mPairs: Double

    public init(id: String, label: String, m: Double, u: Double, mSource: String = "default", uSource: String = "default",
                mPairs: Double = 0) {
        self.mPairs = mPairs
        self.id = id
        self.label = label
        self.m = m
        self.u = u
        self.mSource = mSource
        self.uSource = uSource
    }

    /// log2(m / u); 0 for the null level.
    public var weight: Double {
        id == ComparisonLevel.nullID ? 0 : log2(max(m, 1e-12) / max(u, 1e-12))
    }

    enum CodingKeys: String, CodingKey {
        case id, label, m, u
        case mSource = "m_source"
        case uSource = "u_source"
        case mPairs = "m_pairs"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        label = try container.decode(String.self, forKey: .label)
        m = try container.decode(Double.self, forKey: .m)
        u = try container.decode(Double.self, forKey: .u)
        mSource = try container.decode(String.self, forKey: .mSource)
        uSource = try container.decode(String.self, forKey: .uSource)
        // Model files written before the count was kept have none.
        mPairs = try container.decodeIfPresent(Double.self, forKey: .mPairs) ?? 0
    }
}

/// What estimation saw, kept in the model file.
public struct TrainingSummary: Sendable, Codable, Hashable {
    public var records: Int
    public var randomPairsForU: Int
    public var blockedPairs: Int
    /// Iterations of expectation–maximisation per training rule.
    public var emIterations: [String: Int]
    public var converged: Bool

    public init(records: Int = 0, randomPairsForU: Int = 0, blockedPairs: Int = 0, emIterations: [String: Int] = [:], converged: Bool = false) {
        self.records = records
        self.randomPairsForU = randomPairsForU
        self.blockedPairs = blockedPairs
        self.emIterations = emIterations
        self.converged = converged
    }

    enum CodingKeys: String, CodingKey {
        case records, converged
        case randomPairsForU = "random_pairs_for_u"
        case blockedPairs = "blocked_pairs"
        case emIterations = "em_iterations"
    }
}
