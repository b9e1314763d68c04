import Foundation
import TestSupport

extension PythonRunner {
    /// The repository's own copy of the contract's report schema, so a fresh clone tests on its own.
    static var schemaURL: URL {
        TestSupport.packageRoot.appendingPathComponent("docs/report.schema.json")
    }
}
