import Foundation
import TestSupport
import Testing
@testable import Reporting

/// The page's script and style are written in Sources/Reporting/Output/HTML/Page and carried by the
/// binary through PageAssets.swift, which the EmbedPageAssets plugin generates at build time: these
/// tests fail when the binary carries other text than the files, when a script file is not one of
/// the plugin's parts, and when the script does not parse in a real browser.
@Suite struct PageAssetsTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Sources/Reporting/Output/HTML/Page")

    static func contents(_ file: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    }

    @Test func embeddedStyleIsTheStyleSheetFile() throws {
        #expect(PageAssets.style + "\n" == (try Self.contents("report.css")),
                "the embedded style differs from report.css")
    }

    @Test func embeddedScriptPartsAreTheScriptFiles() throws {
        for part in PageAssets.scriptParts {
            #expect(part.text + "\n" == (try Self.contents(part.file)),
                    "the embedded \(part.file) differs from the file")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".js") }
        #expect(Set(files) == Set(PageAssets.scriptParts.map(\.file)), "every .js file in Page/ is a part of the script (Plugins/EmbedPageAssets lists them)")
    }

    @Test func pageScriptCarriesEveryPartInOrder() {
        let source = HTMLScript.source
        var position = source.startIndex
        for part in PageAssets.scriptParts {
            let found = source.range(of: part.text, range: position..<source.endIndex)
            #expect(found != nil, "\(part.file) is not in the page script after the parts before it")
            position = found?.upperBound ?? position
        }
    }

    /// Each file alone (so a failure names the file and line) and the page's whole script.
    @Test func scriptParsesInChromium() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"),
                     "chromium is missing: make test installs it (APT_PACKAGES)")
        let root = ReportFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let whole = root.appendingPathComponent("page-script.js")
        try (HTMLScript.source + "\n").write(to: whole, atomically: true, encoding: .utf8)
        let files = PageAssets.scriptParts.map { Self.folder.appendingPathComponent($0.file).path } + [whole.path]
        let checker = TestSupport.packageRoot.appendingPathComponent("Tests/browser/script_syntax_check.py")
        let outcome = try await PythonRunner.run([checker.path] + files)
        #expect(outcome.status == 0, "the page script does not parse:\n\(outcome.output)")
        #expect(outcome.output.components(separatedBy: " parses").count - 1 == files.count, "\(outcome.output)")
    }
}
