/// Paragraphs numbered with the number of the section they belong to: a
/// fascicle of a programme budget (`A/87/6 (Sect. 14)`) numbers its
/// paragraphs `14.1`, `14.2` … `14.6` through the whole document, across its
/// headings `I.`, `II.`, `A.`, in every language. Read as decimal labels they
/// would start no count (`14.1` follows no paragraph or heading 14) and stay
/// text; they are the document's numbered paragraphs.
///
/// The document shows it, in any language, by three things together:
///
/// - every unit that starts with a label of two numeric components (any
///   digits: `14.1`, `१४.१`, `14-1`; Ethiopic numerals: `፲፬.፩`) followed by a letter that is no lower case
///   (`14.1 The Commission …`, `14.1	La Comisión …`, or the label alone on
///   its line and `The Commission …` on the next) has the same first
///   component, the section's number `H`;
/// - their second components count `1, 2, 3 …` (a step of up to
///   `NumberedCaptionSequence.maximumStep`, so a left-out paragraph is
///   reported, not hidden), at least `minimumParagraphs` of them; a unit whose
///   text after the label starts with a figure (`14.2	2032年，…`, a year or an
///   amount) joins the count when it has the head `H` and goes on with it,
///   but does not take part in choosing `H`;
/// - before the first, a short line announces `H`: a caption of a few words
///   ending with the number alone (`Section 14`, `Sección 14`, `Раздел 14`,
///   `Chapitre 14`, whatever the word), one word holding it among its letters
///   (`第14款`), or the symbol's part in parentheses (`A/87/6 (Secc. 14)`,
///   `HeaderLineRecognizer.parenthesizedPartStart`).
///
/// A table's caption (`Table 14.1`) starts with a word and its rows with a
/// word or a figure, so they stay what they are. Labels with a first
/// component that changes (`1.1`, `1.2`, `2.1` under chapters 1 and 2) are the
/// decimal numbering `DecimalSequence` reads.
enum SectionNumberedParagraphs {
    /// Fewest paragraphs that make a count.
    static let minimumParagraphs = 2
    /// Longest announcing line (scalars) and most words in it.
    static let maximumCaptionLength = 60
    static let maximumCaptionWords = 5
    /// Bytes of a unit's first line read for a label.
    private static let headBytes = 64

    /// A paragraph found: its label as `.expect` files and ids write it (`14.1`)
    /// and the scalars the label and the white space after it take.
    struct Paragraph: Sendable, Equatable {
        var label: String
        var length: Int
    }

    /// A unit that starts like a section-numbered paragraph: its label's section `head` and `count`, the scalars
    /// the label and the white space after it take in the unit's folded text, and whether its text starts with
    /// a letter that is no lower case (`opensWithLetter`) rather than a figure.
    struct Candidate: Sendable, Equatable {
        var unit: Int
        var head: Int
        var count: Int
        var length: Int
        var opensWithLetter: Bool
    }

    /// The section-numbered paragraphs among `units` (by unit index).
    ///
    /// The section's number is the one all candidates whose text starts with a letter share; a candidate whose
    /// text starts with a figure (`27.2	2032年，…`, `19.5` / `2,109.9 thousand dollars …`) carries no weight in
    /// that choice (a table row `1.5	2.3` would be one) but is a paragraph when it has that head and goes on
    /// with the count.
    static func find(_ bytes: [UInt8], _ lines: [TextLine], _ units: [RawBlock]) -> [Int: Paragraph] {
        var candidates: [Candidate] = []
        for index in units.indices {
            if let found = candidate(bytes, lines, units[index], unit: index) { candidates.append(found) }
        }
        let lettered = candidates.filter(\.opensWithLetter)
        guard let section = lettered.first?.head, lettered.allSatisfy({ $0.head == section }),
              let first = candidates.first(where: { $0.head == section && $0.count == 1 }) else { return [:] }
        var found: [Int: Paragraph] = [:]
        var last = 0
        for candidate in candidates where candidate.unit >= first.unit && candidate.head == section {
            guard candidate.count > last, candidate.count - last <= NumberedCaptionSequence.maximumStep else { continue }
            found[candidate.unit] = Paragraph(label: String(section) + "." + String(candidate.count), length: candidate.length)
            last = candidate.count
        }
        guard found.count >= minimumParagraphs,
              units[..<first.unit].contains(where: { announces(section, bytes, lines, $0) }) else { return [:] }
        return found
    }

    /// The unit read as a candidate: a label of two numeric components (any digits: `19.1`, `१९.१`, `19-1`) at its
    /// start, followed on its line, or — a label alone on its line — on the next line of the unit, by a letter
    /// that is no lower case or by a figure (a year, an amount, also after a currency sign: `$94,600`).
    /// `19.5 per cent …` and a label with nothing after it are none.
    static func candidate(_ bytes: [UInt8], _ lines: [TextLine], _ unit: RawBlock, unit index: Int) -> Candidate? {
        let line = lines[unit.lines.lowerBound]
        guard line.contentEnd > line.contentStart, isCount(ScalarText.firstScalar(bytes, line.contentStart, line.contentEnd) ?? " ")
        else { return nil }
        var head = ScalarText.scalars(bytes, line.contentStart, min(line.contentEnd, line.contentStart + headBytes))
        if head.count <= LabelOnlyLine.maximumBytes, LabelOnlyLine.isLabelOnly(head) {
            // The label alone on its line: its text is the unit's next line with text (joined by one space, as the unit's text is).
            guard let next = unit.lines.dropFirst().first(where: { lines[$0].contentEnd > lines[$0].contentStart }) else { return nil }
            let text = lines[next]
            head += [" "] + ScalarText.scalars(bytes, text.contentStart, min(text.contentEnd, text.contentStart + headBytes))
        }
        guard let label = DecimalLabel.parse(head), label.components.count == 2,
              let section = Int(label.components[0]), let count = Int(label.components[1]), label.length < head.count
        else { return nil }
        guard let opensWithLetter = opensText(head, at: label.length) else { return nil }
        // The unit's text folds the white space after the label to one space.
        var span = label.length
        while span > 0, ScalarClass.isWhitespace(head[span - 1]) { span -= 1 }
        return Candidate(unit: index, head: section, count: count, length: span + (span < label.length ? 1 : 0),
                         opensWithLetter: opensWithLetter)
    }

    /// The section and count of the label of two numeric components a line starts with (`19.1`, `१९.१`, `19-1`),
    /// followed on the line by a letter that is no lower case or by a figure, or alone on its line; `head` is the
    /// line's first scalars. What the hard-wrapped text's line joining takes for a section-numbered paragraph's
    /// first line (`HardWrapContinuation.sectionLabel`); `19.5 per cent …` is none.
    static func lineLabel(_ head: [Unicode.Scalar]) -> (section: Int, count: Int)? {
        guard let first = head.first, isCount(first) else { return nil }
        var head = head
        if head.count <= LabelOnlyLine.maximumBytes, LabelOnlyLine.isLabelOnly(head) { head += [" ", "X"] }
        guard let label = DecimalLabel.parse(head), label.components.count == 2,
              let section = Int(label.components[0]), let count = Int(label.components[1]), label.length < head.count
        else { return nil }
        guard opensText(head, at: label.length) != nil else { return nil }
        return (section, count)
    }

    /// How the text after a label at `index` opens: `true` with a letter that is no lower case (`The Commission`),
    /// `false` with a figure (`2,109.9 thousand`), also one after a currency sign (`$94,600`, `€ 12`); `nil`
    /// otherwise (`19.5 per cent`).
    private static func opensText(_ head: [Unicode.Scalar], at index: Int) -> Bool? {
        let opening = head[index]
        if opening.properties.isAlphabetic && !ScalarClass.isLowercase(opening) { return true }
        if isCount(opening) { return false }
        guard opening.properties.generalCategory == .currencySymbol else { return nil }
        var next = index + 1
        if next < head.count, head[next] == " " || head[next] == "\u{00A0}" { next += 1 }
        return next < head.count && ScalarClass.digit(head[next]) != nil ? false : nil
    }

    /// A decimal digit of any script, or an Ethiopic numeral (`፲፱.፩`: `EthiopicNumeral`).
    private static func isCount(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.digit(scalar) != nil || EthiopicNumeral.isNumeral(scalar)
    }

    /// Whether `unit` is one line that announces section `number`: a few words
    /// ending with the number alone (`Sección 14`, `खंड १४`), one word holding
    /// it among its letters (`第14款`), or a symbol whose part in parentheses
    /// ends with it (`A/87/6 (Sect. 14)`).
    private static func announces(_ number: Int, _ bytes: [UInt8], _ lines: [TextLine], _ unit: RawBlock) -> Bool {
        guard unit.lines.count == 1 else { return false }
        let line = lines[unit.lines.lowerBound]
        guard line.contentEnd > line.contentStart, line.contentEnd - line.contentStart <= maximumCaptionLength * 4 else { return false }
        let scalars = ScalarText.scalars(bytes, line.contentStart, line.contentEnd)
        guard scalars.count <= maximumCaptionLength else { return false }
        if scalars.last == ")", let open = HeaderLineRecognizer.parenthesizedPartStart(scalars),
           HeaderLineRecognizer.isSymbol(ScalarText.string(scalars)) {
            let inner = scalars[(open + 1)..<(scalars.count - 1)]
            let digits = inner.reversed().prefix { ScalarClass.digit($0) != nil }
            return digits.count < inner.count && Numerals.decimalValue(Array(digits.reversed())[...]) == number
        }
        // A caption of a few words whose one number is the section's, wherever the script sets it: `Section 19`,
        // `खंड १९`, `第19款` (the number between the letters).
        let words = scalars.split(whereSeparator: ScalarClass.isWhitespace)
        guard words.count <= maximumCaptionWords else { return false }
        var digits: [Unicode.Scalar] = [], runs = 0, letters = 0, previousWasDigit = false
        for scalar in scalars {
            let isDigit = isCount(scalar)
            if isDigit {
                if !previousWasDigit { runs += 1 }
                digits.append(scalar)
            } else if scalar.properties.isAlphabetic {
                letters += 1
            } else if scalar != ".", !ScalarClass.isWhitespace(scalar),
                      scalar.properties.generalCategory != .nonspacingMark, scalar.properties.generalCategory != .spacingMark {
                return false
            }
            previousWasDigit = isDigit
        }
        // One word holds the number among its letters (`第19款`); more words end with it (`Section 19`, not `19 Section`).
        // The number in any digits, or in Ethiopic numerals (`ምዕራፍ ፲፱`).
        guard runs == 1, letters > 0, (Numerals.decimalValue(digits[...]) ?? EthiopicNumeral.value(of: digits)) == number else { return false }
        if words.count == 1 { return !isCount(scalars[0]) }
        return words.last!.allSatisfy(isCount)
    }
}
