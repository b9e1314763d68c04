import ArgumentParser
import Cleanup
import Snapshot

/// What `fix apply` and `fix undo` share: the plan, the store holding the journal, the API.
struct FixRunOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The plan file written by 'fix plan'.", valueName: "plan")) var plan: String
    @Option(help: "The snapshot file (holds the journal).") var store: String = SnapshotStore.defaultPath
    @Option(help: "The API's root (else env CYCLESOFTWARE_BASE_URL, else https://api.cyclesoftware.nl).") var baseURL: String?
    @Flag(help: "Write to the API; without it a dry run.") var yes = false

    func run(_ direction: FixDirection) async throws {
        let display = FixProgressLine(label: "fix \(direction.rawValue)")
        defer { display.end() }
        let text = try await FixRun.run(direction, plan: plan, store: store, baseURL: baseURL, write: yes) { display.show($0) }
        display.end()
        Console.shared.say(text)
    }
}
