// bench-sandbox: how fast the sandbox serves customers over loopback (run in release), so a sync
// benchmark can tell the server's share of its time.
//
//   bench-sandbox [N]     N generated customers (default 100,000)
import BenchmarkSupport
import CustomerGenerator
import CustomerModel
import Foundation
import Sandbox

func figure(_ value: Double, _ digits: Int = 0) -> String { String(format: "%.\(digits)f", value) }

setvbuf(stdout, nil, _IOLBF, 0)
let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 100_000
let clock = ContinuousClock()

var start = clock.now
var generator = GeneratorConfiguration()
generator.customers = count
let customers = DutchCustomerGenerator.generate(generator).customers
print("sandbox: generated \(customers.count) customers in \(figure(seconds(clock.now - start), 2)) s (generator, for reference)")

start = clock.now
let store = SandboxStore(customers: customers)
let held = await store.count
print("sandbox: store of \(held) customers built (each rendered once) in \(figure(seconds(clock.now - start), 2)) s")

let configuration = SandboxConfiguration(username: "bench", password: "bench", minutelyLimit: nil, dailyLimit: nil)
let sandbox = try await Sandbox.start(store: store, configuration: configuration)

/// Pulls every page once over one keep-alive connection. Plain pages are decoded and followed by
/// `next_offset` (the client's decoding included); gzip pages are requested at the same offsets and
/// only checked for status and encoding (the server's cost alone).
func pull(gzip: Bool) throws -> (pages: Int, customers: Int, bytes: Int, seconds: Double) {
    let client = try LoopbackClient(port: sandbox.port, username: "bench", password: "bench")
    var pages = 0
    var received = 0
    var bytes = 0
    let start = clock.now
    if gzip {
        for offset in stride(from: 0, to: held, by: configuration.pageSize) {
            let response = try client.get("/api/v1/customers/list.json?offset=\(offset)", gzip: true)
            precondition(response.status == 200 && response.headers["content-encoding"] == "gzip", "status \(response.status)")
            bytes += response.body.count
            pages += 1
            received += min(configuration.pageSize, held - offset)
        }
    } else {
        var offset: Int? = 0
        while let current = offset {
            let response = try client.get("/api/v1/customers/list.json?offset=\(current)", gzip: false)
            precondition(response.status == 200, "status \(response.status)")
            bytes += response.body.count
            pages += 1
            let page = try CustomerJSON.decodeListPage(Data(response.body))
            received += page.customers.count
            offset = page.nextOffset
        }
    }
    return (pages, received, bytes, seconds(clock.now - start))
}

for gzip in [false, true] {
    let result = try pull(gzip: gzip)
    let label = gzip ? "gzip " : "plain"
    print("sandbox: \(label) \(result.pages) pages, \(result.customers) customers, \(result.bytes / 1_048_576) MiB in "
          + "\(figure(result.seconds, 2)) s = \(figure(Double(result.customers) / result.seconds)) customers/s, "
          + "\(figure(Double(result.pages) / result.seconds)) pages/s"
          + (gzip ? "" : " (includes the client's JSON decoding)"))
}

// Single customers and searches: the per-request overhead (auth, limits, routing).
do {
    let client = try LoopbackClient(port: sandbox.port, username: "bench", password: "bench")
    let requests = 5_000
    let ids = await store.allCustomers().compactMap(\.customerID)
    start = clock.now
    for index in 0..<requests {
        let response = try client.get("/api/v1/customers/\(ids[index % ids.count]).json", gzip: false)
        precondition(response.status == 200, "status \(response.status)")
    }
    let elapsed = seconds(clock.now - start)
    print("sandbox: \(requests) single-customer requests in \(figure(elapsed, 2)) s = \(figure(Double(requests) / elapsed)) requests/s")
    start = clock.now
    let searches = 200
    for index in 0..<searches {
        let response = try client.get("/api/v1/customers/find.json?email=nobody\(index)@example.nl", gzip: false)
        precondition(response.status == 200)
    }
    let searchTime = seconds(clock.now - start)
    print("sandbox: \(searches) find.json scans of \(held) customers in \(figure(searchTime, 2)) s = "
          + "\(figure(searchTime / Double(searches) * 1000, 1)) ms each")
}
await sandbox.stop()
print("sandbox: peak memory \(figure(peakMemoryMiB())) MiB")
