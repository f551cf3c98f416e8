/// Recognizes, on raw bytes, a line that starts with a paragraph, heading
/// or list label: `23. `, `IV. `, `B. `, `1.1 `, `1.a `, `(a) `, `a) `, `(iv) `, `1 — `, a bullet,
/// a speaker's designation (`Mr. Yap (Singapore): `), a Markdown heading mark (`#### `),
/// and for other scripts whatever `LabelParser` reads (`أولا -`, `一、`, `Б. `).
enum PDFLabel {
    /// Whether `bytes[start..<end]` starts with a label followed by a space or tab.
    static func startsWithLabel(_ bytes: [UInt8], _ initialStart: Int, _ end: Int) -> Bool {
        // Ideographic spaces (U+3000) that indent the line ("　　(b)　薪窯の基準。") are no part of its label.
        var start = initialStart
        while IdeographicSpace.starts(at: start, in: bytes, before: end) { start += 3 }
        guard start < end else { return false }
        let ideographicIndent = start > initialStart
        // `(ب)`, `(ख)`, `(β)`: a letter of another script in parentheses is read as the segmenter reads it, as is a
        // label indented by ideographic spaces, which an ideographic space may follow ("　　(b)　薪窯の基準。").
        if ideographicIndent || bytes[start] >= 0x80 || (bytes[start] == UInt8(ascii: "(") && start + 1 < end && bytes[start + 1] >= 0x80) {
            // Non-ASCII start: the segmenter's own multilingual label reader, on the first scalars.
            var limit = start
            var scalars = 0
            while limit < end, scalars < 24 {
                if bytes[limit] & 0xC0 != 0x80 { scalars += 1 }
                limit += 1
            }
            while limit < end, bytes[limit] & 0xC0 == 0x80 { limit += 1 }
            if opensSpeakerTurn(bytes, start, end) { return true }
            guard let label = LabelParser.parse(ScalarText.scalars(bytes, start, limit), language: nil) else { return false }
            if case .footnoteMarker = label.form { return false }
            return true
        }
        return asciiLabel(bytes, start, end)
    }

    /// The length in bytes of a hyphen, en dash or em dash at `at` (0 if none).
    static func dashLength(_ bytes: [UInt8], _ at: Int, _ end: Int) -> Int {
        guard at < end else { return 0 }
        if bytes[at] == UInt8(ascii: "-") { return 1 }
        if at + 2 < end, bytes[at] == 0xE2, bytes[at + 1] == 0x80, bytes[at + 2] == 0x93 || bytes[at + 2] == 0x94 { return 3 }
        return 0
    }

    private static func asciiLabel(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        func isSpace(_ at: Int) -> Bool { at < end && (bytes[at] == 0x20 || bytes[at] == 0x09) }
        func run(_ from: Int, _ test: (UInt8) -> Bool, max: Int) -> Int {
            var at = from
            while at < end, at - from < max, test(bytes[at]) { at += 1 }
            return at
        }
        guard start < end else { return false }
        let first = bytes[start]
        // 23.  IV.  B.
        let digits = run(start, { $0 >= 0x30 && $0 <= 0x39 }, max: 3)
        if digits > start, digits < end, bytes[digits] == UInt8(ascii: "."), isSpace(digits + 1) { return true }
        // 3 bis.  3bis  12 quater: a paragraph inserted after paragraph 3 (`InsertedParagraphLabel`).
        if digits > start, digits < end, bytes[digits] == 0x20 || (bytes[digits] | 0x20 >= 0x61 && bytes[digits] | 0x20 <= 0x7A),
           InsertedParagraphLabel.match(ScalarText.scalars(bytes, start, min(end, start + 24))) != nil { return true }
        // 1 — (Portuguese), 1 - : a number, a spaced dash, the text.
        if digits > start, isSpace(digits), dashLength(bytes, digits + 1, end) > 0, isSpace(digits + 1 + dashLength(bytes, digits + 1, end)) {
            return true
        }
        let roman = run(start, { "IVXLC".utf8.contains($0) }, max: 6)
        if roman > start, roman < end, bytes[roman] == UInt8(ascii: "."), isSpace(roman + 1) { return true }
        if first >= 0x41, first <= 0x5A, start + 1 < end, bytes[start + 1] == UInt8(ascii: "."), isSpace(start + 2) { return true }
        // 1.1  1.a  2.3.1 before a word that does not start in lower case (not "1.5 million").
        if digits > start, digits < end, bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: "-"),
           decimalLabel(bytes, start, end) { return true }
        // (a)  (iv)  (12)  a)
        let open = first == UInt8(ascii: "(") ? start + 1 : start
        let item = run(open, { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }, max: 4)
        // A year in parentheses ("(2011) of 27 April", a wrapped line) is no item label: at most three digits.
        let isYear = item - open == 4 && bytes[open..<item].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        if item > open, item < end, !isYear, bytes[item] == UInt8(ascii: ")"), isSpace(item + 1) { return true }
        if first >= 0x41, first <= 0x5A, opensSpeakerTurn(bytes, start, end) { return true }
        // A Markdown heading mark: `#### Artículo 7`.
        let hashes = run(start, { $0 == UInt8(ascii: "#") }, max: 7)
        if hashes > start, hashes - start <= 6, isSpace(hashes) { return true }
        // Bullets: - • –
        if first == UInt8(ascii: "-"), isSpace(start + 1) { return true }
        if end - start >= 4, bytes[start] == 0xE2, bytes[start + 1] == 0x80,
           bytes[start + 2] == 0xA2 || bytes[start + 2] == 0x93, isSpace(start + 3) { return true }
        return false
    }

    /// Whether the line opens a speaker's turn (`SpeakerLine`: "Mr. Yap
    /// (Singapore): We would …", or the designation alone at the line end), or, in
    /// any language, a name with notes in parentheses and a colon (`SpeakerLine.notedDesignation`:
    /// "Г-ѓа Петрова (Силдавија) (зборува руски): …", whose honorific no table lists).
    private static func opensSpeakerTurn(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var limit = min(end, start + SpeakerLine.maximumLength * 3)
        while limit < end, bytes[limit] & 0xC0 == 0x80 { limit += 1 }
        let head = ScalarText.scalars(bytes, start, limit)
        return SpeakerLine.designationLength(head, speechOnTheLine: false) != nil || SpeakerLine.notedDesignation(head)?.endsWithColon == true
    }

    /// Whether the line starts with a decimal label (`DecimalLabel`: `1.1`,
    /// `1.a`, `2.3.1`); after one that could be a figure (`1.5`) the text must
    /// not start in lower case ("1.5 million").
    private static func decimalLabel(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        let scalars = ScalarText.scalars(bytes, start, min(end, start + 48))
        guard let label = DecimalLabel.parse(scalars) else { return false }
        guard label.mayBeFigure else { return true }
        // A unit glued to the figure ("2.5톤", "4.5%") makes it a figure: a label stands apart from its text.
        if label.length > 0, label.length < scalars.count, DecimalDigit.value(scalars[label.length - 1]) != nil,
           !scalars[label.length].properties.isWhitespace { return false }
        guard let letter = ScalarText.firstLetter(Array(scalars[label.length...])) else { return false }
        return !ScalarClass.isLowercase(letter)
    }

    /// The number of a numbered-paragraph label (`23. `) at the start of the line, if any.
    static func paragraphNumber(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int? {
        var at = start
        var value = 0
        while at < end, at - start < 3, bytes[at] >= 0x30, bytes[at] <= 0x39 {
            value = value * 10 + Int(bytes[at] - 0x30)
            at += 1
        }
        guard at > start else { return start < end && bytes[start] >= 0x80 ? scriptParagraphNumber(bytes, start, end) : nil }
        // A space, a tab or the ideographic space of Japanese and Chinese text ("2.　加盟国に対し…", E3 80 80).
        guard at + 1 < end, bytes[at] == UInt8(ascii: "."),
              bytes[at + 1] == 0x20 || bytes[at + 1] == 0x09
                || IdeographicSpace.starts(at: at + 1, in: bytes, before: end) else { return nil }
        return value
    }

    /// `paragraphNumber` written in the digits of another script, up to three, with a full stop or a danda and a
    /// space or tab after them: `१. `, `١٢. `, `১। `, `４．` is not (no space needed after a full-width stop is read here).
    private static func scriptParagraphNumber(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int? {
        var limit = start, count = 0
        while limit < end, count < 6 {
            if bytes[limit] & 0xC0 != 0x80 { count += 1 }
            limit += 1
        }
        while limit < end, bytes[limit] & 0xC0 == 0x80 { limit += 1 }
        let scalars = ScalarText.scalars(bytes, start, limit)
        guard let (value, stop) = numberBeforeStop(scalars), stop + 1 < scalars.count,
              scalars[stop + 1] == " " || scalars[stop + 1] == "\t" else { return nil }
        return value
    }

    /// Up to three digits of one script at the start of `scalars` followed by a full stop or a danda (`12.`,
    /// `১।`, `१.`): their value and the stop's index.
    static func numberBeforeStop(_ scalars: [Unicode.Scalar]) -> (value: Int, stop: Int)? {
        var index = 0, value = 0
        while index < scalars.count, index < 3, let digit = DecimalDigit.value(scalars[index]) {
            value = value * 10 + digit
            index += 1
        }
        guard index > 0, index < scalars.count, scalars[index] == "." || scalars[index] == "\u{0964}" else { return nil }
        return (value, index)
    }

    /// Whether the line starts with a bullet (`- `, `• `, `– `).
    static func startsWithBullet(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        func isSpace(_ at: Int) -> Bool { at < end && (bytes[at] == 0x20 || bytes[at] == 0x09) }
        guard start < end else { return false }
        if bytes[start] == UInt8(ascii: "-"), isSpace(start + 1) { return true }
        return end - start >= 4 && bytes[start] == 0xE2 && bytes[start + 1] == 0x80
            && (bytes[start + 2] == 0xA2 || bytes[start + 2] == 0x93) && isSpace(start + 3)
    }

    /// Whether the whole line is a label and nothing else: `23.`, `IV.`, `B.`, `(a)`, `a)`, `一、`, `٣ -` (`LabelOnlyLine`).
    static func isLabelOnly(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        LabelOnlyLine.isLabelOnly(bytes, start, end)
    }
}
