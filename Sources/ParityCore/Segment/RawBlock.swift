/// Pass 2 output: a run of consecutive non-blank lines that form one unit
/// before classification (a paragraph, a heading, one header line, one
/// table-of-contents line, one list line).
struct RawBlock: Sendable, Hashable {
    /// Indices into the line array: non-blank, except blank lines between a
    /// label alone on its line and its text.
    var lines: Range<Int>
    /// Lines that go on a line broken by a hard wrap (`HardWrapContinuation`):
    /// the unit has that many lines fewer as written before the wrap.
    var wrappedLines = 0
}
