/// Paragraph numbers written without a mark (`1⇥text`, `2 Text`) that
/// count 1, 2, 3 … again under every caption of a caption sequence: a
/// treaty in a language no table knows, `Pasa 1` / `Tujuan` / `1⇥Tujuan …` /
/// `2⇥Parlindungan …` / `Pasa 2` / caption / `1⇥…` / `2⇥…` / `3⇥…`.
///
/// A plain number at a line start is a figure as often as a label (a
/// hard-wrapped line "5 kilomete dari …", "30 Juni satiok taun"), so no line
/// decides alone. The document does:
///
/// - a caption is a line that holds one word (or a caption name) and a
///   number and nothing else (`NumberedCaption.match` without a title),
///   whatever the word, or an article caption the tables know, alone or with
///   its title (`第３条`, `第二条（合同委員会）`, `ArticleLine.match`); captions of one word whose numbers go 1, 2, 3 … make
///   a sequence (at least `minimumCaptions`);
/// - under each caption, up to the next caption of any kept sequence, the
///   lines that start with a bare number (`BareDecimalHeads.headValue`: the
///   number, white space and a capital or caseless letter, or the number
///   alone with such a text below) are read in order against a counter that
///   starts at 1: a line that continues the counter is a paragraph number, a
///   line that does not is a figure at the start of a wrapped line and is
///   passed over. After the first, a number that passes over one (`1`, `3`:
///   a paragraph left out) is a paragraph number too when the line above
///   ends a sentence, where a paragraph ends. After a tab, the scope's later numbers must stand before a
///   tab too; after a space, before a space;
/// - a scope where a label with a mark (`1.`, `(a)`) stands is numbered by
///   it and gives nothing;
/// - at least `minimumScopes` captions must open a count at 1: a count that
///   restarts per scope is what makes the numbers labels.
///
/// The lines found are read as the `BareDecimalHeads` are: as if written `n.`.
enum CaptionRestartedCounts {
    /// Fewest captions of one word that make a sequence.
    static let minimumCaptions = 2
    /// Numbers a count may pass over where a paragraph ends (a paragraph left out: `1`, `3`).
    static let maximumGap = 1
    /// Fewest captions whose count starts at 1 under them.
    static let minimumScopes = 2
    /// Longest caption line (bytes).
    private static let captionBytes = 120
    /// Bytes of a line's beginning read for a number.
    private static let headBytes = 48

    /// The paragraph numbers among `lines` over `bytes`: line index → the number.
    static func find<Line: ContentLine>(_ bytes: [UInt8], _ lines: [Line]) -> [Int: Int] {
        let sequence = captionLines(bytes, lines)
        guard let first = sequence.first, sequence.count >= minimumCaptions else { return [:] }
        // An annex's caption below the sequence (`Annex`, `附属書`) ends the last scope and opens one of its own: the
        // annex's items count from 1 again.
        let annexCaptions = lines.indices.filter { index in
            index > first && !lines[index].isBlank && lines[index].contentEnd - lines[index].contentStart <= captionBytes
                && CaptionRecognizer.annexCaptionLabel(scalars: ScalarText.scalars(bytes, lines[index].contentStart, lines[index].contentEnd)) != nil
        }
        let sequenceLines = Set(sequence)
        let captions = sequenceLines.union(annexCaptions).sorted()
        var found: [Int: Int] = [:]
        var scopes = 0
        for (position, caption) in captions.enumerated() {
            let end = position + 1 < captions.count ? captions[position + 1] : lines.count
            var expected = 1
            var separatorIsTab: Bool?
            var numbers: [Int: Int] = [:]
            var marked = false
            for index in (caption + 1)..<end where !lines[index].isBlank {
                let line = lines[index]
                let lead = bytes[line.contentStart]
                guard lead >= 0x30 && lead <= 0x39 || lead >= 0x80 || lead == 0x28 else { continue }
                let head = scalars(bytes, line)
                if let label = LabelParser.parse(head, language: nil) {
                    switch label.form {
                    case .bullet, .footnoteMarker: break
                    default: marked = true
                    }
                    if marked { break }
                }
                guard let value = BareDecimalHeads.headValue(bytes, lines, index),
                      value == expected || expected > 1 && value > expected && value <= expected + maximumGap
                        && endsSentenceAbove(bytes, lines, index, after: caption)
                else { continue }
                let tab = separatedByTab(head)
                // A table row under a table's caption has further columns: no paragraph.
                if tab, hasSecondTab(bytes, line) { continue }
                if let separatorIsTab, separatorIsTab != tab, !BareDecimalHeads.isAlone(bytes, line) { continue }
                if separatorIsTab == nil, !BareDecimalHeads.isAlone(bytes, line) { separatorIsTab = tab }
                numbers[index] = value
                expected = value + 1
            }
            guard !marked, !numbers.isEmpty else { continue }
            if sequenceLines.contains(caption) { scopes += 1 }
            found.merge(numbers) { first, _ in first }
        }
        return scopes >= minimumScopes ? found : [:]
    }

    /// The lines that are captions of a sequence: one word and a number alone on the line, the numbers of one
    /// word going 1, 2, 3 … (a caption out of its count is left out), in line order.
    private static func captionLines<Line: ContentLine>(_ bytes: [UInt8], _ lines: [Line]) -> [Int] {
        var byKey: [String: [(line: Int, number: Int)]] = [:]
        for index in lines.indices {
            let line = lines[index]
            guard !line.isBlank, line.contentEnd - line.contentStart <= captionBytes else { continue }
            let lead = bytes[line.contentStart], last = bytes[line.contentEnd - 1]
            guard lead >= 0x41 && lead <= 0x5A || lead >= 0x80 else { continue }
            // A caption alone ends with its number: digits, a Roman numeral, or another script's digit.
            let endsWithNumber = last >= 0x30 && last <= 0x39 || last >= 0x80 || "IVXLC".utf8.contains(last)
            let mayBeArticle = ArticleLine.mayMatch(bytes, line.contentStart, line.contentEnd)
            guard endsWithNumber || mayBeArticle else { continue }
            let text = ScalarText.scalars(bytes, line.contentStart, line.contentEnd)
            // A caption of one word and its number, or an article caption in a form the tables know written
            // around its number, alone or with its title (`第３条`, `제3조`, `第二条（合同委員会）`, `Article 2 (Fund)`).
            let caption: (key: String, number: Int)
            if endsWithNumber, let match = NumberedCaption.match(text), !match.hasRest, match.style == .digits || match.style == .roman {
                caption = (match.key, match.number)
            } else if mayBeArticle, let match = ArticleLine.match(text) {
                caption = ("#article", match.number)
            } else {
                continue
            }
            if let last = byKey[caption.key]?.last {
                guard caption.number == last.number + 1 else { continue }
            } else if caption.number != 1 {
                continue
            }
            byKey[caption.key, default: []].append((index, caption.number))
        }
        return byKey.values.filter { $0.count >= minimumCaptions }.flatMap { $0.map(\.line) }.sorted()
    }

    /// Whether the non-blank line above line `index` (below the caption) ends a sentence: a paragraph left out of
    /// the count ("1 …." / "3 Chombo …", no 2) is read as a label only there, where a paragraph ends.
    private static func endsSentenceAbove<Line: ContentLine>(_ bytes: [UInt8], _ lines: [Line], _ index: Int, after caption: Int) -> Bool {
        var above = index - 1
        while above > caption, lines[above].isBlank { above -= 1 }
        guard above > caption else { return false }
        let line = lines[above]
        var start = line.contentEnd
        for _ in 0..<8 where start > line.contentStart {
            start -= 1
            while start > line.contentStart, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        }
        return ScalarText.endsSentence(ScalarText.scalars(bytes, start, line.contentEnd))
    }

    /// Whether a tab sets the line's leading number apart from its text.
    private static func separatedByTab(_ head: [Unicode.Scalar]) -> Bool {
        var at = 0
        while at < head.count, ScalarClass.digit(head[at]) != nil { at += 1 }
        return at < head.count && head[at] == "\t"
    }

    /// Whether the line holds two tabs or more (the columns of a table row).
    private static func hasSecondTab<Line: ContentLine>(_ bytes: [UInt8], _ line: Line) -> Bool {
        var tabs = 0
        for at in line.contentStart..<line.contentEnd where bytes[at] == 0x09 {
            tabs += 1
            if tabs > 1 { return true }
        }
        return false
    }

    /// The first `headBytes` bytes of a line's content as scalars (cut at a scalar boundary).
    private static func scalars<Line: ContentLine>(_ bytes: [UInt8], _ line: Line) -> [Unicode.Scalar] {
        var end = min(line.contentEnd, line.contentStart + headBytes)
        while end > line.contentStart, end < line.contentEnd, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return ScalarText.scalars(bytes, line.contentStart, end)
    }
}
