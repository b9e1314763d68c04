import AuditSupport
import Foundation

/// A customers file, or `-` for standard input: how every command reads one (`analyze --input`,
/// `check --customer`, `sandbox --customers`). Errors name the file and, for JSON Lines, the line.
public enum CustomerFile {
    /// The customers in `path` in any shape `CustomerJSON.decodeCustomers` reads (memory-mapped, not
    /// copied). `keepRaw: false` lets each record's exact text go: a run reads the typed fields only.
    /// An empty or blank file throws; an empty list gives no customers (the caller decides).
    public static func read(_ path: String, keepRaw: Bool = true, workers: Int? = nil) throws -> [Customer] {
        let data: Data
        let name = displayName(path)
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            if let problem = InputPath.problem(path) {
                throw CustomerFileError(description: "cannot read \(path): \(problem)")
            }
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
            } catch {
                throw CustomerFileError(description: "cannot read \(path): \(InputPath.reason(error))")
            }
        }
        guard data.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw CustomerFileError(description: "\(name): is empty, no customers")
        }
        do {
            return try CustomerJSON.decodeCustomers(data, workers: workers, keepRaw: keepRaw)
        } catch let error as CustomerInputError {
            throw CustomerFileError(description: "\(name): \(error.description)")
        }
    }

    /// How messages name `path`.
    public static func displayName(_ path: String) -> String {
        path == "-" ? "standard input" : path
    }
}

/// A customers file that cannot be read or holds no customer data (exit code 4 at the command line).
public struct CustomerFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(description: String) {
        self.description = description
    }
}
