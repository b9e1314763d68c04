import Foundation

/// The API's `YYYY-MM-DD HH:MM:SS` timestamps (`datetime_created`, `modified_since`), read and
/// written in UTC.
///
/// The API documents no time zone. We send UTC: CycleSoftware's servers are in the Netherlands,
/// and if they read the text as Dutch local time (UTC+1 in winter, UTC+2 in summer) a UTC value
/// lies one or two hours earlier than meant, so a `modified_since` window only widens and no change
/// is missed. (Sending Dutch time to a server that reads UTC would narrow it and lose changes.)
/// The sandbox reads them in UTC too, so a client that sends its pull's start time gets exactly the
/// customers changed since then.
public enum APITimestamp {
    /// `date` as `YYYY-MM-DD HH:MM:SS` in UTC, fractions of a second dropped.
    public static func format(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func pad(_ value: Int?, _ width: Int) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2)) "
            + "\(pad(parts.hour, 2)):\(pad(parts.minute, 2)):\(pad(parts.second, 2))"
    }

    /// Reads `YYYY-MM-DD HH:MM:SS` as UTC; nil for anything else (other lengths or separators,
    /// non-ASCII digits, a zone suffix, a field out of range, a day the month lacks). A `T` or `+`
    /// in place of the space is accepted too, as sent by clients that form-encode a query.
    public static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 19 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        for (index, allowed) in separators where !allowed.contains(bytes[index]) { return nil }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
        else { return nil }
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: components),
              calendar.component(.day, from: date) == day // rejects 2023-02-31
        else { return nil }
        return date
    }

    /// Byte offset → the bytes allowed there.
    private static let separators: [(Int, Set<UInt8>)] = [
        (4, [UInt8(ascii: "-")]), (7, [UInt8(ascii: "-")]),
        (10, [UInt8(ascii: " "), UInt8(ascii: "T"), UInt8(ascii: "+")]),
        (13, [UInt8(ascii: ":")]), (16, [UInt8(ascii: ":")]),
    ]

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
