import ArgumentParser
import Foundation
import Quality

/// `customer-audit rules`: the data-quality rule catalogue, from the rules' own descriptions
/// (the same data the example tests run), with the severities of a rules folder when given.
struct RulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Lists the data-quality rules: id, severity, summary and an example.",
        discussion: "With --markdown the catalogue is written as Markdown, for the README or the docs.")

    @Flag(help: "Write the catalogue as Markdown, with every example and parameter.")
    var markdown = false

    @Option(help: ArgumentHelp("Folder holding quality.yml; shows its severities and which rules are on.", valueName: "DIR"))
    var rules: String?

    func run() async throws {
        let configuration = try rules.map { try QualityConfiguration.load(from: URL(fileURLWithPath: $0).appendingPathComponent("quality.yml")) }
            ?? .default
        let output = markdown ? CatalogRenderer.markdown(configuration) : CatalogRenderer.text(configuration)
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
