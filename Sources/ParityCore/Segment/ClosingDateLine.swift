/// The date a resolution or decision closes with, on its own line after its
/// last numbered paragraph, under the meeting's line ("52nd plenary meeting" /
/// "9 December 2032", "52ª sesión plenaria" / "9 de diciembre de 2032",
/// "52. posiedzenie plenarne" / "9 grudnia 2032 r."). It is header matter set
/// at the body's end: another version of the same text may print it in its
/// heading instead ("Résolution adoptée par l'Assemblée générale le 9 décembre
/// 2032"). So it is a metadata line (no field: the masthead's date stays the
/// document's), which the checks compare with the masthead as a whole, never
/// a paragraph that one version has and the other lacks, nor the rest of the
/// paragraph above it.
///
/// Known by its shape, in any language: a one-line unit without a label of at
/// most `maximumWords` words, a date by the header tables
/// (`HeaderLineRecognizer`) or a year (1900–2099) with one more number of one
/// or two digits (the day) and no other figure, covering the line
/// (`DateLineShare`); after a numbered paragraph,
/// with at most `maximumLinesBetween` short unnumbered lines between (the
/// meeting's line), and followed by no paragraph, article or list item before
/// an annex or the end.
enum ClosingDateLine {
    /// Most words of a closing date ("le 9 décembre 2032", "2032. gada 9. decembrī").
    static let maximumWords = 5
    /// Most unnumbered lines between the last numbered paragraph and the date.
    static let maximumLinesBetween = 2
    /// Longest line between them (scalars): a meeting's line, not a paragraph.
    static let maximumLineBetweenLength = 60

    /// Makes the closing date lines of `drafts` metadata lines, in place.
    static func mark(_ drafts: inout [DraftBlock]) {
        var lastNumbered: Int?
        var candidates: [Int] = []
        for index in drafts.indices {
            let draft = drafts[index]
            switch draft.kind {
            case .paragraph, .article, .listItem, .speakerTurn:
                lastNumbered = draft.kind == .paragraph && draft.number != nil ? index : nil
                candidates.removeAll()
            case .annex:
                lastNumbered = nil
            case .unnumberedParagraph:
                guard let last = lastNumbered else { continue }
                let text = draft.text
                if isDate(text) {
                    let between = drafts[(last + 1)..<index].filter { $0.kind != .pageFurniture && $0.kind != .footnote }
                    if between.count <= maximumLinesBetween,
                       between.allSatisfy({ $0.kind == .unnumberedParagraph && $0.text.count <= maximumLineBetweenLength }) {
                        candidates.append(index)
                    }
                }
                if text.count > maximumLineBetweenLength { lastNumbered = nil }
            default:
                continue
            }
        }
        for index in candidates {
            drafts[index].kind = .metadata
            drafts[index].mayContinue = false
        }
    }

    /// Whether `text` is a date alone: a header date, or by shape a year with a day and no other figure.
    static func isDate(_ text: [Unicode.Scalar]) -> Bool {
        guard !text.isEmpty, text.count <= 40, !text.contains("\n"),
              text.split(whereSeparator: ScalarClass.isWhitespace).count <= maximumWords else { return false }
        if case .field(.date)? = HeaderLineRecognizer.recognize(ScalarText.string(text[...])) { return true }
        var year = false, day = false
        var index = 0
        while index < text.count {
            guard ScalarClass.digit(text[index]) != nil else { index += 1; continue }
            var end = index
            while end < text.count, ScalarClass.digit(text[end]) != nil { end += 1 }
            let value = Numerals.decimalValue(text[index..<end]) ?? -1
            if end - index == 4, (1900...2099).contains(value), !year {
                year = true
            } else if end - index <= 2, (1...31).contains(value), !day {
                day = true
            } else {
                return false
            }
            index = end
        }
        // "2028. április 5-i levél": a year and a day that open a longer phrase are no date line.
        return year && day && DateLineShare.isDateLine(text)
    }
}
