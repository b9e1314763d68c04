import Foundation

// Build tool behind the EmbedPageAssets plugin: writes a Swift file that holds the report page's
// style sheet and script parts as raw string literals.
// Usage: embed-page-assets OUTPUT STYLE.css PART.js...

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("embed-page-assets: \(message)\n".utf8))
    exit(1)
}

/// A file's text as a `#"""` raw literal; the file must end with a newline (dropped in the literal)
/// and may not hold the literal's own delimiter or a raw interpolation.
func literal(_ path: String) -> String {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
    let name = (path as NSString).lastPathComponent
    guard text.hasSuffix("\n") else { fail("\(name) must end with a newline") }
    guard !text.contains("\"\"\"#"), !text.contains("\\#") else {
        fail("\(name) holds \"\"\"# or \\#, which cannot stand in a #\"\"\" literal")
    }
    return "#\"\"\"\n" + text + "\"\"\"#"
}

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 3 else { fail("usage: embed-page-assets OUTPUT STYLE.css PART.js...") }
let output = arguments.first!
let style = arguments.dropFirst().first!
let parts = arguments.dropFirst(2)

var swift = """
// Generated at build time by the EmbedPageAssets plugin from Output/HTML/Page; edit those files.

/// The report page's script and style sheet, as written in Output/HTML/Page.
enum PageAssets {
    /// Page/report.css: readable on a laptop, printable (all sections, no controls).
    static let style = \(literal(style))

    /// The script's parts in page order (file name, text without its final newline).
    static let scriptParts: [(file: String, text: String)] = [

"""
for part in parts {
    swift += "        (\"\((part as NSString).lastPathComponent)\", \(literal(part))),\n"
}
swift += "    ]\n}\n"
do {
    try swift.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    fail("cannot write \(output): \(error)")
}
