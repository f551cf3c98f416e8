/// Whether a text with no blank lines sets each unit on a line of its own, with no right margin to wrap at: an
/// annotated agenda in a caseless script (`١ -⇥اعتماد جدول الأعمال` / `تعتمد اللجنة جدول أعمالها.`), where nothing tells
/// an item's title from the first line of a wrapped paragraph but the lengths of the lines.
///
/// A wrap by count breaks a line only where the next word does not fit: a line it broke could not have taken the
/// next line's first word within any line the wrap set. The text shows no such margin when, in its body (from its
/// first labelled line on):
///
/// - every line that stops on a word or figure before an unlabelled line (what a wrap would have broken: an item's
///   title, a heading) is followed by a line that ends a sentence with the full stop of its script (`.` `۔` `।` `።`
///   `。` …): no unit runs on over three lines or more;
/// - at least `minimumStoppingLines` lines stop so, and each could have taken the next line's first word within the
///   longest line that ends a sentence (in display columns, as `HardWrapContinuation` counts a margin): no wrap at
///   that width or wider broke it.
///
/// A hard-wrapped paragraph of three lines or more has a middle line that ends no sentence; one wrapped on two lines
/// has a first line that could not take the next word within the wrap, so within no shorter line. The masthead above
/// the first label (organ, session and title lines that end no sentence) is not read.
enum LinePerUnitText {
    /// Lines that stop on a word before an unlabelled line needed before the text's shape counts.
    static let minimumStoppingLines = 2

    /// Whether `lines` set one unit a line with no right margin (above).
    static func holds(_ bytes: [UInt8], _ lines: [TextLine]) -> Bool {
        guard let first = lines.firstIndex(where: { !$0.isBlank }), let last = lines.lastIndex(where: { !$0.isBlank }),
              !lines[first...last].contains(where: \.isBlank),
              let bodyStart = lines[first...last].firstIndex(where: { HardWrapContinuation.startsWithLabel(bytes, $0) })
        else { return false }
        // What each stopping line would take with the next line's first word, and the longest line that ends a sentence.
        var fits: [Int] = []
        var longestSentence = 0
        for index in bodyStart...last {
            let line = lines[index]
            let columns = HardWrapContinuation.columns(bytes, line.start, line.contentEnd)
            if endsSentence(bytes, line) { longestSentence = max(longestSentence, columns) }
            guard index < last, HardWrapContinuation.endsInWordOrFigure(bytes, line),
                  !LabelOnlyLine.isLabelOnly(bytes, line.contentStart, line.contentEnd) else { continue }
            let next = lines[index + 1]
            guard !HardWrapContinuation.startsWithLabel(bytes, next) else { continue }
            // A line that stops mid-sentence before a line that goes on: a unit over three lines or more.
            guard endsSentence(bytes, next) else { return false }
            fits.append(HardWrapContinuation.columnsTakingFirstWord(bytes, columns: columns, previousEnd: line.contentEnd, of: next))
        }
        return fits.count >= minimumStoppingLines && fits.allSatisfy { $0 <= longestSentence }
    }

    /// Whether the line ends a sentence with the full stop, question or exclamation mark of its script, closing
    /// quotes and brackets after it left aside (no colon, semicolon or comma).
    private static func endsSentence(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        var start = max(line.contentStart, line.contentEnd - 12)
        while start > line.contentStart, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return ScalarText.endsSentence(ScalarText.scalars(bytes, start, line.contentEnd))
    }
}
