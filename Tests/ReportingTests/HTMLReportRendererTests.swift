import Foundation
import Testing
@testable import Reporting

@Suite struct HTMLReportRendererTests {
    @Test func pageIsSelfContained() throws {
        let html = try HTMLReportRenderer.render(ReportFixture.report())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for reference in ["http://", "https://", "src=", "<link", "@import", "url("] {
            // The only allowed "http" is the SVG namespace, which is an identifier, not a request.
            let count = html.components(separatedBy: reference).count - 1
            let allowed = reference == "http://" ? 1 : 0
            #expect(count == allowed, "found \(reference) \(count) times")
        }
        #expect(html.contains("connect-src 'none'"))
    }

    @Test func scriptCannotEndItsOwnElement() {
        #expect(!HTMLScript.source.lowercased().contains("</script"))
        #expect(!HTMLScript.source.contains("<!--"))
        #expect(!HTMLScript.source.contains("innerHTML"))
        #expect(!HTMLScript.source.contains("insertAdjacentHTML"))
        #expect(!HTMLScript.source.contains("document.write"))
        #expect(!HTMLScript.source.contains("eval("))
    }

    @Test func hostileValuesNeverAppearAsMarkup() throws {
        let html = try HTMLReportRenderer.render(HostileFixture.report)
        #expect(!html.contains("window.__pwned='script'</script>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<svg onload"))
        #expect(html.components(separatedBy: "</script>").count - 1 == 3) // the two data blocks and the script
        #expect(html.components(separatedBy: "<script").count - 1 == 3)
    }

    @Test func scriptCarriesTheNonceThePolicyAllows() throws {
        let html = try HTMLReportRenderer.render(ReportFixture.report())
        let nonce = try #require(html.range(of: "'nonce-")).upperBound
        let value = html[nonce...].prefix { $0 != "'" }
        #expect(!value.isEmpty)
        #expect(html.contains("<script nonce=\"\(value)\">"))
        #expect(try HTMLReportRenderer.render(ReportFixture.report()) == html)
    }
}
