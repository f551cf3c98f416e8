/// Whether the blank lines of a text read as the input sets it (not a PDF clean-up's lines) fall inside sentences.
///
/// A caseless block after a paragraph or item that ends no sentence is read as going on from it: a page break or a
/// running head may cut a sentence, and nothing but case would tell. Across a blank line that holds only where the
/// document shows it: some blank line of the text stands inside a sentence, so a blank line is no sure end of a unit.
/// Where none does, a blank line ends its unit, as in an annotated agenda set with blank lines between everything
/// (`۱۔ اجلاس کا افتتاح` / blank / `صدر … کریں گے۔`): an item's title that ends with no punctuation is a unit of its
/// own, and so is the annotation under it.
///
/// The text shows a blank line inside a sentence when
///
/// - a page number between dashes (`- 2 -`) stands as a block of its own (a page break, set in the text), or
/// - in the body (from the first block that opens with a label on), a block that stops on a word or figure (no
///   punctuation after it) stands over a blank line and a block with no label of its own that goes on in lower case
///   (`… of the` / blank / `measures taken …`), or that is running text: a block of two lines or more, or one line of
///   at least half the text's longest line with no label of its own (a title or heading is one short line, an item's
///   title opens with its label). The masthead above the body is not read.
enum BlankLineBreaks {
    /// Whether some blank line of the text stands inside a sentence (above). `units`: the raw blocks, in order.
    static func fallInsideSentences(_ bytes: [UInt8], _ lines: [TextLine], _ units: [RawBlock]) -> Bool {
        guard units.count > 1 else { return false }
        var longest = 0
        for line in lines where !line.isBlank { longest = max(longest, HardWrapContinuation.length(bytes, line.start, line.contentEnd)) }
        var inBody = false
        for index in units.indices {
            let unit = units[index]
            guard let first = unit.lines.first(where: { !lines[$0].isBlank }), let last = unit.lines.last(where: { !lines[$0].isBlank })
            else { continue }
            if DashedPageNumber.isDashedPageNumber(bytes, lines[first].contentStart, lines[first].contentEnd) { return true }
            inBody = inBody || HardWrapContinuation.startsWithLabel(bytes, lines[first])
            guard inBody else { continue }
            guard index + 1 < units.count, let next = units[index + 1].lines.first(where: { !lines[$0].isBlank }),
                  // A blank line between the two blocks.
                  (unit.lines.upperBound..<units[index + 1].lines.lowerBound).contains(where: { lines[$0].isBlank }),
                  HardWrapContinuation.endsInWordOrFigure(bytes, lines[last]),
                  !HardWrapContinuation.startsWithLabel(bytes, lines[next]) else { continue }
            if HardWrapContinuation.startsLowercase(bytes, lines[next]) { return true }
            let lineCount = unit.lines.reduce(0) { $0 + (lines[$1].isBlank ? 0 : 1) }
            if lineCount >= 2 { return true }
            if !HardWrapContinuation.startsWithLabel(bytes, lines[first]),
               HardWrapContinuation.length(bytes, lines[first].start, lines[first].contentEnd) * 2 >= longest { return true }
        }
        return false
    }
}
