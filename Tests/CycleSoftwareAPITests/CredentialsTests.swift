import Foundation
import Testing
@testable import CycleSoftwareAPI

@Suite struct CredentialsTests {
    static let secret = "pa55-w0rd!sekr3t"
    let credentials = Credentials(username: "shop-owner", password: CredentialsTests.secret)

    @Test func printingNeverShowsTheSecrets() throws {
        var dumped = ""
        dump(credentials, to: &dumped)
        let configuration = try ClientConfiguration(baseURL: "https://api.example.nl", credentials: credentials)
        var dumpedConfiguration = ""
        dump(configuration, to: &dumpedConfiguration)
        let renderings = [
            "\(credentials)", String(reflecting: credentials), dumped, "\(configuration)",
            String(reflecting: configuration), dumpedConfiguration, "\([credentials])",
        ]
        for text in renderings {
            #expect(!text.contains(Self.secret))
            #expect(!text.contains("shop-owner"))
            #expect(!text.contains(credentials.authorizationHeader.dropFirst(6)))
        }
    }

    @Test func authorizationHeaderIsBasicOfUserColonPassword() {
        let header = Credentials(username: "Username", password: "Password").authorizationHeader
        // The example header of api/customers.md.
        #expect(header == "Basic VXNlcm5hbWU6UGFzc3dvcmQ=")
    }

    @Test func redactRemovesPasswordAndEncodedHeader() {
        let token = String(credentials.authorizationHeader.dropFirst(6))
        let text = "server said: bad login \(Self.secret) / Authorization: Basic \(token)"
        let redacted = credentials.redact(text)
        #expect(!redacted.contains(Self.secret))
        #expect(!redacted.contains(token))
        #expect(redacted.contains("<redacted>"))
    }

    @Test(arguments: [
        APIError.missingCredentials(["CYCLESOFTWARE_PASSWORD"]), .insecureURL("http://example.nl"), .unauthorized,
        .notFound(4), .rateLimitExhausted(resetsAt: Date(timeIntervalSince1970: 1_678_230_000)),
        .rateLimitExhausted(resetsAt: nil), .server(status: 503, attempts: 5),
        .transport("connection reset by peer", attempts: 5), .malformedResponse("cut short", attempts: 2),
        .apiError("Database busy", attempts: 5), .invalidURL("ftp://x", reason: "scheme"), .invalidRequest("no criterion"),
    ])
    func everyErrorReadsAsASentence(_ error: APIError) {
        let text = error.description
        #expect(text.count > 20)
        #expect(!text.contains("APIError"))
        #expect(!text.contains(Self.secret))
    }

    @Test func exhaustedLimitSaysWhenItResets() {
        let text = APIError.rateLimitExhausted(resetsAt: Date(timeIntervalSince1970: 1_678_230_000)).description
        #expect(text.contains("2023-03-07T23:00:00Z"))
    }

    @Test func missingCredentialsNameTheVariables() {
        let text = APIError.missingCredentials(["CYCLESOFTWARE_USERNAME", "CYCLESOFTWARE_PASSWORD"]).description
        #expect(text.contains("CYCLESOFTWARE_USERNAME"))
        #expect(text.contains("CYCLESOFTWARE_PASSWORD"))
    }
}
