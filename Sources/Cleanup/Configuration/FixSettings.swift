import AuditSupport
import CustomerModel
import Foundation
import Normalization

/// How `fix plan` marks the other members of a merged cluster (`rules/fix.yml`): the API can
/// neither delete nor merge, so a duplicate keeps existing and says whose duplicate it is.
public struct FixSettings: Sendable, Hashable {
    /// The field that gets the marker; default `customer_reference`.
    public var markerField: CustomerField
    /// The marker's text; `{survivor}` becomes the surviving customer's id.
    public var markerTemplate: String

    public static let fileName = "fix.yml"
    public static let survivorPlaceholder = "{survivor}"

    public init(markerField: CustomerField = .customerReference, markerTemplate: String = "DUPLICATE OF {survivor}") {
        self.markerField = markerField
        self.markerTemplate = markerTemplate
    }

    public static let `default` = FixSettings()

    /// The marker for a duplicate of `survivor`.
    public func marker(survivor: Int) -> String {
        markerTemplate.replacingOccurrences(of: Self.survivorPlaceholder, with: String(survivor))
    }

    /// `fix.yml` in `rulesDirectory`, else the defaults (equal to the shipped file).
    public static func load(rulesDirectory: URL?) throws -> FixSettings {
        guard let url = rulesDirectory?.appendingPathComponent(fileName), FileManager.default.fileExists(atPath: url.path) else {
            return .default
        }
        return try parse(ConfigurationError.text(of: url), file: url.path)
    }

    /// Parses the text of a `fix.yml`; every mistake names the file, line and key.
    public static func parse(_ text: String, file: String) throws -> FixSettings {
        let reader = YAMLReader(file: file)
        guard let root = try reader.root(text) else { return .default }
        let top = try reader.mapping(root, "", allowed: ["version", "duplicate_marker"])
        if let version = top["version"] { _ = try reader.int(version, "version", in: 1...1) }
        var settings = FixSettings.default
        guard let markerNode = top["duplicate_marker"] else { return settings }
        let marker = try reader.mapping(markerNode, "duplicate_marker", allowed: ["field", "value"])
        if let fieldNode = marker["field"] {
            let name = try reader.string(fieldNode, "duplicate_marker.field")
            let writable = CustomerField.allCases.filter { ![.customerID, .datetimeCreated, .phoneNumbers, .discountPercentage].contains($0) }
            guard let field = CustomerField(rawValue: name), writable.contains(field) else {
                throw reader.error(fieldNode, "duplicate_marker.field",
                                   "'\(name)' is not a text field a PUT can write (e.g. customer_reference, attn)")
            }
            settings.markerField = field
        }
        if let valueNode = marker["value"] {
            let value = try reader.string(valueNode, "duplicate_marker.value")
            guard value.contains(survivorPlaceholder) else {
                throw reader.error(valueNode, "duplicate_marker.value", "must contain \(survivorPlaceholder), the surviving customer's id")
            }
            settings.markerTemplate = value
        }
        return settings
    }
}
