import ArgumentParser
import Audit
import CustomerModel
import CycleSoftwareAPI
import Foundation
import Matching
import Normalization

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Before creating a customer: find likely duplicates through the API's find.json.",
        discussion: """
        Asks find.json by phone number, email, postcode + house number and name, normalizes the \
        candidates, and scores each against the customer in FILE with the same comparisons and \
        model as 'analyze'. Prints the likely duplicates with the evidence.
        """)

    @Option(name: .long, help: ArgumentHelp("The new customer as a JSON object (API shape).", valueName: "file"))
    var customer: String

    @Option(name: .customLong("base-url"), help: ArgumentHelp("API base URL (else CYCLESOFTWARE_BASE_URL).", valueName: "url"))
    var baseURL: String?

    @OptionGroup var rules: RulesOptions

    @Flag(name: .long, help: "Print the candidates as JSON.")
    var json = false

    @Flag(name: .long, help: "Create the customer (POST) when no candidate reaches the likely band; else exit 1 and create nothing.")
    var create = false

    func run() async throws {
        try await withContractExitCodes {
            let settings = try rules.loadSettings()
            guard let newCustomer = try InputLoader.readFile(customer).first else {
                throw InputError(description: "\(customer): no customer in the file")
            }
            let client = CustomersClient(configuration: try ClientConfiguration.fromEnvironment(baseURL: baseURL))
            // With --create the client stays open for the POST after the scoring.
            do {
                try await check(newCustomer, settings: settings, client: client)
                try? await client.shutdown()
            } catch {
                try? await client.shutdown()
                throw error
            }
        }
    }

    private func check(_ newCustomer: Customer, settings: AuditSettings, client: CustomersClient) async throws {
        let candidates = try await CandidateSearch.candidates(for: newCustomer, using: client)
        let normalizer = settings.normalizer
        let subject = normalizer.normalize(newCustomer, index: -1)
        let others = normalizer.normalize(candidates)
        let finder = DuplicateFinder(configuration: settings.matching, model: settings.model)
        let pairs = finder.scorePairs(subject, against: others).sorted { $0.score > $1.score }
        CheckOutput.print(pairs: pairs, candidates: others, thresholds: settings.matching.bandThresholds, json: json)
        guard create else { return }
        let likely = settings.matching.bandThresholds[.likely] ?? 0.9
        guard !pairs.contains(where: { $0.score >= likely }) else {
            Console.shared.error("not created: a likely duplicate exists (see above); update that customer instead")
            throw ExitCode(1)
        }
        let created = try await client.create(newCustomer)
        Console.shared.say("created customer \(created.customerID.map(String.init) ?? "?")")
    }
}
