import Foundation

/// Reading the rate-limit headers of a response.
///
/// Header names are matched case-insensitively; a value that is not a whole number (the API has been
/// seen sending `59.0`) is read when it is one in disguise and otherwise ignored.
public enum RateLimitHeaders {
    public static let minutelyLimit = "X-RateLimit-Minutely-Limit"
    public static let minutelyRemaining = "X-RateLimit-Minutely-Remaining"
    public static let dailyLimit = "X-RateLimit-Daily-Limit"
    public static let dailyRemaining = "X-RateLimit-Daily-Remaining"
    public static let dailyReset = "X-RateLimit-Daily-Reset"

    /// The `X-RateLimit-*` values among `headers` (name, value pairs), or nil when none is present.
    public static func status(from headers: [(String, String)]) -> RateLimitStatus? {
        func number(_ name: String) -> Int? {
            guard let value = headers.first(where: { $0.0.caseInsensitiveCompare(name) == .orderedSame })?.1 else { return nil }
            return integer(value)
        }
        let status = RateLimitStatus(
            minutelyLimit: number(minutelyLimit), minutelyRemaining: number(minutelyRemaining),
            dailyLimit: number(dailyLimit), dailyRemaining: number(dailyRemaining), dailyReset: number(dailyReset))
        return status == RateLimitStatus() ? nil : status
    }

    /// How long `Retry-After` asks to wait: delay-seconds (fractions allowed, since test servers shrink
    /// the minute) or an HTTP date, relative to `now`. Nil when absent or unreadable.
    public static func retryAfter(from headers: [(String, String)], now: Date = Date()) -> Duration? {
        guard let value = headers.first(where: { $0.0.caseInsensitiveCompare("Retry-After") == .orderedSame })?.1 else { return nil }
        return retryAfter(value, now: now)
    }

    /// See `retryAfter(from:now:)`.
    public static func retryAfter(_ value: String, now: Date = Date()) -> Duration? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(text) {
            guard seconds.isFinite, seconds >= 0 else { return nil }
            return .milliseconds(Int64((seconds * 1000).rounded(.up)))
        }
        guard let date = httpDate(text) else { return nil }
        return .milliseconds(Int64(max(0, date.timeIntervalSince(now)) * 1000))
    }

    /// The server's clock from a `Date` header (RFC 9110 IMF-fixdate), if present.
    public static func serverDate(from headers: [(String, String)]) -> Date? {
        headers.first(where: { $0.0.caseInsensitiveCompare("Date") == .orderedSame }).flatMap { httpDate($0.1) }
    }

    static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text.trimmingCharacters(in: .whitespaces))
    }

    private static func integer(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let value = Int(trimmed) { return value }
        guard let value = Double(trimmed), value.isFinite, value == value.rounded(), abs(value) < 9e15 else { return nil }
        return Int(value)
    }
}

extension RateLimitStatus {
    /// When the daily quota resets, as a date.
    public var dailyResetDate: Date? { dailyReset.map { Date(timeIntervalSince1970: TimeInterval($0)) } }
}
