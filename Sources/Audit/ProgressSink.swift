import Matching

/// Where the pipeline says what it is doing; the command line turns this into a progress line.
public struct ProgressSink: Sendable {
    public enum Stage: String, Sendable {
        case normalize = "normalizing"
        case analyze = "checking rules and finding duplicates"
        case report = "building the report"
        /// Reported by the caller that writes the files (the pipeline itself does no I/O).
        case write = "writing the report files"
    }

    public var stage: @Sendable (Stage, _ items: Int) -> Void
    /// Records done so far within a stage (called from worker threads).
    public var advance: @Sendable (Stage, _ done: Int, _ total: Int) -> Void
    public var matching: @Sendable (MatchingProgress) -> Void

    public init(stage: @escaping @Sendable (Stage, Int) -> Void,
                advance: @escaping @Sendable (Stage, Int, Int) -> Void = { _, _, _ in },
                matching: @escaping @Sendable (MatchingProgress) -> Void = { _ in }) {
        self.stage = stage
        self.advance = advance
        self.matching = matching
    }

    public static let silent = ProgressSink(stage: { _, _ in })
}
