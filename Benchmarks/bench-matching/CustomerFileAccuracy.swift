// Accuracy on a customer file that someone else labelled: the generator's truth says nothing
// about how the matcher does on data we did not write (public record-linkage benchmarks mapped
// to Customer objects, a shop's reviewed decisions).
//
//   bench-matching --customers FILE --truth-pairs PAIRS.csv
//
// FILE is anything `analyze --input` reads; PAIRS.csv has the header `a,b` and one pair of
// customer ids a line. Prints blocking recall and pair precision / recall / F1 per band.
import CustomerModel
import Dispatch
import Foundation
import Matching
import Normalization

/// Reads `a,b` rows of customer ids; a header line and blank lines are skipped.
func readTruthPairs(_ path: String) throws -> Set<PairKey> {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var pairs = Set<PairKey>()
    for line in text.split(whereSeparator: \.isNewline) {
        let fields = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard fields.count >= 2, let a = Int(fields[0]), let b = Int(fields[1]), a != b else { continue }
        pairs.insert(PairKey(a, b))
    }
    return pairs
}

/// Precision, recall and F1 of `suggested` against `truth`, as one printed line.
func scoreLine(_ title: String, suggested: Set<PairKey>, truth: Set<PairKey>) -> String {
    let correct = suggested.intersection(truth).count
    let precision = suggested.isEmpty ? 0 : Double(correct) / Double(suggested.count)
    let recall = truth.isEmpty ? 0 : Double(correct) / Double(truth.count)
    let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    return String(format: "%@: pairs %d, correct %d, precision %.4f  recall %.4f  F1 %.4f", title, suggested.count, correct, precision, recall, f1)
}

func customerFileAccuracy(customersPath: String, truthPath: String) throws {
    let start = DispatchTime.now()
    let customers = normalize(try CustomerFile.read(customersPath))
    let truth = try readTruthPairs(truthPath)
    print("\(customersPath): \(customers.count) customers, \(truth.count) true pairs (read and normalized in \(String(format: "%.1f", seconds(start))) s)")
    let finder = DuplicateFinder(configuration: .default)
    let clock = DispatchTime.now()
    let result = finder.run(customers)
    print("matching: \(String(format: "%.2f", seconds(clock))) s, \(result.pairsScored) pairs scored, \(result.clusters.count) clusters")
    let blocked = finder.candidatePairs(customers)
    let candidates = Set(blocked.pairs.map { PairKey($0.0, $0.1) })
    print(String(format: "blocking recall %.4f (%d of %d true pairs are candidates; %d candidate pairs)",
                 Double(truth.intersection(candidates).count) / Double(max(1, truth.count)),
                 truth.intersection(candidates).count, truth.count, candidates.count))
    var byRule = [Int](repeating: 0, count: finder.configuration.blockingRules.count)
    for (index, pair) in blocked.pairs.enumerated() where truth.contains(PairKey(pair.0, pair.1)) {
        for r in byRule.indices where blocked.rules[index] & (UInt16(1) << UInt16(r)) != 0 { byRule[r] += 1 }
    }
    for (r, rule) in finder.configuration.blockingRules.enumerated() { print("  rule \(rule.name): \(byRule[r]) true pairs") }
    func pairs(_ bands: Set<Band>) -> Set<PairKey> {
        pairsOf(result.clusters.filter { bands.contains($0.band) }.map(\.customerIDs))
    }
    print(scoreLine("certain", suggested: pairs([.certain]), truth: truth))
    print(scoreLine("likely", suggested: pairs([.likely]), truth: truth))
    print(scoreLine("possible", suggested: pairs([.possible]), truth: truth))
    print(scoreLine("certain+likely", suggested: pairs([.certain, .likely]), truth: truth))
    print(scoreLine("every band", suggested: pairs([.certain, .likely, .possible]), truth: truth))
    if ProcessInfo.processInfo.environment["BENCH_VERBOSE"] != nil {
        printModel(result.model)
        let suggested = pairs([.certain, .likely])
        let explainer = DuplicateFinder(configuration: .default, model: result.model)
        let byID = Dictionary(customers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func show(_ title: String, _ set: Set<PairKey>) {
            for pair in set.sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }).prefix(10) {
                guard let left = byID[pair.a], let right = byID[pair.b],
                      let scored = explainer.scorePairs(left, against: [right]).first else { continue }
                print("  \(title) \(pair.a)-\(pair.b) p=\(String(format: "%.3f", scored.score)) blocked=\(candidates.contains(pair)): "
                      + scored.evidence.dropFirst().filter { $0.outcome != "null" }
                        .map { "\($0.field)=\($0.outcome)(\(String(format: "%.1f", $0.weight)))[\($0.left ?? "-")|\($0.right ?? "-")]" }
                        .joined(separator: " "))
            }
        }
        show("missed", truth.subtracting(suggested))
        show("wrong", suggested.subtracting(truth))
    }
    printFigures(result)
}

/// m, u and weight of every level, and where m came from.
func printModel(_ model: MatchModel) {
    print("training: \(model.training.emIterations.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")
    for comparison in model.comparisons {
        print("  \(comparison.name): " + comparison.levels.dropFirst().map {
            "\($0.id) m=\(String(format: "%.3g", $0.m))\($0.mSource == "estimated" ? "" : "(\($0.mSource))") u=\(String(format: "%.3g", $0.u)) w=\(String(format: "%.1f", $0.weight))"
        }.joined(separator: " | "))
    }
}
