import AuditSupport
import CustomerModel
import Foundation
import Normalization
import Yams

extension MatchingConfiguration {
    /// Reads `rules/matching.yml`. Sections left out keep their defaults; an unknown key, a value
    /// of the wrong kind or out of range is a `ConfigurationError` naming file, line and key.
    public static func load(from url: URL) throws -> MatchingConfiguration {
        let text = try ConfigurationError.text(of: url)
        return try parse(text, file: url.path)
    }

    /// Parses the text of a matching rules file; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws -> MatchingConfiguration {
        let reader = YAMLReader(file: file)
        var configuration = MatchingConfiguration.default
        guard let root = try reader.root(text) else { return configuration }
        let top = try reader.mapping(root, "", allowed: ["version", "blocking", "comparisons", "term_frequency", "estimation",
                                                         "overrides", "bands", "clustering", "merge"])
        if let node = top["version"], try reader.int(node, "version", in: 1...1) != 1 {
            throw reader.error(node, "version", "unsupported version")
        }
        if let node = top["blocking"] { try configuration.readBlocking(node, reader) }
        if let node = top["comparisons"] { try configuration.readComparisons(node, reader) }
        if let node = top["term_frequency"] {
            let map = try reader.mapping(node, "term_frequency", allowed: ["fields", "minimum_records", "floor"])
            if let fields = map["fields"] {
                configuration.termFrequency.fields = try reader.sequence(fields, "term_frequency.fields").enumerated()
                    .map { try reader.choice($1, "term_frequency.fields[\($0)]", TermFrequencyField.self) }
            }
            if let value = map["minimum_records"] { configuration.termFrequency.minimumRecords = try reader.int(value, "term_frequency.minimum_records", in: 0...Int.max) }
            if let value = map["floor"] { configuration.termFrequency.floor = try reader.double(value, "term_frequency.floor", in: 1e-12...1) }
        }
        if let node = top["estimation"] {
            let map = try reader.mapping(node, "estimation", allowed: ["random_pairs", "seed", "max_iterations", "tolerance", "minimum_records", "prior", "training_rules", "fill_in_rules"])
            if let value = map["random_pairs"] { configuration.estimation.randomPairs = try reader.int(value, "estimation.random_pairs", in: 1000...100_000_000) }
            if let value = map["seed"] { configuration.estimation.seed = UInt64(try reader.int(value, "estimation.seed", in: 0...Int.max)) }
            if let value = map["max_iterations"] { configuration.estimation.maxIterations = try reader.int(value, "estimation.max_iterations", in: 1...1000) }
            if let value = map["tolerance"] { configuration.estimation.tolerance = try reader.double(value, "estimation.tolerance", in: 1e-12...1) }
            if let value = map["minimum_records"] { configuration.estimation.minimumRecords = try reader.int(value, "estimation.minimum_records", in: 2...Int.max) }
            if let value = map["prior"] { configuration.estimation.prior = try reader.double(value, "estimation.prior", in: 1e-15...0.5) }
            if let value = map["training_rules"] {
                configuration.estimation.trainingRules = try readRules(value, "estimation.training_rules", reader)
            }
            if let value = map["fill_in_rules"] {
                configuration.estimation.fillInRules = YAMLReader.isNull(value) ? [] : try readRules(value, "estimation.fill_in_rules", reader)
            }
            guard configuration.estimation.allTrainingRules.count <= 8 else {
                throw reader.error(node, "estimation", "at most 8 training and fill-in rules together")
            }
        }
        if let node = top["overrides"] { try configuration.readOverrides(node, reader) }
        if let node = top["bands"] {
            let map = try reader.mapping(node, "bands", allowed: Set(Band.allCases.map(\.rawValue)))
            for band in Band.allCases {
                if let value = map[band.rawValue] { configuration.bandThresholds[band] = try reader.double(value, "bands.\(band.rawValue)", in: 0...1) }
            }
            let values = Band.allCases.compactMap { configuration.bandThresholds[$0] }
            guard values == values.sorted(by: >) else {
                throw reader.error(node, "bands", "thresholds must fall from certain to likely to possible")
            }
        }
        if let node = top["clustering"] {
            let map = try reader.mapping(node, "clustering", allowed: ["link_threshold"])
            if let value = map["link_threshold"] { configuration.clusterLinkThreshold = try reader.double(value, "clustering.link_threshold", in: 0...1) }
        }
        if let node = top["merge"] {
            let map = try reader.mapping(node, "merge", allowed: ["survivor"])
            if let value = map["survivor"] { configuration.survivorPolicy = try reader.choice(value, "merge.survivor", SurvivorPolicy.self) }
        }
        return configuration
    }

    private mutating func readBlocking(_ node: Node, _ reader: YAMLReader) throws {
        let map = try reader.mapping(node, "blocking", allowed: ["max_block_size", "window", "rules"])
        if let value = map["max_block_size"] { maxBlockSize = try reader.int(value, "blocking.max_block_size", in: 2...100_000) }
        if let value = map["window"] { window = try reader.int(value, "blocking.window", in: 1...1000) }
        guard let rulesNode = map["rules"] else { return }
        blockingRules = try MatchingConfiguration.readRules(rulesNode, "blocking.rules", reader, blockSizes: true)
    }

    /// A list of `{name, keys}` rules; blocking rules may also carry `max_block_size` and `window`.
    private static func readRules(_ node: Node, _ key: String, _ reader: YAMLReader, blockSizes: Bool = false) throws -> [BlockingRule] {
        let items = try reader.sequence(node, key)
        guard !items.isEmpty, items.count <= Blocker.maxRules else {
            throw reader.error(node, key, "needs between 1 and \(Blocker.maxRules) rules")
        }
        return try items.enumerated().map { index, item in
            let path = "\(key)[\(index)]"
            let rule = try reader.mapping(item, path, allowed: blockSizes ? ["name", "keys", "max_block_size", "window"] : ["name", "keys"])
            guard let name = rule["name"] else { throw reader.error(item, "\(path).name", "missing") }
            guard let keys = rule["keys"] else { throw reader.error(item, "\(path).keys", "missing") }
            let parsed = try reader.sequence(keys, "\(path).keys").enumerated()
                .map { try reader.choice($1, "\(path).keys[\($0)]", BlockingKey.self) }
            guard !parsed.isEmpty else { throw reader.error(keys, "\(path).keys", "needs at least one key") }
            return BlockingRule(name: try reader.string(name, "\(path).name"), keys: parsed,
                                maxBlockSize: try rule["max_block_size"].map { try reader.int($0, "\(path).max_block_size", in: 2...100_000) },
                                window: try rule["window"].map { try reader.int($0, "\(path).window", in: 1...1000) })
        }
    }

    private mutating func readComparisons(_ node: Node, _ reader: YAMLReader) throws {
        let map = try reader.mapping(node, "comparisons", allowed: Set(ComparisonSettings.Name.allCases.map(\.rawValue)))
        // The file's order is the model's order; a comparison left out is switched off.
        guard let mapping = node.mapping else { return }
        comparisons.enabled = mapping.keys.compactMap { $0.string.flatMap(ComparisonSettings.Name.init(rawValue:)) }
        for name in comparisons.enabled {
            let key = "comparisons.\(name.rawValue)"
            guard let settingsNode = map[name.rawValue] else { continue }
            if YAMLReader.isNull(settingsNode) { continue }
            switch name {
            case .surname:
                let options = try reader.mapping(settingsNode, key, allowed: ["jaro_winkler"])
                if let value = options["jaro_winkler"] { comparisons.surnameJaroWinkler = try reader.doubles(value, "\(key).jaro_winkler", in: 0.5...1) }
            case .firstName:
                let options = try reader.mapping(settingsNode, key, allowed: ["jaro_winkler"])
                if let value = options["jaro_winkler"] { comparisons.firstNameJaroWinkler = try reader.double(value, "\(key).jaro_winkler", in: 0.5...1) }
            case .company:
                let options = try reader.mapping(settingsNode, key, allowed: ["token_overlap"])
                if let value = options["token_overlap"] { comparisons.companyTokenOverlap = try reader.double(value, "\(key).token_overlap", in: 0.01...1) }
            case .city:
                let options = try reader.mapping(settingsNode, key, allowed: ["jaro_winkler"])
                if let value = options["jaro_winkler"] { comparisons.cityJaroWinkler = try reader.double(value, "\(key).jaro_winkler", in: 0.5...1) }
            case .streetCity:
                let options = try reader.mapping(settingsNode, key, allowed: ["street_jaro_winkler"])
                if let value = options["street_jaro_winkler"] { comparisons.streetJaroWinkler = try reader.double(value, "\(key).street_jaro_winkler", in: 0.5...1) }
            default:
                _ = try reader.mapping(settingsNode, key, allowed: [])
            }
        }
    }

    private mutating func readOverrides(_ node: Node, _ reader: YAMLReader) throws {
        if YAMLReader.isNull(node) { overrides = []; return }
        let comparisons = makeComparisons()
        overrides = try reader.sequence(node, "overrides").enumerated().map { index, item in
            let path = "overrides[\(index)]"
            let map = try reader.mapping(item, path, allowed: ["comparison", "level", "m", "u"])
            guard let comparisonNode = map["comparison"] else { throw reader.error(item, "\(path).comparison", "missing") }
            guard let levelNode = map["level"] else { throw reader.error(item, "\(path).level", "missing") }
            let name = try reader.string(comparisonNode, "\(path).comparison")
            let level = try reader.string(levelNode, "\(path).level")
            guard let comparison = comparisons.first(where: { $0.name == name }) else {
                throw reader.error(comparisonNode, "\(path).comparison", "no enabled comparison named '\(name)'")
            }
            guard comparison.levelIndex(of: level) != nil, level != ComparisonLevel.nullID else {
                throw reader.error(levelNode, "\(path).level", "'\(name)' has no level '\(level)' (levels: \(comparison.levels.dropFirst().map(\.id).joined(separator: ", ")))")
            }
            let m = try map["m"].map { try reader.double($0, "\(path).m", in: 1e-12...1) }
            let u = try map["u"].map { try reader.double($0, "\(path).u", in: 1e-12...1) }
            guard m != nil || u != nil else { throw reader.error(item, path, "give m, u or both") }
            return ParameterOverride(comparison: name, level: level, m: m, u: u)
        }
    }
}
