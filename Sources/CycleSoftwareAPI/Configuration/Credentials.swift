import Foundation

/// The HTTP Basic credentials of the Customers API.
///
/// Whatever prints or reflects a `Credentials` value (string interpolation, `dump`, test failure
/// messages, loggers) sees only `<redacted>`: the password and user name never leave this type except
/// in the `Authorization` header.
public struct Credentials: Sendable, Hashable {
    public let username: String
    public let password: String

    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }

    /// The value of the `Authorization` header.
    var authorizationHeader: String {
        "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
    }

    /// `text` with every occurrence of the password, and of the encoded header, replaced.
    ///
    /// Error texts from the network stack pass through here before they reach an `APIError`, so that
    /// nothing echoed by a server or library can carry a secret into a log or a report.
    public func redact(_ text: String) -> String {
        var result = text
        for secret in [authorizationHeader, String(authorizationHeader.dropFirst(6)), password]
        where !secret.isEmpty {
            result = result.replacingOccurrences(of: secret, with: "<redacted>")
        }
        return result
    }
}

extension Credentials: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String { "Credentials(<redacted>)" }
    public var debugDescription: String { description }
    // Without this, `dump` and `Mirror`-based printers would list the stored properties.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
