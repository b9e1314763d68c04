import Foundation
import Testing
@testable import CycleSoftwareAPI

@Suite struct ClientConfigurationTests {
    static let credentials = Credentials(username: "u", password: "p")

    @Test(arguments: [
        ("https://api.cyclesoftware.nl", "https://api.cyclesoftware.nl"),
        ("https://api.cyclesoftware.nl/", "https://api.cyclesoftware.nl"),
        ("https://proxy.example.com:8443/cs", "https://proxy.example.com:8443/cs"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://127.1.2.3:9", "http://127.1.2.3:9"),
        ("http://localhost:8080/", "http://localhost:8080"),
        ("http://LOCALHOST", "http://LOCALHOST"),
        ("http://[::1]:8080", "http://[::1]:8080"),
        (" https://api.cyclesoftware.nl ", "https://api.cyclesoftware.nl"),
    ])
    func acceptsHTTPSAndLoopbackHTTP(_ input: String, _ expected: String) throws {
        #expect(try BaseURL.validated(input) == expected)
    }

    @Test(arguments: [
        "http://api.cyclesoftware.nl", "http://192.168.1.10:8080", "http://127.0.0.1.evil.com",
        "http://localhost.evil.com", "http://10.0.0.1",
    ])
    func refusesPlainHTTPElsewhere(_ input: String) {
        #expect(throws: APIError.insecureURL(input)) { try BaseURL.validated(input) }
    }

    @Test(arguments: ["ftp://api.cyclesoftware.nl", "api.cyclesoftware.nl", "https://", "https://host/?a=1", "", "https://host/#x"])
    func refusesWhatIsNotABaseURL(_ input: String) {
        #expect(throws: APIError.self) { try BaseURL.validated(input) }
    }

    @Test func refusesCredentialsInTheURLWithoutRepeatingThem() {
        do {
            _ = try BaseURL.validated("https://owner:hunter2@api.cyclesoftware.nl")
            Issue.record("accepted credentials in the URL")
        } catch {
            #expect(!"\(error)".contains("hunter2"))
            #expect("\(error)".contains("CYCLESOFTWARE_PASSWORD"))
        }
    }

    @Test func environmentSuppliesURLAndCredentials() throws {
        let environment = ["CYCLESOFTWARE_USERNAME": "shop", "CYCLESOFTWARE_PASSWORD": "secret",
                           "CYCLESOFTWARE_BASE_URL": "http://127.0.0.1:9999"]
        let fromEnvironment = try ClientConfiguration.fromEnvironment(baseURL: nil, environment: environment)
        #expect(fromEnvironment.baseURL == "http://127.0.0.1:9999")
        #expect(fromEnvironment.credentials == Credentials(username: "shop", password: "secret"))
        let flagWins = try ClientConfiguration.fromEnvironment(baseURL: "https://other.example", environment: environment)
        #expect(flagWins.baseURL == "https://other.example")
        let defaulted = try ClientConfiguration.fromEnvironment(
            baseURL: nil, environment: ["CYCLESOFTWARE_USERNAME": "shop", "CYCLESOFTWARE_PASSWORD": "secret"])
        #expect(defaulted.baseURL == "https://api.cyclesoftware.nl")
    }

    @Test(arguments: [
        ([String: String](), ["CYCLESOFTWARE_USERNAME", "CYCLESOFTWARE_PASSWORD"]),
        (["CYCLESOFTWARE_USERNAME": "shop"], ["CYCLESOFTWARE_PASSWORD"]),
        (["CYCLESOFTWARE_USERNAME": "shop", "CYCLESOFTWARE_PASSWORD": ""], ["CYCLESOFTWARE_PASSWORD"]),
        (["CYCLESOFTWARE_PASSWORD": "secret"], ["CYCLESOFTWARE_USERNAME"]),
    ])
    func missingCredentialsAreNamed(_ environment: [String: String], _ missing: [String]) {
        #expect(throws: APIError.missingCredentials(missing)) {
            try ClientConfiguration.fromEnvironment(baseURL: nil, environment: environment)
        }
    }

    @Test func insecureEnvironmentURLIsRefused() {
        let environment = ["CYCLESOFTWARE_USERNAME": "shop", "CYCLESOFTWARE_PASSWORD": "secret"]
        #expect(throws: APIError.insecureURL("http://api.cyclesoftware.nl")) {
            try ClientConfiguration.fromEnvironment(baseURL: "http://api.cyclesoftware.nl", environment: environment)
        }
    }
}
