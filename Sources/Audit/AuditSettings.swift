import AuditSupport
import CustomerModel
import Foundation
import Matching
import Normalization
import Quality
import Reporting

/// Everything a run is configured with, read from the rules folder (`--rules`, default `rules/`).
public struct AuditSettings: Sendable {
    public var normalizer: Normalizer
    public var quality: QualityConfiguration
    public var matching: MatchingConfiguration
    public var gate: GateConfiguration
    public var model: MatchModel?
    public var decisions: Decisions
    /// Which files were read, for the summary ("rules/quality.yml", "built-in matching rules" …).
    public var sources: [String]

    public init(normalizer: Normalizer = Normalizer(), quality: QualityConfiguration = .default,
                matching: MatchingConfiguration = .default, gate: GateConfiguration = .default,
                model: MatchModel? = nil, decisions: Decisions = .none, sources: [String] = []) {
        self.normalizer = normalizer
        self.quality = quality
        self.matching = matching
        self.gate = gate
        self.model = model
        self.decisions = decisions
        self.sources = sources
    }

    /// Reads `quality.yml`, `matching.yml`, `gate.yml`, `first-names.yml` and `email-providers.yml` from `rulesDirectory`;
    /// a file that is not there falls back to the built-in default, which equals the shipped file.
    /// Throws `ConfigurationError` (file, line, key) for a file that is there but wrong.
    public static func load(rulesDirectory: URL?, decisionsFile: URL? = nil, modelFile: URL? = nil) throws -> AuditSettings {
        var settings = AuditSettings()
        func file(_ name: String) -> URL? {
            guard let url = rulesDirectory?.appendingPathComponent(name),
                  FileManager.default.fileExists(atPath: url.path) else {
                settings.sources.append("built-in \(name)")
                return nil
            }
            settings.sources.append(url.path)
            return url
        }
        if let url = file("first-names.yml") { settings.normalizer.firstNames = try FirstNameTable.load(from: url) }
        if let url = file("email-providers.yml") { settings.normalizer.emailProviders = try EmailProviders.load(from: url) }
        if let url = file("quality.yml") { settings.quality = try QualityConfiguration.load(from: url) }
        if let url = file("matching.yml") { settings.matching = try MatchingConfiguration.load(from: url) }
        if let url = file("gate.yml") { settings.gate = try GateConfiguration.load(from: url) }
        if let decisionsFile { settings.decisions = try Decisions.load(from: decisionsFile) }
        if let modelFile { settings.model = try MatchModel.load(from: modelFile) }
        return settings
    }
}
