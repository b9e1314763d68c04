// bench-client: figures for the Customers API client against the loopback sandbox (run in release).
//
//   bench-client                 both phases, each in its own process so peak memory is its own
//   bench-client pull N          pull N customers with no rate limit: customers/s, requests, peak memory
//   bench-client paced N P S     pull N customers in pages of P at 360 requests a "minute" of S seconds:
//                                achieved request rate as a share of the ceiling, and the number of 429s
//   bench-client decode          time to decode one 500-customer list.json page (the client's CPU share)
import BenchmarkSupport
import CustomerGenerator
import CustomerModel
import CycleSoftwareAPI
import Foundation
import Sandbox

func f(_ value: Double, _ digits: Int = 0) -> String { String(format: "%.\(digits)f", value) }

/// Starts a sandbox with `count` generated customers, pulls them all, and prints the figures.
func pull(count: Int, pageSize: Int, minutelyLimit: Int?, minute: Duration, label: String) async throws {
    let customers = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 42, customers: count)).customers
    let store = SandboxStore(customers: customers, modifiedAt: Date().addingTimeInterval(-3600))
    let sandbox = try await Sandbox.start(store: store, configuration: SandboxConfiguration(
        username: "bench", password: "bench-password", pageSize: pageSize, minutelyLimit: minutelyLimit,
        dailyLimit: nil, minuteLength: minute))
    print("\(label): \(count) customers, pages of \(pageSize), limit \(minutelyLimit.map { "\($0) per \(minute)" } ?? "none")")
    var configuration = try ClientConfiguration(baseURL: sandbox.baseURL,
                                                credentials: Credentials(username: "bench", password: "bench-password"))
    configuration.rateLimitWindow = minute
    let client = CustomersClient(configuration: configuration)
    let memoryBefore = peakMemoryMiB()
    let start = ContinuousClock.now
    var received = 0
    var ids = Set<Int>()
    for try await page in client.pages(modifiedSince: nil, from: 0) {
        received += page.customers.count
        for customer in page.customers { ids.insert(customer.customerID ?? -1) }
    }
    let elapsed = seconds(ContinuousClock.now - start)
    let statistics = client.statistics
    precondition(received == count && ids.count == count, "pulled \(received) of \(count)")
    print("\(label): pulled \(received) customers in \(f(elapsed, 2)) s = \(f(Double(received) / elapsed)) customers/s; "
          + "\(statistics.requests) requests of \(pageSize) (\(f(Double(statistics.bodyBytes) / 1_048_576)) MiB JSON), "
          + "\(statistics.rateLimited) × 429, \(statistics.retries) retries")
    if let minutelyLimit {
        let ceiling = Double(minutelyLimit) / seconds(minute)
        let achieved = Double(statistics.requests) / elapsed
        print("\(label): \(f(achieved, 1)) requests/s against a ceiling of \(f(ceiling, 1)) = \(f(achieved / ceiling * 100, 1)) % "
              + "of the limit; waited \(f(seconds(statistics.pacingWait), 1)) s for pacing; \(sandbox.traffic.rateLimited) refused by the server")
    }
    print("\(label): peak memory \(f(peakMemoryMiB())) MiB (\(f(memoryBefore)) MiB before the pull, the sandbox's data included)")
    try await client.shutdown()
    await sandbox.stop()
}

/// Decoding cost of one page, without the network: what the client spends per request.
func decodePhase() throws {
    let customers = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 42, customers: 500)).customers
    let body = Data(("{\"error\":false,\"error_message\":null,\"customers\":["
        + customers.map { $0.raw.isEmpty ? CustomerJSON.encode($0) : $0.raw }.joined(separator: ",")
        + "],\"pagination\":{\"count\":500,\"next_offset\":500}}").utf8)
    let rounds = 20
    let start = ContinuousClock.now
    for _ in 0..<rounds { _ = try CustomerJSON.decodeListPage(body) }
    let each = seconds(ContinuousClock.now - start) / Double(rounds)
    print("decode: one page of 500 (\(body.count / 1024) KiB) decodes in \(f(each * 1000, 1)) ms = \(f(500 / each)) customers/s")
}

/// Runs each phase in a child process of this executable.
func runAllPhases() throws {
    // The paced pull: 20-customer pages at 360 a 20 s "minute" (18 requests/s), below what loopback
    // sustains on a busy machine, so the figure shows the pacing and not the machine.
    for arguments in [["decode"], ["pull", "100000"], ["paced", "6000", "20", "20"]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 { throw NSError(domain: "bench-client", code: Int(process.terminationStatus)) }
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
let count = arguments.count > 1 ? Int(arguments[1]) : nil
switch arguments.first {
case "pull": try await pull(count: count ?? 100_000, pageSize: 500, minutelyLimit: nil, minute: .seconds(60), label: "pull")
// 50-customer pages make many requests out of few customers, so the pull spans several windows.
case "paced":
    let pageSize = arguments.count > 2 ? Int(arguments[2]) ?? 20 : 20
    let minute = arguments.count > 3 ? Double(arguments[3]) ?? 20 : 20
    try await pull(count: count ?? 6_000, pageSize: pageSize, minutelyLimit: 360,
                   minute: .milliseconds(Int64(minute * 1000)), label: "paced")
case "decode": try decodePhase()
case nil: try runAllPhases()
default:
    FileHandle.standardError.write(Data("usage: bench-client [pull N | paced N PAGE MINUTE_SECONDS | decode]\n".utf8))
    exit(2)
}
