import AsyncHTTPClient
import Foundation

/// A failed try that may succeed when repeated.
enum TransientFailure: Sendable, Equatable {
    case server(status: Int)
    case transport(String)
    case malformed(String)
    case apiError(String)

    /// The error to throw once the tries are used up.
    func error(attempts: Int) -> APIError {
        switch self {
        case let .server(status): return .server(status: status, attempts: attempts)
        case let .transport(reason): return .transport(reason, attempts: attempts)
        case let .malformed(reason): return .malformedResponse(reason, attempts: attempts)
        case let .apiError(message): return .apiError(message, attempts: attempts)
        }
    }

    /// A person-readable reason for an error thrown by the HTTP stack.
    static func describe(_ error: Error, timeout: Duration) -> TransientFailure {
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout:
                return .transport("no complete answer within \(timeout)")
            case .connectTimeout, .getConnectionFromPoolTimeout:
                return .transport("connecting timed out")
            case .remoteConnectionClosed:
                return .transport("the server closed the connection before the answer was complete")
            case .bodyLengthMismatch:
                return .malformed("the body was shorter or longer than announced")
            default:
                return .transport(error.shortDescription.lowercased())
            }
        }
        let text = String(describing: error)
        if text.contains("errno: \(ECONNREFUSED))") || text.contains("Connection refused") {
            return .transport("the connection was refused: check the base URL and that the API is up")
        }
        // Decompression errors mean the gzip stream was cut short or damaged.
        if text.contains("DecompressionError") || text.contains("truncatedData") || text.contains("inflationError") {
            return .malformed("the gzip body could not be decompressed (\(text))")
        }
        return .transport(text)
    }
}
