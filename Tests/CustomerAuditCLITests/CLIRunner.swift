import Foundation
import TestSupport

/// The built binary, run as a user or a CI job would.
typealias CLIRunner = CustomerAuditBinary

extension CustomerAuditBinary {
    /// A fresh temporary folder for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("customer-audit-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
