/// Paragraphs numbered with the number of the section they belong to: a
/// fascicle of a programme budget (`A/87/6 (Sect. 14)`) numbers its
/// paragraphs `14.1`, `14.2` … `14.6` through the whole document, across its
/// headings `I.`, `II.`, `A.`, in every language. Read as decimal labels they
/// would start no count (`14.1` follows no paragraph or heading 14) and stay
/// text; they are the document's numbered paragraphs.
///
/// The document shows it, in any language, by three things together:
///
/// - every unit that starts with a label of two numeric components followed
///   by a letter that is no lower case (`14.1 The Commission …`, `14.1	La
///   Comisión …`, or the label alone on its line over `The Commission …`) has
///   the same first component, the section's number `H`;
/// - their second components count `1, 2, 3 …` (a step of up to
///   `NumberedCaptionSequence.maximumStep`, so a left-out paragraph is
///   reported, not hidden), at least `minimumParagraphs` of them;
/// - before the first, a short line announces `H`: a caption of a few words
///   ending with the number alone (`Section 14`, `Sección 14`, `Раздел 14`,
///   `Chapitre 14`, whatever the word), or the symbol's part in parentheses
///   (`A/87/6 (Secc. 14)`, `HeaderLineRecognizer.parenthesizedPartStart`).
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

    /// The section-numbered paragraphs among `units` (by unit index).
    static func find(_ bytes: [UInt8], _ lines: [TextLine], _ units: [RawBlock]) -> [Int: Paragraph] {
        var candidates: [(unit: Int, head: Int, count: Int, length: Int)] = []
        for (index, unit) in units.enumerated() {
            let line = lines[unit.lines.lowerBound]
            guard line.contentEnd > line.contentStart, ScalarClass.digit(ScalarText.firstScalar(bytes, line.contentStart, line.contentEnd) ?? " ") != nil
            else { continue }
            let head = ScalarText.scalars(bytes, line.contentStart, min(line.contentEnd, line.contentStart + headBytes))
            // The label alone on its line, the text on the next (`14.1` / `The Commission …`): read as followed by the
            // space the lines are joined by (and a probe letter), the letter is the next line's first.
            let alone = DecimalLabel.parse(head) == nil && unit.lines.count > 1
            guard let label = DecimalLabel.parse(alone ? head + [" ", "X"] : head), label.components.count == 2,
                  let section = Int(label.components[0]), let count = Int(label.components[1]) else { continue }
            let next = alone ? lines[unit.lines.lowerBound + 1] : line
            let letter = alone ? ScalarText.firstScalar(bytes, next.contentStart, next.contentEnd) : head[label.length...].first
            guard !alone || head.count + 1 == label.length else { continue }
            guard let letter, letter.properties.isAlphabetic, !ScalarClass.isLowercase(letter) else { continue }
            candidates.append((index, section, count, label.length))
        }
        guard let first = candidates.first(where: { $0.count == 1 }), candidates.allSatisfy({ $0.head == first.head }) else { return [:] }
        var found: [Int: Paragraph] = [:]
        var last = 0
        for candidate in candidates where candidate.unit >= first.unit {
            guard candidate.count > last, candidate.count - last <= NumberedCaptionSequence.maximumStep else { continue }
            found[candidate.unit] = Paragraph(label: String(first.head) + "." + String(candidate.count), length: candidate.length)
            last = candidate.count
        }
        guard found.count >= minimumParagraphs,
              units[..<first.unit].contains(where: { announces(first.head, bytes, lines, $0) }) else { return [:] }
        return found
    }

    /// Whether `unit` is one line that announces section `number`: a few words
    /// ending with the number alone (`Sección 14`), or a symbol whose part in
    /// parentheses ends with it (`A/87/6 (Sect. 14)`).
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
        let words = scalars.split(whereSeparator: ScalarClass.isWhitespace)
        guard words.count >= 2, words.count <= maximumCaptionWords, let last = words.last,
              last.allSatisfy({ ScalarClass.digit($0) != nil }), Numerals.decimalValue(last) == number else { return false }
        return words.dropLast().allSatisfy { word in word.allSatisfy { $0.properties.isAlphabetic || $0 == "." } }
    }
}
