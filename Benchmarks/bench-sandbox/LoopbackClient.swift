import Foundation

/// A minimal HTTP/1.1 client over one keep-alive loopback socket, so the figures are the server's
/// and not a client library's.
final class LoopbackClient {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
    }

    private let socket: Int32
    private let authorization: String
    private var buffer: [UInt8] = []

    init(port: Int, username: String, password: String) throws {
        let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            throw POSIXError(.ECONNREFUSED)
        }
        socket = descriptor
        authorization = "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
    }

    deinit { close(socket) }

    /// GET `path`; `gzip` asks for a compressed body (returned as sent).
    func get(_ path: String, gzip: Bool) throws -> Response {
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: \(authorization)\r\n"
            + "Accept-Encoding: \(gzip ? "gzip" : "identity")\r\nAccept: application/json\r\n\r\n"
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let result = bytes[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
            guard result > 0 else { throw POSIXError(.EPIPE) }
            sent += result
        }
        let headerEnd = try readUntilHeaderEnd()
        let head = String(decoding: buffer[..<headerEnd], as: UTF8.self)
        buffer.removeFirst(headerEnd + 4)
        var lines = head.components(separatedBy: "\r\n")
        let status = Int(lines.removeFirst().split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        try fill(to: length)
        let body = Array(buffer[..<length])
        buffer.removeFirst(length)
        return Response(status: status, headers: headers, body: body)
    }

    private func readUntilHeaderEnd() throws -> Int {
        let marker: [UInt8] = [13, 10, 13, 10]
        var searchFrom = 0
        while true {
            if buffer.count >= 4 {
                for index in searchFrom...(buffer.count - 4) where buffer[index] == 13 && Array(buffer[index..<index + 4]) == marker {
                    return index
                }
                searchFrom = max(0, buffer.count - 3)
            }
            try receive()
        }
    }

    private func fill(to count: Int) throws {
        while buffer.count < count { try receive() }
    }

    private func receive() throws {
        var chunk = [UInt8](repeating: 0, count: 256 * 1024)
        let received = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        guard received > 0 else { throw POSIXError(.ECONNRESET) }
        buffer.append(contentsOf: chunk[..<received])
    }
}
