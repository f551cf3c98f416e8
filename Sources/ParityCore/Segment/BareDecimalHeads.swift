/// The top-level units of a decimal numbering written without a full stop:
/// guidelines numbered `1 Scope. …` / `1.1 …` / `1.2 …` / `2 Production. …` /
/// `2.1 …`, the number set apart from its text by a space or a tab, or alone
/// on its line with the text on the next (`1` / `Scope. …` / `1.1` / …).
///
/// A number followed by text is a figure more often than a label ("2 States
/// replied", a wrapped line beginning with a year, a footnote written with a
/// plain digit), so no table or single line decides. The document does: a
/// line is a head when
///
/// - it starts with a number of one to three digits (any digit system, no
///   leading zero) or Chinese numerals of a count below a hundred (`一`,
///   `十二`), then white space (an ideographic space, U+3000, too:
///   `一　範圍。…`) and a letter that is no lower case (a capital, or a letter
///   of a script without case), or the number (in digits) is alone on its
///   line and such a text line follows it;
/// - the first line after its text that starts with a number (at most
///   `lookaheadLines` lines down; a decimal label alone on its line read with
///   the text below) is its own first decimal child, `n.1`;
/// - such heads count 1, 2, 3 … (a new `1` starts another count), and a
///   count holds at least `minimumHeads` of them.
///
/// Nothing else is learned: `1 Scope` followed by `2.1` or by `1.` is text.
/// `find` also returns the bare numbers that restart under every caption of a
/// caption sequence (`CaptionRestartedCounts`) and those set apart by a tab
/// (`TabbedNumberCounts`) or by one space (`SpacedNumberCounts`) that count
/// 1, 2, 3 …, read the same way.
enum BareDecimalHeads {
    /// Most lines looked at below a head for its first child `n.1` (the head's own text, hard-wrapped).
    static let lookaheadLines = 40
    /// Fewest heads that make a count.
    static let minimumHeads = 2
    /// Bytes of a line's beginning read for a label.
    private static let headBytes = 48

    /// The heads among `lines` over `bytes`, with the numbers counted under captions
    /// (`CaptionRestartedCounts`): line index → the number.
    static func find<Line: ContentLine>(_ bytes: [UInt8], _ lines: [Line]) -> [Int: Int] {
        decimalHeads(bytes, lines).merging(CaptionRestartedCounts.find(bytes, lines)) { head, _ in head }
            .merging(TabbedNumberCounts.find(bytes, lines)) { head, _ in head }
            .merging(SpacedNumberCounts.find(bytes, lines)) { head, _ in head }
    }

    /// The heads among `lines` over `bytes` followed by their first child: line index → the head's number.
    static func decimalHeads<Line: ContentLine>(_ bytes: [UInt8], _ lines: [Line]) -> [Int: Int] {
        var candidates: [(line: Int, value: Int, childless: Bool)] = []
        var withChildren = 0
        for index in lines.indices {
            guard let value = headValue(bytes, lines, index) else { continue }
            let hasChild = firstChildFollows(value, bytes, lines, after: index)
            if hasChild { withChildren += 1 }
            candidates.append((index, value, !hasChild))
        }
        guard withChildren >= minimumHeads else { return [:] }
        // Counts 1, 2, 3 …: a head that goes on from the one before joins its count, a `1` opens another.
        // The count's last head may have no child (`3  Review. …` after `2.2 …`): set apart from its number as the
        // heads before it are, after a line that ends a sentence, it closes the count.
        var heads: [Int: Int] = [:]
        var count: [(line: Int, value: Int, childless: Bool)] = []
        func close() {
            if count.filter({ !$0.childless }).count >= minimumHeads { for head in count { heads[head.line] = head.value } }
            count = []
        }
        for candidate in candidates {
            if let last = count.last, !last.childless, candidate.value == last.value + 1,
               !candidate.childless || endsCountAlike(candidate.line, after: last.line, bytes, lines) {
                count.append(candidate)
            } else if !candidate.childless {
                close()
                if candidate.value == 1 { count = [candidate] }
            }
        }
        close()
        return heads
    }

    /// Whether the childless head candidate at line `index` ends the count whose last head is at line `head`: its
    /// number is set apart from its text by the same white space (or stands alone on its line as theirs do), and the
    /// non-blank line above it ends a sentence.
    private static func endsCountAlike<Line: ContentLine>(_ index: Int, after head: Int, _ bytes: [UInt8], _ lines: [Line]) -> Bool {
        // The white space between the number and its text, in any digits; empty for a number alone on its line.
        func gap(_ line: Line) -> [Unicode.Scalar]? {
            let head = scalars(bytes, line)
            var at = 0
            while at < head.count, ScalarClass.digit(head[at]) != nil { at += 1 }
            let start = at
            while at < head.count, ScalarClass.isWhitespace(head[at]) { at += 1 }
            if at == head.count, start == head.count, start > 0 { return [] }
            return at > start && at < head.count ? Array(head[start..<at]) : nil
        }
        guard let own = gap(lines[index]), let heads = gap(lines[head]), own == heads else { return false }
        var above = index - 1
        while above > head, lines[above].isBlank { above -= 1 }
        guard above > head else { return false }
        return ScalarText.endsSentence(ScalarText.scalars(bytes, lines[above].contentStart, lines[above].contentEnd))
    }

    /// The number a head candidate starts with: digits, then white space and
    /// a letter that is no lower case, or the digits alone on their line with
    /// such a text on the next non-blank line.
    static func headValue<Line: ContentLine>(_ bytes: [UInt8], _ lines: [Line], _ index: Int) -> Int? {
        let line = lines[index]
        guard line.contentStart < line.contentEnd else { return nil }
        let lead = bytes[line.contentStart]
        guard lead >= 0x31 && lead <= 0x39 || lead >= 0x80 && startsWithDigit(bytes, line) else { return nil }
        let head = scalars(bytes, line)
        if ChineseNumeral.isLabelNumeral(head[0]) { return numeralHeadValue(head) }
        var digits = 0
        while digits < head.count, digits < 4, ScalarClass.digit(head[digits]) != nil { digits += 1 }
        guard digits > 0, digits <= 3, ScalarClass.digit(head[0]) != 0,
              let value = Numerals.decimalValue(head[0..<digits]), value > 0 else { return nil }
        if digits == head.count {
            // The number alone: its text on the next non-blank line.
            guard let text = nextTextLine(lines, after: index) else { return nil }
            let following = scalars(bytes, lines[text])
            guard let first = following.first, opensText(first), LabelParser.parse(following, language: nil) == nil else { return nil }
            return value
        }
        var at = digits
        guard ScalarClass.isWhitespace(head[at]) else { return nil }
        while at < head.count, ScalarClass.isWhitespace(head[at]) { at += 1 }
        guard at < head.count, opensText(head[at]) else { return nil }
        return value
    }

    /// The value of a head written in Chinese numerals (`一　範圍。…`, `二 校定。…`): one to three numerals of a count
    /// below a hundred (`ChineseNumeral.labelValue`), then white space (an ideographic space, U+3000, as Chinese and
    /// Japanese set labels apart, or any other) and text. Not alone on its line: a numeral alone is a word as often.
    private static func numeralHeadValue(_ head: [Unicode.Scalar]) -> Int? {
        var numerals = 0
        while numerals < head.count, numerals < 4, ChineseNumeral.isLabelNumeral(head[numerals]) { numerals += 1 }
        guard numerals <= 3, numerals < head.count, ScalarClass.isWhitespace(head[numerals]),
              let value = ChineseNumeral.labelValue(head[0..<numerals]) else { return nil }
        var at = numerals
        while at < head.count, ScalarClass.isWhitespace(head[at]) { at += 1 }
        guard at < head.count, opensText(head[at]) else { return nil }
        return value
    }

    /// Whether the first numbered line below the head at line `index` (past its text) is `value.1`. Lines that
    /// start with a letter, a bracket or a mark (the head's text, its items, a footnote marked `¹`) are passed
    /// over unread; a line that starts with a number ends the look (the child, or a paragraph `3.`, another head,
    /// a footnote or a table row written with a plain number), unless it is page furniture (`27-11742 2/5`).
    private static func firstChildFollows<Line: ContentLine>(_ value: Int, _ bytes: [UInt8], _ lines: [Line], after index: Int) -> Bool {
        var candidate = index + 1
        // A number alone: its text line is no label.
        if isAlone(bytes, lines[index]), let text = nextTextLine(lines, after: index) { candidate = text + 1 }
        let end = min(lines.count, index + lookaheadLines)
        while candidate < end {
            defer { candidate += 1 }
            guard !lines[candidate].isBlank, startsWithDigit(bytes, lines[candidate]) else { continue }
            var head = scalars(bytes, lines[candidate])
            if LabelOnlyLine.isLabelOnly(head) { head += [" ", "X"] }
            guard let decimal = DecimalLabel.parse(head) else {
                // A paragraph `3.`, another head, a footnote or a table row written with a plain number ends the look;
                // a page's job number or `2/5` footer (`27-11742 2/5`) stands between.
                if LabelParser.parse(head, language: nil) != nil || headValue(bytes, lines, candidate) != nil { return false }
                continue
            }
            guard decimal.components.count == 2, decimal.head == value, decimal.components[1] == "1" else { return false }
            // `1.1 million …` is a figure.
            if let letter = ScalarText.firstLetter(Array(head[min(decimal.length, head.count)...])), ScalarClass.isLowercase(letter) { return false }
            return true
        }
        return false
    }

    /// Whether the line's first scalar is a digit of any script, or a Chinese numeral of a label (`一`, `十`).
    private static func startsWithDigit<Line: ContentLine>(_ bytes: [UInt8], _ line: Line) -> Bool {
        let lead = bytes[line.contentStart]
        if lead < 0x80 { return lead >= 0x30 && lead <= 0x39 }
        let scalar = ScalarText.decode(bytes, line.contentStart, line.contentEnd).scalar
        return ScalarClass.digit(scalar) != nil || ChineseNumeral.isLabelNumeral(scalar)
    }

    /// Whether `line` holds digits and nothing else (a head's number alone, its text below).
    static func isAlone<Line: ContentLine>(_ bytes: [UInt8], _ line: Line) -> Bool {
        guard line.contentStart < line.contentEnd, line.contentEnd - line.contentStart <= 12 else { return false }
        return scalars(bytes, line).allSatisfy { ScalarClass.digit($0) != nil }
    }

    /// A capital or a letter of a script without case: what a unit's text starts with.
    private static func opensText(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic && (ScalarClass.isUppercase(scalar) || ScalarClass.isCaselessLetter(scalar))
    }

    /// The next non-blank line after `index`, up to three blank lines down.
    private static func nextTextLine<Line: ContentLine>(_ lines: [Line], after index: Int) -> Int? {
        var candidate = index + 1
        while candidate < lines.count, candidate <= index + 4 {
            if !lines[candidate].isBlank { return candidate }
            candidate += 1
        }
        return nil
    }

    /// The first `headBytes` bytes of a line's content as scalars (cut at a scalar boundary).
    private static func scalars<Line: ContentLine>(_ bytes: [UInt8], _ line: Line) -> [Unicode.Scalar] {
        var end = min(line.contentEnd, line.contentStart + headBytes)
        while end > line.contentStart, end < line.contentEnd, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return ScalarText.scalars(bytes, line.contentStart, end)
    }
}

/// A line's content as byte offsets: what `BareDecimalHeads` reads of clean-text lines (`TextLine`) and PDF lines (`PDFLine`).
protocol ContentLine {
    /// Offset of the first byte that is not white space.
    var contentStart: Int { get }
    /// Offset one past the last byte that is not white space.
    var contentEnd: Int { get }
}

extension ContentLine {
    /// Whether the line holds nothing but white space.
    var isBlank: Bool { contentStart == contentEnd }
}

extension TextLine: ContentLine {}
extension PDFLine: ContentLine {}
