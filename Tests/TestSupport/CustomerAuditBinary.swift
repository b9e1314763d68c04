import Foundation

/// Runs the built `customer-audit` binary as a user or a CI job would: without API credentials
/// from the test's own environment unless given.
public enum CustomerAuditBinary {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    public static var binary: URL {
        for configuration in ["debug", "release"] {
            let url = TestSupport.packageRoot.appendingPathComponent(".build/\(configuration)/customer-audit")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("customer-audit is not built: run 'swift build' first")
    }

    /// The test process's environment without `CYCLESOFTWARE_*`, plus `extra`.
    public static func environment(_ extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CYCLESOFTWARE_") }
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// Starts the binary; the caller waits for it (or kills it).
    public static func start(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                             standardInput: Any = FileHandle.nullDevice) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = self.environment(environment)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = standardInput
        try process.run()
        return (process, out, err)
    }

    /// Runs to the end, off the concurrency pool, and returns the exit status and both outputs.
    public static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                           stdin: Data? = nil) async throws -> Result {
        try await TestSupport.offThePool {
            let input = Pipe()
            let (process, out, err) = try start(arguments, in: directory, environment: environment,
                                                standardInput: stdin == nil ? FileHandle.nullDevice : input)
            if let stdin {
                input.fileHandleForWriting.write(stdin)
                try input.fileHandleForWriting.close()
            }
            // Read both pipes while the process runs so a full pipe never blocks it.
            nonisolated(unsafe) var outData = Data(), errData = Data()
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
            DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
            process.waitUntilExit()
            group.wait()
            return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                          stderr: String(decoding: errData, as: UTF8.self))
        }
    }
}
