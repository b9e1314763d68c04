import CustomerModel
import CycleSoftwareAPI
import Foundation
import Reporting
import Snapshot

/// Where a run reads its customers (CONTRACT.md, "INPUT").
public enum RunInput: Sendable {
    /// A customers file, or `-` for standard input.
    case file(String)
    /// The snapshot of the last completed sync.
    case snapshot(path: String)
    /// Sync from the API into the snapshot first, then read the snapshot.
    case api(snapshot: String, configuration: ClientConfiguration)
}

extension RunInput {
    /// The input `--input`, `--store`, `--from-api` and `--base-url` name (the snapshot at its
    /// default path when none). For the API the client configuration is read here, before anything
    /// is opened: missing credentials must not leave an empty store behind.
    public init(file: String?, store: String?, fromAPI: Bool, baseURL: String?) throws {
        let store = store ?? SnapshotStore.defaultPath
        if let file {
            self = .file(file)
        } else if fromAPI {
            self = .api(snapshot: store, configuration: try ClientConfiguration.fromEnvironment(baseURL: baseURL))
        } else {
            self = .snapshot(path: store)
        }
    }
}

/// The customers a run analyzes and where they came from.
public struct LoadedInput {
    public var customers: [Customer]
    public var source: ReportSource
    /// The snapshot, when the input came from one: run history and the previous report live there.
    public var store: SnapshotStore?
}

extension RunInput {
    /// Reads the customers. The analysis reads the typed fields only, so each record's exact text,
    /// about as large as the rest of the record, is not kept (a million customers: ~650 MB).
    public func load(events: RunEvents = .silent) async throws -> LoadedInput {
        switch self {
        case let .file(path):
            let customers = try CustomerFile.read(path, keepRaw: false)
            guard !customers.isEmpty else { throw InputError(description: "\(CustomerFile.displayName(path)): holds no customers") }
            return LoadedInput(customers: customers, source: ReportSource(kind: .file, customers: customers.count), store: nil)
        case let .api(path, configuration):
            let store = try SnapshotStore.open(path: path)
            let synced = try await Synchronizer.pull(into: store, configuration: configuration, full: false, progress: events.sync)
            events.note(synced.description)
            let customers = try store.customers(keepRaw: false)
            guard !customers.isEmpty else { throw InputError(description: "the API served no customers: there is nothing to analyze") }
            return LoadedInput(customers: customers, source: ReportSource(kind: .api, customers: customers.count), store: store)
        case let .snapshot(path):
            guard FileManager.default.fileExists(atPath: path) else {
                throw InputError(description: "no snapshot at \(path): run 'customer-audit sync' first, or pass --input FILE")
            }
            let store = try SnapshotStore.open(path: path)
            guard try store.lastCompletedSync() != nil else {
                throw InputError(description: "the snapshot at \(path) has no completed sync yet: run 'customer-audit sync'")
            }
            let customers = try store.customers(keepRaw: false)
            guard !customers.isEmpty else { throw InputError(description: "the snapshot at \(path) holds no customers") }
            return LoadedInput(customers: customers, source: ReportSource(kind: .store, customers: customers.count), store: store)
        }
    }
}

/// Where a run tells the person running it what is happening; the command line prints it.
public struct RunEvents: Sendable {
    /// The analysis stages.
    public var pipeline: ProgressSink
    /// Each page of a sync.
    public var sync: @Sendable (SyncProgress) -> Void
    /// A line worth reading (what was read, what was synced, a warning).
    public var note: @Sendable (String) -> Void

    public init(pipeline: ProgressSink, sync: @escaping @Sendable (SyncProgress) -> Void,
                note: @escaping @Sendable (String) -> Void) {
        self.pipeline = pipeline
        self.sync = sync
        self.note = note
    }

    public static let silent = RunEvents(pipeline: .silent, sync: { _ in }, note: { _ in })
}
