import Foundation
import GRDB

/// The summary of one `analyze` or `gate` run, kept in the store so later runs can show a trend.
public struct RunRecord: Sendable, Hashable, Codable {
    /// `"analyze"` or `"gate"`.
    public var kind: String
    public var startedAt: Date
    public var customers: Int
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    public var clusters: Int
    public var customersInClusters: Int
    /// Where the run wrote its report.json, when it wrote one.
    public var reportPath: String?
    /// For `gate` runs: whether every threshold held.
    public var gatePassed: Bool?

    public init(kind: String, startedAt: Date, customers: Int, errors: Int, warnings: Int, infos: Int,
                clusters: Int, customersInClusters: Int, reportPath: String? = nil, gatePassed: Bool? = nil) {
        self.kind = kind
        self.startedAt = startedAt
        self.customers = customers
        self.errors = errors
        self.warnings = warnings
        self.infos = infos
        self.clusters = clusters
        self.customersInClusters = customersInClusters
        self.reportPath = reportPath
        self.gatePassed = gatePassed
    }

    init(row: Row) {
        self.init(kind: row["kind"], startedAt: row["started_at"], customers: row["customers"], errors: row["errors"],
                  warnings: row["warnings"], infos: row["infos"], clusters: row["clusters"],
                  customersInClusters: row["customers_in_clusters"], reportPath: row["report_path"],
                  gatePassed: row["gate_passed"])
    }
}

extension SnapshotStore {
    /// Appends an analyze/gate run to the run history.
    public func recordRun(_ run: RunRecord) throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO run_history (kind, started_at, customers, errors, warnings, infos, clusters,
                                         customers_in_clusters, report_path, gate_passed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [run.kind, run.startedAt, run.customers, run.errors, run.warnings, run.infos,
                                 run.clusters, run.customersInClusters, run.reportPath, run.gatePassed])
        }
    }

    /// The latest runs, newest first (by start time, then by order of recording); with
    /// `passedGatesOnly` only `gate` runs whose thresholds all held (the candidates for a baseline).
    public func recentRuns(limit: Int, passedGatesOnly: Bool = false) throws -> [RunRecord] {
        let filter = passedGatesOnly ? "WHERE kind = 'gate' AND gate_passed = 1" : ""
        return try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM run_history \(filter) ORDER BY started_at DESC, id DESC LIMIT ?",
                             arguments: [max(0, limit)]).map(RunRecord.init(row:))
        }
    }
}
