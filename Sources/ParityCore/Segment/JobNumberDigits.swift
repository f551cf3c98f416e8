/// The job number's digits repeated at a page's foot. The printing service prints the job number on a document's
/// first page (`24-03805 (F)  260324`) and repeats its digits, without the dash, in the barcode (`*2403805*`) beside
/// the recycling note, in the version's own language (`*2403805*    Merci de recycler`). Extraction may lose an
/// asterisk of the barcode (`2403805*`, `2403805`), set the note on the job number's line or on the line under the
/// barcode. A line that opens with the job number or its digits is furniture, whatever the words beside them say, in
/// any language and script; so is a short line of words right below a barcode's line when nothing but furniture
/// follows it on its page (the note set under the barcode), and a line of words closing with the digits beside a line
/// of printing marks (a right-to-left page sets the note left of the barcode). The digits closing a line after a
/// column gap elsewhere, or opening a line whose text after the gap opens with a figure or a mark (the barcode set
/// beside a footnote's text), leave it; its words stay (`partialMarks`).
///
/// The digits are known from the document itself: a job number or a barcode on a line of printing marks
/// (`PrintingMark`), or a whole barcode (`*2403805*`) opening or closing a line.
enum JobNumberDigits {
    /// Longest line of words read as the note set under a barcode (`noteBelow`), in scalars.
    static let maximumNoteLength = 48
    /// Most words of such a note.
    static let maximumNoteWords = 6
    /// Fewest digits of a job number's digits (`06-4492` has six).
    static let minimumDigits = 6

    /// The digits (ASCII bytes) of the job numbers and barcodes on the lines `marks` (lines of printing marks), and of
    /// the whole barcodes opening or closing any line.
    static func known(_ lines: [PDFLine], _ bytes: [UInt8], marks: some Sequence<Int>) -> Set<[UInt8]> {
        var result = Set<[UInt8]>()
        for index in marks where !lines[index].isBlank {
            let text = String(decoding: bytes[lines[index].contentStart..<lines[index].contentEnd], as: UTF8.self)
            for column in PageFurnitureRecognizer.columnsOf(text) {
                if let digits = digits(ofJobNumber: column) { result.insert(digits) }
            }
        }
        for line in lines where !line.isBlank && (bytes[line.contentStart] == 0x2A || bytes[line.contentEnd - 1] == 0x2A) {
            for token in [firstToken(line, bytes), lastToken(line, bytes)] {
                if let digits = barcodeDigits(bytes, token.start, token.end) { result.insert(digits) }
            }
        }
        return result
    }

    /// The digits of a job number token (`24-03805` → `2403805`, `GE.16-21155(E)` → `1621155`, `N0644927` →
    /// `0644927`) or of a barcode (`*2403805*`); nil for any other token.
    static func digits(ofJobNumber token: Substring) -> [UInt8]? {
        if PrintingMark.isBarcode(token) { return Array(token.dropFirst().dropLast().utf8) }
        guard PrintingMark.isJobNumberToken(token) else { return nil }
        var token = token
        while token.last == "*" { token = token.dropLast() }
        if token.last == ")", let open = token.lastIndex(of: "(") { token = token[..<open] }
        if let dot = token.firstIndex(of: ".") {
            let before = token[..<dot]
            let after = token[token.index(after: dot)...]
            token = after.contains(where: \.isNumber) ? after : before
        }
        let digits = Array(token.utf8.filter { (0x30...0x39).contains($0) })
        return digits.count >= minimumDigits ? digits : nil
    }

    /// The digits of `bytes[start..<end]` when it is a whole barcode, `*2403805*`.
    private static func barcodeDigits(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [UInt8]? {
        guard end - start >= minimumDigits + 2, bytes[start] == 0x2A, bytes[end - 1] == 0x2A,
              bytes[(start + 1)..<(end - 1)].allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Array(bytes[(start + 1)..<(end - 1)])
    }

    /// Whether `bytes[start..<end]` (one token) is the job number or its digits as a page foot repeats them: `known`
    /// digits with or without an asterisk on either side (`*2403805*`, `2403805*`, `2403805`), a job number whose
    /// digits are known (`24-03805`), or a whole barcode.
    static func isDigitsMark(_ bytes: [UInt8], _ start: Int, _ end: Int, known: Set<[UInt8]>) -> Bool {
        var first = start
        var last = end
        if first < last, bytes[first] == 0x2A { first += 1 }
        if last > first, bytes[last - 1] == 0x2A { last -= 1 }
        guard last - first >= minimumDigits else { return false }
        if bytes[first..<last].allSatisfy({ (0x30...0x39).contains($0) }) {
            return first > start && last < end || known.contains(Array(bytes[first..<last]))
        }
        guard (0x30...0x39).contains(bytes[start]) || (0x41...0x5A).contains(bytes[start]), bytes[start..<end].allSatisfy({ $0 < 0x80 }),
              let digits = digits(ofJobNumber: Substring(String(decoding: bytes[start..<end], as: UTF8.self))) else { return false }
        return known.contains(digits)
    }

    /// The lines that open with the job number or its digits (`isDigitsMark`), and the lines of words closing with them
    /// beside a line of printing marks (`marks`).
    static func lines(_ lines: [PDFLine], _ bytes: [UInt8], marks: Set<Int>) -> Set<Int> {
        let known = known(lines, bytes, marks: marks)
        var result = Set<Int>()
        for index in lines.indices where !lines[index].isBlank && !marks.contains(index) {
            let first = bytes[lines[index].contentStart]
            guard first == 0x2A || (0x30...0x39).contains(first) || (0x41...0x5A).contains(first) else { continue }
            let token = firstToken(lines[index], bytes)
            if isDigitsMark(bytes, token.start, token.end, known: known), restOpensWithWord(lines[index], bytes, after: token.end) {
                result.insert(index)
            }
        }
        // The barcode at the line's end, the words before it (a right-to-left page sets them so): furniture beside a
        // line of printing marks, when the words open with a letter (not a footnote's marker or a paragraph's label).
        for index in lines.indices where !lines[index].isBlank && !marks.contains(index) && !result.contains(index) {
            let (start, end) = (lines[index].contentStart, lines[index].contentEnd)
            guard (0x30...0x39).contains(bytes[end - 1]) || bytes[end - 1] == 0x2A else { continue }
            let token = lastToken(lines[index], bytes)
            guard token.start > start, isDigitsMark(bytes, token.start, token.end, known: known),
                  let opening = ScalarText.scalars(bytes, start, min(end, start + 4)).first, opening.properties.isAlphabetic,
                  PageFurnitureRecognizer.neighbours(index, lines).contains(where: marks.contains) else { continue }
            result.insert(index)
        }
        return result
    }

    /// The short line of words right below a line of the job number's digits (`opening`) on its page, furniture between,
    /// that ends the page (nothing but blank lines or `furniture` below it there): the recycling note set under the barcode. No figure, no
    /// sentence's end, at most `maximumNoteWords` words.
    static func noteBelow(_ opening: Int, _ lines: [PDFLine], _ bytes: [UInt8], furniture: Set<Int>) -> Int? {
        // Not over a page break: the note is printed on the barcode's page; a short line alone on the next page (a list's
        // last line) is text.
        var next = opening + 1
        while next < lines.count, lines[next].page == lines[opening].page, lines[next].isBlank || furniture.contains(next) { next += 1 }
        guard next < lines.count, lines[next].page == lines[opening].page, lines[next].length <= maximumNoteLength else { return nil }
        var after = next + 1
        while after < lines.count, lines[after].page == lines[next].page, lines[after].isBlank || furniture.contains(after) { after += 1 }
        guard after == lines.count || lines[after].page != lines[next].page else { return nil }
        let scalars = ScalarText.scalars(bytes, lines[next].contentStart, lines[next].contentEnd)
        guard let last = scalars.last, !ScalarClass.isSentenceEnd(last), last != ".",
              !scalars.contains(where: { ScalarClass.digit($0) != nil }),
              scalars.first?.properties.isAlphabetic == true,
              scalars.split(whereSeparator: ScalarClass.isWhitespace).count <= maximumNoteWords else { return nil }
        return next
    }

    /// Whether the line's text after its first token (from `after`) and the job number's language letter and dates is
    /// empty or opens with a letter (the recycling note), not with a figure or a mark (a footnote's marker, a
    /// paragraph's label beside the barcode).
    private static func restOpensWithWord(_ line: PDFLine, _ bytes: [UInt8], after: Int) -> Bool {
        var start = after
        while true {
            while start < line.contentEnd, isSeparator(bytes, start) || bytes[start] == 0xA0 { start += 1 }
            // The job number's language letter and dates (`(F)    120338`) are marks too.
            var end = start
            while end < line.contentEnd, !isSeparator(bytes, end) { end += 1 }
            let token = bytes[start..<end]
            let isLanguage = (3...4).contains(token.count) && token.first == 0x28 && token.last == 0x29
                && token.dropFirst().dropLast().allSatisfy { (0x41...0x5A).contains($0) }
            let isDate = token.count == 6 && token.allSatisfy { (0x30...0x39).contains($0) }
            guard start < end, isLanguage || isDate else { break }
            start = end
        }
        guard start < line.contentEnd else { return true }
        return ScalarText.scalars(bytes, start, min(line.contentEnd, start + 4)).first?.properties.isAlphabetic == true
    }

    /// The job number's digits opening a line before a column gap whose text opens with a figure or a mark (a
    /// footnote's marker beside the barcode), or closing a line after a column gap (three spaces or more): the barcode
    /// beside a footnote's or a paragraph's line, whose words stay. Each such line and the byte range of its digits.
    static func partialMarks(_ lines: [PDFLine], _ bytes: [UInt8], furniture: Set<Int>) -> [(line: Int, start: Int, end: Int)] {
        let known = known(lines, bytes, marks: furniture.filter { !lines[$0].isBlank && lines[$0].length <= 80
            && PrintingMark.mayBePrintingMarkLine(bytes, lines[$0].contentStart, lines[$0].contentEnd)
            && PrintingMark.isPrintingMarkLine(String(decoding: bytes[lines[$0].contentStart..<lines[$0].contentEnd], as: UTF8.self)) })
        guard !known.isEmpty else { return [] }
        var result: [(line: Int, start: Int, end: Int)] = []
        for index in lines.indices where !lines[index].isBlank && !furniture.contains(index) {
            let (start, end) = (lines[index].contentStart, lines[index].contentEnd)
            if bytes[start] == 0x2A || (0x30...0x39).contains(bytes[start]) {
                let token = firstToken(lines[index], bytes)
                if end - token.end >= 4, bytes[token.end..<(token.end + 3)].allSatisfy({ $0 == 0x20 || $0 == 0x09 }),
                   isDigitsMark(bytes, token.start, token.end, known: known) {
                    result.append((index, token.start, token.end))
                    continue
                }
            }
            guard (0x30...0x39).contains(bytes[end - 1]) || bytes[end - 1] == 0x2A else { continue }
            let token = lastToken(lines[index], bytes)
            // After a column gap, or a whole barcode after a space (a wrap that lost the gap).
            guard token.start - start >= 4, bytes[(token.start - 3)..<token.start].allSatisfy({ $0 == 0x20 || $0 == 0x09 })
                    || token.start - start >= 2 && barcodeDigits(bytes, token.start, token.end) != nil,
                  isDigitsMark(bytes, token.start, token.end, known: known) else { continue }
            result.append((index, token.start, token.end))
        }
        return result
    }

    /// The byte range of the line's first token (up to a space, a tab or a no-break space).
    private static func firstToken(_ line: PDFLine, _ bytes: [UInt8]) -> (start: Int, end: Int) {
        var end = line.contentStart + 1
        while end < line.contentEnd, !isSeparator(bytes, end) { end += 1 }
        return (line.contentStart, end)
    }

    /// The byte range of the line's last token.
    private static func lastToken(_ line: PDFLine, _ bytes: [UInt8]) -> (start: Int, end: Int) {
        var start = line.contentEnd - 1
        while start > line.contentStart, !isSeparator(bytes, start - 1), !(bytes[start - 1] == 0xA0 && start >= 2 && bytes[start - 2] == 0xC2) {
            start -= 1
        }
        return (start, line.contentEnd)
    }

    /// A space, a tab or a no-break space (C2 A0) at `index`.
    private static func isSeparator(_ bytes: [UInt8], _ index: Int) -> Bool {
        bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0
    }
}
