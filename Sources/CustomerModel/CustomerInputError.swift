/// Input that is not customer data (exit code 4 at the command line).
public enum CustomerInputError: Error, Sendable, CustomStringConvertible {
    case malformedJSON(line: Int?, reason: String)
    case notCustomerData(line: Int?, reason: String)

    public var description: String {
        switch self {
        case let .malformedJSON(line, reason):
            return "malformed JSON\(line.map { " on line \($0)" } ?? ""): \(reason)"
        case let .notCustomerData(line, reason):
            return "not customer data\(line.map { " on line \($0)" } ?? ""): \(reason)"
        }
    }
}
