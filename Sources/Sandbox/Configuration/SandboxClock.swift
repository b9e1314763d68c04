import Foundation

/// Where the sandbox reads the time: modification times, `modified_since`, rate-limit windows.
///
/// `.system` is the wall clock; tests pass a `ManualClock` to step time by hand.
public struct SandboxClock: Sendable {
    /// The current time.
    public let now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The wall clock.
    public static let system = SandboxClock { Date() }

    /// A clock that reads `manual`.
    public static func manual(_ manual: ManualClock) -> SandboxClock {
        SandboxClock { manual.now }
    }
}

/// A clock that only moves when told to, for repeatable tests of modification times and limits.
public final class ManualClock: @unchecked Sendable {
    // A lock rather than an actor: the sandbox reads the time synchronously.
    private let lock = NSLock()
    private var current: Date

    public init(_ start: Date = Date(timeIntervalSince1970: 1_798_761_600)) {
        current = start
    }

    /// The time the clock shows.
    public var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Moves the clock forward (or back, with a negative duration).
    public func advance(by duration: Duration) {
        lock.lock()
        defer { lock.unlock() }
        current = current.addingTimeInterval(duration.timeInterval)
    }

    /// Sets the clock to `date`.
    public func set(_ date: Date) {
        lock.lock()
        defer { lock.unlock() }
        current = date
    }
}

extension Duration {
    /// The duration in seconds as a `TimeInterval`.
    var timeInterval: TimeInterval {
        let parts = components
        return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
    }
}
