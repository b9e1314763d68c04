import Matching

/// `analyze --explain-blocking`: the candidate pairs each blocking rule of matching.yml generates,
/// so a user tuning `rules/matching.yml` sees the cost of a rule before a full run.
public enum BlockingExplanation {
    /// A tab-separated table, a line a rule, between a headline and a note on capped blocks.
    public static func lines(input: RunInput, settings: AuditSettings, events: RunEvents = .silent) async throws -> [String] {
        let loaded = try await input.load(events: events)
        let normalized = settings.normalizer.normalize(loaded.customers)
        let finder = DuplicateFinder(configuration: settings.matching)
        let (pairs, _, stats) = finder.candidatePairs(normalized)
        var lines = ["\(normalized.count) customers, \(pairs.count) candidate pairs after de-duplication",
                     "rule\tkeys\tpairs generated\tnew after de-duplication\tblocks\tlargest block\tcapped blocks"]
        for rule in stats {
            lines.append("\(rule.rule)\t\(rule.description)\t\(rule.pairsGenerated)\t\(rule.pairsAfterDeduplication)\t\(rule.blocks)\t\(rule.largestBlock)\t\(rule.cappedBlocks)")
        }
        lines.append("blocks above \(settings.matching.maxBlockSize) customers are capped: each customer is paired with its next \(settings.matching.window) by name")
        return lines
    }
}
