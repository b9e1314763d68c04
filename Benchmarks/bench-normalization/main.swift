import BenchmarkSupport
import CPhoneNumber
import CustomerGenerator
import CustomerModel
import Dispatch
import Foundation
import Normalization

// Normalized customers per second on one core and on two, for an all-ASCII set and a set with 10 %
// non-Latin names, and the process's peak memory. Usage: bench-normalization [customers] [--memory]
// [--repeats N] (default 1,000,000 customers, best of 3 runs per figure). `--memory` normalizes the
// 10 % non-Latin set once on all cores and reports the peak memory of holding the customers and their
// normalized form, without the slower breakdown runs. `--profile` normalizes the all-ASCII set on one
// core `--repeats` times and nothing else, for a profiler to sample. `--phones` times only the phone
// numbers of the all-ASCII set in the C wrapper: the library alone against the fast path, with and
// without its digit automata (see Sources/CPhoneNumber/FastPath/README.md).

let arguments = Array(CommandLine.arguments.dropFirst())
let repeatsValueIndex = arguments.firstIndex(of: "--repeats").map { $0 + 1 }
let repeats = repeatsValueIndex.flatMap { arguments.indices.contains($0) ? Int(arguments[$0]) : nil } ?? 3
// The customer count is the first number that is not the value of `--repeats`, wherever it stands.
let count = arguments.indices.filter { $0 != repeatsValueIndex }
    .compactMap { Int(arguments[$0].replacingOccurrences(of: "_", with: "")) }.first ?? 1_000_000
let memoryOnly = arguments.contains("--memory")
let profileOnly = arguments.contains("--profile")
let phonesOnly = arguments.contains("--phones")

func inputs(nonLatinShare: Double) -> (customers: [Customer], source: String) {
    let generated = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 7, customers: count, nonLatinRate: nonLatinShare)).customers
    if generated.count == count { return (generated, "DutchCustomerGenerator") }
    return (SyntheticCustomers.make(count: count, nonLatinShare: nonLatinShare, seed: 7), "synthetic")
}

func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

/// Customers per second, wall seconds, CPU seconds (shows whether the second core was really ours
/// on a shared machine) and a checksum of the output.
func measure(_ customers: [Customer], workers: Int) -> (rate: Double, seconds: Double, cpu: Double, checksum: Int) {
    let cpuStart = cpuSeconds()
    let start = DispatchTime.now().uptimeNanoseconds
    let normalized = Normalizer().normalize(customers, workers: workers)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let cpu = cpuSeconds() - cpuStart
    // Touch the output so the work cannot be optimized away, and catch obvious breakage.
    let checksum = normalized.reduce(0) { $0 &+ ($1.person.surnameKey?.utf8.count ?? 0) &+ ($1.phones.first?.e164?.utf8.count ?? 0) }
    return (Double(customers.count) / seconds, seconds, cpu, checksum)
}

/// The fastest of `repeats` runs: the machine is shared, and the fastest run is the one least
/// disturbed by other work.
func best(_ customers: [Customer], workers: Int) -> (rate: Double, seconds: Double, cpu: Double, checksum: Int) {
    (0..<max(1, repeats)).map { _ in measure(customers, workers: workers) }.max { $0.rate < $1.rate }!
}

func report(_ label: String, _ customers: [Customer]) {
    for workers in [1, 2] {
        let result = best(customers, workers: workers)
        print(String(format: "    %@, %d core%@: %9.0f customers/s  (%.2f s wall, %.2f s CPU, checksum %d)", label, workers,
                     workers == 1 ? " " : "s", result.rate, result.seconds, result.cpu, result.checksum))
    }
}

let nonLatinCounter: (Customer) -> Bool = { customer in
    !((customer.name ?? "") + (customer.firstName ?? "")).utf8.allSatisfy { $0 < 0x80 }
}

print("bench-normalization: \(count) customers, \(ProcessInfo.processInfo.activeProcessorCount) cores available")
// What one customer costs inline; strings, arrays and shared boxes come on top (peak memory shows them).
print("  MemoryLayout<NormalizedCustomer>.size \(MemoryLayout<NormalizedCustomer>.size) B (Customer \(MemoryLayout<Customer>.size) B, "
      + "PersonNameResult \(MemoryLayout<PersonNameResult>.size) B, AddressResult \(MemoryLayout<AddressResult>.size) B, "
      + "PhoneResult \(MemoryLayout<PhoneResult>.size) B, EmailResult \(MemoryLayout<EmailResult>.size) B)")
if profileOnly {
    let (customers, _) = inputs(nonLatinShare: 0)
    for _ in 0..<max(1, repeats) {
        let result = measure(customers, workers: 1)
        print(String(format: "  all-ASCII, 1 core: %.0f customers/s (%.2f s CPU)", result.rate, result.cpu))
    }
    exit(0)
}
if phonesOnly {
    PhoneTiming.report(inputs(nonLatinShare: 0).customers, repeats: repeats)
    exit(0)
}
if memoryOnly {
    let (customers, source) = inputs(nonLatinShare: 0.10)
    print(String(format: "  inputs (%@) built, peak memory so far %.0f MiB", source, peakMemoryMiB()))
    let result = measure(customers, workers: ProcessInfo.processInfo.activeProcessorCount)
    print(String(format: "  10%% non-Latin, all cores: %.0f customers/s (%.2f s wall, %.2f s CPU, checksum %d)",
                 result.rate, result.seconds, result.cpu, result.checksum))
    print(String(format: "  peak memory (maxrss): %.0f MiB", peakMemoryMiB()))
    exit(0)
}
for (label, share) in [("all-ASCII", 0.0), ("10% non-Latin", 0.10)] {
    let (customers, source) = inputs(nonLatinShare: share)
    let nonASCII = customers.filter(nonLatinCounter).count
    print(String(format: "  %@ (%@, %.1f%% names non-ASCII, %.2f phones/customer)", label, source,
                 100 * Double(nonASCII) / Double(max(1, customers.count)),
                 Double(customers.reduce(0) { $0 + $1.phoneNumbers.count }) / Double(max(1, customers.count))))
    report("full", customers)
    if share == 0 {
        // Where the time goes: the same customers without phone numbers, and the phone numbers alone.
        report("without phones", customers.map { var copy = $0; copy.phoneNumbers = []; return copy })
        let phoneCustomers = customers.map { Customer(customerID: $0.customerID, countryCode: $0.countryCode, phoneNumbers: $0.phoneNumbers) }
        report("phones only", phoneCustomers)
        // The same without the fast path's digit automata (ICU matches every pattern): what they save.
        cphonenumber_use_digit_automata(0)
        report("phones only, no automata", phoneCustomers)
        cphonenumber_use_digit_automata(1)
        PhoneTiming.report(customers, repeats: repeats)
    }
}
print(String(format: "  peak memory (maxrss): %.0f MiB", peakMemoryMiB()))
