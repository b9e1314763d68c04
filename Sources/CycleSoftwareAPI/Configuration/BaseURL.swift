import Foundation

/// Checks of the API root a user gives.
///
/// Credentials travel in every request's `Authorization` header, so the root must be `https`; plain
/// `http` is allowed only for loopback hosts (the sandbox, tests). Credentials inside the URL
/// (`https://user:pass@host`) are refused, and the message then leaves them out.
public enum BaseURL {
    /// The root without a trailing slash, or a thrown `APIError.insecureURL` / `.invalidURL`.
    public static func validated(_ text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased() else {
            throw APIError.invalidURL(redactedUserInfo(trimmed), reason: "not a URL")
        }
        if components.user != nil || components.password != nil {
            throw APIError.invalidURL(redactedUserInfo(trimmed),
                                      reason: "credentials belong in CYCLESOFTWARE_USERNAME / CYCLESOFTWARE_PASSWORD, not in the URL")
        }
        guard let host = components.host, !host.isEmpty else {
            throw APIError.invalidURL(trimmed, reason: "no host")
        }
        guard components.query == nil, components.fragment == nil else {
            throw APIError.invalidURL(trimmed, reason: "a query or fragment does not belong in the base URL")
        }
        switch scheme {
        case "https": break
        case "http": guard isLoopback(host: host) else { throw APIError.insecureURL(trimmed) }
        default: throw APIError.invalidURL(trimmed, reason: "scheme must be https (or http for loopback hosts)")
        }
        var result = trimmed
        while result.hasSuffix("/") { result.removeLast() }
        return result
    }

    /// `localhost`, `127.0.0.0/8` and `::1`.
    public static func isLoopback(host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if name.hasSuffix(".") { name.removeLast() }
        if name == "localhost" || name.hasSuffix(".localhost") || name == "::1" || name == "0:0:0:0:0:0:0:1" { return true }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets[0] == "127" else { return false }
        return octets.allSatisfy { part in UInt8(part).map { _ in true } ?? false }
    }

    private static func redactedUserInfo(_ text: String) -> String {
        guard let at = text.firstIndex(of: "@"), let schemeEnd = text.range(of: "://") else { return text }
        guard schemeEnd.upperBound <= at else { return text }
        return text[..<schemeEnd.upperBound] + "<redacted>" + text[at...]
    }
}
