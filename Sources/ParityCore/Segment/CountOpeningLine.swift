/// A line that opens a numbering sequence at 1, in any digits: a paragraph
/// number before its text (`1. `, `১। `) or alone on its line (`1.`, `১।`),
/// or a decimal target (`1.1 `, `1.a`, `1-1`) — the first unit of a count
/// that starts (again) there: an annex's paragraphs after the body's, the
/// targets under an annex's first goal.
///
/// Used by the clean-up of hard-wrapped text (`PDFTextCleanupPass`,
/// `PDFFootnoteFinder`): where the count starts again, a new part of the
/// document begins, so the line above it is no text the line goes on from,
/// and the lines above it are no footnote's.
enum CountOpeningLine {
    /// Bytes read at a line's start.
    static let headBytes = 48

    /// The value of the paragraph number that opens the line (`12. `, `১২। `, `12.` alone on its line), if any.
    static func paragraphNumber(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int? {
        guard start < end else { return nil }
        if let number = PDFLabel.paragraphNumber(bytes, start, end) { return number }
        guard end - start <= LabelOnlyLine.maximumBytes else { return nil }
        // The number alone on its line: digits of one script, then a full stop or a danda (`1.`, `১।`, `१.`).
        let scalars = ScalarText.scalars(bytes, start, end)
        guard let (value, stop) = PDFLabel.numberBeforeStop(scalars), stop + 1 == scalars.count else { return nil }
        return value
    }

    /// Whether the line opens a count at 1: paragraph number 1 (`1. `, `1 -` before Arabic text), or the decimal
    /// label `1.1` (a goal's first target).
    static func opensAtOne(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard start < end else { return false }
        if paragraphNumber(bytes, start, end) == 1 { return true }
        var limit = min(end, start + headBytes)
        while limit < end, bytes[limit] & 0xC0 == 0x80 { limit += 1 }
        var head = ScalarText.scalars(bytes, start, limit)
        // Number 1 as any script labels paragraphs (`1 -` before Arabic text, `١ -`, `1、`), an item's `1)` aside.
        if let label = LabelParser.parse(head, language: nil), case .number(1) = label.form, label.written.last != ")" { return true }
        if LabelOnlyLine.isLabelOnly(head) { head += [" ", "x"] }
        guard let decimal = DecimalLabel.parse(head), decimal.components.count == 2 else { return false }
        return decimal.components[0] == "1" && decimal.components[1] == "1"
    }
}
