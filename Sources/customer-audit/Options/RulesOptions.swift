import ArgumentParser
import Audit
import Foundation

/// The rule files and reviewer input a run is configured with.
struct RulesOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Folder with quality.yml, matching.yml, gate.yml, first-names.yml, email-providers.yml (default: ./rules when present, else built-in defaults).",
        valueName: "dir"))
    var rules: String?

    @Option(name: .long, help: ArgumentHelp("Reviewer decisions (YAML or JSON), as exported from the HTML report.", valueName: "file"))
    var decisions: String?

    @Option(name: .long, help: ArgumentHelp("Load match parameters from a model.json of an earlier run instead of estimating them.", valueName: "file"))
    var model: String?

    func validate() throws {
        if let rules, !AuditSettings.isFolder(rules) {
            throw ValidationError("--rules \(rules): no such folder.")
        }
        for (flag, path) in [("--decisions", decisions), ("--model", model)] {
            if let path, !FileManager.default.isReadableFile(atPath: path) {
                throw ValidationError("\(flag) \(path): no such readable file.")
            }
        }
    }

    func loadSettings() throws -> AuditSettings {
        try AuditSettings.load(rulesFolder: rules, decisions: decisions, model: model)
    }
}
