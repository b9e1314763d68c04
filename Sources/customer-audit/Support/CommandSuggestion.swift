import ArgumentParser

/// A first argument that names no command: ArgumentParser would go on to complain about the
/// next option ("Unknown option '--input'" for `analyse --input x`), which hides the typo.
enum CommandSuggestion {
    /// The message for `arguments` (without the program name) when their first word is not a
    /// command, suggesting the closest one; nil when it is a command or an option.
    static func problem(in arguments: [String]) -> String? {
        guard let word = arguments.first, !word.hasPrefix("-") else { return nil }
        let names = CustomerAudit.configuration.subcommands.map { $0._commandName }
        guard !names.contains(word), word != "help" else { return nil }
        if let closest = closest(to: word, among: names) {
            return "unknown command '\(word)'; did you mean '\(closest)'?"
        }
        return "unknown command '\(word)'; the commands are \(names.joined(separator: ", ")) (see customer-audit --help)"
    }

    /// The name within two edits of `word` (a swapped, missing or extra letter or two), nearest first.
    static func closest(to word: String, among names: [String]) -> String? {
        let scored = names.map { ($0, distance(word.lowercased(), $0)) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }?.0
    }

    /// Levenshtein distance, with a swap of two neighbouring letters counted once.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
