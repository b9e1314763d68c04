/// Why the snapshot store cannot be used (exit code 4 at the command line).
///
/// Messages name the store's path and what is wrong with it; they never contain credentials
/// (the store holds none).
public enum SnapshotError: Error, Sendable, CustomStringConvertible {
    /// The file cannot be opened, is not an SQLite database, belongs to another program, or was
    /// written by a newer version of this tool.
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            return "the snapshot store \(path) cannot be used: \(reason)"
        }
    }
}
