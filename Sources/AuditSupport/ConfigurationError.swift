import Foundation

/// A rules, decisions or configuration file that cannot be used (exit code 2 at the command line).
/// The message names the file, the line (when known) and the key, never a secret.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    /// Dotted path of the offending key, e.g. `rules.postcode.format.severity`.
    public var key: String?
    public var problem: String

    public init(file: String, line: Int? = nil, key: String? = nil, problem: String) {
        self.file = file
        self.line = line
        self.key = key
        self.problem = problem
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let key { location += ": \(key)" }
        return "\(location): \(problem)"
    }
}

extension ConfigurationError {
    /// The text of a configuration file; one that cannot be read as UTF-8 is a `ConfigurationError`
    /// naming it and why. Every rules, decisions and gate file is read through here.
    public static func text(of url: URL) throws -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ConfigurationError(file: url.path, problem: "cannot be read as UTF-8 text (\((error as NSError).localizedDescription))")
        }
    }
}
