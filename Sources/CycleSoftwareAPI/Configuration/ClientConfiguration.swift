import Foundation

/// Where and how `CustomersClient` talks to the Customers API.
public struct ClientConfiguration: Sendable {
    /// The API's root, e.g. `https://api.cyclesoftware.nl`; paths `/api/v1/customers/...` go below it.
    /// Always `https`, except `http` for loopback hosts (see `BaseURL`).
    public var baseURL: String
    public var credentials: Credentials
    public var retry: RetryPolicy
    /// Longest time one attempt (request and whole body) may take before it counts as a timeout.
    public var requestTimeout: Duration
    /// Length of the API's rate-limit "minute". The real API's is 60 seconds; test servers shrink it.
    /// Pacing spreads the requests of one window over this length.
    public var rateLimitWindow: Duration
    /// How a pull pages through `list.json`; see `PullOptions`.
    public var pull: PullOptions
    /// Largest response body accepted (after decompression).
    public var maximumBodyBytes: Int

    /// The default API root.
    public static let defaultBaseURL = "https://api.cyclesoftware.nl"
    /// The environment variables the configuration reads.
    public static let baseURLVariable = "CYCLESOFTWARE_BASE_URL"
    public static let usernameVariable = "CYCLESOFTWARE_USERNAME"
    public static let passwordVariable = "CYCLESOFTWARE_PASSWORD"

    /// Throws `APIError.insecureURL` or `.invalidURL` when `baseURL` cannot be used.
    public init(baseURL: String, credentials: Credentials, retry: RetryPolicy = .default,
                requestTimeout: Duration = .seconds(30)) throws {
        self.baseURL = try BaseURL.validated(baseURL)
        self.credentials = credentials
        self.retry = retry
        self.requestTimeout = requestTimeout
        self.rateLimitWindow = .seconds(60)
        self.pull = PullOptions()
        self.maximumBodyBytes = 256 << 20
    }

    /// `--base-url`, else env `CYCLESOFTWARE_BASE_URL`, else `https://api.cyclesoftware.nl`; credentials
    /// from env `CYCLESOFTWARE_USERNAME` / `CYCLESOFTWARE_PASSWORD` (`APIError.missingCredentials`
    /// names the variables that are missing or empty).
    public static func fromEnvironment(
        baseURL: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> ClientConfiguration {
        func value(_ name: String) -> String? {
            guard let text = environment[name], !text.isEmpty else { return nil }
            return text
        }
        let url = baseURL.flatMap { $0.isEmpty ? nil : $0 } ?? value(baseURLVariable) ?? defaultBaseURL
        let username = value(usernameVariable)
        let password = value(passwordVariable)
        guard let username, let password else {
            throw APIError.missingCredentials(
                [usernameVariable, passwordVariable].filter { value($0) == nil })
        }
        return try ClientConfiguration(baseURL: url, credentials: Credentials(username: username, password: password))
    }
}

extension ClientConfiguration: CustomStringConvertible {
    /// Describes the configuration without the credentials.
    public var description: String {
        "ClientConfiguration(baseURL: \(baseURL), credentials: \(credentials), retry: \(retry), "
            + "requestTimeout: \(requestTimeout), rateLimitWindow: \(rateLimitWindow))"
    }
}
