/// A text that sets its labelled units apart by blank lines (`1.2` / text / blank / `2` / text …, or `12. Text …` /
/// blank / `13. …`): each unit runs from its label to the next blank line. Inside a unit, a line with no blank line
/// above it goes on from the line above unless it opens with a label that continues an open count: a line wrapped
/// early may begin with a figure (`Every workshop should keep` / `60 days of timber …`, `… क्षेत्रमा` / `१५०० …`) that
/// no heading or title opens, and the numbering sequence, not the figure's words, tells it from the next label.
///
/// The text sets its units apart when at least `minimumLabelledLines` lines open with a paragraph number, a decimal
/// label (`1.1`, `2.1.1`) or a counted bare number (`BareDecimalHeads`), alone on their line or before their text, and
/// three in four of them stand after a blank line (or open the text).
enum BlankLineUnits {
    /// Labelled lines needed before the text counts as set apart.
    static let minimumLabelledLines = 3

    /// Whether the labelled lines of `lines` stand after blank lines (above). `heads`: `BareDecimalHeads.find`.
    static func holds(_ bytes: [UInt8], _ lines: [TextLine], heads: [Int: Int]) -> Bool {
        var labelled = 0, apart = 0
        for index in lines.indices where !lines[index].isBlank {
            let first = bytes[lines[index].contentStart]
            guard (0x30...0x39).contains(first) || first >= 0x80 else { continue }
            guard heads[index] != nil || sequenceLabel(bytes, lines[index]) != nil
                || HardWrapContinuation.numberLabel(bytes, lines[index]).map({ !$0.parenthesized }) == true else { continue }
            labelled += 1
            if index == 0 || lines[index - 1].isBlank { apart += 1 }
        }
        return labelled >= minimumLabelledLines && apart * 4 >= labelled * 3
    }

    /// The numeric components of the decimal label (`1.2`, `२.१.१`) the line opens with, before its text or alone on
    /// its line; nil for any other line.
    static func sequenceLabel(_ bytes: [UInt8], _ line: TextLine) -> [Int]? {
        if let label = DecimalLabelFigure.numericLabel(bytes, line) { return label }
        guard LabelOnlyLine.isLabelOnly(bytes, line.contentStart, line.contentEnd) else { return nil }
        return DecimalLabelFigure.numericLabel(ScalarText.scalars(bytes, line.contentStart, line.contentEnd) + [" ", "x"])
    }

    /// Whether `line`, inside a unit opened by the decimal label `sequence` (nil for a paragraph number) under the
    /// paragraph numbers `count` opened so far, opens with a label that continues an open count: the next sibling or
    /// first child of the decimal label, a `1`, or a paragraph number that goes on from the count.
    static func continuesOpenCount(_ bytes: [UInt8], _ line: TextLine, sequence: [Int]?, count: OpenedNumberCount) -> Bool {
        if let sequence, !DecimalLabelFigure.isWrappedFigure(bytes, line, after: sequence) { return true }
        guard let label = HardWrapContinuation.numberLabel(bytes, line), !label.parenthesized else { return false }
        return count.continues(label.value)
    }
}
