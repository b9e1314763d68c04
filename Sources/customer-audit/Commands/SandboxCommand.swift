import ArgumentParser
import Audit
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
            "\(SandboxLogin.demoUsername)" with password "\(SandboxLogin.demoPassword)". \
            Runs until Ctrl-C.
            """)

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
        let problems = SandboxOptionsCheck.problems(port: port, host: host, pageSize: pageSize, minutelyLimit: minutelyLimit,
                                                    dailyLimit: dailyLimit, generate: generate)
        // The entry point prints it like every usage error, with the usage line, and exits 2.
        guard problems.isEmpty else { throw ValidationError(problems.joined(separator: "; ")) }
    }

    func run() async throws {
        var generated = GeneratorConfiguration()
        generated.customers = generate
        let served = try customers.map { try CustomerFile.read($0) } ?? DutchCustomerGenerator.generate(generated).customers
        let login = SandboxLogin(environment: ProcessInfo.processInfo.environment)
        let configuration = SandboxConfiguration(username: login.username, password: login.password, pageSize: pageSize,
                                                 minutelyLimit: minutelyLimit == 0 ? nil : minutelyLimit, dailyLimit: dailyLimit == 0 ? nil : dailyLimit)
        let store = SandboxStore(customers: served)
        let count = await store.count
        do {
            try await Sandbox.run(store: store, configuration: configuration, host: host, port: port) { baseURL in
                print("Serving \(count) customers at \(baseURL) for \(login.who). Ctrl-C stops.")
                print("Try: CYCLESOFTWARE_BASE_URL=\(baseURL) customer-audit sync")
                fflush(stdout)
            }
        } catch {
            throw UsageError(description: "the sandbox could not serve on \(host):\(port): \(error)")
        }
    }
}
