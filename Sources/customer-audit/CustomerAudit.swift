import ArgumentParser

@main
struct CustomerAudit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customer-audit",
        abstract: "Finds broken and duplicate customer records in a CycleSoftware customer base.",
        version: "0.1.0",
        subcommands: [SandboxCommand.self, GenerateCommand.self, RulesCommand.self, SyncCommand.self, ExportCommand.self]
    )
}
