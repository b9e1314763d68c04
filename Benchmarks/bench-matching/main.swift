// Duplicate detection: accuracy against the generator's ground truth, and speed at scale.
//
//   bench-matching                      accuracy at 20,000 and 200,000 customers
//   bench-matching --sizes 20000        accuracy at the given sizes
//   bench-matching --scale 1000000      time per stage, pairs/s and peak memory of matching alone
//   bench-matching --scale 1000000 --repeat 3   the same, three runs on the same customers
//   bench-matching --customers FILE --truth-pairs PAIRS.csv   accuracy on any labelled customer file
import CustomerGenerator
import CustomerModel
import Dispatch
import Foundation
import Matching
import Normalization

func seconds(_ start: DispatchTime) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 }

func memoryKiB(_ field: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0") ?? 0
    }
    return 0
}

/// Resets the kernel's peak-RSS mark so the next reading covers matching alone.
func resetPeakMemory() { try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8) }

func normalize(_ customers: [Customer]) -> [NormalizedCustomer] {
    let normalizer = Normalizer()
    let chunk = 10_000
    let chunks = (customers.count + chunk - 1) / chunk
    let results = UnsafeMutableBufferPointer<[NormalizedCustomer]>.allocate(capacity: chunks)
    results.initialize(repeating: [])
    defer { results.deallocate() }
    DispatchQueue.concurrentPerform(iterations: chunks) { index in
        let range = (index * chunk)..<min(customers.count, (index + 1) * chunk)
        results[index] = range.map { normalizer.normalize(customers[$0], index: $0) }
    }
    return results.flatMap { $0 }
}

struct PairKey: Hashable {
    let a: Int, b: Int
    init(_ x: Int, _ y: Int) { (a, b) = x < y ? (x, y) : (y, x) }
}

func pairs(of groups: [[Int]]) -> Set<PairKey> { pairsOf(groups) }

func pairsOf(_ groups: [[Int]]) -> Set<PairKey> {
    var out = Set<PairKey>()
    for group in groups { for (i, a) in group.enumerated() { for b in group[(i + 1)...] { out.insert(PairKey(a, b)) } } }
    return out
}

func accuracy(size: Int) {
    let start = DispatchTime.now()
    let dataset = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 42, customers: size))
    let customers = normalize(dataset.customers)
    print("\n== \(size) customers (generated and normalized in \(String(format: "%.1f", seconds(start))) s)")
    let finder = DuplicateFinder(configuration: .default)
    let clock = DispatchTime.now()
    let result = finder.run(customers)
    let elapsed = seconds(clock)
    let truth = pairs(of: dataset.truth.duplicateGroups)
    let suggested = pairs(of: result.clusters.filter { $0.band != .possible }.map(\.customerIDs))
    let everyBand = pairs(of: result.clusters.map(\.customerIDs))
    let correct = suggested.intersection(truth).count
    let precision = Double(correct) / Double(max(1, suggested.count))
    let recall = Double(correct) / Double(max(1, truth.count))
    let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    let negatives = dataset.truth.hardNegatives
    let mergedStrong = negatives.filter { suggested.contains(PairKey($0.a, $0.b)) }
    let mergedAny = negatives.filter { everyBand.contains(PairKey($0.a, $0.b)) }
    let blocked = finder.candidatePairs(customers)
    let candidates = Set(blocked.pairs.map { PairKey($0.0, $0.1) })
    var masks: [PairKey: UInt16] = [:]
    for (index, pair) in blocked.pairs.enumerated() where truth.contains(PairKey(pair.0, pair.1)) { masks[PairKey(pair.0, pair.1)] = blocked.rules[index] }
    let blockingRecall = Double(truth.intersection(candidates).count) / Double(max(1, truth.count))
    print("matching: \(String(format: "%.2f", elapsed)) s, \(result.pairsScored) pairs scored, \(result.clusters.count) clusters")
    print("true pairs \(truth.count), suggested (certain+likely) \(suggested.count), correct \(correct)")
    print(String(format: "precision %.4f  recall %.4f  F1 %.4f  (goal F1 >= 0.97)", precision, recall, f1))
    print(String(format: "blocking recall %.4f", blockingRecall))
    // What each rule adds: true pairs only it finds, and the recall without it.
    for (r, rule) in finder.configuration.blockingRules.enumerated() {
        let only = masks.values.filter { $0 == UInt16(1) << UInt16(r) }.count
        print(String(format: "  rule %@: finds %d true pairs, %d only by it; recall without it %.4f", rule.name,
                     masks.values.filter { $0 & (UInt16(1) << UInt16(r)) != 0 }.count, only,
                     Double(masks.count - only) / Double(max(1, truth.count))))
    }
    print(String(format: "hard negatives wrongly merged: %d of %d = %.3f %% certain+likely, %.3f %% any band (goal <= 0.5 %%)",
                 mergedStrong.count, negatives.count, 100 * Double(mergedStrong.count) / Double(max(1, negatives.count)),
                 100 * Double(mergedAny.count) / Double(max(1, negatives.count))))
    var byKind: [String: (Int, Int)] = [:]
    for negative in negatives {
        var entry = byKind[negative.kind.rawValue] ?? (0, 0)
        entry.1 += 1
        if suggested.contains(PairKey(negative.a, negative.b)) { entry.0 += 1 }
        byKind[negative.kind.rawValue] = entry
    }
    for (kind, entry) in byKind.sorted(by: { $0.key < $1.key }) { print("  \(kind): \(entry.0) of \(entry.1)") }
    let missed = truth.subtracting(suggested)
    print("missed true pairs: \(missed.count) (\(truth.subtracting(candidates).count) never blocked); wrong suggested pairs: \(suggested.count - correct)")
    if ProcessInfo.processInfo.environment["BENCH_VERBOSE"] != nil {
        let finder = DuplicateFinder(configuration: .default, model: result.model)
        for comparison in result.model.comparisons {
            print("  \(comparison.name): " + comparison.levels.dropFirst().map { "\($0.id) m=\(String(format: "%.3g", $0.m)) u=\(String(format: "%.3g", $0.u)) w=\(String(format: "%.1f", $0.weight))" }.joined(separator: " | "))
        }
        let byID = Dictionary(customers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for pair in missed.sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }).prefix(12) {
            if let scored = finder.scorePairs(byID[pair.a]!, against: [byID[pair.b]!]).first {
                print("  missed \(pair.a)-\(pair.b) p=\(String(format: "%.3f", scored.score)): " + scored.evidence.map { "\($0.field)=\($0.outcome)(\(String(format: "%.1f", $0.weight)))[\($0.left ?? "-")|\($0.right ?? "-")]" }.joined(separator: " "))
            }
        }
        let wrong = suggested.subtracting(truth).filter { pair in !negatives.contains { PairKey($0.a, $0.b) == pair } }
        for pair in wrong.sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }).prefix(8) {
            if let scored = finder.scorePairs(byID[pair.a]!, against: [byID[pair.b]!]).first {
                print("  wrong \(pair.a)-\(pair.b) p=\(String(format: "%.3f", scored.score)): " + scored.evidence.map { "\($0.field)=\($0.outcome)(\(String(format: "%.1f", $0.weight)))[\($0.left ?? "-")|\($0.right ?? "-")]" }.joined(separator: " "))
            }
        }
        for negative in negatives.filter({ suggested.contains(PairKey($0.a, $0.b)) }).prefix(8) {
            if let scored = finder.scorePairs(byID[negative.a]!, against: [byID[negative.b]!]).first {
                print("  merged \(negative.kind.rawValue) \(negative.a)-\(negative.b): " + scored.evidence.map { "\($0.field)=\($0.outcome)(\(String(format: "%.1f", $0.weight)))[\($0.left ?? "-")|\($0.right ?? "-")]" }.joined(separator: " "))
            }
        }
    }
    if ProcessInfo.processInfo.environment["BENCH_PATTERNS"] != nil {
        patterns(customers: customers, result: result, truth: truth, suggested: suggested, candidates: blocked.pairs,
                 negatives: Set(negatives.map { PairKey($0.a, $0.b) }))
    }
    printFigures(result)
}

/// The most frequent comparison outcomes among wrong and missed pairs, with their scores: where
/// the model's evidence and the truth disagree most often.
func patterns(customers: [NormalizedCustomer], result: MatchingResult, truth: Set<PairKey>, suggested: Set<PairKey>,
              candidates: [(Int, Int)], negatives: Set<PairKey>) {
    var score: [PairKey: Double] = [:]
    for (index, pair) in candidates.enumerated() { score[PairKey(pair.0, pair.1)] = result.pairScores[index] }
    let finder = DuplicateFinder(configuration: .default, model: result.model)
    let byID = Dictionary(customers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    func vector(_ pair: PairKey) -> String {
        guard let scored = finder.scorePairs(byID[pair.a]!, against: [byID[pair.b]!]).first else { return "?" }
        return scored.evidence.dropFirst().filter { $0.outcome != "null" }.map { "\($0.field)=\($0.outcome)" }.joined(separator: " ")
    }
    // m as the truth has it: level shares among true pairs, next to the model's estimate.
    var levelCounts: [String: [String: Int]] = [:]
    for pair in truth where score[pair] != nil {
        guard let scored = finder.scorePairs(byID[pair.a]!, against: [byID[pair.b]!]).first else { continue }
        for evidence in scored.evidence.dropFirst() where evidence.outcome != "null" { levelCounts[evidence.field, default: [:]][evidence.outcome, default: 0] += 1 }
    }
    for comparison in result.model.comparisons {
        let counts = levelCounts[comparison.name] ?? [:]
        let total = Double(max(1, counts.values.reduce(0, +)))
        print("  true m \(comparison.name): " + comparison.levels.dropFirst().map {
            "\($0.id) \(String(format: "%.4f", Double(counts[$0.id] ?? 0) / total)) (model \(String(format: "%.4f", $0.m)))"
        }.joined(separator: " | "))
    }
    // How separable each outcome pattern is: all blocked pairs with it, and how many are true.
    let table = FeatureTable(customers)
    var indexOfID: [Int: Int] = [:]
    for (index, customer) in customers.enumerated() { indexOfID[customer.id] = index }
    let comparisons = finder.comparisons
    func levels(_ pair: PairKey) -> String {
        let a = indexOfID[pair.a]!, b = indexOfID[pair.b]!
        return comparisons.compactMap { comparison -> String? in
            let level = comparison.levels[comparison.level(a, b, table)]
            return level.isNull ? nil : "\(comparison.name)=\(level.id)"
        }.joined(separator: " ")
    }
    var all: [String: (pairs: Int, truePairs: Int, suggested: Int)] = [:]
    var missedExamples: [String: [PairKey]] = [:]
    for pair in candidates {
        let key = PairKey(pair.0, pair.1)
        let pattern = levels(key)
        var entry = all[pattern] ?? (0, 0, 0)
        entry.pairs += 1
        if truth.contains(key) { entry.truePairs += 1 }
        if suggested.contains(key) { entry.suggested += 1 }
        if truth.contains(key) && !suggested.contains(key) && missedExamples[pattern, default: []].count < 3 { missedExamples[pattern, default: []].append(key) }
        all[pattern] = entry
    }
    print("patterns with true pairs, by true pairs missed (blocked pairs, true, suggested):")
    for (rank, (key, entry)) in all.filter({ $0.value.truePairs > 0 }).sorted(by: { ($0.value.truePairs - $0.value.suggested, $0.key) > ($1.value.truePairs - $1.value.suggested, $1.key) }).prefix(30).enumerated() {
        print(String(format: "  %7d %6d %6d  ", entry.pairs, entry.truePairs, entry.suggested) + key)
        guard rank < 12 else { continue }
        for pair in missedExamples[key] ?? [] {
            let left = byID[pair.a]!, right = byID[pair.b]!
            func text(_ c: NormalizedCustomer) -> String {
                "\(c.person.firstName ?? "-")/\(c.person.initials) \(c.person.particle ?? "")|\(c.person.surname ?? "-") \(c.address.postcodeKey ?? "-") \(c.address.houseNumber.map(String.init) ?? "-") \(c.phones.compactMap(\.e164).joined(separator: ",")) \(c.email.key ?? "-")"
            }
            print("      \(text(left))  ||  \(text(right))")
        }
    }
    for (title, set) in [("wrong (not planted negatives)", suggested.subtracting(truth).subtracting(negatives)),
                         ("missed (blocked)", truth.subtracting(suggested).filter { score[$0] != nil })] {
        var groups: [String: (count: Int, scores: Double)] = [:]
        for pair in set {
            let key = vector(pair)
            groups[key, default: (0, 0)].count += 1
            groups[key, default: (0, 0)].scores += score[pair] ?? 0
        }
        print("\(title): \(set.count) pairs, \(groups.count) patterns")
        for (key, entry) in groups.sorted(by: { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }).prefix(14) {
            print(String(format: "  %5d  mean p %.3f  ", entry.count, entry.scores / Double(entry.count)) + key)
        }
    }
}

func printFigures(_ result: MatchingResult) {
    print("blocking (rule: pairs generated → new after de-duplication, blocks, largest, capped):")
    for rule in result.blocking {
        print("  \(rule.rule) [\(rule.description)]: \(rule.pairsGenerated) → \(rule.pairsAfterDeduplication), \(rule.blocks) blocks, largest \(rule.largestBlock), capped \(rule.cappedBlocks)")
    }
    let order = ["features", "blocking", "comparison_vectors", "term_frequencies", "u_estimation", "em", "scoring", "clustering", "merge_plans"]
    print("stages: " + order.compactMap { stage in result.stageTimings[stage].map { "\(stage) \(String(format: "%.2f", $0)) s" } }.joined(separator: ", "))
    print(String(format: "model: λ = %.3g (prior weight %.1f)", result.model.probabilityTwoRandomRecordsMatch, result.model.priorWeight))
}

/// The kernel's peak-RSS mark at the end of every matching stage, reset after each reading.
final class StagePeaks: @unchecked Sendable {
    private(set) var entries: [(stage: String, kiB: Int)] = []
    private let lock = NSLock()

    func record(_ stage: String) {
        let peak = memoryKiB("VmHWM")
        resetPeakMemory()
        lock.lock()
        entries.append((stage, peak))
        lock.unlock()
    }

    var overall: Int { entries.map(\.kiB).max() ?? memoryKiB("VmHWM") }
}

func scale(size: Int, repeats: Int) {
    var start = DispatchTime.now()
    let dataset = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 7, customers: size))
    print("generated \(dataset.customers.count) customers in \(String(format: "%.1f", seconds(start))) s")
    start = DispatchTime.now()
    let customers = normalize(dataset.customers)
    print("normalized in \(String(format: "%.1f", seconds(start))) s")
    // Several runs on the same customers: the machine is shared, so the best time is the one to compare.
    for run in 1...max(1, repeats) {
    let before = memoryKiB("VmRSS")
    resetPeakMemory()
    start = DispatchTime.now()
    // The peak of each stage: read and reset when a stage reports that it is done.
    let stagePeaks = StagePeaks()
    let result = DuplicateFinder(configuration: .default).run(customers) { progress in stagePeaks.record(progress.stage) }
    let total = seconds(start)
    let peak = stagePeaks.overall
    print("peak RSS per stage (MiB above the start): " + stagePeaks.entries.map { "\($0.stage) +\(($0.kiB - before) / 1024)" }.joined(separator: ", "))
    print("\n== run \(run): matching \(customers.count) customers on \(ProcessInfo.processInfo.activeProcessorCount) cores: \(String(format: "%.2f", total)) s")
    print("pairs scored \(result.pairsScored), \(String(format: "%.2f", Double(result.pairsScored) / max(result.stageTimings["scoring"] ?? 1, 1e-9) / 1e6)) M pairs/s in scoring, \(String(format: "%.2f", Double(result.pairsScored) / total / 1e6)) M pairs/s end to end")
    print("clusters \(result.clusters.count)")
    print("memory: RSS before matching \(before / 1024) MiB, peak during matching \(peak / 1024) MiB (+\((peak - before) / 1024) MiB)")
    printFigures(result)
    }
}

var arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
if let customersPath = option("--customers") {
    guard let truthPath = option("--truth-pairs") else {
        FileHandle.standardError.write(Data("bench-matching: --customers needs --truth-pairs FILE (CSV with header a,b)\n".utf8))
        exit(2)
    }
    do { try customerFileAccuracy(customersPath: customersPath, truthPath: truthPath) } catch {
        FileHandle.standardError.write(Data("bench-matching: \(error)\n".utf8))
        exit(4)
    }
} else if let index = arguments.firstIndex(of: "--scale"), index + 1 < arguments.count, let size = Int(arguments[index + 1]) {
    let repeats = arguments.firstIndex(of: "--repeat").flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil } ?? 1
    scale(size: size, repeats: repeats)
} else {
    var sizes = [20_000, 200_000]
    if let index = arguments.firstIndex(of: "--sizes"), index + 1 < arguments.count {
        sizes = arguments[index + 1].split(separator: ",").compactMap { Int($0) }
    }
    for size in sizes { accuracy(size: size) }
}
