import Foundation
import TestSupport

/// Runs the built `customer-audit` binary, as a user or a CI job would.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        let root = TestSupport.packageRoot
        for configuration in ["debug", "release"] {
            let url = root.appendingPathComponent(".build/\(configuration)/customer-audit")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("customer-audit is not built: run 'swift build' first")
    }

    /// Runs with a clean environment (no API credentials unless given) in `directory`.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:], stdin: Data? = nil) async throws -> Result {
        try await TestSupport.offThePool { try runBlocking(arguments, in: directory, environment: environment, stdin: stdin) }
    }

    private static func runBlocking(_ arguments: [String], in directory: URL, environment: [String: String], stdin: Data?) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CYCLESOFTWARE_") }
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
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

    /// A fresh temporary folder for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("customer-audit-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
