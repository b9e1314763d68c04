import Foundation
import Reporting

extension ReportFormat {
    /// The formats comma-separated lists such as `--format json,html` name (json, html and csv when
    /// none), and the first name that is not one of those three, if any.
    public static func named(in lists: [String]) -> (formats: Set<ReportFormat>, unknown: String?) {
        let names = lists.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } }
        guard !names.isEmpty else { return ([.json, .html, .csv], nil) }
        var formats: Set<ReportFormat> = []
        for name in names {
            guard let format = ReportFormat(rawValue: name), format != .junit else { return (formats, name) }
            formats.insert(format)
        }
        return (formats, nil)
    }
}
