import Foundation

/// The API's `modified_since` text, `YYYY-MM-DD HH:MM:SS`.
///
/// The API documents no time zone. We send UTC: CycleSoftware's servers are in the Netherlands,
/// and if they read the text as Dutch local time (UTC+1 in winter, UTC+2 in summer) a UTC value
/// lies one or two hours earlier than meant, so the window only widens and no change is missed.
/// (Sending Dutch time to a server that reads UTC would narrow it and lose changes.)
public enum APITimestamp {
    /// `date` as `YYYY-MM-DD HH:MM:SS` in UTC, seconds truncated.
    public static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        let year = String(parts.year ?? 1970)
        return "\(String(repeating: "0", count: max(0, 4 - year.count)))\(year)-\(two(parts.month))-\(two(parts.day)) "
            + "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
    }

    /// Reads the API's text as UTC; nil when it is not in that shape.
    public static func parse(_ text: String) -> Date? {
        let numbers = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" }).map { Int($0) }
        guard numbers.count == 6, numbers.allSatisfy({ $0 != nil }) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: numbers[0], month: numbers[1], day: numbers[2],
                                        hour: numbers[3], minute: numbers[4], second: numbers[5])
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }
}
