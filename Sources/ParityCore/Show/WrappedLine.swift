/// One line of wrapped text and the number of terminal cells it takes.
public struct WrappedLine: Hashable, Sendable {
    /// The text of the line, without trailing spaces.
    public var text: String
    /// Its display width in cells.
    public var width: Int
    /// Offset, in Unicode scalars, of the line's first scalar in the wrapped text.
    public var scalarOffset: Int

    /// Creates a line.
    public init(text: String, width: Int, scalarOffset: Int = 0) {
        self.text = text
        self.width = width
        self.scalarOffset = scalarOffset
    }
}
