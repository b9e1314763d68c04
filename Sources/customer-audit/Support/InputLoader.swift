import AuditSupport
import CustomerModel
import CycleSoftwareAPI
import Foundation
import Reporting
import Snapshot

/// Reads the customers a run analyzes, from a file, standard input, the snapshot, or the API.
struct LoadedInput {
    var customers: [Customer]
    var source: ReportSource
    /// The snapshot, when the input came from one: run history and the previous report live there.
    var store: SnapshotStore?
}

enum InputLoader {
    static func load(_ options: InputOptions, console: Console) async throws -> LoadedInput {
        if let path = options.input {
            let customers = try readFile(path)
            guard !customers.isEmpty else {
                throw InputError(description: "\(path == "-" ? "standard input" : path): holds no customers")
            }
            return LoadedInput(customers: customers, source: ReportSource(kind: .file, customers: customers.count), store: nil)
        }
        let storePath = options.store ?? SnapshotStore.defaultPath
        if options.fromAPI {
            // Configuration first: missing credentials must not leave an empty store behind.
            let configuration = try ClientConfiguration.fromEnvironment(baseURL: options.baseURL)
            let store = try SnapshotStore.open(path: storePath)
            let client = CustomersClient(configuration: configuration)
            do {
                let summary = try await Synchronizer(store: store, source: client).run(full: false, progress: { progress in
                    console.progress("sync: " + SyncProgressDisplay.describe(progress))
                })
                console.note(SyncCommand.describe(summary, store: storePath, statistics: client.statistics))
                try? await client.shutdown()
            } catch {
                try? await client.shutdown()
                store.discardIfUnused()
                throw error
            }
            let customers = withoutRawText(try store.customers())
            guard !customers.isEmpty else { throw InputError(description: "the API served no customers: there is nothing to analyze") }
            return LoadedInput(customers: customers, source: ReportSource(kind: .api, customers: customers.count), store: store)
        }
        guard FileManager.default.fileExists(atPath: storePath) else {
            throw InputError(description: "no snapshot at \(storePath): run 'customer-audit sync' first, or pass --input FILE")
        }
        let store = try SnapshotStore.open(path: storePath)
        guard try store.lastCompletedSync() != nil else {
            throw InputError(description: "the snapshot at \(storePath) has no completed sync yet: run 'customer-audit sync'")
        }
        let customers = withoutRawText(try store.customers())
        guard !customers.isEmpty else { throw InputError(description: "the snapshot at \(storePath) holds no customers") }
        return LoadedInput(customers: customers, source: ReportSource(kind: .store, customers: customers.count), store: store)
    }

    /// The analysis reads the typed fields only; each record's exact text, about as large as the
    /// rest of the record, is let go (a million customers: ~650 MB).
    private static func withoutRawText(_ customers: consuming [Customer]) -> [Customer] {
        for index in customers.indices { customers[index].raw = "" }
        return customers
    }

    /// A file or '-' for standard input; errors name the file and, for JSON Lines, the line.
    static func readFile(_ path: String) throws -> [Customer] {
        let data: Data
        let name = path == "-" ? "standard input" : path
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            if let problem = InputPath.problem(path) {
                throw InputError(description: "cannot read \(path): \(problem)")
            }
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
            } catch {
                throw InputError(description: "cannot read \(path): \(InputPath.reason(error))")
            }
        }
        guard data.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw InputError(description: "\(name): is empty, no customers")
        }
        do {
            return try CustomerJSON.decodeCustomers(data, keepRaw: false)
        } catch let error as CustomerInputError {
            throw InputError(description: "\(name): \(error.description)")
        }
    }
}
