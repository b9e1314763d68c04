import CompressNIO
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Sandbox
import Testing

@Suite struct GzipTests {
    static let uris = ["/api/v1/customers/list.json", "/api/v1/customers/21.json", "/api/v1/customers/find.json?query=jansen",
                       "/api/v1/customers/99.json"]

    @Test(arguments: uris)
    func bodiesAreGzippedWhenTheClientAcceptsIt(uri: String) async throws {
        try await SandboxFixtures.withRouter { client, _ in
            let plain = try await client.execute(uri: uri, method: .get, headers: SandboxFixtures.headers())
            let zipped = try await client.execute(uri: uri, method: .get,
                                                  headers: SandboxFixtures.headers([.acceptEncoding: "gzip, deflate"]))
            #expect(plain.headers[.contentEncoding] == nil)
            #expect(zipped.headers[.contentEncoding] == "gzip")
            #expect(zipped.headers[.vary] == "Accept-Encoding")
            #expect(zipped.status == plain.status)
            #expect(zipped.headers[.contentLength] == String(zipped.body.readableBytes))
            // gzip magic number, then the same JSON once inflated.
            #expect(Array(zipped.body.readableBytesView.prefix(2)) == [0x1F, 0x8B])
            var body = zipped.body
            let inflated = try body.decompress(with: .gzip())
            #expect(String(buffer: inflated) == plain.text)
        }
    }

    @Test(arguments: [("gzip", true), ("GZIP", true), ("deflate, gzip;q=0.5", true), ("*", true), ("x-gzip", true),
                      ("gzip;q=0", false), ("deflate", false), ("identity", false), ("br, gzip ; q=0.0", false)])
    func acceptEncodingIsReadLikeHTTPSays(header: String, gzip: Bool) {
        #expect(SandboxService.acceptsGzip(header) == gzip)
    }
}
