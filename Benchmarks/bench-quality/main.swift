// Data-quality stage benchmark (release build: `swift build -c release --product bench-quality`).
//
// 1. Accuracy on the generator's planted problems (20,000 customers by default): recall of planted
//    (customer, field) problems, and the share of records without a planted problem (and not in a
//    planted duplicate group) that get a warning or error.
// 2. Speed: findings for 1,000,000 customers (normalization is done first and not timed), with
//    the process's peak memory.
// Options: --accuracy N, --speed N (0 skips a part), --per-rule N (time each rule alone), --seed S.
import BenchmarkSupport
import CustomerGenerator
import CustomerModel
import Foundation
import Normalization
import Quality

struct Options {
    var accuracyCustomers = 20_000
    var speedCustomers = 1_000_000
    var seed: UInt64 = 42
    /// Customers for timing each rule alone (0: skip).
    var perRule = 0

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            let value = iterator.next()
            switch argument {
            case "--accuracy": accuracyCustomers = value.flatMap { Int($0) } ?? accuracyCustomers
            case "--speed": speedCustomers = value.flatMap { Int($0) } ?? speedCustomers
            case "--seed": seed = value.flatMap { UInt64($0) } ?? seed
            case "--per-rule": perRule = value.flatMap { Int($0) } ?? perRule
            default: FileHandle.standardError.write(Data("unknown option \(argument)\n".utf8)); exit(2)
            }
        }
    }
}

func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

func format(_ value: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", value) }

let options = Options(CommandLine.arguments)
let checker = QualityChecker(configuration: .default)
print("bench-quality on \(ProcessInfo.processInfo.activeProcessorCount) cores")

if options.accuracyCustomers > 0 {
    let dataset = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: options.seed, customers: options.accuracyCustomers))
    let normalized = Normalizer().normalize(dataset.customers)
    let findings = checker.findings(for: normalized)
    let report = AccuracyReport(dataset: dataset, findings: findings)
    report.print()
}

if options.perRule > 0 {
    let dataset = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: options.seed, customers: options.perRule))
    let normalized = Normalizer().normalize(dataset.customers)
    var none = QualityConfiguration.default
    for index in none.rules.indices { none.rules[index].enabled = false }
    let start = DispatchTime.now()
    _ = QualityChecker(configuration: none).findings(for: normalized)
    print("per rule: no rules: \(format(seconds(since: start) * 1000, 0)) ms for \(normalized.count) customers")
    for settings in QualityConfiguration.default.rules where settings.enabled {
        let start = DispatchTime.now()
        let count = QualityChecker(configuration: QualityConfiguration.default.only(settings.id)).findings(for: normalized).count
        print("per rule: \(settings.id): \(format(seconds(since: start) * 1000, 0)) ms for \(normalized.count) customers, \(count) findings")
    }
}

if options.speedCustomers > 0 {
    var start = DispatchTime.now()
    let dataset = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: options.seed, customers: options.speedCustomers))
    print("speed: generated \(dataset.customers.count) customers in \(format(seconds(since: start), 1)) s")
    start = DispatchTime.now()
    let normalized = Normalizer().normalize(dataset.customers)
    print("speed: normalized in \(format(seconds(since: start), 1)) s; peak memory so far \(format(peakMemoryMiB(), 0)) MiB")
    for run in 1...2 {
        start = DispatchTime.now()
        let findings = checker.findings(for: normalized)
        let elapsed = seconds(since: start)
        let rate = Double(normalized.count) / elapsed
        print("speed: run \(run): \(findings.count) findings for \(normalized.count) customers in \(format(elapsed, 2)) s "
              + "(\(format(rate / 1000, 0))k customers/s); peak memory \(format(peakMemoryMiB(), 0)) MiB")
    }
}
