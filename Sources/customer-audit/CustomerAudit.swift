import ArgumentParser

struct CustomerAudit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customer-audit",
        abstract: "Finds broken and duplicate customer records in a CycleSoftware customer base.",
        discussion: """
        Exit codes: 0 done (gate: every threshold held), 1 gate threshold failed, 2 usage or invalid \
        rules/decisions/config file, 3 API unusable, 4 input file or store unreadable.
        Credentials come only from CYCLESOFTWARE_USERNAME and CYCLESOFTWARE_PASSWORD.
        """,
        version: "0.1.0",
        subcommands: [
            SyncCommand.self,
            AnalyzeCommand.self,
            GateCommand.self,
            ExportCommand.self,
            CheckCommand.self,
            FixCommand.self,
            DemoCommand.self,
            SandboxCommand.self,
            RulesCommand.self,
            GenerateCommand.self,
        ]
    )
}
