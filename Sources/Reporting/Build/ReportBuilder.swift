import AuditSupport
import CustomerModel
import Foundation
import Matching
import Normalization
import Quality

/// Turns the stages' results into a `Report` (pure: no I/O, no clock, no randomness).
public enum ReportBuilder {
    /// How many earlier runs the trend keeps.
    public static let trendLength = 12

    /// - Parameters:
    ///   - customers: the analyzed customers; cluster members are looked up here for the cards, so
    ///     the members alone will do when `customerCount` gives how many were analyzed.
    ///   - customerCount: how many customers were analyzed; nil when `customers` holds them all.
    ///   - pairScores: the score of every compared pair (not only clustered ones), for the histogram.
    ///   - bandThresholds: the lowest score of each band, as configured for matching.
    ///   - previous: the previous run's report, for "what changed".
    ///   - trend: earlier runs' numbers (any order); the newest `trendLength` before `generatedAt` are kept.
    public static func build(source: ReportSource, customers: [NormalizedCustomer], customerCount: Int? = nil, findings: [Finding],
                             clusters: [DuplicateCluster], pairScores: [Double], bandThresholds: [Band: Double],
                             generatedAt: Date, previous: Report? = nil, trend: [TrendPoint] = []) -> Report {
        let reportFindings = makeFindings(findings)
        let reportClusters = makeClusters(clusters, customers: customers)
        let summary = makeSummary(customers: customerCount ?? customers.count, findings: reportFindings, clusters: reportClusters)
        let model = ReportModel(
            bandThresholds: Dictionary(uniqueKeysWithValues: bandThresholds.map { ($0.key.rawValue, $0.value) }),
            pairScores: ScoreHistogram(scores: pairScores))
        var report = Report(generatedAt: generatedAt, source: source, summary: summary, findings: reportFindings,
                            clusters: reportClusters, model: model)
        if let previous { report.changes = ReportDiffer.diff(current: report, previous: previous) }
        report.trend = Array(trend.filter { $0.generatedAt < generatedAt }
            .sorted { $0.generatedAt < $1.generatedAt }.suffix(trendLength))
        return report
    }

    static func makeFindings(_ findings: [Finding]) -> [ReportFinding] {
        // The quality stage hands them over in report order already; checking costs one pass,
        // sorting again would cost a sort of every finding.
        let ordered = isInReportOrder(findings) ? findings : findings.sorted(by: reportOrder)
        return zip(FindingID.assign(ordered), ordered).map { ReportFinding(id: $0, finding: $1) }
    }

    /// `Finding.reportOrder`, with ties (same customer, rule, field, value) broken by the message,
    /// severity and suggestion, so the order never depends on the order the rules ran in.
    static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if Finding.reportOrder(lhs, rhs) { return true }
        if Finding.reportOrder(rhs, lhs) { return false }
        return (lhs.message, lhs.severity.rawValue, lhs.suggestion ?? "") < (rhs.message, rhs.severity.rawValue, rhs.suggestion ?? "")
    }

    static func isInReportOrder(_ findings: [Finding]) -> Bool {
        zip(findings, findings.dropFirst()).allSatisfy { !reportOrder($1, $0) }
    }

    static func makeClusters(_ clusters: [DuplicateCluster], customers: [NormalizedCustomer]) -> [ReportCluster] {
        // Positions of cluster members only: a dictionary of every customer would copy them all.
        let members = Set(clusters.flatMap(\.customerIDs))
        var positions: [Int: Int] = [:]
        positions.reserveCapacity(members.count)
        for (position, customer) in customers.enumerated() where members.contains(customer.id) && positions[customer.id] == nil {
            positions[customer.id] = position
        }
        let positionByID = positions
        // Both cores: a large base has tens of thousands of clusters, each copying its members.
        // Member ids and pairs come in the order the matching stage promises (`DuplicateCluster`).
        return ParallelChunks.map(count: clusters.count, minimumChunk: 512) { range in clusters[range].map { cluster in
            let ids = cluster.customerIDs
            let known = ids.compactMap { id in positionByID[id].map { customers[$0] } }
            let records = ids.map { id in positionByID[id].map { MemberRecord.member(customers[$0]) } ?? MemberRecord.unknown(id) }
            return ReportCluster(
                id: cluster.id, customerIDs: ids, confidence: cluster.confidence, band: cluster.band,
                survivorID: cluster.survivorID, pairs: cluster.pairs, merged: ReportMergedRecord(cluster.mergedRecord),
                mergePlan: cluster.merged.sorted { ($0.field, $0.fromCustomer) < ($1.field, $1.fromCustomer) },
                conflicts: cluster.conflicts.sorted { $0.field < $1.field },
                confirmed: cluster.confirmed, members: records,
                writtenDifferently: WrittenDifferently.fields(records, customers: known))
        } }.flatMap { $0 }.sorted(by: clusterOrder)
    }

    /// Certain first, then the most confident, then by id, so reviewers start where it matters.
    static func clusterOrder(_ lhs: ReportCluster, _ rhs: ReportCluster) -> Bool {
        let rank: (Band) -> Int = { band in Band.allCases.firstIndex(of: band) ?? Int.max }
        if rank(lhs.band) != rank(rhs.band) { return rank(lhs.band) < rank(rhs.band) }
        if lhs.confidence != rhs.confidence { return lhs.confidence > rhs.confidence }
        return lhs.id < rhs.id
    }

    static func makeSummary(customers: Int, findings: [ReportFinding], clusters: [ReportCluster]) -> ReportSummary {
        var severities = SeverityCounts()
        var byRule: [String: Int] = [:]
        for finding in findings {
            severities[finding.severity] += 1
            byRule[finding.rule, default: 0] += 1
        }
        var byBand = Dictionary(uniqueKeysWithValues: Band.allCases.map { ($0.rawValue, 0) })
        for cluster in clusters { byBand[cluster.band.rawValue, default: 0] += 1 }
        return ReportSummary(customers: customers, findings: severities, clusters: clusters.count,
                             customersInClusters: Set(clusters.flatMap(\.customerIDs)).count,
                             clustersByBand: byBand, findingsByRule: byRule)
    }
}
