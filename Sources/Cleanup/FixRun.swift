import AuditSupport
import Audit
import CycleSoftwareAPI
import Foundation
import Logging
import Snapshot

/// The `fix` commands composed: what each reads, runs and writes. The command line only parses and
/// prints; errors reach it unchanged and `ExitStatus` maps them (a bad plan file is a
/// `ConfigurationError`, exit 2; the API failing is an `APIError`, exit 3).
public enum FixRun {
    /// `fix plan`: the analysis over the snapshot of a completed sync, planned and written owner-only
    /// to `out`, with the page a reviewer reads beside it (`FixPlanPage.path(besidePlan:)`).
    public static func plan(store: String, rulesFolder: String?, decisions: String?, includeCertain: Bool,
                            out: String) async throws -> WrittenPlan {
        // Checked before the analysis, which takes minutes on a large base.
        guard let page = FixPlanPage.path(besidePlan: out) else {
            throw UsageError(description: "--out \(out): the plan needs a file name that does not end in .html "
                             + "(its page is written beside it, the extension replaced by .html)")
        }
        let settings = try AuditSettings.load(rulesFolder: rulesFolder, decisions: decisions)
        let folder = rulesFolder ?? (AuditSettings.isFolder("rules") ? "rules" : nil)
        let fix = try FixSettings.load(rulesDirectory: folder.map { URL(fileURLWithPath: $0, isDirectory: true) })
        let customers = try await RunInput.snapshot(path: store).load().customers
        let plan = FixPlanAnalysis(settings: settings, fix: fix, includeCertain: includeCertain).plan(customers)
        let planURL = URL(fileURLWithPath: out)
        try FixPlanFile.write(plan, to: planURL)
        try PlanOutputFile.write(FixPlanPage.render(plan, planFile: planURL.lastPathComponent), to: URL(fileURLWithPath: page),
                                 what: "the plan page")
        return WrittenPlan(plan: plan, page: page)
    }

    /// What `fix plan` wrote: the plan, and the path of its page.
    public struct WrittenPlan: Sendable {
        public var plan: FixPlan
        public var page: String
    }

    /// `fix apply` / `fix undo`: without `write` the dry run's text; with it, every step against the
    /// API, journaled in the store, and the summary's text.
    public static func run(_ direction: FixDirection, plan path: String, store: String, baseURL: String?, write: Bool,
                           progress: @escaping (FixProgress) -> Void) async throws -> String {
        let plan = try FixPlanFile.read(from: URL(fileURLWithPath: path))
        let journal = try SnapshotStore.open(path: store)
        guard write else { return try FixApplier.dryRun(plan, direction: direction, journal: journal) }
        var logger = Logger(label: "customer-audit.fix") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .warning
        let client = CustomersClient(configuration: try ClientConfiguration.fromEnvironment(baseURL: baseURL), logger: logger)
        do {
            let summary = try await FixApplier(api: client, journal: journal, direction: direction).run(plan, progress: progress)
            try? await client.shutdown()
            return summary.describe(verb: direction == .apply ? "applied" : "restored")
        } catch {
            try? await client.shutdown()
            throw error
        }
    }
}
