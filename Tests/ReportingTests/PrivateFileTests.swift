import Foundation
import Testing
@testable import Reporting

/// Temporary files of report and data files: unguessable, exclusive, owner-only, and cleared after
/// a killed run without touching what a planted link points to.
@Suite struct PrivateFileTests {
    static func folder() throws -> URL {
        let url = ReportFixture.temporaryDirectory()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func temporaries(in folder: URL, of name: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".\(name).") && $0.hasSuffix(".tmp") }.sorted()
    }

    @Test func temporaryNamesAreUnpredictableAndOwnerOnly() throws {
        let folder = try Self.folder()
        let url = folder.appendingPathComponent("report.json")
        let first = try PrivateFile(url), second = try PrivateFile(url)
        let names = try Self.temporaries(in: folder, of: "report.json")
        #expect(names.count == 2, "two writers of one name get two temporaries: \(names)")
        #expect(!names.contains(".report.json.\(getpid()).tmp"), "not the guessable name")
        for name in names {
            let mode = (try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.posixPermissions] as? NSNumber)?.intValue
            #expect(mode == 0o600)
        }
        try first.write("one")
        try first.publish()
        second.discard()
        #expect(try String(contentsOf: url, encoding: .utf8) == "one")
        #expect(try Self.temporaries(in: folder, of: "report.json").isEmpty)
    }

    @Test func leftoversOfDeadRunsGoLinksAreRemovedNotFollowedLiveRunsStay() throws {
        let folder = try Self.folder()
        let target = folder.appendingPathComponent("elsewhere.txt")
        try Data("keep me".utf8).write(to: target)
        // A process id that is not running: far above the kernel's limit.
        let dead = Int32.max - 7
        let stale = folder.appendingPathComponent(".report.json.\(dead).0123abcd.tmp")
        try Data("half a report".utf8).write(to: stale)
        let oldStyle = folder.appendingPathComponent(".report.json.\(dead).tmp")
        try FileManager.default.createSymbolicLink(at: oldStyle, withDestinationURL: target)
        let live = folder.appendingPathComponent(".report.json.\(getpid()).feedface.tmp")
        try Data("being written".utf8).write(to: live)

        let file = try PrivateFile(folder.appendingPathComponent("report.json"))
        try file.write("{}")
        try file.publish()

        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: oldStyle.path)) == nil, "the planted link is gone")
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep me", "and what it pointed to is untouched")
        #expect(FileManager.default.fileExists(atPath: live.path), "a running writer's temporary stays")
    }
}
