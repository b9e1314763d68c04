/// A sandbox server listening on a socket; `stop()` ends it.
public final class RunningSandbox: Sendable {
    /// `http://127.0.0.1:<port>`.
    public let baseURL: String
    /// The data the server serves.
    public let store: SandboxStore
    let service: SandboxService
    private let task: Task<Void, Error>

    init(baseURL: String, store: SandboxStore, service: SandboxService, task: Task<Void, Error>) {
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

    /// Stops listening and closes open connections; returns when the server has ended.
    public func stop() async {
        task.cancel()
        _ = try? await task.value
    }
}
