import CustomerModel
import Hummingbird
import Logging
import NIOCore

/// The Customers API of `api/customers.md` served on loopback, for `demo`, `customer-audit sandbox`
/// and the tests. One application serves all three: live on a socket (`start`, `run`) or straight
/// through the router (`buildApplication` with HummingbirdTesting).
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
        let task = Task {
            defer { portContinuation.finish() }
            try await application.run()
        }
        guard let boundPort = await ports.first(where: { _ in true }) else {
            // The server ended before it listened (e.g. the port is taken): report why.
            try await task.value
            throw SandboxStartError(host: host, port: port)
        }
        let urlHost = host.contains(":") ? "[\(host)]" : host
        return RunningSandbox(baseURL: "http://\(urlHost):\(boundPort)", store: store, service: service, task: task)
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
