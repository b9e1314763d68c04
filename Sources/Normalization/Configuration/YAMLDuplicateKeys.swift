import AuditSupport
import CustomerModel
import Yams

// Lives here because Normalization is the lowest target that reads YAML: the rules files of
// Quality, Matching and Reporting and the first-name table all reach it.
extension ConfigurationError {
    /// A key written twice in one mapping. YAML readers keep one of the two values without a word,
    /// so a threshold or a rule switched off in the later line may silently not apply; the file is
    /// refused naming the key and the line of its second appearance.
    public static func duplicatedKeys(_ duplicates: [String], context: YamlError.Context, file: String) -> ConfigurationError {
        let key = duplicates.sorted().first ?? "?"
        let line = secondLine(of: key, after: context.mark, in: context.text)
        let first = line == context.mark.line ? "" : " (first on line \(context.mark.line))"
        return ConfigurationError(file: file, line: line, key: key, problem: "appears twice in the same mapping\(first); keep one")
    }

    /// The line where `key` appears again at the column it first appeared at; the first line when
    /// the second cannot be told (flow style, quoted keys).
    static func secondLine(of key: String, after mark: Mark, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = max(0, mark.column - 1)
        var number = mark.line + 1
        while number <= lines.count {
            let line = lines[number - 1].unicodeScalars
            if line.count > indent, line.prefix(indent).allSatisfy({ $0 == " " || $0 == "\t" || $0 == "-" }) {
                let rest = String(String.UnicodeScalarView(line.dropFirst(indent)))
                for spelling in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(spelling) {
                    if rest.dropFirst(spelling.count).drop(while: { $0 == " " || $0 == "\t" }).first == ":" { return number }
                }
            }
            number += 1
        }
        return mark.line
    }
}
