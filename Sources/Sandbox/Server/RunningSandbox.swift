import ServiceLifecycle

/// A sandbox server listening on a socket; `stop()` ends it.
public final class RunningSandbox: Sendable {
    /// `http://127.0.0.1:<port>`.
    public let baseURL: String
    /// The data the server serves.
    public let store: SandboxStore
    let service: SandboxService
    private let group: ServiceGroup
    private let task: Task<Void, Error>

    init(baseURL: String, store: SandboxStore, service: SandboxService, group: ServiceGroup, task: Task<Void, Error>) {
        self.group = group
        self.baseURL = baseURL
        self.store = store
        self.service = service
        self.task = task
    }

    /// The port the server listens on.
    public var port: Int { Int(baseURL.split(separator: ":").last ?? "") ?? 0 }

    /// Switches the injected faults (and restarts their seeded sequence).
    public func setFaults(_ faults: SandboxFaults) async {
        service.faults.set(faults)
    }

    /// The faults in force.
    public var faults: SandboxFaults { service.faults.current }

    /// What the server has answered so far.
    public var traffic: SandboxTrafficSummary { store.traffic.summary }

    /// Stops listening, lets requests in flight finish and closes idle connections; returns when the
    /// server has ended.
    public func stop() async {
        await group.triggerGracefulShutdown()
        _ = try? await task.value
    }
}
