import CustomerModel
import Dispatch
import Foundation
import Matching
import Normalization
import Quality
import Reporting

/// The analysis in one pure step: customers in, report value out. No I/O happens here; reading the
/// input and writing the reports are the caller's ends of the pipe.
public struct AuditPipeline: Sendable {
    public var settings: AuditSettings

    public init(settings: AuditSettings) {
        self.settings = settings
    }

    /// Normalizes, then runs the quality rules and then the duplicate search, then builds the report.
    ///
    /// Quality and matching run one after the other, each spread over the cores on its own: side by
    /// side their working memory added up (the rules' indexes of every e-mail and phone beside the
    /// match table and millions of candidate pairs), which made that stage the peak of a run, and
    /// with both stages already using every core, overlapping them saved little time.
    ///
    /// The records are taken over: once normalized (each normalized customer keeps its record) the
    /// input array is let go, a few hundred megabytes for a million customers; once the duplicate
    /// search has its feature table, the parse results of customers outside clusters go; once
    /// matched, only the cluster members' normalized customers are kept for the report.
    public func run(customers input: consuming [Customer], source: ReportSource, previous: Report? = nil, trend: [TrendPoint] = [],
                    generatedAt: Date = Date(), progress: ProgressSink = .silent) -> AuditOutcome {
        StageMemory.returnLargeBuffersWhenFreed()
        var timings = StageTimings()

        // The analysis sees customers in id order, so that the report never depends on the order
        // the input arrived in (a file, the store and the API order records differently).
        var customers = consume input
        Self.putInIDOrder(&customers)
        progress.stage(.normalize, customers.count)
        let normalizer = settings.normalizer
        let total = customers.count
        // In pieces, each let go once normalized: every normalized customer holds its record, and
        // the input as one array stayed whole beside them until the last was done (the run's peak).
        var pieces = Self.pieces(of: customers)
        customers = []
        var normalized = timings.measure("normalize") {
            normalizer.normalize(pieces: &pieces, workers: ProcessInfo.processInfo.activeProcessorCount,
                                 progress: { done in progress.advance(.normalize, done, total) })
        }
        StageMemory.returnFreedPages()

        progress.stage(.analyze, normalized.count)
        let checker = QualityChecker(configuration: settings.quality)
        let finder = DuplicateFinder(configuration: settings.matching, model: settings.model)
        let decisions = settings.decisions
        let start = DispatchTime.now()
        var steps = StageTimings()
        let quality = steps.measure("quality") { checker.findings(for: normalized) }
        StageMemory.returnFreedPages()
        // Matching reads every customer's parse results once, into its feature table; after that it
        // and the report need only the cluster members' (restored from their records), so the rest
        // go while the search runs, and the freed pages go back to the system.
        let release = ParseResultsRelease(normalizer: normalizer, afterDropping: { StageMemory.returnFreedPages() })
        let matching = steps.measure("matching") {
            finder.run(&normalized, decisions: decisions, releasing: release, progress: { progress.matching($0) })
        }
        timings.record("quality + matching", StageTimings.seconds(since: start), peakMiB: ProcessMemory.peakMiB())
        for step in steps.stages { timings.record(step.name, step.seconds, peakMiB: step.peakMiB) }
        for (stage, seconds) in matching.stageTimings.sorted(by: { $0.key < $1.key }) {
            timings.record("matching: \(stage)", seconds)
        }

        let unknown = decisions.unknownCustomerIDs(known: Set(normalized.lazy.compactMap(\.customer.customerID)))
        let customerCount = normalized.count
        let members = ReportCustomers.members(of: matching.clusters, in: normalized)
        normalized = []
        StageMemory.returnFreedPages()

        progress.stage(.report, 1)
        let findings = ReferenceVerdicts.annotate(quality, clusters: matching.clusters)
        let report = timings.measure("report") {
            ReportBuilder.build(source: source, customers: members, customerCount: customerCount, findings: findings,
                                clusters: matching.clusters, pairScores: matching.pairScores,
                                bandThresholds: settings.matching.bandThresholds, generatedAt: generatedAt,
                                previous: previous, trend: trend)
        }
        return AuditOutcome(report: report, model: matching.model, timings: timings, unknownDecisionIDs: unknown)
    }
}

extension AuditPipeline {
    /// Consecutive pieces of the customers, in order, about a sixteenth each (at least 16,384
    /// customers, so a small base is one piece).
    static func pieces(of customers: [Customer]) -> [[Customer]] {
        let size = max(16_384, (customers.count + 15) / 16)
        return stride(from: 0, to: customers.count, by: size).map { Array(customers[$0..<min($0 + size, customers.count)]) }
    }

    /// Stable: records without an id keep their input order, after the others.
    static func putInIDOrder(_ customers: inout [Customer]) {
        var sorted = true
        var previous = Int.min
        for customer in customers {
            guard let id = customer.customerID, id >= previous else { sorted = false; break }
            previous = id
        }
        if sorted { return }
        // Swift's sort is stable, so equal ids keep their input order.
        customers.sort { ($0.customerID ?? Int.max) < ($1.customerID ?? Int.max) }
    }
}

/// What one run of the pipeline produced.
///
/// Only what the caller still needs: the report carries what readers need of the normalized
/// customers, the findings, the clusters and the pair scores, and for a large base those stage
/// results would double what is in memory while the report files are written.
public struct AuditOutcome: Sendable {
    public var report: Report
    /// The estimated match parameters (`model.json`).
    public var model: MatchModel
    public var timings: StageTimings
    /// Customer ids the reviewer decisions name that the run does not have (sorted): the command
    /// warns about them rather than ignoring them silently.
    public var unknownDecisionIDs: [Int] = []
}
