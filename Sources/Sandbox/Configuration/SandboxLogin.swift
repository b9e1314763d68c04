/// The user `customer-audit sandbox` accepts: the one in CYCLESOFTWARE_USERNAME and
/// CYCLESOFTWARE_PASSWORD when both are set (so a sync run beside it needs no other setting), else
/// a demo user whose password the command's help shows.
public struct SandboxLogin: Sendable {
    /// The user the sandbox accepts when no credentials are set in the environment.
    public static let demoUsername = "demo"
    public static let demoPassword = "sandbox"

    public var username: String
    public var password: String
    /// Whether the login came from the environment (else it is the demo user).
    public var fromEnvironment: Bool

    public init(environment: [String: String]) {
        let username = environment["CYCLESOFTWARE_USERNAME"].flatMap { $0.isEmpty ? nil : $0 }
        let password = environment["CYCLESOFTWARE_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        if let username, let password {
            self.init(username: username, password: password, fromEnvironment: true)
        } else {
            self.init(username: Self.demoUsername, password: Self.demoPassword, fromEnvironment: false)
        }
    }

    init(username: String, password: String, fromEnvironment: Bool) {
        self.username = username
        self.password = password
        self.fromEnvironment = fromEnvironment
    }

    /// Who the sandbox serves, for its first line (never the password).
    public var who: String {
        fromEnvironment ? "user \(username) from CYCLESOFTWARE_USERNAME / CYCLESOFTWARE_PASSWORD"
                        : "demo user \(username) (password: see `customer-audit sandbox --help`)"
    }
}
