import AuditSupport
import CustomerModel
import Foundation

/// Which quality rules run, with what severity and parameters (`rules/quality.yml`).
public struct QualityConfiguration: Sendable, Equatable {
    /// One entry per rule kind of `RuleCatalog.all`, in catalogue order.
    public var rules: [RuleSettings]

    public init(rules: [RuleSettings]) {
        self.rules = rules
    }

    /// The shipped configuration: every rule with its own defaults. Equal to `rules/quality.yml`.
    public static let `default` = QualityConfiguration(rules: RuleCatalog.all.map { RuleSettings(defaultsFor: $0) })

    /// Reads a rules file. Rules the file does not mention keep their shipped settings.
    /// Throws `ConfigurationError` (file, line, key) for unreadable files, unknown keys, unknown
    /// rule ids and values of the wrong type.
    public static func load(from url: URL) throws -> QualityConfiguration {
        let text = try ConfigurationError.text(of: url)
        return try QualityConfigurationParser(file: url.path).parse(text)
    }

    /// Parses rules-file text; `file` is the name used in error messages.
    public static func parse(_ yaml: String, file: String = "quality.yml") throws -> QualityConfiguration {
        try QualityConfigurationParser(file: file).parse(yaml)
    }

    /// The settings of the rule with this id.
    public subscript(id: String) -> RuleSettings? {
        get { rules.first { $0.id == id } }
        set {
            guard let index = rules.firstIndex(where: { $0.id == id }) else { return }
            if let newValue { rules[index] = newValue }
        }
    }

    /// This configuration with only the rule `id` enabled (for examples and focused runs).
    public func only(_ id: String) -> QualityConfiguration {
        QualityConfiguration(rules: rules.map { settings in
            var settings = settings
            settings.enabled = settings.id == id
            return settings
        })
    }
}
