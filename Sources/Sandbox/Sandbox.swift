import CustomerModel
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// The Customers API of `api/customers.md` served on loopback, for `demo`, `customer-audit sandbox`
/// and the tests. One application serves all three: live on a socket (`start`, `run`) or straight
/// through the router (`buildApplication` with HummingbirdTesting).
///
/// What it promises a client:
/// - **Endpoints**: `list.json` (`offset`, `modified_since` as `YYYY-MM-DD HH:MM:SS` in UTC, id order,
///   `pageSize` a page, `next_offset` null after the last page), `:id.json` (404 when unknown),
///   `find.json` (see `CustomerSearch`), `POST customers.json`, `PUT :id.json`. Bad parameters are a
///   400, unknown paths a 404, always with `{"error":true,"error_message":"…"}`.
/// - **Records** are served as their `raw` text when they have one (planted oddities arrive as they
///   are), otherwise as `CustomerJSON.encode` renders them.
/// - **Auth**: HTTP Basic with the configured user on every endpoint; otherwise 401 with
///   `WWW-Authenticate`. The password is never logged or echoed.
/// - **gzip** when `Accept-Encoding` allows it, with `Content-Encoding: gzip` and `Vary`.
/// - **Limits**: every answer carries `X-RateLimit-Minutely-Limit/-Remaining` and
///   `X-RateLimit-Daily-Limit/-Remaining/-Reset` (Unix seconds) for the limits that are on. Past a
///   limit the answer is 429 with `Retry-After`: whole seconds (rounded up) when the minute is real;
///   with a scaled-down minute, seconds with three decimals (e.g. `0.137`), the exact wait to the
///   end of the window. Refused and unauthenticated requests count against nothing.
/// - **Faults** (`SandboxFaults`): drawn per request from a seeded generator after auth and limits;
///   switchable at runtime with `RunningSandbox.setFaults`. `SandboxStore.traffic` counts them.
public enum Sandbox {
    /// Starts a live server (port 0 = a free port) and returns once it accepts connections.
    public static func start(customers: [Customer], configuration: SandboxConfiguration,
                             host: String = "127.0.0.1", port: Int = 0) async throws -> RunningSandbox {
        try await start(store: SandboxStore(customers: customers), configuration: configuration, host: host, port: port)
    }

    /// Starts a live server over an existing store (e.g. one with a `ManualClock`).
    public static func start(store: SandboxStore, configuration: SandboxConfiguration,
                             host: String = "127.0.0.1", port: Int = 0) async throws -> RunningSandbox {
        let service = SandboxService(store: store, configuration: configuration)
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let application = makeApplication(service: service, host: host, port: port) { channel in
            portContinuation.yield(channel.localAddress?.port ?? port)
            portContinuation.finish()
        }
        // A service group of its own, so `stop()` can shut the server down gracefully.
        let group = ServiceGroup(configuration: .init(services: [application], logger: application.logger))
        let task = Task {
            defer { portContinuation.finish() }
            try await group.run()
        }
        guard let boundPort = await ports.first(where: { _ in true }) else {
            // The server ended before it listened (e.g. the port is taken): report why.
            try await task.value
            throw SandboxStartError(host: host, port: port)
        }
        let urlHost = host.contains(":") ? "[\(host)]" : host
        return RunningSandbox(baseURL: "http://\(urlHost):\(boundPort)", store: store, service: service, group: group, task: task)
    }

    /// Serves until SIGINT or SIGTERM (the `customer-audit sandbox` command). `onRunning` gets the
    /// base URL once the server listens.
    public static func run(store: SandboxStore, configuration: SandboxConfiguration, host: String = "127.0.0.1",
                           port: Int = 0, onRunning: @escaping @Sendable (String) -> Void) async throws {
        let service = SandboxService(store: store, configuration: configuration)
        let urlHost = host.contains(":") ? "[\(host)]" : host
        let application = makeApplication(service: service, host: host, port: port) { channel in
            onRunning("http://\(urlHost):\(channel.localAddress?.port ?? port)")
        }
        try await application.runService()
    }

    /// The same application, for tests through the router without a socket (HummingbirdTesting).
    public static func buildApplication(store: SandboxStore, configuration: SandboxConfiguration) -> some ApplicationProtocol {
        makeApplication(service: SandboxService(store: store, configuration: configuration), host: "127.0.0.1", port: 0) { _ in }
    }

    static func makeApplication(service: SandboxService, host: String, port: Int,
                                onServerRunning: @escaping @Sendable (any Channel) async -> Void)
        -> Application<RouterResponder<SandboxRequestContext>> {
        var logger = Logger(label: "sandbox")
        // Requests are not logged: they carry the Authorization header.
        logger.logLevel = .warning
        return Application(
            router: SandboxRoutes.router(for: service),
            configuration: .init(address: .hostname(host, port: port), serverName: "CycleSoftware-Sandbox"),
            onServerRunning: onServerRunning,
            logger: logger)
    }
}

/// The server could not start listening.
public struct SandboxStartError: Error, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var description: String { "the sandbox could not listen on \(host):\(port)" }
}
