import ArgumentParser
import Audit

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
        let answer = try await DuplicateCheck.run(customerFile: customer, settings: try rules.loadSettings(), baseURL: baseURL,
                                                  create: create)
        Console.shared.say(answer.text(json: json))
        guard create else { return }
        guard let created = answer.created else {
            Console.shared.error("not created: a likely duplicate exists (see above); update that customer instead")
            throw ExitCode(ExitStatus.checkFailed.rawValue)
        }
        Console.shared.say("created customer \(created.customerID.map(String.init) ?? "?")")
    }
}
