import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// Sends API requests with authentication, pacing and retries; the one place that touches the network.
final class RequestExecutor: Sendable {
    struct State {
        var pacer: RateLimitPacer
        var statistics = ClientStatistics()
        var lastRateLimit: RateLimitStatus?
        /// The server's clock at its most recent answer, and our clock then.
        var serverClock: (server: Date, local: Date)?
    }

    let configuration: ClientConfiguration
    let logger: Logger
    let state: Locked<State>
    private let http: HTTPClient
    private let random: @Sendable () -> Double

    init(configuration: ClientConfiguration, logger: Logger, random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }) {
        self.configuration = configuration
        self.logger = logger
        self.random = random
        state = Locked(State(pacer: RateLimitPacer(window: configuration.rateLimitWindow)))
        var http = HTTPClient.Configuration()
        http.decompression = .enabled(limit: .size(configuration.maximumBodyBytes))
        // The retry policy already retries with backoff; the HTTP client retrying a refused connection
        // on its own until a deadline would make an unreachable API take half a minute to report.
        http.connectionPool.retryConnectionEstablishment = false
        http.timeout = .init(connect: .seconds(5), read: Self.timeAmount(configuration.requestTimeout))
        // A redirect could carry the Authorization header to another host.
        http.redirectConfiguration = .disallow
        self.http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: http)
    }

    func shutdown() async throws {
        try await http.shutdown()
    }

    /// Sends `request` until `decode` accepts a 2xx answer, the tries run out, or an answer cannot
    /// improve by repeating it (401, 404, other 4xx, a used-up daily quota).
    func perform<T>(_ request: APIRequest, decode: (APIResponse) throws -> T) async throws -> T {
        let policy = configuration.retry
        var tries = 0
        var failures = 0
        var rateLimitWaits = 0
        while true {
            try await waitForTurn()
            tries += 1
            let sentAt = ContinuousClock.now
            let failure: TransientFailure
            do {
                let response = try await send(request)
                record(response, sentAt: sentAt)
                switch response.status {
                case 200..<300:
                    do {
                        return try decode(response)
                    } catch let problem as ResponseProblem {
                        switch problem {
                        case let .malformed(reason): failure = .malformed(reason)
                        case let .apiError(message): failure = .apiError(message)
                        }
                    }
                case 401, 403:
                    throw APIError.unauthorized
                case 404 where request.customerID != nil:
                    throw APIError.notFound(request.customerID!)
                case 429:
                    rateLimitWaits += 1
                    try handleRateLimited(response, waits: rateLimitWaits, policy: policy)
                    continue
                case 408, 500...599:
                    failure = .server(status: response.status)
                default:
                    let message = response.errorMessage ?? "HTTP \(response.status) for \(request.method.rawValue) \(request.path)"
                    throw APIError.apiError(configuration.credentials.redact(message), attempts: tries)
                }
            } catch let error as APIError {
                throw error
            } catch {
                state.withLock { $0.pacer.didReceive(nil, sentAt: sentAt, at: .now) }
                if Task.isCancelled || error is CancellationError { throw CancellationError() }
                failure = TransientFailure.describe(error, timeout: configuration.requestTimeout)
            }
            failures += 1
            let redacted = Self.redacted(failure, by: configuration.credentials)
            guard failures < policy.maxAttempts, request.isIdempotent else {
                throw redacted.error(attempts: tries)
            }
            let delay = policy.delay(afterAttempt: failures, unit: random())
            state.withLock {
                $0.statistics.retries += 1
                $0.statistics.backoffWait += delay
            }
            logger.notice("retrying after a failed try", metadata: [
                "request": "\(request.method.rawValue) \(request.path)", "try": "\(tries)",
                "problem": "\(redacted.error(attempts: tries))", "wait": "\(Self.readable(delay))",
            ])
            try await Task.sleep(for: delay)
        }
    }

    /// The daily quota, then the pacer: throws when the day is used up, sleeps until the next request
    /// may go, and books it as sent.
    private func waitForTurn() async throws {
        while true {
            try Task.checkCancellation()
            let now = ContinuousClock.now
            let decision: Result<Duration, APIError> = state.withLock { state in
                if let limit = state.lastRateLimit, let remaining = limit.dailyRemaining, remaining <= 0 {
                    let reset = limit.dailyResetDate
                    if reset == nil || reset! > Date() { return .failure(.rateLimitExhausted(resetsAt: reset)) }
                }
                let delay = state.pacer.delay(at: now)
                if delay <= .zero {
                    state.pacer.willSend(at: now)
                    state.statistics.requests += 1
                } else {
                    state.statistics.pacingWait += delay
                }
                return .success(delay)
            }
            let delay = try decision.get()
            if delay <= .zero { return }
            try await Task.sleep(for: delay)
        }
    }

    private func handleRateLimited(_ response: APIResponse, waits: Int, policy: RetryPolicy) throws {
        let status = RateLimitHeaders.status(from: response.headers)
        if let remaining = status?.dailyRemaining, remaining <= 0 {
            throw APIError.rateLimitExhausted(resetsAt: status?.dailyResetDate)
        }
        let now = ContinuousClock.now
        let wait = RateLimitHeaders.retryAfter(from: response.headers)
            ?? max(state.withLock { $0.pacer.delay(at: now) }, configuration.rateLimitWindow / 60)
        guard waits <= policy.maxRateLimitWaits, wait <= policy.maxRateLimitWait else {
            throw APIError.rateLimitExhausted(resetsAt: Date().addingTimeInterval(Self.seconds(wait)))
        }
        state.withLock { $0.pacer.pause(for: wait, at: now) }
        logger.info("rate limited; waiting as the server asked", metadata: ["wait": "\(Self.readable(wait))"])
    }

    private func record(_ response: APIResponse, sentAt: ContinuousClock.Instant) {
        let status = RateLimitHeaders.status(from: response.headers)
        let serverDate = RateLimitHeaders.serverDate(from: response.headers)
        state.withLock { state in
            state.pacer.didReceive(status, sentAt: sentAt, at: .now)
            state.statistics.bodyBytes += response.body.count
            if response.status == 429 { state.statistics.rateLimited += 1 }
            if let status { state.lastRateLimit = status }
            if let serverDate { state.serverClock = (serverDate, Date()) }
        }
    }

    private func send(_ request: APIRequest) async throws -> APIResponse {
        let http = httpRequest(for: request)
        let response = try await self.http.execute(http, timeout: Self.timeAmount(configuration.requestTimeout), logger: nil)
        let body = try await response.body.collect(upTo: configuration.maximumBodyBytes)
        return APIResponse(status: Int(response.status.code),
                           headers: response.headers.map { ($0.name, $0.value) },
                           body: Data(body.readableBytesView))
    }

    /// The HTTP request for `request`: URL, method, Basic auth, JSON and gzip accepted, body.
    func httpRequest(for request: APIRequest) -> HTTPClientRequest {
        var http = HTTPClientRequest(url: request.url(baseURL: configuration.baseURL))
        http.method = HTTPMethod(rawValue: request.method.rawValue)
        http.headers.add(name: "Authorization", value: configuration.credentials.authorizationHeader)
        http.headers.add(name: "Accept", value: "application/json")
        http.headers.add(name: "Accept-Encoding", value: "gzip")
        http.headers.add(name: "User-Agent", value: "customer-audit")
        if let body = request.body {
            http.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
            http.body = .bytes(ByteBuffer(bytes: body))
        }
        return http
    }

    private static func redacted(_ failure: TransientFailure, by credentials: Credentials) -> TransientFailure {
        switch failure {
        case .server: return failure
        case let .transport(text): return .transport(credentials.redact(text))
        case let .malformed(text): return .malformed(credentials.redact(text))
        case let .apiError(text): return .apiError(credentials.redact(text))
        }
    }

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let parts = duration.components
        return .nanoseconds(parts.seconds * 1_000_000_000 + parts.attoseconds / 1_000_000_000)
    }

    static func seconds(_ duration: Duration) -> TimeInterval {
        let parts = duration.components
        return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
    }

    /// A wait as people read it in a log line: `0.3 s`, not `0.2966517497796553 seconds`.
    static func readable(_ duration: Duration) -> String {
        String(format: "%.1f s", seconds(duration))
    }
}
