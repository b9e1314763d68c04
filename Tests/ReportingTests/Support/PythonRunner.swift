import Foundation
import TestSupport

/// Runs the Python cross-checks: the interpreter named by CUSTOMER_AUDIT_PYTHON (set by
/// `make test` to its virtual environment), else `python3` from PATH.
enum PythonRunner {
    struct Outcome {
        var status: Int32
        var output: String
    }

    static var interpreter: String {
        if let named = ProcessInfo.processInfo.environment["CUSTOMER_AUDIT_PYTHON"], !named.isEmpty { return named }
        return "python3"
    }

    static func run(_ arguments: [String]) async throws -> Outcome {
        try await TestSupport.offThePool { try runBlocking(arguments) }
    }

    private static func runBlocking(_ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [interpreter] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.currentDirectoryURL = TestSupport.packageRoot
        try process.run()
        // Read while the child runs, so a chatty child never blocks on a full pipe.
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// The repository's own copy of the contract's report schema, so a fresh clone tests on its own.
    static var schemaURL: URL {
        TestSupport.packageRoot.appendingPathComponent("docs/report.schema.json")
    }
}
