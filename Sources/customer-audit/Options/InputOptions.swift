import ArgumentParser
import Audit

/// Where `analyze` and `gate` read customers from (CONTRACT.md, "INPUT").
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A JSON array of customers, a list.json response, or JSON Lines ('-' reads standard input).",
        valueName: "file"))
    var input: String?

    @Option(name: .long, help: ArgumentHelp("The snapshot written by 'sync' (the default input).", valueName: "path"))
    var store: String?

    @Flag(name: .customLong("from-api"), help: "Sync from the API into the snapshot first, then analyze it.")
    var fromAPI = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp(
        "API base URL for --from-api (else CYCLESOFTWARE_BASE_URL, else https://api.cyclesoftware.nl).", valueName: "url"))
    var baseURL: String?

    func validate() throws {
        if input != nil && (store != nil || fromAPI) {
            throw ValidationError("--input reads a file; it cannot be combined with --store or --from-api.")
        }
        if baseURL != nil && !fromAPI {
            throw ValidationError("--base-url only applies with --from-api.")
        }
    }

    func runInput() throws -> RunInput {
        try RunInput(file: input, store: store, fromAPI: fromAPI, baseURL: baseURL)
    }
}
