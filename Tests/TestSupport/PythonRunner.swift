import Foundation

/// Runs the Python checks (Playwright pages, schema validation): the interpreter named by
/// CUSTOMER_AUDIT_PYTHON (set by `make test` to its virtual environment), else `python3` from PATH.
/// The child runs off the cooperative pool and its output is read while it runs, so a chatty child
/// never blocks on a full pipe.
public enum PythonRunner {
    public struct Outcome: Sendable {
        public var status: Int32
        /// Standard output and standard error together.
        public var output: String
    }

    public static var interpreter: String {
        if let named = ProcessInfo.processInfo.environment["CUSTOMER_AUDIT_PYTHON"], !named.isEmpty { return named }
        return "python3"
    }

    /// Runs `python arguments…` in the package root.
    public static func run(_ arguments: [String]) async throws -> Outcome {
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
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
