import CustomerModel
import Hummingbird

/// What an endpoint answers before encoding: a status and a JSON text.
struct SandboxReply: Sendable {
    var status: HTTPResponse.Status
    var json: String

    static func ok(_ json: String) -> SandboxReply {
        SandboxReply(status: .ok, json: json)
    }

    /// The API's error shape: `{"error":true,"error_message":"..."}`.
    static func error(_ status: HTTPResponse.Status, _ message: String) -> SandboxReply {
        SandboxReply(status: status, json: "{\"error\":true,\"error_message\":\(JSONText.quoted(message))}")
    }
}

/// Errors that end a request without an HTTP answer.
enum SandboxConnectionFault: Error {
    /// The connection was reset on purpose (reset fault).
    case reset
    /// The body was cut short and the connection closed (truncation fault).
    case truncated
}

enum JSONText {
    static func quoted(_ text: String) -> String { CustomerJSON.quoted(text) }
}
