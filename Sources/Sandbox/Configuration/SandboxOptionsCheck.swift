/// What is wrong with the settings `customer-audit sandbox` was given, one message each, naming
/// the option: the sandbox serves loopback only, on a real port, with sensible pages and limits.
public enum SandboxOptionsCheck {
    public static let loopbackHosts = ["127.0.0.1", "::1", "localhost"]

    /// Limits of 0 mean unlimited.
    public static func problems(port: Int, host: String, pageSize: Int, minutelyLimit: Int, dailyLimit: Int, generate: Int) -> [String] {
        var problems: [String] = []
        if !(0...65_535).contains(port) { problems.append("--port must be between 0 and 65535") }
        if !loopbackHosts.contains(host) { problems.append("--host must be a loopback address (127.0.0.1, ::1 or localhost)") }
        if pageSize < 1 { problems.append("--page-size must be 1 or more") }
        if minutelyLimit < 0 || dailyLimit < 0 { problems.append("--minutely-limit and --daily-limit must be 0 (unlimited) or more") }
        if generate < 0 { problems.append("--generate must be 0 or more") }
        return problems
    }
}
