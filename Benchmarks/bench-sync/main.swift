// bench-sync: figures for the snapshot store and the sync engine (run in release).
//
//   bench-sync                 every phase, each in its own process so peak memory is its own
//   bench-sync store N         sync N customers from memory into a new store, then load them back
//   bench-sync sandbox N       sync N customers from the sandbox over HTTP, no rate limit
//   bench-sync paced N         the same with 360 requests per (scaled) minute of 5 s, pages of 50
import BenchmarkSupport
import Foundation
import Snapshot

func temporaryStore() throws -> (SnapshotStore, URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-sync-\(UUID().uuidString)")
    return (try SnapshotStore.open(path: folder.appendingPathComponent("store.sqlite").path), folder)
}

func format(_ value: Double) -> String { String(format: "%.0f", value) }

/// Sync from memory (store write speed without HTTP) and load back (what analyze pays).
func storePhase(count: Int) async throws {
    let customers = BenchCustomers.make(count: count)
    let rawBytes = customers.reduce(0) { $0 + $1.raw.utf8.count }
    let (store, folder) = try temporaryStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    let clock = ContinuousClock()
    let summary = try await Synchronizer(store: store, source: MemoryPageSource(customers: customers)).run(full: false)
    let written = seconds(summary.duration)
    print("store: synced \(summary.received) customers (\(rawBytes / count) bytes raw each) from memory in "
          + String(format: "%.2f s", written) + " = \(format(Double(count) / written)) customers/s")

    var start = clock.now
    let loaded = try store.customers()
    let load = seconds(clock.now - start)
    precondition(loaded.count == count && loaded.last?.raw == customers.last?.raw, "store lost customers")
    print("store: customers() loaded \(loaded.count) in " + String(format: "%.2f s", load) + " = \(format(Double(count) / load)) customers/s")

    start = clock.now
    var bytes = 0
    try store.forEachRawCustomer { _, raw in bytes += raw.utf8.count }
    print("store: streamed \(count) raw records (\(bytes / 1_048_576) MiB, as export does) in " + String(format: "%.2f s", seconds(clock.now - start)))

    start = clock.now
    let resync = try await Synchronizer(store: store, source: MemoryPageSource(customers: customers)).run(full: true)
    print("store: full re-sync of an unchanged snapshot in " + String(format: "%.2f s", seconds(resync.duration))
          + " (updated \(resync.updated), deleted \(resync.deleted ?? 0))")
    let size = (try? FileManager.default.attributesOfItem(atPath: store.path)[.size] as? Int) ?? 0
    print("store: file \(size / 1_048_576) MiB; peak memory " + String(format: "%.0f MiB", peakMemoryMiB()))
}

/// Runs each phase in a child process of this executable.
func runAllPhases() throws {
    let phases: [[String]] = [["sandbox", "100000"], ["paced", "30000"], ["store", "1000000"]]
    for arguments in phases {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 { throw NSError(domain: "bench-sync", code: Int(process.terminationStatus)) }
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "store": try await storePhase(count: arguments.count > 1 ? Int(arguments[1]) ?? 1_000_000 : 1_000_000)
case "sandbox": try await sandboxPhase(count: arguments.count > 1 ? Int(arguments[1]) ?? 100_000 : 100_000,
                                      pageSize: 500, limit: nil, minute: .seconds(60))
case "paced": try await sandboxPhase(count: arguments.count > 1 ? Int(arguments[1]) ?? 30_000 : 30_000,
                                    pageSize: 50, limit: 360, minute: .seconds(5))
case nil: try runAllPhases()
default:
    FileHandle.standardError.write(Data("usage: bench-sync [store N | sandbox N | paced N]\n".utf8))
    exit(2)
}
