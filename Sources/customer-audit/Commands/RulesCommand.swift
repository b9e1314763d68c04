import ArgumentParser
import AuditSupport
import CustomerModel
import Foundation
import Quality

/// `customer-audit rules`: the data-quality rule catalogue, from the rules' own descriptions
/// (the same data the example tests run), with the severities of a rules folder when given.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Lists the data-quality rules: id, severity, summary and an example.",
        discussion: "With --markdown the catalogue is written as Markdown, for the README or the docs.")

    @Flag(help: "Write the catalogue as Markdown, with every example and parameter.")
    var markdown = false

    @Option(help: ArgumentHelp("Folder holding quality.yml; shows its severities and which rules are on.", valueName: "DIR"))
    var rules: String?

    func run() throws {
        var configuration = QualityConfiguration.default
        if let rules {
            let file = URL(fileURLWithPath: rules).appendingPathComponent("quality.yml")
            do {
                configuration = try QualityConfiguration.load(from: file)
            } catch let error as ConfigurationError {
                Console.shared.error("\(error)")
                throw AuditExitCode.invalidConfiguration
            }
        }
        let output = markdown ? CatalogRenderer.markdown(configuration) : CatalogRenderer.text(configuration)
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
