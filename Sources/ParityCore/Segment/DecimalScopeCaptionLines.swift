/// Caption lines that open the scopes of a decimal numbering, whatever their
/// word: goals of an annex written `Manufa ta 1: …` / `1.1 …` / `1.a …` /
/// `Manufa ta 2: …` / `2.1 …`, in a language no table knows, often with no
/// blank line between units and hard-wrapped, so that nothing but the
/// numbering tells the caption from the wrapped end of the line above it.
///
/// The document's own numbering decides. A line is such a caption when
///
/// - it reads as a caption by its shape (`NumberedCaption.match`: one word, or
///   a name of a few words, and a number in digits of any script, then the end
///   of the line or a separator and a title);
/// - the first line below it that starts with a label (past the caption's own
///   text, wrapped or on the next line, and a page's footer, at most
///   `lookaheadLines` down) is a decimal label whose first component is the
///   caption's number (`N.1`, `N.a`);
/// - captions of one name count 1, 2, 3 … (a caption out of the count is left
///   out), at least `minimumCaptions` of them.
///
/// `RawBlockBuilder` starts a unit at each such line (never joined to the line
/// above by the wrap), and joins a caption written alone (`Зорилт 1`) with the
/// text line below it, as it joins a label alone; the classifier then reads
/// the sequence as goals (`NumberedCaptionSequence`).
enum DecimalScopeCaptionLines {
    /// Fewest captions of one name that make a sequence.
    static let minimumCaptions = 2
    /// Most lines looked at below a caption for its first decimal label.
    static let lookaheadLines = 12
    /// Longest caption line (bytes): a caption and a title of a few lines' worth.
    private static let captionBytes = 600
    /// Bytes of a line's beginning read for a decimal label.
    private static let headBytes = 48

    /// The caption lines among `lines` over `bytes`: line index → whether the caption is alone on its line (its
    /// title, if any, on the next line).
    static func find<Line: ContentLine>(_ bytes: [UInt8], _ lines: [Line]) -> [Int: Bool] {
        var byKey: [String: [(line: Int, alone: Bool)]] = [:]
        var lastNumber: [String: Int] = [:]
        for index in lines.indices {
            let line = lines[index]
            guard !line.isBlank, line.contentEnd - line.contentStart <= captionBytes else { continue }
            // A caption opens with a letter: a capital (ASCII) or a scalar of another script.
            let lead = bytes[line.contentStart]
            guard lead >= 0x41 && lead <= 0x5A || lead >= 0x80 else { continue }
            guard hasDigitEarly(bytes, line) else { continue }
            let text = ScalarText.scalars(bytes, line.contentStart, line.contentEnd)
            guard let match = NumberedCaption.match(text), match.style == .digits,
                  firstDecimalHead(bytes, lines, after: index) == match.number else { continue }
            if let last = lastNumber[match.key] {
                guard match.number == last + 1 else { continue }
            } else if match.number != 1 {
                continue
            }
            lastNumber[match.key] = match.number
            byKey[match.key, default: []].append((index, !match.hasRest))
        }
        var found: [Int: Bool] = [:]
        for captions in byKey.values where captions.count >= minimumCaptions {
            for caption in captions { found[caption.line] = caption.alone }
        }
        return found
    }

    /// Whether a digit of any script stands among the line's first bytes (a caption's number follows a name of at
    /// most a few words): most lines are passed over without being decoded.
    private static func hasDigitEarly<Line: ContentLine>(_ bytes: [UInt8], _ line: Line) -> Bool {
        let end = min(line.contentEnd, line.contentStart + 4 * NumberedCaption.maximumWordLength * NumberedCaption.maximumCaptionWords)
        var at = line.contentStart
        while at < end {
            let byte = bytes[at]
            if byte >= 0x30 && byte <= 0x39 { return true }
            if byte < 0x80 { at += 1; continue }
            let decoded = ScalarText.decode(bytes, at, line.contentEnd)
            if ScalarClass.digit(decoded.scalar) != nil { return true }
            at = max(at + 1, decoded.next)
        }
        return false
    }

    /// The first component of the decimal label on the first line below `index` that starts with a label, if that
    /// label is decimal (`2.1 …`, `2.a …`, `២.១ …`); nil when that line starts with another label or none comes.
    private static func firstDecimalHead<Line: ContentLine>(_ bytes: [UInt8], _ lines: [Line], after index: Int) -> Int? {
        var candidate = index + 1
        let end = min(lines.count, index + 1 + lookaheadLines)
        while candidate < end {
            defer { candidate += 1 }
            let line = lines[candidate]
            guard !line.isBlank, startsWithDigit(bytes, line) else { continue }
            var head = scalars(bytes, line)
            if LabelOnlyLine.isLabelOnly(head) { head += [" ", "X"] }
            if let label = DecimalLabel.parse(head) { return label.head }
            // A paragraph number or a bare head ends the look; a page's job number or `2/5` footer
            // (`27-11742 2/5`) at a page break stands between.
            if LabelParser.parse(head, language: nil) != nil || BareDecimalHeads.headValue(bytes, lines, candidate) != nil { return nil }
        }
        return nil
    }

    /// Whether the line's first scalar is a digit of any script.
    private static func startsWithDigit<Line: ContentLine>(_ bytes: [UInt8], _ line: Line) -> Bool {
        let lead = bytes[line.contentStart]
        if lead < 0x80 { return lead >= 0x30 && lead <= 0x39 }
        return ScalarClass.digit(ScalarText.decode(bytes, line.contentStart, line.contentEnd).scalar) != nil
    }

    /// The first `headBytes` bytes of a line's content as scalars (cut at a scalar boundary).
    private static func scalars<Line: ContentLine>(_ bytes: [UInt8], _ line: Line) -> [Unicode.Scalar] {
        var end = min(line.contentEnd, line.contentStart + headBytes)
        while end > line.contentStart, end < line.contentEnd, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return ScalarText.scalars(bytes, line.contentStart, end)
    }
}
