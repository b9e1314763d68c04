import CustomerGenerator
import CustomerModel
import CycleSoftwareAPI
import Foundation
import Reporting
import Sandbox
import Snapshot
import Testing
import TestSupport
@testable import Audit

/// A whole run as `analyze`, `gate` and `demo` compose it: input → pipeline → report files → run record.
@Suite(.serialized) struct AnalysisRunTests {
    static let customers = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 3, customers: 300)).customers

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("analysis-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func customersFile(in folder: URL) throws -> String {
        let url = folder.appendingPathComponent("customers.json")
        try Data(("[" + customers.map { $0.raw.isEmpty ? CustomerJSON.encode($0) : $0.raw }.joined(separator: ",\n") + "]").utf8).write(to: url)
        return url.path
    }

    static func permissions(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func aFileRunWritesEveryReportAndTheModelOwnerOnly() async throws {
        let folder = try Self.folder()
        let out = folder.appendingPathComponent("out").path
        let run = AnalysisRun(kind: .analyze, input: .file(try Self.customersFile(in: folder)), settings: AuditSettings(), out: out)
        let result = try await run.execute()
        #expect(result.report.summary.customers == 300 && result.report.source.kind == .file)
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: out))
        #expect(names == ["report.json", "report.html", "findings.csv", "merges.csv", "model.json"])
        for name in names { #expect(try Self.permissions(URL(fileURLWithPath: out).appendingPathComponent(name)) == 0o600, "\(name)") }
        #expect(result.timings.stages.first?.name == "read input" && result.timings.stages.last?.name == "write reports")
        #expect(result.report.gate == nil)
    }

    @Test func aGateRunAddsItsVerdictAndTheJUnitFile() async throws {
        let folder = try Self.folder()
        let out = folder.appendingPathComponent("gate").path
        let run = AnalysisRun(kind: .gate(strict: false), input: .file(try Self.customersFile(in: folder)), settings: AuditSettings(),
                              out: out, formats: [.json])
        let result = try await run.execute()
        #expect(result.report.gate != nil)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: out)) == ["report.json", "report.junit.xml", "model.json"])
    }

    @Test func aRunFromTheAPIRemembersItselfAndTheNextOneComparesWithIt() async throws {
        let sandbox = try await Sandbox.start(customers: Self.customers, configuration: SandboxConfiguration(
            username: "run-test", password: "run-secret", minutelyLimit: nil, dailyLimit: nil))
        defer { Task { await sandbox.stop() } }
        let folder = try Self.folder()
        let store = folder.appendingPathComponent("store.sqlite").path
        let configuration = try ClientConfiguration(baseURL: sandbox.baseURL, credentials: Credentials(username: "run-test", password: "run-secret"))
        let notes = Notes()
        let events = RunEvents(pipeline: .silent, sync: { _ in }, note: { notes.add($0) })
        let first = try await AnalysisRun(kind: .analyze, input: .api(snapshot: store, configuration: configuration), settings: AuditSettings(),
                                          out: folder.appendingPathComponent("first").path).execute(events: events)
        #expect(first.report.source.kind == .api && first.report.changes == nil)
        #expect(notes.lines.contains { $0.hasPrefix("Synced 300 customers") }, "\(notes.lines)")
        #expect(notes.lines.contains("read 300 customers from api"), "\(notes.lines)")

        let second = try await AnalysisRun(kind: .analyze, input: .snapshot(path: store), settings: AuditSettings(),
                                           out: folder.appendingPathComponent("second").path).execute()
        #expect(second.report.source.kind == .store)
        #expect(second.report.changes != nil, "compared with the first run's report")
        let runs = try SnapshotStore.open(path: store).recentRuns(limit: 10)
        #expect(runs.count == 2 && runs.allSatisfy { $0.kind == "analyze" && $0.customers == 300 })
    }

    @Test func inputThatCannotBeAnalyzedSaysWhy() async throws {
        let folder = try Self.folder()
        let missing = folder.appendingPathComponent("none.sqlite").path
        await #expect(throws: InputError(description: "no snapshot at \(missing): run 'customer-audit sync' first, or pass --input FILE")) {
            _ = try await RunInput.snapshot(path: missing).load()
        }
        let empty = folder.appendingPathComponent("empty.json")
        try Data("[]".utf8).write(to: empty)
        await #expect(throws: InputError(description: "\(empty.path): holds no customers")) {
            _ = try await RunInput.file(empty.path).load()
        }
    }

    @Test func theOptionsNameTheInput() throws {
        guard case .file("x.json") = try RunInput(file: "x.json", store: nil, fromAPI: false, baseURL: nil) else {
            Issue.record("--input names a file"); return
        }
        guard case .snapshot(SnapshotStore.defaultPath) = try RunInput(file: nil, store: nil, fromAPI: false, baseURL: nil) else {
            Issue.record("the default is the snapshot"); return
        }
        // Missing credentials or the insecure URL, whichever the environment makes it: found before
        // anything is opened.
        let store = try Self.folder().appendingPathComponent("s.sqlite").path
        #expect(throws: APIError.self) { try RunInput(file: nil, store: store, fromAPI: true, baseURL: "http://example.com") }
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    @Test func formatListsAreRead() {
        #expect(ReportFormat.named(in: []).formats == [.json, .html, .csv])
        #expect(ReportFormat.named(in: ["json, HTML", "csv"]) == ([.json, .html, .csv], nil))
        #expect(ReportFormat.named(in: ["json,pdf"]).unknown == "pdf")
        #expect(ReportFormat.named(in: ["junit"]).unknown == "junit", "report.junit.xml comes with the gate only")
    }
}

/// Notes heard from a run, in order.
private final class Notes: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    func add(_ line: String) { lock.withLock { stored.append(line) } }
    var lines: [String] { lock.withLock { stored } }
}
