import CustomerModel
import Foundation
import Matching
import Normalization

/// What `check` found: the candidates scored against the new customer, best first, and how the
/// answer reads (text with the evidence, or JSON).
public struct CheckAnswer {
    public var pairs: [ScoredPair]
    public var candidates: [NormalizedCustomer]
    public var thresholds: [Band: Double]
    /// The customer as the API created it (`check --create` without a likely duplicate), else nil.
    public var created: Customer?

    /// A candidate scores at or above the likely band: `check --create` creates nothing.
    public var hasLikelyDuplicate: Bool {
        let likely = thresholds[.likely] ?? 0.9
        return pairs.contains { $0.score >= likely }
    }

    /// The answer as the command prints it.
    public func text(json: Bool) -> String {
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
            return String(decoding: data, as: UTF8.self)
        }
        let likely = pairs.filter { band(for: $0.score) != nil }
        guard !likely.isEmpty else {
            return "No likely duplicates among \(candidates.count) candidates found by find.json."
        }
        var lines = ["Likely duplicates (\(likely.count) of \(candidates.count) candidates):"]
        for pair in likely {
            let other = byID.keys.contains(pair.a) ? pair.a : pair.b
            let name = byID[other]?.person.displayName ?? ""
            lines.append(String(format: "  #%d %@  %.1f%% (%@)", other, name, pair.score * 100, band(for: pair.score)?.rawValue ?? ""))
            for evidence in pair.evidence where evidence.outcome != "null" {
                lines.append(String(format: "      %+6.2f  %@", evidence.weight, evidence.label))
            }
        }
        return lines.joined(separator: "\n")
    }
}
