/// Pass 1b: splits the masthead lines that a text extractor merged column
/// by column. The first page of a UN document sets "United Nations" and the
/// organ on the left, the symbol and "Distr.: General" on the right;
/// `pdftotext` and copy-paste give `United Nations E/CN.7/2003/10` and
/// `Economic and Social Council Distr.: General` as single lines.
///
/// A line of the masthead (the first few non-blank lines) is split when it
/// holds a document symbol at its end or start, or a `Distr.` group
/// anywhere, next to text that reads as an organ or another header field;
/// or when a column gap of `-layout` output separates header fields that
/// are each recognized ("General Assembly⇥2 December 2015").
/// Each part becomes a line of its own, with its own byte range, so that
/// every part becomes its own block and the input stays covered exactly once.
enum MastheadLineSplitter {
    /// Lines examined: the masthead is at the top of the first page.
    static let mastheadLines = 8
    /// Lines of the first page where a symbol alone on its line is still a masthead line.
    static let symbolLines = 24
    /// Lines where an unrecognized name beside a `Distr.` group is still
    /// taken for an organ ("Convention on the Rights of the Child").
    static let organLines = 4
    /// Longest part taken for an organ name.
    static let maximumNameLength = 80

    /// A part of a masthead line, as byte offsets.
    struct Part: Equatable {
        var start: Int
        var end: Int
        /// The symbol or the distribution group; otherwise the organ or other header text.
        var isField: Bool
    }

    /// `lines` with merged masthead lines split, and the indices (into the
    /// returned lines) of the parts that stand where the organ stands.
    static func split(_ bytes: [UInt8], _ lines: [TextLine]) -> (lines: [TextLine], organParts: Set<Int>) {
        var head: [TextLine] = []
        var organParts = Set<Int>()
        var nonBlank = 0
        var index = 0
        var splitAny = false
        // Where a field split off by a column gap began on the lines above (`columnKey`).
        var fieldColumns = Set<Int>()
        while index < lines.count, nonBlank < mastheadLines {
            let line = lines[index]
            index += 1
            guard !line.isBlank else {
                head.append(line)
                continue
            }
            nonBlank += 1
            guard let parts = parts(bytes, line.contentStart, line.contentEnd, allowUnrecognizedNames: nonBlank <= organLines,
                                    opensDocument: nonBlank == 1)
                    ?? alignedFieldParts(bytes, line, fieldColumns: fieldColumns)
            else {
                head.append(line)
                continue
            }
            splitAny = true
            for (position, part) in parts.enumerated() where position > 0 && part.isField
                && isColumnGap(bytes, parts[position - 1].end, part.start) {
                fieldColumns.insert(columnKey(bytes, line.start, gap: parts[position - 1].end..<part.start))
            }
            for (position, part) in parts.enumerated() {
                let start = position == 0 ? line.start : part.start
                let end = position == parts.count - 1 ? line.end : part.end
                if !part.isField { organParts.insert(head.count) }
                head.append(TextLine(start: start, end: end, contentStart: part.start, contentEnd: part.end))
            }
        }
        guard splitAny else { return (lines, []) }
        return (head + lines[index...], organParts)
    }

    /// The two parts of a `-layout` masthead line whose right column is a
    /// recognized header field that starts where a field split off a line
    /// above started ("Convention on Winnowing Crafts⇥16 April 2099" under
    /// "Conference of the Parties to the⇥Distr.: Limited"): the left column
    /// is the organ's or the session's line, whatever it says.
    private static func alignedFieldParts(_ bytes: [UInt8], _ line: TextLine, fieldColumns: Set<Int>) -> [Part]? {
        guard !fieldColumns.isEmpty, line.contentEnd - line.contentStart <= 400 else { return nil }
        let columns = columns(bytes, line.contentStart, line.contentEnd)
        guard columns.count >= 2 else { return nil }
        for index in 1..<columns.count where isColumnGap(bytes, columns[index - 1].end, columns[index].start)
            && fieldColumns.contains(columnKey(bytes, line.start, gap: columns[index - 1].end..<columns[index].start)) {
            let left = String(decoding: bytes[columns[0].start..<columns[index - 1].end], as: UTF8.self)
            let right = String(decoding: bytes[columns[index].start..<columns[columns.count - 1].end], as: UTF8.self)
            let leftRecognized = HeaderLineRecognizer.recognize(left)
            guard HeaderLineRecognizer.recognize(right) != nil, looksLikeName(left) || leftRecognized != nil else { return nil }
            let leftIsField = leftRecognized.map(isField) ?? false
            var leftEnd = columns[index].start
            while leftEnd > line.contentStart, bytes[leftEnd - 1] == 0x20 || bytes[leftEnd - 1] == 0x09 { leftEnd -= 1 }
            return [Part(start: line.contentStart, end: leftEnd, isField: leftIsField),
                    Part(start: columns[index].start, end: line.contentEnd, isField: true)]
        }
        return nil
    }

    /// Whether a recognized part of a masthead line is a field of its own: an organ's or the organization's name is
    /// not (it is the masthead's name column).
    private static func isField(_ recognized: HeaderLineRecognizer.Recognition) -> Bool {
        switch recognized {
        case .field(.organ), .organization: return false
        default: return true
        }
    }

    /// Where the column after `gap` starts on the line starting at `lineStart`: its display column (Unicode scalars
    /// from the line's start, as `-layout` pads with spaces), or -1 after a tab, which stands for every column
    /// (the extracted-text clean-up sets a tab between a masthead row's columns).
    private static func columnKey(_ bytes: [UInt8], _ lineStart: Int, gap: Range<Int>) -> Int {
        guard !bytes[gap].contains(0x09) else { return -1 }
        var count = 0
        for byte in bytes[lineStart..<gap.upperBound] where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The parts of the line `bytes[start..<end]` when it is a merged
    /// masthead line, or nil. `allowUnrecognizedNames` accepts a name that
    /// is no known organ or header field beside a `Distr.` group.
    /// `opensDocument`: the line is the text's first, where a symbol at its end
    /// after a title-cased name ("Nazioni Unite A/RES/93/57", its column gap
    /// closed by a re-wrap) is the masthead's, not a sentence's.
    static func parts(_ bytes: [UInt8], _ start: Int, _ end: Int, allowUnrecognizedNames: Bool, opensDocument: Bool = false) -> [Part]? {
        guard end - start <= 400 else { return nil }
        let columns = columns(bytes, start, end)
        guard columns.count >= 2 else { return nil }
        func text(_ from: Int, _ to: Int) -> String {
            String(decoding: bytes[columns[from].start..<columns[to - 1].end], as: UTF8.self)
        }
        // Field groups as column ranges.
        var fields: [Range<Int>] = []
        var symbolSetApart = false
        if let symbol = symbolGroup(columns, text, atEnd: true) ?? symbolGroup(columns, text, atEnd: false)
            ?? innerSymbolGroup(columns, text, bytes) {
            fields.append(symbol)
            // A symbol set apart by a column gap stands in its own column, as no sentence sets one.
            symbolSetApart = (symbol.lowerBound == 0 || isColumnGap(bytes, columns[symbol.lowerBound - 1].end, columns[symbol.lowerBound].start))
                && (symbol.upperBound == columns.count || isColumnGap(bytes, columns[symbol.upperBound - 1].end, columns[symbol.upperBound].start))
        }
        if let distribution = distributionGroup(columns, text),
           !fields.contains(where: { $0.overlaps(distribution) }) {
            fields.append(distribution)
        }
        guard !fields.isEmpty else { return gapSeparatedFields(bytes, start, end) }
        fields.sort { $0.lowerBound < $1.lowerBound }
        // "Distr." is unambiguous, and so is a symbol in a column of its own; beside a symbol in running
        // text only a known organ or "United Nations" is taken, so that a sentence ending in a symbol is never split.
        let namedByField = symbolSetApart || fields.contains { text($0.lowerBound, $0.lowerBound + 1).hasPrefix("Distr") }
        let symbolOpensDocument = opensDocument && fields.count == 1 && fields[0].upperBound == columns.count
        let allowUnrecognizedNames = allowUnrecognizedNames && (namedByField || symbolOpensDocument)

        var parts: [Part] = []
        var cursor = 0
        func addName(_ range: Range<Int>) -> Bool {
            guard !range.isEmpty else { return true }
            let name = text(range.lowerBound, range.upperBound)
            guard HeaderLineRecognizer.recognize(name) != nil
                    || allowUnrecognizedNames && looksLikeName(name) && (namedByField || isTitleCased(name)) else { return false }
            parts.append(Part(start: columns[range.lowerBound].start, end: columns[range.upperBound - 1].end, isField: false))
            return true
        }
        for field in fields {
            guard addName(cursor..<field.lowerBound) else { return nil }
            parts.append(Part(start: columns[field.lowerBound].start, end: columns[field.upperBound - 1].end, isField: true))
            cursor = field.upperBound
        }
        guard addName(cursor..<columns.count), parts.count >= 2 else { return nil }
        // The parts meet: a no-break or ideographic space between or around them belongs to the part before it.
        parts[0].start = start
        for index in parts.indices {
            var partEnd = index + 1 < parts.count ? parts[index + 1].start : end
            while partEnd > parts[index].start, bytes[partEnd - 1] == 0x20 || bytes[partEnd - 1] == 0x09 { partEnd -= 1 }
            parts[index].end = partEnd
        }
        return parts
    }

    /// The parts of a `-layout` masthead line whose column gap (a tab, or
    /// three or more spaces) separates header fields that are each
    /// recognized: "General Assembly⇥2 December 2015", "Security
    /// Council⇥16 October 2025", "General Assembly⇥Security Council".
    private static func gapSeparatedFields(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [Part]? {
        var segments: [(start: Int, end: Int)] = []
        var segmentStart = start
        var index = start
        while index < end {
            var gapEnd = index
            while gapEnd < end {
                if bytes[gapEnd] == 0x20 || bytes[gapEnd] == 0x09 {
                    gapEnd += 1
                } else if IdeographicSpace.starts(at: gapEnd, in: bytes, before: end) {
                    gapEnd += 3
                } else {
                    break
                }
            }
            if gapEnd > index, gapEnd < end, isColumnGap(bytes, index, gapEnd) {
                segments.append((segmentStart, index))
                segmentStart = gapEnd
            }
            index = max(gapEnd, index + 1)
        }
        segments.append((segmentStart, end))
        guard segments.count >= 2 else { return nil }
        var parts: [Part] = []
        for segment in segments {
            guard let recognized = HeaderLineRecognizer.recognize(String(decoding: bytes[segment.start..<segment.end], as: UTF8.self))
            else { return nil }
            parts.append(Part(start: segment.start, end: segment.end, isField: isField(recognized)))
        }
        return parts
    }

    /// Whether a line is a merged masthead line whose other part is a
    /// known organ or "United Nations", its columns set apart by spaces as
    /// an extractor writes them (not by a tab, as a word processor's table
    /// cells are, nor by ideographic spaces, as a Chinese typist sets them):
    /// a sign that the text comes from a PDF.
    static func isMergedByExtractor(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard !bytes[start..<end].contains(0x09), ideographicSpaces(bytes, start, end) == 0,
              let parts = parts(bytes, start, end, allowUnrecognizedNames: false) else { return false }
        return parts.contains { part in
            guard !part.isField else { return false }
            return HeaderLineRecognizer.recognize(String(decoding: bytes[part.start..<part.end], as: UTF8.self)).map { !isField($0) } ?? false
        }
    }

    /// The masthead lines of PDF-extracted text: among the first
    /// `mastheadLines` non-blank lines of the first page, those that are a
    /// header field (`HeaderLineRecognizer`) or a merged masthead line.
    static func headerLines(_ lines: [PDFLine], _ bytes: [UInt8]) -> Set<Int> {
        var result = Set<Int>()
        var seen = 0
        for (index, line) in lines.enumerated() where !line.isBlank {
            guard line.page == 0, seen < symbolLines else { break }
            seen += 1
            guard line.length <= 200 else { continue }
            let text = String(decoding: bytes[line.contentStart..<line.contentEnd], as: UTF8.self)
            // The line naming the presiding officer ("Mũsumbĩ: Ms. Lindqvist (Freedonia)", in a record's long masthead),
            // whatever the function's language, whole: the country in parentheses ends it (without them, or with a dot
            // leader, the country may follow below).
            if text.utf8.contains(where: { $0 == 0x3A || $0 >= 0xE0 }), SpeakerLine.isWholePresidingLine(Array(text.unicodeScalars)) {
                result.insert(index)
                continue
            }
            if seen > mastheadLines {
                // Further down the first page (a verbatim record's masthead is long), a symbol alone on its line.
                let trimmed = text.trimmingWhitespace()
                // A symbol ending a sentence ("A/RES/2026/27." or, its marker after the stop, "A/RES/2026/27.2") is running text.
                if trimmed.last != ".", !CitedFootnoteMarker.endsWithFigureStopMarker(bytes, line.contentStart, line.contentEnd),
                   HeaderLineRecognizer.isSymbol(trimmed) { result.insert(index) }
                continue
            }
            if HeaderLineRecognizer.recognize(text) != nil
                || parts(bytes, line.contentStart, line.contentEnd, allowUnrecognizedNames: seen <= organLines) != nil {
                result.insert(index)
            }
        }
        return result
    }

    // MARK: - Columns and groups

    private struct Column {
        var start: Int
        var end: Int
    }

    /// Columns separated by spaces, tabs or no-break spaces.
    private static func columns(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [Column] {
        var columns: [Column] = []
        var index = start
        var columnStart: Int?
        while index < end {
            let separatorLength: Int
            if bytes[index] == 0x20 || bytes[index] == 0x09 {
                separatorLength = 1
            } else if bytes[index] == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 {
                separatorLength = 2
            } else if IdeographicSpace.starts(at: index, in: bytes, before: end) {
                separatorLength = 3
            } else {
                separatorLength = 0
            }
            if separatorLength > 0 {
                if let open = columnStart { columns.append(Column(start: open, end: index)) }
                columnStart = nil
                index += separatorLength
            } else {
                if columnStart == nil { columnStart = index }
                index += 1
            }
        }
        if let open = columnStart { columns.append(Column(start: open, end: end)) }
        return columns
    }

    /// The columns of a document symbol at the line's end (or start), with
    /// the part in parentheses that may follow it: a year `(2006)`, a part of
    /// one to four words `(Sect. 19)` (``HeaderLineRecognizer/parenthesizedPartStart(_:)``).
    private static func symbolGroup(_ columns: [Column], _ text: (Int, Int) -> String, atEnd: Bool) -> Range<Int>? {
        func isSymbol(_ range: Range<Int>) -> Bool {
            let written = text(range.lowerBound, range.upperBound)
            // A symbol never ends in a full stop; a sentence quoting one does.
            return written.last != "." && written.last != "," && written.contains("/")
                && HeaderLineRecognizer.isSymbol(written)
        }
        let count = columns.count
        let longest = min(count, maximumSymbolColumns)
        // The longest group first, so that a part in parentheses stays with its symbol.
        for length in stride(from: longest, through: 1, by: -1) {
            let range = atEnd ? (count - length)..<count : 0..<length
            let last = text(range.upperBound - 1, range.upperBound)
            if length > 1, !last.hasSuffix(")"), !last.hasSuffix("）") { continue }
            if isSymbol(range) { return range }
        }
        return nil
    }

    /// A symbol and the part in parentheses after it take at most this many columns (`A/87/6 (Income sect. 1)`: 4).
    private static let maximumSymbolColumns = 6

    /// The columns of a document symbol between other columns of the line
    /// ("Economic and Social Council   E/CN.3/2027/1   Distr.: General"), set
    /// apart from both by column gaps.
    private static func innerSymbolGroup(_ columns: [Column], _ text: (Int, Int) -> String, _ bytes: [UInt8]) -> Range<Int>? {
        guard columns.count >= 3 else { return nil }
        for index in 1..<(columns.count - 1) {
            let written = text(index, index + 1)
            guard written.contains("/"), written.last != ".", written.last != ",", HeaderLineRecognizer.isSymbol(written) else { continue }
            var end = index + 1
            // The part in parentheses after it: `(2006)`, `(Sect. 19)`.
            if columns.count > end + 1, text(end, end + 1).hasPrefix("(") {
                for last in stride(from: min(columns.count - 2, index + maximumSymbolColumns - 1), through: end, by: -1)
                where HeaderLineRecognizer.isSymbol(text(index, last + 1)) {
                    end = last + 1
                    break
                }
            }
            guard isColumnGap(bytes, columns[index - 1].end, columns[index].start),
                  isColumnGap(bytes, columns[end - 1].end, columns[end].start) else { continue }
            return index..<end
        }
        return nil
    }

    /// Whether `bytes[from..<to]` (the white space between two columns) is a column gap: a tab or three or more spaces,
    /// an ideographic space (U+3000, as wide as two) counting two ("联合国　　　　A/105/402").
    private static func isColumnGap(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
        bytes[from..<to].contains(0x09) || bytes[from..<to].filter({ $0 == 0x20 }).count + 2 * ideographicSpaces(bytes, from, to) >= 3
    }

    /// Ideographic spaces in `bytes[from..<to]`.
    private static func ideographicSpaces(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Int {
        var count = 0
        var index = from
        while index < to {
            if IdeographicSpace.starts(at: index, in: bytes, before: to) { count += 1; index += 3 } else { index += 1 }
        }
        return count
    }

    /// `Distr.: General`, `Distr. générale`, `Distr.: Limited`, `Distr. : restreinte`:
    /// the `Distr` column, punctuation-only columns after it, and one word.
    private static func distributionGroup(_ columns: [Column], _ text: (Int, Int) -> String) -> Range<Int>? {
        guard let first = columns.indices.first(where: { text($0, $0 + 1).hasPrefix("Distr") }) else { return nil }
        let head = text(first, first + 1).dropFirst(5)
        guard head.allSatisfy({ $0 == "." || $0 == ":" || $0 == "：" }) || head.first == "." || head.first == ":" else { return nil }
        if head.contains(where: \.isLetter) { return first..<(first + 1) }
        var end = first + 1
        while end < columns.count, text(end, end + 1).allSatisfy({ $0 == ":" || $0 == "：" }) { end += 1 }
        guard end < columns.count, text(end, end + 1).allSatisfy(\.isLetter) else { return first..<end }
        return first..<(end + 1)
    }

    /// Whether every word of `name` longer than three letters starts with a capital, one at least ("Nazioni
    /// Unite", "Perserikatan Bangsa-Bangsa"): a name, not the start of a sentence. In a script without case
    /// (`المؤتمر الدولي المعني بحصر الأسل`) no capital tells a name: words that all start with its letters do.
    static func isTitleCased(_ name: String) -> Bool {
        var capitals = 0, caseless = 0, words = 0
        for word in name.unicodeScalars.split(whereSeparator: ScalarClass.isWhitespace) {
            guard let first = word.first, first.properties.isAlphabetic else { return false }
            words += 1
            if ScalarClass.isUppercase(first) {
                capitals += 1
            } else if ScalarClass.isCaselessLetter(first) {
                caseless += 1
            } else if word.count > 3 {
                return false
            }
        }
        return capitals > 0 || (caseless > 0 && caseless == words)
    }

    /// A name set where the organ stands: not lower case at its start, no
    /// digits, no final punctuation, not longer than an organ name.
    private static func looksLikeName(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count <= maximumNameLength, let first = ScalarText.firstLetter(scalars),
              scalars.first.map({ !ScalarClass.isWhitespace($0) }) == true,
              ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first),
              !scalars.contains(where: { ScalarClass.digit($0) != nil }),
              !ScalarText.endsWithTerminalPunctuation(scalars) else { return false }
        return true
    }
}
