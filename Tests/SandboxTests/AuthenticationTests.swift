import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Sandbox
import Testing

@Suite struct AuthenticationTests {
    static let endpoints: [(HTTPRequest.Method, String)] = [
        (.get, "/api/v1/customers/list.json"), (.get, "/api/v1/customers/8.json"),
        (.get, "/api/v1/customers/find.json?email=giel@example.be"), (.post, "/api/v1/customers.json"),
        (.put, "/api/v1/customers/8.json"),
    ]

    @Test(arguments: endpoints.indices)
    func everyEndpointRefusesMissingOrWrongCredentials(index: Int) async throws {
        let (method, uri) = Self.endpoints[index]
        try await SandboxFixtures.withRouter { client, store in
            let wrong: [HTTPFields] = [
                [:],
                SandboxFixtures.headers(password: "wrong"),
                SandboxFixtures.headers(username: "other"),
                [.authorization: "Bearer abc"],
                [.authorization: "Basic not-base64!"],
            ]
            for headers in wrong {
                let response = try await client.execute(uri: uri, method: method, headers: headers,
                                                        body: ByteBuffer(string: #"{"name": "X"}"#))
                #expect(response.status == .unauthorized)
                #expect(response.object["error"] as? Bool == true)
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Basic") == true)
                #expect(!response.text.contains(SandboxFixtures.password))
            }
            #expect(await store.count == 7)
            #expect(await store.customer(id: 8)?.name == "Dijk")
        }
    }

    @Test func rightCredentialsAreAccepted() async throws {
        try await SandboxFixtures.withRouter { client, _ in
            for (method, uri) in Self.endpoints {
                let response = try await client.execute(uri: uri, method: method, headers: SandboxFixtures.headers(),
                                                        body: ByteBuffer(string: #"{"name": "X"}"#))
                #expect(response.status == .ok, "\(method) \(uri)")
            }
        }
    }

    static func basic(_ text: String) -> String { "Basic " + Data(text.utf8).base64EncodedString() }

    static let headerCases: [(String, Bool)] = [
        (basic("shop:s3cret-Pässword"), true),
        ("basic " + Data("shop:s3cret-Pässword".utf8).base64EncodedString(), true),
        (basic("shop:s3cret-Pässwor"), false),
        (basic("shop:s3cret-Pässword2"), false),
        (basic("shop"), false),
        ("Basic", false),
        ("", false),
    ]

    @Test(arguments: headerCases)
    func credentialsAreComparedExactly(header: String, accepted: Bool) {
        let credentials = BasicCredentials(username: SandboxFixtures.username, password: SandboxFixtures.password)
        #expect(credentials.accepts(header) == accepted)
    }

    @Test func configurationDescriptionHidesThePassword() {
        #expect(!"\(SandboxFixtures.configuration())".contains(SandboxFixtures.password))
    }
}
