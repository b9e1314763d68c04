import Foundation

/// Why the Customers API could not be used (exit code 3 at the command line, except the cases
/// `isUsageError` names, which are exit code 2).
///
/// Every description reads as a sentence for a person and never contains credentials.
public enum APIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The named environment variables are missing or empty.
    case missingCredentials([String])
    /// A plain `http` URL for a host that is not loopback.
    case insecureURL(String)
    /// The server refused the credentials (401/403).
    case unauthorized
    /// No customer with this id.
    case notFound(Int)
    /// The rate limit stays exhausted (the daily quota, or too many 429s in a row).
    case rateLimitExhausted(resetsAt: Date?)
    /// 5xx answers until the tries ran out.
    case server(status: Int, attempts: Int)
    /// Network failures (refused, reset, timed out, cut short) until the tries ran out.
    case transport(String, attempts: Int)
    /// Bodies that were not the JSON the endpoint sends, until the tries ran out.
    case malformedResponse(String, attempts: Int)
    /// The API answered with an error of its own (`"error": true`, or a 4xx with a message).
    case apiError(String, attempts: Int)
    /// The base URL cannot be used at all.
    case invalidURL(String, reason: String)
    /// The call itself cannot be made, e.g. a find without any criterion or an update without an id.
    case invalidRequest(String)

    public var description: String {
        switch self {
        case let .missingCredentials(names):
            return "missing API credentials: set \(names.joined(separator: " and ")) in the environment"
        case let .insecureURL(url):
            return "refusing to send credentials over plain http to \(url): use https (http is allowed only for loopback hosts)"
        case .unauthorized:
            return "the Customers API refused the credentials (HTTP 401): check CYCLESOFTWARE_USERNAME and CYCLESOFTWARE_PASSWORD"
        case let .notFound(id):
            return "the Customers API has no customer with id \(id)"
        case let .rateLimitExhausted(resetsAt):
            if let resetsAt {
                return "the Customers API rate limit is used up; it resets at \(Self.format(resetsAt))"
            }
            return "the Customers API rate limit is used up and did not say when it resets"
        case let .server(status, attempts):
            return "the Customers API kept failing with HTTP \(status) (\(Self.tries(attempts)))"
        case let .transport(reason, attempts):
            return "could not reach the Customers API: \(reason) (\(Self.tries(attempts)))"
        case let .malformedResponse(reason, attempts):
            return "the Customers API sent a response that could not be read: \(reason) (\(Self.tries(attempts)))"
        case let .apiError(message, attempts):
            return "the Customers API reported an error: \(message) (\(Self.tries(attempts)))"
        case let .invalidURL(url, reason):
            return "invalid API base URL \(url): \(reason)"
        case let .invalidRequest(reason):
            return "invalid API request: \(reason)"
        }
    }

    /// Whether a person can fix this by changing the command line or environment (exit code 2)
    /// rather than the API being unusable (exit code 3).
    public var isUsageError: Bool {
        switch self {
        case .insecureURL, .invalidURL, .invalidRequest: return true
        default: return false
        }
    }

    private static func tries(_ attempts: Int) -> String {
        attempts == 1 ? "1 try" : "\(attempts) tries"
    }

    private static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
