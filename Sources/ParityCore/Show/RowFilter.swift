/// Which rows of a side-by-side view to show.
public struct RowFilter: Hashable, Sendable {
    /// Show only rows with findings, plus one row of context before and after.
    public var onlyIssues: Bool
    /// Start at the first row whose paragraph number is at least this.
    public var from: Int?
    /// End at the last row whose paragraph number is at most this, and the
    /// unnumbered body rows (paragraphs, list items, footnotes) right after it.
    public var to: Int?

    /// Creates a filter; the default shows every row.
    public init(onlyIssues: Bool = false, from: Int? = nil, to: Int? = nil) {
        self.onlyIssues = onlyIssues
        self.from = from
        self.to = to
    }
}
