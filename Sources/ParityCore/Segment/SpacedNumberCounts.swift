/// Paragraph numbers written without a mark, set apart by one space:
/// `1 The workshop was held …` / `2 The participants estimated …` / `3 The
/// next workshop …` — an annex's paragraphs as a typist numbers them. A
/// number at a line start followed by a space is a figure more often than a
/// label ("12 States replied", a wrapped line beginning with a year, a
/// footnote written with a plain digit), so no single line decides; the
/// sequence does:
///
/// - the line starts with one to three digits of any script (no leading
///   zero), then exactly one space and a letter that is no lower case (a
///   capital, or a letter of a script without case); no column gap (two
///   spaces or a tab: a table row) follows;
/// - such lines whose numbers go 1, 2, 3 … make a count of at least
///   `minimumCount`, each the first line after the one before that starts
///   with a digit (lines between are the paragraph's own text, hard-wrapped),
///   at most `lookaheadLines` lines apart;
/// - no word after a number is a month's name (`1 January`, `2 January`,
///   `3 January`: a schedule's dates; `MonthNames`, the languages' CLDR
///   month names);
/// - footnotes are no paragraphs: a count whose `1` stands right under a
///   footnote rule is a page's notes, and a count whose lines are all short
///   (fewer than `minimumWords` words each) is one as well, unless each
///   member stands after a blank line over text of its own as long (an
///   agenda's item titles `1 Ukuvulwa komhlangano` over their annotations).
///
/// The lines found are read as the `BareDecimalHeads` are: as if written `n.`.
enum SpacedNumberCounts {
    /// Fewest lines that make a count.
    static let minimumCount = 3
    /// Most lines from one member to the next (the paragraph's own text between, hard-wrapped).
    static let lookaheadLines = 12
    /// Fewest words in a member's line for a count that is no footnotes: at least one line holds as many.
    static let minimumWords = 8

    /// The paragraph numbers among `lines` over `bytes`: line index → the number.
    static func find<Line: ContentLine>(_ bytes: [UInt8], _ lines: [Line]) -> [Int: Int] {
        var found: [Int: Int] = [:]
        var index = 0
        while index < lines.count {
            guard let first = spacedValue(bytes, lines[index]), first.value == 1, !TabbedNumberCounts.underRule(bytes, lines, index) else {
                index += 1
                continue
            }
            var count: [(line: Int, value: Int, word: ArraySlice<UInt8>)] = [(index, 1, first.word)]
            var long = wordCount(bytes, lines[index]) >= minimumWords
            // Members set apart by blank lines over long text of their own (an agenda's item titles over annotations).
            var apart = true, textBetween = false
            var candidate = index + 1
            while candidate < lines.count, candidate - count.last!.line <= lookaheadLines {
                let line = lines[candidate]
                guard !line.isBlank, startsWithDigit(bytes, line) else {
                    textBetween = textBetween || !line.isBlank && wordCount(bytes, line) >= minimumWords
                    candidate += 1
                    continue
                }
                guard let next = spacedValue(bytes, line), next.value == count.last!.value + 1 else { break }
                count.append((candidate, next.value, next.word))
                long = long || wordCount(bytes, line) >= minimumWords
                apart = apart && lines[candidate - 1].isBlank
                candidate += 1
            }
            if count.count >= minimumCount, long || apart && textBetween, !count.contains(where: { isMonth($0.word) }) {
                for member in count { found[member.line] = member.value }
                index = count.last!.line + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// The number a line starts with when one space and a letter that is no lower case follow it, with the bytes
    /// of the first word after it; `nil` for a line with a column gap.
    private static func spacedValue<Line: ContentLine>(_ bytes: [UInt8], _ line: Line) -> (value: Int, word: ArraySlice<UInt8>)? {
        guard line.contentEnd - line.contentStart >= 3, startsWithDigit(bytes, line) else { return nil }
        // The space within the first few scalars (three digits of up to four bytes each).
        var space = line.contentStart
        let limit = min(line.contentEnd, line.contentStart + 13)
        while space < limit, bytes[space] != 0x20, bytes[space] != 0x09 { space += 1 }
        guard space < limit, bytes[space] == 0x20, space + 1 < line.contentEnd else { return nil }
        let digits = ScalarText.scalars(bytes, line.contentStart, space)
        guard let lead = digits.first, digits.count <= 3, digits.allSatisfy({ ScalarClass.digit($0) != nil }),
              ScalarClass.digit(lead) != 0, let value = Numerals.decimalValue(digits[...]), value > 0 else { return nil }
        let letter = ScalarText.decode(bytes, space + 1, line.contentEnd).scalar
        guard letter.properties.isAlphabetic, ScalarClass.isUppercase(letter) || ScalarClass.isCaselessLetter(letter) else { return nil }
        // Two spaces or a tab after the text began: a table row's columns.
        var wordEnd = space + 1
        while wordEnd < line.contentEnd, bytes[wordEnd] != 0x20, bytes[wordEnd] != 0x09 { wordEnd += 1 }
        for at in (space + 1)..<line.contentEnd {
            if bytes[at] == 0x09 || bytes[at] == 0x20 && at + 1 < line.contentEnd && bytes[at + 1] == 0x20 { return nil }
        }
        return (value, bytes[(space + 1)..<wordEnd])
    }

    /// Whether `word` (a line's first word after its number, punctuation after it left aside) is a month's name.
    private static func isMonth(_ word: ArraySlice<UInt8>) -> Bool {
        var end = word.endIndex
        while end > word.startIndex, word[end - 1] < 0x80, !(word[end - 1] | 0x20 >= 0x61 && word[end - 1] | 0x20 <= 0x7A) { end -= 1 }
        guard end > word.startIndex, let text = String(validating: word[word.startIndex..<end], as: UTF8.self) else { return false }
        let normalized = WordPhraseTable.normalize(text)
        return MonthNames.mayBeKey(normalized) && MonthNames.single[normalized] != nil
    }

    /// Whether the line's first scalar is a digit of any script.
    private static func startsWithDigit<Line: ContentLine>(_ bytes: [UInt8], _ line: Line) -> Bool {
        guard line.contentStart < line.contentEnd else { return false }
        let lead = bytes[line.contentStart]
        if lead < 0x80 { return lead >= 0x30 && lead <= 0x39 }
        return ScalarClass.digit(ScalarText.decode(bytes, line.contentStart, line.contentEnd).scalar) != nil
    }

    /// The words of a line: runs of bytes between spaces (a caseless script without spaces counts its line as
    /// long by its bytes, three to a word).
    private static func wordCount<Line: ContentLine>(_ bytes: [UInt8], _ line: Line) -> Int {
        var words = 0
        var inWord = false
        var wide = 0
        for at in line.contentStart..<line.contentEnd {
            let byte = bytes[at]
            if byte == 0x20 || byte == 0x09 {
                inWord = false
            } else {
                if !inWord { words += 1 }
                inWord = true
                if byte >= 0xE0 { wide += 1 }
            }
        }
        return max(words, wide / 3)
    }
}
