import Foundation
import Matching
import Normalization

/// How `check` shows its answer: the candidates that reach a band, best first, with evidence.
enum CheckOutput {
    static func print(pairs: [ScoredPair], candidates: [NormalizedCustomer], thresholds: [Band: Double], json: Bool) {
        let byID = Dictionary(candidates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let bands = Band.allCases.compactMap { band in thresholds[band].map { (band, $0) } }.sorted { $0.1 > $1.1 }
        func band(for score: Double) -> Band? { bands.first { score >= $0.1 }?.0 }

        if json {
            let rows: [[String: Any]] = pairs.map { pair in
                let other = pair.a == -1 || !byID.keys.contains(pair.a) ? pair.b : pair.a
                return [
                    "customer_id": other,
                    "score": (pair.score * 10_000).rounded() / 10_000,
                    "band": band(for: pair.score)?.rawValue ?? NSNull(),
                    "name": byID[other]?.person.displayName ?? "",
                    "evidence": pair.evidence.map { ["field": $0.field, "outcome": $0.outcome, "label": $0.label,
                                                     "weight": ($0.weight * 100).rounded() / 100] },
                ]
            }
            let data = (try? JSONSerialization.data(withJSONObject: ["candidates": rows], options: [.sortedKeys, .prettyPrinted])) ?? Data()
            Console.shared.say(String(decoding: data, as: UTF8.self))
            return
        }
        let likely = pairs.filter { band(for: $0.score) != nil }
        guard !likely.isEmpty else {
            Console.shared.say("No likely duplicates among \(candidates.count) candidates found by find.json.")
            return
        }
        Console.shared.say("Likely duplicates (\(likely.count) of \(candidates.count) candidates):")
        for pair in likely {
            let other = byID.keys.contains(pair.a) ? pair.a : pair.b
            let name = byID[other]?.person.displayName ?? ""
            Console.shared.say(String(format: "  #%d %@  %.1f%% (%@)", other, name, pair.score * 100, band(for: pair.score)?.rawValue ?? ""))
            for evidence in pair.evidence where evidence.outcome != "null" {
                Console.shared.say(String(format: "      %+6.2f  %@", evidence.weight, evidence.label))
            }
        }
    }
}
