// bench-ingest: how fast customer input is read. Generates a data set (200,000 customers by
// default) into a temporary JSON file, then decodes it memory-mapped on 1 and 2 cores and prints
// MB/s and customers/s (best of three), with Foundation's JSONSerialization as the baseline.
//
//   bench-ingest [--customers N] [--file PATH] [--jsonl] [--no-baseline]
import CustomerGenerator
import CustomerModel
import Foundation

var arguments = CommandLine.arguments.dropFirst()
var customers = 200_000
var existing: String?
var jsonLines = false
var baseline = true
while let argument = arguments.popFirst() {
    switch argument {
    case "--customers": customers = Int(arguments.popFirst() ?? "") ?? customers
    case "--file": existing = arguments.popFirst()
    case "--jsonl": jsonLines = true
    case "--no-baseline": baseline = false
    default:
        FileHandle.standardError.write(Data("usage: bench-ingest [--customers N] [--file PATH] [--jsonl] [--no-baseline]\n".utf8))
        exit(2)
    }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let url: URL
if let existing {
    url = URL(fileURLWithPath: existing)
} else {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("bench-ingest-\(customers)\(jsonLines ? ".jsonl" : ".json")")
    let generation = try seconds {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        let writer = DatasetWriter(output: handle, format: jsonLines ? .jsonLines : .jsonArray)
        _ = try DutchCustomerGenerator.stream(GeneratorConfiguration(seed: 42, customers: customers)) { try writer.write($0) }
        try writer.finish()
        try handle.close()
    }
    print(String(format: "generated %d customers in %.2f s (%.0f customers/s)", customers, generation, Double(customers) / generation))
}
let size = Double((try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0)
print(String(format: "input: %@, %.1f MB, %d cores active", url.lastPathComponent, size / 1e6, ProcessInfo.processInfo.activeProcessorCount))

for workers in [1, 2] {
    var best = Double.infinity
    var count = 0
    for _ in 0..<3 {
        let time = try seconds { count = try CustomerFile.read(url.path, workers: workers).count }
        best = min(best, time)
    }
    print(String(format: "byte parser, %d core%@: %.2f s, %.0f MB/s, %.0f customers/s (%d customers, best of 3)",
                 workers, workers == 1 ? "" : "s", best, size / 1e6 / best, Double(count) / best, count))
}

if baseline && !jsonLines {
    let time = try seconds {
        let data = try Data(contentsOf: url, options: .alwaysMapped)
        let array = try JSONSerialization.jsonObject(with: data) as? [Any]
        precondition(array?.count ?? 0 > 0)
    }
    print(String(format: "baseline JSONSerialization (tree only, 1 core): %.2f s, %.0f MB/s", time, size / 1e6 / time))
}
if existing == nil { try? FileManager.default.removeItem(at: url) }
