/// The files a report can be written as.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// report.json (schema v1).
    case json
    /// report.html: the single-file review report.
    case html
    /// findings.csv and merges.csv.
    case csv
    /// report.junit.xml, only when a gate ran.
    case junit

    /// File names this format writes.
    public var fileNames: [String] {
        switch self {
        case .json: return ["report.json"]
        case .html: return ["report.html"]
        case .csv: return ["findings.csv", "merges.csv"]
        case .junit: return ["report.junit.xml"]
        }
    }
}
