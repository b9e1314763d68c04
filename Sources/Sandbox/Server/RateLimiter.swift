import Foundation

/// Fixed-window request accounting, as the `X-RateLimit-*` headers describe it.
///
/// A minute window lasts `minuteLength`, a day window 1,440 of them. With real minutes (60 s) the
/// windows follow the wall clock (minutes start at :00, days at midnight UTC); with a scaled-down
/// minute they start when the limiter is made, so a test's first request opens a full window.
/// A refused request counts against nothing.
final class RateLimiter: @unchecked Sendable {
    struct Status: Sendable, Hashable {
        var minutelyLimit: Int?
        var minutelyRemaining: Int?
        var dailyLimit: Int?
        var dailyRemaining: Int?
        /// When the day window ends.
        var dailyReset: Date
        /// When the minute window ends.
        var minuteReset: Date
    }

    enum Decision: Sendable, Hashable {
        case admitted(Status)
        /// Refused; try again after `retryAfter` (seconds until the exhausted window ends).
        case refused(Status, retryAfter: TimeInterval)
    }

    private let minutelyLimit: Int?
    private let dailyLimit: Int?
    // Windows are counted in whole microseconds: Dates near today carry ~0.2 µs of floating-point
    // noise, which must not move a request across a window boundary.
    private let minuteMicros: Int64
    private let dayMicros: Int64
    private let origin: Date
    private let lock = NSLock()
    private var minuteWindow = Int.min
    private var dayWindow = Int.min
    private var minuteCount = 0
    private var dayCount = 0

    init(configuration: SandboxConfiguration, now: Date) {
        minutelyLimit = configuration.minutelyLimit
        dailyLimit = configuration.dailyLimit
        minuteMicros = max(1, Int64((configuration.minuteLength.timeInterval * 1e6).rounded()))
        dayMicros = minuteMicros * 1_440
        origin = configuration.minuteLength == .seconds(60) ? Date(timeIntervalSince1970: 0) : now
    }

    /// Counts the request when both windows have room; otherwise refuses it.
    func admit(at now: Date) -> Decision {
        lock.lock()
        defer { lock.unlock() }
        roll(to: now)
        let status = currentStatus()
        if let dailyLimit, dayCount >= dailyLimit {
            return .refused(status, retryAfter: status.dailyReset.timeIntervalSince(now))
        }
        if let minutelyLimit, minuteCount >= minutelyLimit {
            return .refused(status, retryAfter: status.minuteReset.timeIntervalSince(now))
        }
        minuteCount += 1
        dayCount += 1
        return .admitted(currentStatus())
    }

    /// The current status without counting anything (for answers to unauthenticated requests).
    func peek(at now: Date) -> Status {
        lock.lock()
        defer { lock.unlock() }
        roll(to: now)
        return currentStatus()
    }

    private func roll(to now: Date) {
        let elapsed = Int64((now.timeIntervalSince(origin) * 1e6).rounded())
        let minute = Int(Self.floorDivide(elapsed, minuteMicros))
        let day = Int(Self.floorDivide(elapsed, dayMicros))
        if minute != minuteWindow {
            minuteWindow = minute
            minuteCount = 0
        }
        if day != dayWindow {
            dayWindow = day
            dayCount = 0
        }
    }

    private func currentStatus() -> Status {
        Status(
            minutelyLimit: minutelyLimit, minutelyRemaining: minutelyLimit.map { max(0, $0 - minuteCount) },
            dailyLimit: dailyLimit, dailyRemaining: dailyLimit.map { max(0, $0 - dayCount) },
            dailyReset: origin.addingTimeInterval(Double(Int64(dayWindow + 1) * dayMicros) / 1e6),
            minuteReset: origin.addingTimeInterval(Double(Int64(minuteWindow + 1) * minuteMicros) / 1e6))
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }
}

extension RateLimiter.Status {
    /// The `X-RateLimit-*` headers; a limit that is off (nil) sends none of its headers.
    /// `X-RateLimit-Daily-Reset` is the Unix time (whole seconds, rounded up) the day window ends.
    var headers: [(String, String)] {
        var headers: [(String, String)] = []
        if let minutelyLimit, let minutelyRemaining {
            headers.append(("X-RateLimit-Minutely-Limit", String(minutelyLimit)))
            headers.append(("X-RateLimit-Minutely-Remaining", String(minutelyRemaining)))
        }
        if let dailyLimit, let dailyRemaining {
            headers.append(("X-RateLimit-Daily-Limit", String(dailyLimit)))
            headers.append(("X-RateLimit-Daily-Remaining", String(dailyRemaining)))
            headers.append(("X-RateLimit-Daily-Reset", String(Int(dailyReset.timeIntervalSince1970.rounded(.up)))))
        }
        return headers
    }
}

enum RetryAfter {
    /// The `Retry-After` value for a wait of `seconds`: whole seconds rounded up (at least 1) when the
    /// minute is a whole number of seconds, as real servers send; with a scaled-down minute, seconds
    /// with three decimals rounded up to the millisecond (at least 0.001), e.g. `0.137`.
    static func header(seconds: TimeInterval, minuteLength: Duration) -> String {
        let parts = minuteLength.components
        if parts.attoseconds == 0, parts.seconds >= 1 {
            return String(max(1, Int(((seconds * 1e6).rounded() / 1e6).rounded(.up))))
        }
        // Round to the microsecond first so floating-point noise does not add a millisecond.
        let milliseconds = max(1, Int(((seconds * 1e6).rounded() / 1000).rounded(.up)))
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
