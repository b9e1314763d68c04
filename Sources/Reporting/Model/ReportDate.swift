import Foundation

/// The one timestamp format of report files: ISO 8601 in UTC with whole seconds
/// ("2026-11-29T10:00:00Z"), so two reports of the same second are byte-identical.
enum ReportDate {
    static func string(_ date: Date) -> String {
        let whole = Date(timeIntervalSince1970: (date.timeIntervalSince1970).rounded(.down))
        return whole.formatted(.iso8601)
    }

    /// Accepts whole or fractional seconds and any offset, since baselines may come from other tools.
    static func parse(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        return try? fractional.parse(text)
    }

    static func decode<K: CodingKey>(_ container: KeyedDecodingContainer<K>, _ key: K) throws -> Date {
        let text = try container.decode(String.self, forKey: key)
        guard let date = parse(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "not an ISO 8601 date-time: \(text)")
        }
        return date
    }
}
