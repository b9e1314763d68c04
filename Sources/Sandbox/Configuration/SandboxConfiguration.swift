/// How a sandbox server behaves: who may log in, how pages are cut, the limits it enforces and the
/// faults it injects.
///
/// The defaults are those of the real Customers API (`api/customers.md`): pages of 500, 360 requests
/// a minute, 15,000 a day. Tests shrink `minuteLength` so that limits and resets happen in
/// milliseconds; the daily window is always 1,440 minutes of that length.
public struct SandboxConfiguration: Sendable {
    /// Basic auth user the server accepts.
    public var username: String
    /// Basic auth password the server accepts. Never logged or echoed.
    public var password: String
    /// Customers per `list.json` page.
    public var pageSize: Int
    /// Requests allowed per minute window; nil = unlimited.
    public var minutelyLimit: Int?
    /// Requests allowed per day window; nil = unlimited.
    public var dailyLimit: Int?
    /// Length of one rate-limit "minute". A day is 1,440 of them.
    public var minuteLength: Duration
    /// Injected faults; switchable at runtime with `RunningSandbox.setFaults`.
    public var faults: SandboxFaults
    /// Most customers one `find.json` answer returns (the real API caps its search results too).
    public var findLimit: Int

    public init(username: String, password: String, pageSize: Int = 500, minutelyLimit: Int? = 360,
                dailyLimit: Int? = 15_000, minuteLength: Duration = .seconds(60), faults: SandboxFaults = .none,
                findLimit: Int = 500) {
        self.username = username
        self.password = password
        self.pageSize = max(1, pageSize)
        self.minutelyLimit = minutelyLimit
        self.dailyLimit = dailyLimit
        self.minuteLength = minuteLength > .zero ? minuteLength : .seconds(60)
        self.faults = faults
        self.findLimit = max(1, findLimit)
    }

    /// Length of one rate-limit day: 1,440 minutes.
    public var dayLength: Duration { minuteLength * 1_440 }
}

extension SandboxConfiguration: CustomStringConvertible {
    /// Describes the settings without the password.
    public var description: String {
        "SandboxConfiguration(username: \(username), password: <redacted>, pageSize: \(pageSize), "
            + "minutelyLimit: \(minutelyLimit.map(String.init) ?? "none"), dailyLimit: \(dailyLimit.map(String.init) ?? "none"), "
            + "minuteLength: \(minuteLength), faults: \(faults))"
    }
}
