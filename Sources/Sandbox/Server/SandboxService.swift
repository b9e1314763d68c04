import AuditSupport
import CustomerGenerator
import CustomerModel
import CompressNIO
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Everything a request passes through, in order: Basic auth (401), rate limit (429), injected
/// faults, the endpoint, gzip, truncation, and the `X-RateLimit-*` headers on the way out.
final class SandboxService: Sendable {
    let store: SandboxStore
    let configuration: SandboxConfiguration
    let limiter: RateLimiter
    let faults: FaultInjector
    private let credentials: BasicCredentials

    init(store: SandboxStore, configuration: SandboxConfiguration) {
        self.store = store
        self.configuration = configuration
        limiter = RateLimiter(configuration: configuration, now: store.clock.now())
        faults = FaultInjector(configuration.faults)
        credentials = BasicCredentials(username: configuration.username, password: configuration.password)
    }

    /// Answers `request` with what `endpoint` replies, unless auth, the limit or a fault decide otherwise.
    func respond(to request: Request, context: SandboxRequestContext,
                 endpoint: (Request) async throws -> SandboxReply) async throws -> Response {
        let traffic = store.traffic
        traffic.mutate { $0.requests += 1 }
        guard credentials.accepts(request.headers[.authorization]) else {
            traffic.mutate { $0.unauthorized += 1 }
            var response = encode(.error(.unauthorized, "Invalid or missing credentials"), for: request)
            response.headers[.wwwAuthenticate] = "Basic realm=\"CycleSoftware API\""
            return finish(response, status: limiter.peek(at: store.clock.now()))
        }
        let status: RateLimiter.Status
        switch limiter.admit(at: store.clock.now()) {
        case let .refused(refusedStatus, retryAfter):
            traffic.mutate { $0.rateLimited += 1 }
            var response = encode(.error(.tooManyRequests, "Rate limit exceeded"), for: request)
            response.headers[.retryAfter] = RetryAfter.header(seconds: retryAfter, minuteLength: configuration.minuteLength)
            return finish(response, status: refusedStatus)
        case let .admitted(admittedStatus):
            status = admittedStatus
        }

        let draw = faults.draw()
        if let delay = draw.delay { try await Task.sleep(for: delay) }
        if let fault = draw.fault { traffic.mutate { $0.faults[fault.kind, default: 0] += 1 } }
        let reply: SandboxReply
        switch draw.fault {
        case let .serverError(code)?:
            reply = .error(HTTPResponse.Status(code: code), "Internal server error")
        case .reset?:
            await reset(context.channel)
            throw SandboxConnectionFault.reset
        case .errorBody?:
            reply = .error(.ok, "A temporary error occurred, please try again")
        case .truncate?, nil:
            reply = try await endpoint(request)
        }
        var truncation: SandboxFaults.Truncation?
        if case let .truncate(style)? = draw.fault, reply.status == .ok { truncation = style }
        return finish(encode(reply, for: request, truncation: truncation), status: status)
    }

    /// Runs one round of drift after a `list.json` page that ended at `pageEnd` was served.
    func driftAfterPage(endingAt pageEnd: Int) async {
        guard let plan = faults.driftPlan() else { return }
        var random = SplitMix64(seed: plan.seed)
        let (deleted, inserted) = await store.drift(inserts: plan.inserts, deletes: plan.deletes, window: pageEnd, random: &random)
        store.traffic.mutate {
            $0.driftDeleted += deleted
            $0.driftInserted += inserted
        }
    }

    // MARK: - Steps

    /// The reply as JSON, gzipped when the client accepts it, cut short when `truncation` says so.
    private func encode(_ reply: SandboxReply, for request: Request, truncation: SandboxFaults.Truncation? = nil) -> Response {
        var buffer = ByteBuffer(string: reply.json)
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if Self.acceptsGzip(request.headers[.acceptEncoding]), let compressed = try? buffer.compress(with: .gzip()) {
            buffer = compressed
            headers[.contentEncoding] = "gzip"
            headers[.vary] = "Accept-Encoding"
        }
        guard let truncation else {
            return Response(status: reply.status, headers: headers, body: ResponseBody(byteBuffer: buffer))
        }
        // Cut after gzip: what is lost is bytes on the wire, as when a connection drops.
        let fullLength = buffer.readableBytes
        let half = buffer.getSlice(at: buffer.readerIndex, length: fullLength / 2) ?? ByteBuffer()
        switch truncation {
        case .shortBody:
            return Response(status: reply.status, headers: headers, body: ResponseBody(byteBuffer: half))
        case .connectionClosed:
            return Response(status: reply.status, headers: headers, body: ResponseBody(contentLength: fullLength) { writer in
                try await writer.write(half)
                throw SandboxConnectionFault.truncated
            })
        }
    }

    private func finish(_ response: Response, status: RateLimiter.Status) -> Response {
        var response = response
        for (name, value) in status.headers {
            if let field = HTTPField.Name(name) { response.headers[field] = value }
        }
        store.traffic.mutate { $0.statuses[Int(response.status.code), default: 0] += 1 }
        return response
    }

    /// Closes the connection with a TCP reset (linger 0), so the client gets no answer at all.
    private func reset(_ channel: any Channel) async {
        if let provider = channel as? any SocketOptionProvider {
            try? await provider.setSoLinger(linger(l_onoff: 1, l_linger: 0)).get()
        }
        try? await channel.close().get()
    }

    /// Whether an `Accept-Encoding` value allows gzip (`gzip`, `x-gzip` or `*`, not with `q=0`).
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let coding = parts.first, ["gzip", "x-gzip", "*"].contains(coding) else { continue }
            let quality = parts.dropFirst().first(where: { $0.hasPrefix("q=") }).flatMap { Double($0.dropFirst(2)) } ?? 1
            if quality > 0 { return true }
        }
        return false
    }
}
