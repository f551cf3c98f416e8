/// A verbatim record that sets each speaker's designation alone on its line,
/// a blank line before the speech:
///
///     Раис:
///
///     Ассамблеяи Генералӣ ба баррасии банди 47-уми рӯзнома шурӯъ мекунад.
///
///     Ҷаноби Ҳаддод (Руритания) (бо забони фаронсавӣ сухан гуфт):
///
///     Дар Руритания 640 усто …
///
/// `RawBlockBuilder` then reads each such designation with the text below it
/// as one unit, as it reads a paragraph label alone on its line with its
/// text, and the classifier reads the unit as a turn (`LabelLineTurn`).
/// Without this, each designation was a unit of its own, a title or an
/// unnumbered paragraph, and the record had no turn.
///
/// Nothing but the record itself tells a designation: a line is one when it
/// has a designation's shape alone (`SpeakerLine.isDesignationAlone`: a
/// capitalized or caseless name, notes in parentheses, a colon at its end),
/// a blank line and text follow it, and either it carries notes
/// ("Name (Country):") or its name stands so on another line ("Раис:" three
/// times); and the record holds at least `minimumNotedLines` lines of the
/// noted shape. A heading that ends with a colon before a list ("Recommendations:")
/// has no notes, and does not recur.
enum TurnLabelLines {
    /// Noted designations alone before a blank line needed before a text counts as such a record.
    static let minimumNotedLines = 2

    /// The indices of `lines` that hold a turn's designation alone, each followed by blank lines and its speech.
    static func find(_ bytes: [UInt8], _ lines: [TextLine]) -> Set<Int> {
        var candidates: [(line: Int, name: [Unicode.Scalar], noted: Bool)] = []
        for index in lines.indices {
            let line = lines[index]
            // Most lines are no candidate: a short line before a blank line, ending with a colon of any script (a
            // line whose last byte is ASCII ends with one only when that byte is `:`).
            guard !line.isBlank, line.contentEnd - line.contentStart <= SpeakerLine.maximumLength * 4,
                  index + 1 < lines.count, lines[index + 1].isBlank, textFollows(lines, after: index) else { continue }
            let lastByte = bytes[line.contentEnd - 1]
            guard lastByte >= 0x80 || lastByte == UInt8(ascii: ":") else { continue }
            // `LabelLineTurn.name` reads only a designation alone, which ends with a colon.
            let scalars = ScalarText.scalars(bytes, line.contentStart, line.contentEnd)
            guard let name = LabelLineTurn.name(scalars) else { continue }
            candidates.append((index, name, LabelLineTurn.notedName(scalars) != nil))
        }
        guard candidates.filter(\.noted).count >= minimumNotedLines else { return [] }
        var counts: [[Unicode.Scalar]: Int] = [:]
        for candidate in candidates { counts[candidate.name, default: 0] += 1 }
        return Set(candidates.filter { $0.noted || counts[$0.name, default: 0] >= 2 }.map(\.line))
    }

    /// Whether a text line follows line `index` after at most `RawBlockBuilder.maximumBlanksAfterLabel` blank lines.
    private static func textFollows(_ lines: [TextLine], after index: Int) -> Bool {
        var next = index + 1
        while next < lines.count, lines[next].isBlank, next - index <= RawBlockBuilder.maximumBlanksAfterLabel { next += 1 }
        return next < lines.count && !lines[next].isBlank
    }
}
