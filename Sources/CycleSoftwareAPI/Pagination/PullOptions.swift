/// How `CustomersClient.pages` walks `list.json`.
public struct PullOptions: Sendable, Hashable {
    /// Records each page request re-reads from the previous page, to check by id that nothing moved.
    /// 0 turns the check off (plain offset paging).
    public var overlap: Int
    /// Whether a pull ends with a `modified_since` pass from its own start, which brings customers
    /// added or changed while it ran.
    public var closingPass: Bool
    /// Subtracted from the pull's start time for the closing pass, against clock granularity.
    public var closingPassMargin: Duration

    public init(overlap: Int = 5, closingPass: Bool = true, closingPassMargin: Duration = .seconds(5)) {
        self.overlap = max(0, overlap)
        self.closingPass = closingPass
        self.closingPassMargin = closingPassMargin
    }
}
