/// Paragraphs numbered in a numeral system that is not positional: a
/// document in Literary or Cantonese Chinese numbers every paragraph `一、`,
/// `二、` …, an Amharic one `፩.`, `፪.` …, where an English version writes
/// `1.`, `2.`. Read one by one such labels are level-1 ordinals (`一、` is
/// section I of a Chinese report, `፩.` its Ethiopic counterpart); the
/// document's numbering sequences tell which it is.
///
/// They number paragraphs when the document has no paragraphs numbered in
/// digits (at most one unit starts with a `1.` label; no section-numbered
/// paragraphs `14.1`), at least `minimumLabels` of its units start with such
/// a numeral label, they count 1, 2, 3 … (a count may start again at 1: an
/// annex's own paragraphs), and most of the units they label end a sentence
/// — paragraph-length text. A report whose `一、` labels head sections over
/// paragraphs in digits, or whose labelled lines are titles, keeps its
/// headings.
enum NumeralParagraphLabels {
    /// Fewest numeral labels that make a count of paragraphs.
    static let minimumLabels = 2
    /// Bytes of a unit's first line read for its label.
    private static let headBytes = 48
    /// Bytes of a unit's last line read for its end.
    private static let tailBytes = 24

    /// Whether `label` is an ordinal written in the numerals of a system that is not positional (Chinese `一、`,
    /// Ethiopic `፩.`): not an Arabic ordinal word (`أولا -`), a heading's label whatever the document.
    static func isNumeralLabel(_ label: BlockLabel) -> Bool {
        guard case .ordinal = label.form, let first = label.written.unicodeScalars.first else { return false }
        return ChineseNumeral.isLabelNumeral(first) || EthiopicNumeral.isNumeral(first)
    }

    /// Whether the numeral labels of the document (`units` over `lines` of `bytes`) number its paragraphs.
    static func numberParagraphs(_ bytes: [UInt8], _ lines: [TextLine], _ units: [RawBlock]) -> Bool {
        var numerals = 0, counted = 0, sentences = 0, digitLabels = 0
        var last = 0
        for unit in units {
            let first = lines[unit.lines.lowerBound]
            guard first.contentEnd > first.contentStart else { continue }
            let lead = bytes[first.contentStart]
            // Labels start with a digit or a scalar beyond ASCII (`一`, `፩`, `١`).
            guard lead >= 0x30 && lead <= 0x39 || lead >= 0x80 else { continue }
            let head = ScalarText.scalars(bytes, first.contentStart, boundary(bytes, first.contentStart, first.contentEnd, headBytes))
            guard let label = LabelParser.parse(head, language: nil) else { continue }
            if case .number = label.form {
                digitLabels += 1
                if digitLabels > 1 { return false }
                continue
            }
            guard isNumeralLabel(label), case .ordinal(let value) = label.form else { continue }
            numerals += 1
            if value == 1 || value == last + 1 { counted += 1 }
            last = value
            let end = lines[unit.lines.upperBound - 1]
            let tailStart = max(end.contentStart, tailStart(bytes, end.contentStart, end.contentEnd))
            if ScalarText.endsSentence(ScalarText.scalars(bytes, tailStart, end.contentEnd)) { sentences += 1 }
        }
        return numerals >= minimumLabels && counted * 2 > numerals && sentences * 2 > numerals
    }

    /// The end of at most `limit` bytes from `start`, not inside a scalar.
    private static func boundary(_ bytes: [UInt8], _ start: Int, _ end: Int, _ limit: Int) -> Int {
        var cut = min(end, start + limit)
        while cut > start, cut < end, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }

    /// The start of the last `tailBytes` bytes before `end`, not inside a scalar.
    private static func tailStart(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var cut = max(start, end - tailBytes)
        while cut < end, bytes[cut] & 0xC0 == 0x80 { cut += 1 }
        return cut
    }
}
