import BenchmarkSupport
import CycleSoftwareAPI
import Foundation
import Sandbox
import Snapshot

/// Sync over loopback HTTP from the sandbox with the real client; `limit` nil = no rate limit.
func sandboxPhase(count: Int, pageSize: Int, limit: Int?, minute: Duration) async throws {
    let customers = BenchCustomers.make(count: count)
    let configuration = SandboxConfiguration(username: "bench", password: "bench-secret", pageSize: pageSize,
                                             minutelyLimit: limit, dailyLimit: nil, minuteLength: minute)
    let sandbox = try await Sandbox.start(customers: customers, configuration: configuration)
    var clientConfiguration = try ClientConfiguration(baseURL: sandbox.baseURL,
                                                      credentials: Credentials(username: "bench", password: "bench-secret"))
    clientConfiguration.rateLimitWindow = minute
    let client = CustomersClient(configuration: clientConfiguration)
    let (store, folder) = try temporaryStore()
    defer { try? FileManager.default.removeItem(at: folder) }

    let summary = try await Synchronizer(store: store, source: client).run(full: false)
    let elapsed = seconds(summary.duration)
    let statistics = client.statistics
    let traffic = sandbox.traffic
    try await client.shutdown()
    await sandbox.stop()
    precondition(summary.customers == count, "sync lost customers: \(summary.customers) of \(count)")

    if let limit {
        let ceiling = Double(limit) / seconds(minute)
        let achieved = Double(statistics.requests) / elapsed
        print("paced: \(count) customers, pages of \(pageSize), limit \(limit) per \(minute) (ceiling "
              + String(format: "%.1f", ceiling) + " requests/s): \(statistics.requests) requests in "
              + String(format: "%.2f s", elapsed) + " = " + String(format: "%.1f requests/s, %.0f%% of the ceiling", achieved, achieved / ceiling * 100)
              + "; 429s: \(traffic.rateLimited) (client saw \(statistics.rateLimited))")
    } else {
        print("sandbox: synced \(summary.customers) customers over HTTP (pages of \(pageSize), no rate limit) in "
              + String(format: "%.2f s", elapsed) + " = \(format(Double(count) / elapsed)) customers/s; "
              + "\(statistics.requests) requests; peak memory " + String(format: "%.0f MiB", peakMemoryMiB())
              + " (sandbox, client and store in one process)")
    }
}
