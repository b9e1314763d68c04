import Foundation
import Testing
@testable import Reporting

@Suite struct ReportWriterTests {
    private func mode(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func writesEveryFormatPrivately() throws {
        let root = ReportFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let dir = root.appendingPathComponent("reports/2026-11-29T100000Z")
        let report = ReportFixture.report().withGate(Gate.evaluate(ReportFixture.report(), configuration: .default, baseline: nil, strict: false))
        let urls = try ReportWriter.write(report, to: dir, formats: Set(ReportFormat.allCases), maskPII: false)
        #expect(urls.map(\.lastPathComponent) == ["report.json", "report.html", "findings.csv", "merges.csv", "report.junit.xml"])
        #expect(try mode(dir) == 0o700)
        for url in urls { #expect(try mode(url) == 0o600, "\(url.lastPathComponent)") }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
        #expect(try Report.load(from: urls[0]) == report)
    }

    @Test func junitOnlyWhenAGateRan() throws {
        let dir = ReportFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let urls = try ReportWriter.write(ReportFixture.report(), to: dir, formats: [.junit, .json], maskPII: false)
        #expect(urls.map(\.lastPathComponent) == ["report.json"])
    }

    @Test func maskingLeavesJSONComplete() throws {
        let dir = ReportFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let urls = try ReportWriter.write(ReportFixture.report(), to: dir, formats: [.json, .html], maskPII: true)
        let json = try String(contentsOf: urls[0], encoding: .utf8)
        let html = try String(contentsOf: urls[1], encoding: .utf8)
        #expect(json.contains("jan.vdberg@example.nl"))
        #expect(!html.contains("jan.vdberg@example.nl"))
        #expect(!html.contains("11112222"))
        #expect(html.contains("Personal data is masked"))
    }

    @Test func overwritesAnEarlierReportInTheSameFolder() throws {
        let dir = ReportFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try ReportWriter.write(ReportFixture.report(), to: dir, formats: [.json], maskPII: false)
        let empty = ReportFixture.report(findings: [])
        let urls = try ReportWriter.write(empty, to: dir, formats: [.json], maskPII: false)
        #expect(try Report.load(from: urls[0]).findings.isEmpty)
    }

    @Test func aFileWhereTheFolderShouldBeIsAnError() throws {
        let dir = ReportFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("taken")
        try Data("x".utf8).write(to: file)
        #expect(throws: ReportWriteError.self) { try ReportWriter.write(ReportFixture.report(), to: file, formats: [.json], maskPII: false) }
    }
}
