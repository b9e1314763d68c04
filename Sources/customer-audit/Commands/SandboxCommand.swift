import ArgumentParser
import CustomerGenerator
import CustomerModel
import Foundation
import Sandbox

/// `customer-audit sandbox`: serves the Customers API on loopback for trying the tool and for tests.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Serves the Customers API (all five endpoints) on loopback.",
        discussion: """
            Serves the customers in --customers FILE (a JSON array, a list.json response or JSON Lines), \
            or generated Dutch customers (seed 42) without it. It accepts the credentials in \
            CYCLESOFTWARE_USERNAME / CYCLESOFTWARE_PASSWORD when both are set, else the demo user \
            "\(SandboxCommand.demoUsername)" with password "\(SandboxCommand.demoPassword)". \
            Runs until Ctrl-C.
            """)

    /// The user the sandbox accepts when no credentials are set in the environment.
    static let demoUsername = "demo"
    static let demoPassword = "sandbox"

    @Option(help: "Port to listen on (0 = any free port).")
    var port: Int = 8080

    @Option(help: "Address to listen on; must be a loopback address.")
    var host: String = "127.0.0.1"

    @Option(help: "Customers to serve: JSON array, list.json response or JSON Lines.")
    var customers: String?

    @Option(help: "Generated customers when no --customers file is given.")
    var generate: Int = GeneratorConfiguration().customers

    @Option(help: "Customers per list.json page.")
    var pageSize: Int = 500

    @Option(help: "Requests allowed per minute (0 = unlimited).")
    var minutelyLimit: Int = 360

    @Option(help: "Requests allowed per day (0 = unlimited).")
    var dailyLimit: Int = 15_000

    func validate() throws {
        var problems: [String] = []
        if !(0...65_535).contains(port) { problems.append("--port must be between 0 and 65535") }
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            problems.append("--host must be a loopback address (127.0.0.1, ::1 or localhost)")
        }
        if pageSize < 1 { problems.append("--page-size must be 1 or more") }
        if minutelyLimit < 0 || dailyLimit < 0 { problems.append("--minutely-limit and --daily-limit must be 0 (unlimited) or more") }
        if generate < 0 { problems.append("--generate must be 0 or more") }
        // The entry point prints it like every usage error, with the usage line, and exits 2.
        guard problems.isEmpty else { throw ValidationError(problems.joined(separator: "; ")) }
    }

    func run() async throws {
        let served = try loadCustomers()
        let environment = ProcessInfo.processInfo.environment
        let username = environment["CYCLESOFTWARE_USERNAME"].flatMap { $0.isEmpty ? nil : $0 }
        let password = environment["CYCLESOFTWARE_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        let fromEnvironment = username != nil && password != nil
        let configuration = SandboxConfiguration(
            username: fromEnvironment ? username! : Self.demoUsername,
            password: fromEnvironment ? password! : Self.demoPassword,
            pageSize: pageSize,
            minutelyLimit: minutelyLimit == 0 ? nil : minutelyLimit,
            dailyLimit: dailyLimit == 0 ? nil : dailyLimit)
        let store = SandboxStore(customers: served)
        let count = await store.count
        let who = fromEnvironment
            ? "user \(configuration.username) from CYCLESOFTWARE_USERNAME / CYCLESOFTWARE_PASSWORD"
            : "demo user \(Self.demoUsername) (password: see `customer-audit sandbox --help`)"
        do {
            try await Sandbox.run(store: store, configuration: configuration, host: host, port: port) { baseURL in
                print("Serving \(count) customers at \(baseURL) for \(who). Ctrl-C stops.")
                print("Try: CYCLESOFTWARE_BASE_URL=\(baseURL) customer-audit sync")
                fflush(stdout)
            }
        } catch {
            Console.shared.error("the sandbox could not serve on \(host):\(port): \(error)")
            throw ExitCode(AuditExitCode.invalidConfiguration.rawValue)
        }
    }

    private func loadCustomers() throws -> [Customer] {
        guard let path = customers else {
            var generator = GeneratorConfiguration()
            generator.customers = generate
            return DutchCustomerGenerator.generate(generator).customers
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            Console.shared.error("cannot read \(path): \(error.localizedDescription)")
            throw AuditExitCode.unreadableInput
        }
        do {
            return try CustomerJSON.decodeCustomers(data)
        } catch {
            Console.shared.error("\(path): \(error)")
            throw AuditExitCode.unreadableInput
        }
    }
}
