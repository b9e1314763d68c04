import Foundation

/// One call to the API, before it becomes an HTTP request.
struct APIRequest: Sendable {
    enum Method: String, Sendable { case get = "GET", post = "POST", put = "PUT" }

    var method: Method
    /// Below the base URL, e.g. `/api/v1/customers/list.json`.
    var path: String
    var query: [(name: String, value: String)] = []
    var body: Data?
    /// For 404 answers: the customer id the call was about.
    var customerID: Int?

    /// GET and PUT may be repeated after an unclear failure; a POST might then create the customer twice.
    var isIdempotent: Bool { method != .post }

    /// The full URL below `baseURL`, the query percent-encoded.
    func url(baseURL: String) -> String {
        var url = baseURL + path
        if !query.isEmpty {
            url += "?" + query.map { "\(Self.percentEncoded($0.name))=\(Self.percentEncoded($0.value))" }.joined(separator: "&")
        }
        return url
    }

    // Only RFC 3986 unreserved characters stay as they are: a `+` in a phone number must not turn into
    // a space, nor a `&` in a name into a new parameter.
    static func percentEncoded(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }
}

/// An answer as received: status, headers and the whole (decompressed) body.
struct APIResponse: Sendable {
    var status: Int
    var headers: [(String, String)]
    var body: Data

    /// `error_message` (or `message`) of a JSON error body, if there is one.
    var errorMessage: String? {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else { return nil }
        return (object["error_message"] as? String) ?? (object["message"] as? String)
    }
}

/// What made an answer with a 2xx status unusable; the executor retries these.
enum ResponseProblem: Error {
    /// Not the JSON the endpoint sends (truncated, not JSON, wrong shape).
    case malformed(String)
    /// A body with `"error": true`.
    case apiError(String)
}
