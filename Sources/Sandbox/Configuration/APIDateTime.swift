import Foundation

/// The API's `YYYY-MM-DD HH:MM:SS` timestamps (`datetime_created`, `modified_since`).
///
/// The sandbox reads and writes them in UTC; clients that send their pull's start time in UTC get
/// exactly the customers changed since then.
enum APIDateTime {
    /// Parses `YYYY-MM-DD HH:MM:SS` (a `T` or `+` in place of the space is accepted too, as sent by
    /// clients that form-encode the query). Returns nil for anything else.
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 19 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        let separators: [(Int, Set<UInt8>)] = [(4, [0x2D]), (7, [0x2D]), (10, [0x20, 0x54, 0x2B]), (13, [0x3A]), (16, [0x3A])]
        for (index, allowed) in separators where !allowed.contains(bytes[index]) { return nil }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
        else { return nil }
        var components = DateComponents()
        components.year = year
        components.month = month
        components.day = day
        components.hour = hour
        components.minute = minute
        components.second = second
        guard let date = calendar.date(from: components),
              calendar.component(.day, from: date) == day // rejects 2023-02-31
        else { return nil }
        return date
    }

    /// Formats `date` as `YYYY-MM-DD HH:MM:SS` in UTC (fractions of a second dropped).
    static func format(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func pad(_ value: Int?, _ width: Int) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2)) "
            + "\(pad(parts.hour, 2)):\(pad(parts.minute, 2)):\(pad(parts.second, 2))"
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
