import ArgumentParser
import Audit
import Foundation

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the whole tool on generated customers: sandbox API → sync → analyze → reports/demo/.",
        discussion: """
        Starts the embedded sandbox API on a free loopback port with generated Dutch customers \
        (planted duplicates, households and quality problems), syncs from it over real HTTP into \
        reports/demo/store.sqlite, analyzes, and writes the reports into reports/demo/.
        """)

    @Option(name: .long, help: "How many customers to generate.")
    var customers = 3_000

    @Option(name: .long, help: "Seed of the generator (the same seed gives the same customers).")
    var seed: UInt64 = 2026

    @Option(name: .long, help: ArgumentHelp("Report folder.", valueName: "dir"))
    var out = "reports/demo"

    func validate() throws {
        guard customers >= 1 else { throw ValidationError("--customers must be 1 or more (got \(customers)).") }
    }

    func run() async throws {
        let console = Console.shared
        let started = Date()
        let result = try await DemoRun(customers: customers, seed: seed, out: out).execute(events: console.runEvents(), startedAt: started)
        let planted = result.truth
        console.say("planted: \(planted.duplicateGroups.count) duplicate groups, \(planted.hardNegatives.count) look-alike pairs that are not duplicates, \(planted.plantedProblems.count) quality problems")
        console.note(String(format: "demo finished in %.1f s", Date().timeIntervalSince(started)))
        // The last line is the page to open (the README and `make demo` promise it).
        RunSummary.lines(result.run.report, written: result.run.written).forEach(console.say)
    }
}
