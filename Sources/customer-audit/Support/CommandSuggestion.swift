import ArgumentParser
import Matching

/// A first argument that names no command: ArgumentParser would go on to complain about the
/// next option ("Unknown option '--input'" for `analyse --input x`), which hides the typo.
enum CommandSuggestion {
    /// The message for `arguments` (without the program name) when their first word is not a
    /// command, suggesting the closest one; nil when it is a command or an option.
    static func problem(in arguments: [String]) -> String? {
        guard let word = arguments.first, !word.hasPrefix("-") else { return nil }
        let names = CustomerAudit.configuration.subcommands.map { $0._commandName }
        guard !names.contains(word), word != "help" else { return nil }
        // The name within two edits of the word (a swapped, missing or extra letter or two), nearest first.
        let scored = names.map { ($0, EditDistance.damerau(word.lowercased(), $0)) }.filter { $0.1 <= 2 }
        if let closest = scored.min(by: { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 })?.0 {
            return "unknown command '\(word)'; did you mean '\(closest)'?"
        }
        return "unknown command '\(word)'; the commands are \(names.joined(separator: ", ")) (see customer-audit --help)"
    }
}
