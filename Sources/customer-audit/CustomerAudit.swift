import ArgumentParser
import Audit

struct CustomerAudit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customer-audit",
        abstract: "Finds broken and duplicate customer records in a CycleSoftware customer base.",
        discussion: ExitStatus.summary + "\nCredentials come only from CYCLESOFTWARE_USERNAME and CYCLESOFTWARE_PASSWORD.",
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
