/// How to render a side-by-side view in a terminal.
public struct SideBySideOptions: Hashable, Sendable {
    /// The smallest total width the layout uses, whatever is asked.
    public static let minimumWidth = 40

    /// Total width in cells (clamped to `minimumWidth` or more).
    public var width: Int
    /// Whether to colour with ANSI escape sequences.
    public var color: Bool
    /// Whether to use ASCII symbols and rules instead of `✖ ⚠ ℹ │ ─`.
    public var ascii: Bool
    /// Which rows to show.
    public var filter: RowFilter

    /// Creates options.
    public init(width: Int = 100, color: Bool = false, ascii: Bool = false, filter: RowFilter = RowFilter()) {
        self.width = max(Self.minimumWidth, width)
        self.color = color
        self.ascii = ascii
        self.filter = filter
    }
}
