import ArgumentParser
import Cleanup
import Snapshot

/// `customer-audit fix`: plan the clean-up, apply it to the API, take it back.
struct FixCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix", abstract: "Plan, apply and undo safe fixes and confirmed merges through the API.",
        subcommands: [FixPlanCommand.self, FixApplyCommand.self, FixUndoCommand.self])
}

struct FixPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Write a reviewable plan of field changes (before, after, reason) from the snapshot.",
        discussion: "Safe normalizations of the quality rules, and merges of the clusters confirmed in --decisions "
            + "(with --include-certain every certain cluster). Nothing is written to the API.")

    @Option(help: "The snapshot file.") var store: String = SnapshotStore.defaultPath
    @Option(help: ArgumentHelp("Reviewer decisions, as exported from the HTML report.", valueName: "file")) var decisions: String?
    @Flag(help: "Also merge every cluster in band certain.") var includeCertain = false
    @Option(help: ArgumentHelp("Folder with the rule files and fix.yml (default ./rules when present).", valueName: "dir")) var rules: String?
    @Option(help: ArgumentHelp("Where to write the plan (JSON, owner-only); its HTML page goes beside it (plan.json → plan.html).", valueName: "plan")) var out: String

    func run() async throws {
        let written = try await FixRun.plan(store: store, rulesFolder: rules, decisions: decisions, includeCertain: includeCertain, out: out)
        Console.shared.say(FixPlanText.describe(written.plan))
        Console.shared.say("plan: \(out)")
        Console.shared.say("page: \(written.page)")
    }
}

struct FixApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply", abstract: "Apply a plan: GET each customer, skip it if a planned field changed since, else PUT.",
        discussion: "Without --yes a dry run. Journaled in the snapshot: a run killed at any point resumes without writing twice.")
    @OptionGroup var options: FixRunOptions
    func run() async throws { try await options.run(.apply) }
}

struct FixUndoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Restore the before values of what the journal says a plan applied, if nobody changed them since.",
        discussion: "Without --yes a dry run.")
    @OptionGroup var options: FixRunOptions
    func run() async throws { try await options.run(.undo) }
}
