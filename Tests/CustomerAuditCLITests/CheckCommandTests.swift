import CustomerGenerator
import CustomerModel
import Foundation
import Testing
import TestSupport

/// `check` against the sandbox served by the real binary, over real HTTP.
@Suite struct CheckCommandTests {
    @Test func findsAPlantedDuplicateThroughFindJSON() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let dataset = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 11, customers: 600))
        let byID = Dictionary(dataset.customers.compactMap { c in c.customerID.map { ($0, c) } }, uniquingKeysWith: { a, _ in a })
        // A pair registered twice that shares a phone number: the shop is about to register it again.
        let group = try #require(dataset.truth.duplicateGroups.first { group in
            group.count == 2 && Set(byID[group[0]]?.phoneNumbers.compactMap { $0.phoneNumber?.filter(\.isNumber).suffix(8) } ?? [])
                .intersection(byID[group[1]]?.phoneNumbers.compactMap { $0.phoneNumber?.filter(\.isNumber).suffix(8) } ?? []).count > 0
        })
        let existing = group[0], newcomer = try #require(byID[group[1]])
        let served = dataset.customers.filter { $0.customerID != group[1] }
        try Data(("[" + served.map { CustomerJSON.encode($0) }.joined(separator: ",") + "]").utf8)
            .write(to: folder.appendingPathComponent("served.json"))
        var newRecord = newcomer
        newRecord.customerID = nil
        try Data(CustomerJSON.encode(newRecord).utf8).write(to: folder.appendingPathComponent("new.json"))

        let credentials = ["CYCLESOFTWARE_USERNAME": "shop", "CYCLESOFTWARE_PASSWORD": "check-\(UUID().uuidString)"]
        let server = try await BackgroundCLI.start(["sandbox", "--port", "0", "--customers", "served.json"], in: folder,
                                             environment: credentials, readyLine: "Serving")
        defer { server.stop() }
        let baseURL = try #require(server.firstLine.split(separator: " ").first { $0.hasPrefix("http://") }.map(String.init))

        let result = try await CLIRunner.run(["check", "--customer", "new.json", "--base-url", baseURL, "--json"],
                                       in: folder, environment: credentials)
        #expect(result.status == 0, "\(result.stderr)")
        let answer = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let candidates = answer?["candidates"] as? [[String: Any]] ?? []
        let found = candidates.first { $0["customer_id"] as? Int == existing }
        #expect(found != nil, "the existing record \(existing) is among the candidates: \(result.stdout)")
        #expect(found?["band"] is String, "and it reaches a suggestion band")
        #expect(!result.stdout.contains(credentials["CYCLESOFTWARE_PASSWORD"]!))
    }
}

/// A long-running command (the sandbox) started in the background for a test.
final class BackgroundCLI {
    let process: Process
    let firstLine: String

    private init(process: Process, firstLine: String) {
        self.process = process
        self.firstLine = firstLine
    }

    /// Starts the binary and waits (up to 60 s) for a stdout line containing `readyLine`.
    static func start(_ arguments: [String], in directory: URL, environment: [String: String], readyLine: String) async throws -> BackgroundCLI {
        try await TestSupport.offThePool { try startBlocking(arguments, in: directory, environment: environment, readyLine: readyLine) }
    }

    private static func startBlocking(_ arguments: [String], in directory: URL, environment: [String: String], readyLine: String) throws -> BackgroundCLI {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = CLIRunner.environment(environment)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var buffer = Data()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            let text = String(decoding: buffer, as: UTF8.self)
            if let line = text.split(separator: "\n").first(where: { $0.contains(readyLine) }) {
                return BackgroundCLI(process: process, firstLine: String(line))
            }
        }
        process.terminate()
        throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "\(arguments.first ?? "") did not start: \(String(decoding: buffer, as: UTF8.self))"])
    }

    func stop() {
        if process.isRunning {
            process.interrupt()
            process.waitUntilExit()
        }
    }
}
