/// Pass 2 output: a run of consecutive non-blank lines that form one unit
/// before classification (a paragraph, a heading, one header line, one
/// table-of-contents line, one list line). Stored in 32-bit fields: a
/// document has one for every unit.
struct RawBlock: Sendable, Hashable {
    private var firstLine: Int32
    private var endLine: Int32
    private var storedWrappedLines: Int32 = 0

    init(lines: Range<Int>, wrappedLines: Int = 0) {
        firstLine = Int32(lines.lowerBound)
        endLine = Int32(lines.upperBound)
        storedWrappedLines = Int32(wrappedLines)
    }

    /// Indices into the line array: non-blank, except blank lines between a
    /// label alone on its line and its text.
    var lines: Range<Int> {
        get { Int(firstLine)..<Int(endLine) }
        set {
            firstLine = Int32(newValue.lowerBound)
            endLine = Int32(newValue.upperBound)
        }
    }
    /// Lines that go on a line broken by a hard wrap (`HardWrapContinuation`):
    /// the unit has that many lines fewer as written before the wrap.
    var wrappedLines: Int {
        get { Int(storedWrappedLines) }
        set { storedWrappedLines = Int32(newValue) }
    }
}
