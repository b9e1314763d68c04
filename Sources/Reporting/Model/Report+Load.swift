import Foundation

/// A report file that cannot be used as a previous run or baseline (exit code 4 at the command line).
public struct ReportLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var problem: String

    public init(file: String, problem: String) {
        self.file = file
        self.problem = problem
    }

    public var description: String { "\(file): \(problem)" }
}

extension Report {
    /// Reads a report.json written by this tool (or any file following schema v1).
    /// - Throws: `ReportLoadError` naming the file and what is wrong with it.
    public static func load(from url: URL) throws -> Report {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ReportLoadError(file: url.path, problem: "cannot be read (\(error.localizedDescription))")
        }
        return try decode(data, file: url.path)
    }

    /// Decodes report.json text; `file` names the source in errors.
    public static func decode(_ data: Data, file: String = "report.json") throws -> Report {
        let report: Report
        do {
            report = try JSONDecoder().decode(Report.self, from: data)
        } catch let error as DecodingError {
            throw ReportLoadError(file: file, problem: "not a customer-audit report: \(describe(error))")
        } catch {
            throw ReportLoadError(file: file, problem: "not a customer-audit report: \(error)")
        }
        guard report.schemaVersion == currentSchemaVersion else {
            throw ReportLoadError(file: file, problem: "schema_version \(report.schemaVersion) is not supported (expected \(currentSchemaVersion))")
        }
        return report
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop(while: { $0 == "." }).description
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = path(context.codingPath)
            return "missing key \(at.isEmpty ? "" : at + ".")\(key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let at = path(context.codingPath)
            return (at.isEmpty ? "" : "\(at): ") + context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }
}
