import Foundation
import PackagePlugin

/// Generates `PageAssets.swift` for Reporting at build time from the report page's script and style
/// (Sources/Reporting/Output/HTML/Page), so those files are the page's only copy and the binary still
/// carries them: report.html stays one self-contained file and no resource bundle has to sit beside
/// the executable (on Linux a missing bundle stops the program).
@main
struct EmbedPageAssets: BuildToolPlugin {
    /// The script's parts in page order: each later part uses the functions of the earlier ones.
    static let scriptParts = ["core.js", "overview.js", "changes.js", "findings.js", "clusters.js", "review.js"]
    static let styleSheet = "report.css"

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let page = target.directoryURL.appending(path: "Output/HTML/Page")
        let inputs = ([Self.styleSheet] + Self.scriptParts).map { page.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "PageAssets.swift")
        return [
            .buildCommand(
                displayName: "Embedding the report page's script and style",
                executable: try context.tool(named: "embed-page-assets").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]),
        ]
    }
}
