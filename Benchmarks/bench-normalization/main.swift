import CustomerGenerator
import CustomerModel
import Dispatch
import Foundation
import Normalization

// Normalized customers per second on one core and on two, for an all-ASCII set and a set with 10 %
// non-Latin names, and the process's peak memory. Usage: bench-normalization [customers] (1,000,000).

let count = CommandLine.arguments.dropFirst().first.flatMap { Int($0.replacingOccurrences(of: "_", with: "")) } ?? 1_000_000

func inputs(nonLatinShare: Double) -> (customers: [Customer], source: String) {
    let generated = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 7, customers: count, nonLatinRate: nonLatinShare)).customers
    if generated.count == count { return (generated, "DutchCustomerGenerator") }
    return (SyntheticCustomers.make(count: count, nonLatinShare: nonLatinShare, seed: 7), "synthetic")
}

func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024 // Linux reports KiB
}

func measure(_ customers: [Customer], workers: Int) -> (rate: Double, seconds: Double, checksum: Int) {
    let start = DispatchTime.now().uptimeNanoseconds
    let normalized = Normalizer().normalize(customers, workers: workers)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    // Touch the output so the work cannot be optimized away, and catch obvious breakage.
    let checksum = normalized.reduce(0) { $0 &+ ($1.person.surnameKey?.utf8.count ?? 0) &+ ($1.phones.first?.e164?.utf8.count ?? 0) }
    return (Double(customers.count) / seconds, seconds, checksum)
}

let nonLatinCounter: (Customer) -> Bool = { customer in
    !((customer.name ?? "") + (customer.firstName ?? "")).utf8.allSatisfy { $0 < 0x80 }
}

print("bench-normalization: \(count) customers, \(ProcessInfo.processInfo.activeProcessorCount) cores available")
for (label, share) in [("all-ASCII", 0.0), ("10% non-Latin", 0.10)] {
    let (customers, source) = inputs(nonLatinShare: share)
    let nonASCII = customers.filter(nonLatinCounter).count
    print(String(format: "  %@ (%@, %.1f%% names non-ASCII, %.2f phones/customer)", label, source,
                 100 * Double(nonASCII) / Double(max(1, customers.count)),
                 Double(customers.reduce(0) { $0 + $1.phoneNumbers.count }) / Double(max(1, customers.count))))
    for workers in [1, 2] {
        let result = measure(customers, workers: workers)
        print(String(format: "    %d core%@: %9.0f customers/s  (%.2f s, checksum %d)", workers, workers == 1 ? " " : "s",
                     result.rate, result.seconds, result.checksum))
    }
}
print(String(format: "  peak memory (maxrss): %.0f MiB", peakMemoryMiB()))
