/// Recognizes running headers and footers of PDF pages ("page furniture"):
/// lines at the top or bottom edge of a page that carry only a document
/// symbol (`A/61/187`, `E/CN.4/2006/1`), a page number that fits the page,
/// a job number (`06-44927 (S)  280706  280706`), a barcode (`*0644927*`),
/// or a text that repeats at the edge of many pages.
///
/// Only lines at a page's edges are examined, from the edge inwards,
/// stopping at the first line that is not furniture, so a symbol or number
/// quoted in the body is never taken. The one exception is a line of
/// printing marks (`PrintingMark`: a job number or a barcode), which is
/// furniture wherever it stands (and so is a page number between dashes,
/// `DashedPageNumber`): extractors put the first page's job number
/// and barcode in the middle of the masthead, and texts without form feeds
/// have their footers in the middle of the text. Reading-order output also
/// puts footers and headers mid-page where the text flow left them, so a
/// line of furniture text next to furniture (a job number, a running
/// symbol), or holding "page/total" for its page, is furniture wherever it
/// stands; so is a date stamp (`300425`) beside such furniture. The symbol at the top of the first page is the masthead's, not
/// furniture.
enum PageFurnitureRecognizer {
    /// At most this many non-blank lines are examined at each edge of a page.
    static let edgeLines = 3

    /// Indices into `lines` of the furniture lines.
    static func furniture(_ lines: [PDFLine], _ bytes: [UInt8]) -> Set<Int> {
        let pages = pageEdges(lines)
        // A text repeated at the edges of at least half the pages (three or more) is a running title.
        var edgeCounts: [String: Int] = [:]
        for page in pages {
            var seen = Set<String>()
            for index in page.top + page.bottom {
                let key = repetitionKey(text(lines[index], bytes))
                if !key.isEmpty, seen.insert(key).inserted { edgeCounts[key, default: 0] += 1 }
            }
        }
        let repeatThreshold = max(3, (pages.count + 1) / 2)
        var result = Set<Int>()
        for index in lines.indices where !lines[index].isBlank && lines[index].length <= 80
            && PrintingMark.mayBePrintingMarkLine(bytes, lines[index].contentStart, lines[index].contentEnd)
            && PrintingMark.isPrintingMarkLine(text(lines[index], bytes)) {
            result.insert(index)
        }
        // A line opening with the job number's digits (the barcode and the recycling note beside it, in any language).
        let digitLines = JobNumberDigits.lines(lines, bytes, marks: result)
        result.formUnion(digitLines)
        // A page number between dashes ("- 2-", `DashedPageNumber`) is furniture wherever it stands.
        for index in lines.indices where !lines[index].isBlank && lines[index].length <= 24
            && DashedPageNumber.isDashedPageNumber(bytes, lines[index].contentStart, lines[index].contentEnd) {
            result.insert(index)
        }
        let mastheadSymbol = firstPageSymbol(lines, bytes, pages: pages)
        // The line right below a footnote rule is the first footnote's marker or text, even when it is a bare number.
        var belowRules = Set<Int>()
        for index in lines.indices where FootnoteRule.isRule(bytes, lines[index]) {
            var next = index + 1
            while next < lines.count, lines[next].isBlank, lines[next].page == lines[index].page { next += 1 }
            belowRules.insert(next)
        }
        // Running titles are looked for from the second page on.
        let titles = pages.count > 1 ? firstPageLines(lines, bytes) : []
        for (pageIndex, page) in pages.enumerated() {
            /// `besideSymbol`: a running symbol stands between this line and the page edge.
            func isFurniture(_ index: Int, besideSymbol: Bool = false) -> Bool {
                if index == mastheadSymbol || belowRules.contains(index) { return false }
                let content = text(lines[index], bytes)
                if isFurnitureText(content, pageNumber: pageIndex + 1, pageCount: pages.count) { return true }
                if pageIndex > 0, isRunningTitle(content, titles: titles, besideSymbol: besideSymbol,
                                                 pageNumber: pageIndex + 1, pageCount: pages.count) { return true }
                return pages.count >= 3 && (edgeCounts[repetitionKey(content)] ?? 0) >= repeatThreshold
            }
            for edge in [page.top, page.bottom] {
                var besideSymbol = false
                for index in edge {
                    guard isFurniture(index, besideSymbol: besideSymbol) else { break }
                    result.insert(index)
                    if columnsOf(text(lines[index], bytes)).contains(where: isSymbol) { besideSymbol = true }
                }
            }
        }
        // Reading order puts a page's footer and the next page's header where the text
        // flow left them, mid-page: a line of furniture text next to a printing mark or
        // running header is furniture too, and so is a "page/total" line that fits its page.
        func qualifies(_ index: Int) -> Bool {
            guard !lines[index].isBlank, !result.contains(index), index != mastheadSymbol, !belowRules.contains(index),
                  lines[index].length <= 80 else { return false }
            let content = text(lines[index], bytes)
            return isFurnitureText(content, pageNumber: lines[index].page + 1, pageCount: pages.count)
                || columnsOf(content).allSatisfy(PrintingMark.isDateStamp)
        }
        // A page-of-total token holds a slash: lines without one are not read.
        for index in lines.indices where lines[index].length <= 40
            && bytes[lines[index].contentStart..<lines[index].contentEnd].contains(0x2F) && qualifies(index)
            && hasPageOfTotal(text(lines[index], bytes), pageNumber: lines[index].page + 1, pageCount: pages.count) {
            result.insert(index)
        }
        var queue = Array(result)
        while let index = queue.popLast() {
            for neighbour in neighbours(index, lines) where qualifies(neighbour) {
                result.insert(neighbour)
                queue.append(neighbour)
            }
        }
        // The recycling note set under the barcode, ending its page.
        for index in (digitLines.union(result.filter { columnsOf(text(lines[$0], bytes)).contains(where: PrintingMark.isBarcode) })).sorted() {
            if let note = JobNumberDigits.noteBelow(index, lines, bytes, furniture: result) { result.insert(note) }
        }
        // The footnote rule is furniture wherever it stands; the footnote marker below it is not.
        for index in lines.indices where FootnoteRule.isRule(bytes, lines[index]) { result.insert(index) }
        result.formUnion(recordNotes(lines, bytes, furniture: result))
        return result
    }

    /// Longest record note (non-blank lines).
    static let maximumRecordNoteLines = 10

    /// The note a record prints at the foot of its first page or cover ("This record contains the text of speeches
    /// delivered in English …", "This record is subject to correction. Corrections should be submitted …"), in any
    /// language: the paragraph right above a page's printing marks (job number, barcode) that gives an address under
    /// `un.org`, the one thing every language's note writes alike; or, in a record (`recordSymbol`), the paragraph right
    /// above the first page's printing marks when it has the note's shape: two lines or more, two sentences or more,
    /// no paragraph number (the note is front matter; a turn or paragraph the page break cuts goes on the next page).
    /// A summary record may print it at the end instead (`summaryRecordEndNote`).
    static func recordNotes(_ lines: [PDFLine], _ bytes: [UInt8], furniture: Set<Int>) -> Set<Int> {
        var notes = Set<Int>()
        let address = Array("un.org".utf8)
        let record = recordSymbol(lines, bytes)
        for mark in furniture.sorted() where !lines[mark].isBlank
            && PrintingMark.isPrintingMarkLine(text(lines[mark], bytes)) {
            let run = paragraphAbove(mark, lines, furniture: furniture)
            guard !run.isEmpty, run.count <= maximumRecordNoteLines else { continue }
            if run.contains(where: { ByteSearch.firstIndex(of: address, in: bytes, from: lines[$0].contentStart, upTo: lines[$0].contentEnd) != nil })
                || record != nil && lines[mark].page == 0 && hasNoteShape(run, lines, bytes) && standsApart(run, lines, bytes, furniture: furniture) {
                notes.formUnion(run)
            }
        }
        if record == .summary { notes.formUnion(summaryRecordEndNote(lines, bytes, furniture: furniture)) }
        return notes
    }

    /// The paragraph right above `line` on its page, furniture and blank lines between skipped: its line indices,
    /// last first (more than `maximumRecordNoteLines` when longer).
    private static func paragraphAbove(_ line: Int, _ lines: [PDFLine], furniture: Set<Int>) -> [Int] {
        var index = line - 1
        while index >= 0, lines[index].page == lines[line].page, lines[index].isBlank || furniture.contains(index) { index -= 1 }
        var run: [Int] = []
        while index >= 0, lines[index].page == lines[line].page, !lines[index].isBlank, !furniture.contains(index),
              run.count <= maximumRecordNoteLines {
            run.append(index)
            index -= 1
        }
        return run
    }

    /// Whether the paragraph `run` (last first) stands apart from the text above it on its page, as a note box at the
    /// page's foot does: two blank lines or more between them, or the note's lines starting left of that text (the
    /// turns indented, the box at the margin). A page with nothing above it stands apart too (a cover page's foot).
    private static func standsApart(_ run: [Int], _ lines: [PDFLine], _ bytes: [UInt8], furniture: Set<Int>) -> Bool {
        guard let first = run.last else { return false }
        var index = first - 1
        var blanks = 0
        while index >= 0, lines[index].page == lines[first].page, lines[index].isBlank || furniture.contains(index) {
            if lines[index].isBlank { blanks += 1 }
            index -= 1
        }
        guard index >= 0, lines[index].page == lines[first].page, blanks < 2 else { return true }
        func indent(_ line: Int) -> Int {
            var start = lines[line].contentStart
            while start > 0, bytes[start - 1] == 0x20 { start -= 1 }
            return lines[line].contentStart - start
        }
        if run.map(indent).min()! < indent(index) { return true }
        // A body that opens its paragraphs by a deeper first line and no blank line (turns set one under the other)
        // sets nothing apart by a blank line but the note: one blank line is enough there.
        guard blanks == 1 else { return false }
        var openings = 0
        var line = index
        while line > 0, lines[line - 1].page == lines[first].page, !lines[line - 1].isBlank, !furniture.contains(line - 1) {
            if indent(line) > indent(line - 1) { openings += 1 }
            line -= 1
        }
        if indent(line) > run.map(indent).min()! { openings += 1 }
        return openings >= leastUnbrokenOpenings
    }

    /// Paragraph openings (a first line indented deeper than the line above it) without a blank line between them that
    /// show a page's body sets its paragraphs one under the other (`standsApart`).
    static let leastUnbrokenOpenings = 2

    /// Whether the lines `run` (last first) have a record note's shape: two lines or more, the first opening with no
    /// figure (a paragraph number), sentences as `RecordNote.hasNoteShape` counts them.
    private static func hasNoteShape(_ run: [Int], _ lines: [PDFLine], _ bytes: [UInt8]) -> Bool {
        guard run.count >= 2, let first = run.last, !(0x30...0x39).contains(bytes[lines[first].contentStart]) else { return false }
        var scalars: [Unicode.Scalar] = []
        for index in run.reversed() {
            if !scalars.isEmpty { scalars.append(" ") }
            scalars += ScalarText.scalars(bytes, lines[index].contentStart, lines[index].contentEnd)
        }
        return RecordNote.hasNoteShape(scalars)
    }

    /// The kind of record the symbol among the first page's first lines names (`RecordNote.kind`), if any.
    static func recordSymbol(_ lines: [PDFLine], _ bytes: [UInt8]) -> RecordNote.Kind? {
        var seen = 0
        for line in lines where !line.isBlank {
            guard line.page == 0, seen < 12 else { break }
            seen += 1
            if let kind = RecordNote.kind(ScalarText.scalars(bytes, line.contentStart, line.contentEnd)) { return kind }
        }
        return nil
    }

    /// The correction note a summary record prints after its last paragraph, at the foot of its last page ("This
    /// record is subject to correction. …", "A presente ata está sujeita a correções. …"): the paragraph right above
    /// the last page's footer (or at its end) with the note's shape (`hasNoteShape`). The record's last unit is a
    /// numbered paragraph (opening with its number) or the closing line ("The meeting rose at 12.55 p.m."), one
    /// sentence on one line; a block of unnumbered sentences after them, set apart by a blank line, is back matter.
    private static func summaryRecordEndNote(_ lines: [PDFLine], _ bytes: [UInt8], furniture: Set<Int>) -> [Int] {
        guard let lastPage = lines.last?.page, lastPage > 0 else { return [] }
        // Below the last text line of the document: a line past the end stands for the foot of the page.
        var end = lines.count
        while end > 0, lines[end - 1].page == lastPage, lines[end - 1].isBlank || furniture.contains(end - 1) { end -= 1 }
        guard end > 0, lines[end - 1].page == lastPage else { return [] }
        var run: [Int] = []
        var index = end - 1
        while index >= 0, lines[index].page == lastPage, !lines[index].isBlank, !furniture.contains(index), run.count <= maximumRecordNoteLines {
            run.append(index)
            index -= 1
        }
        guard run.count <= maximumRecordNoteLines, index >= 0, lines[index].page == lastPage, lines[index].isBlank,
              hasNoteShape(run, lines, bytes) else { return [] }
        return run
    }

    /// The line of the document symbol at the top of the first page when
    /// header fields follow it ("United Nations", the organ, `Distr.`): the
    /// masthead's symbol, which reading-order extraction puts first, not a
    /// running header.
    private static func firstPageSymbol(_ lines: [PDFLine], _ bytes: [UInt8], pages: [(top: [Int], bottom: [Int])]) -> Int? {
        guard pages.count > 0, let first = pages[0].top.first, HeaderLineRecognizer.isSymbol(text(lines[first], bytes)) else { return nil }
        var seen = 0
        var index = first + 1
        while index < lines.count, lines[index].page == 0, seen < 4 {
            if !lines[index].isBlank {
                seen += 1
                if lines[index].length <= 60, HeaderLineRecognizer.recognize(text(lines[index], bytes)) != nil { return first }
            }
            index += 1
        }
        return nil
    }

    /// The lines of the first page (white space folded) long enough to be a
    /// title that later pages repeat in their running header.
    private static func firstPageLines(_ lines: [PDFLine], _ bytes: [UInt8]) -> Set<String> {
        var result = Set<String>()
        for line in lines where line.page == 0 && line.length >= 12 && line.length <= 160 {
            let content = text(line, bytes)
            result.insert(content.foldingWhitespace())
            // A title beside its number in -layout ("70/10.      Report of …").
            for part in columnParts(content) where part.unicodeScalars.count >= 12 { result.insert(part) }
        }
        return result
    }

    /// The parts of a line between column gaps (three or more spaces, or a tab), white space folded.
    static func columnParts(_ content: String) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var spaces = 0
        for scalar in content.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\u{A0}" {
                spaces += scalar == "\t" ? 3 : 1
                continue
            }
            if spaces >= 3, !current.isEmpty {
                parts.append(String(current))
                current = String.UnicodeScalarView()
            } else if spaces > 0, !current.isEmpty {
                current.append(" ")
            }
            spaces = 0
            current.append(scalar)
        }
        if !current.isEmpty { parts.append(String(current)) }
        return parts
    }

    /// A running header that repeats a first-page line (the document's title)
    /// beside the running symbol: "Report of the International Atomic Energy
    /// Agency" below "A/RES/70/10", or "A/RES/70/10      Report of …" with a
    /// column gap (`-layout`).
    private static func isRunningTitle(_ content: String, titles: Set<String>, besideSymbol: Bool, pageNumber: Int, pageCount: Int) -> Bool {
        // A title does not start in lower case: such a line is the body's sentence going on from the page
        // before, which may repeat a wrapped line of the first page (a contents entry).
        if let first = content.unicodeScalars.first(where: { $0.properties.isAlphabetic }), first.properties.isLowercase { return false }
        let parts = columnParts(content)
        var hasTitle = false
        var hasSymbol = besideSymbol
        for part in parts {
            if titles.contains(part) {
                hasTitle = true
            } else if isFurnitureText(part, pageNumber: pageNumber, pageCount: pageCount) {
                if columnsOf(part).contains(where: isSymbol) { hasSymbol = true }
            } else {
                return false
            }
        }
        return hasTitle && hasSymbol
    }

    /// The nearest non-blank lines before and after `index` on the same page.
    static func neighbours(_ index: Int, _ lines: [PDFLine]) -> [Int] {
        var result: [Int] = []
        var before = index - 1
        while before >= 0, lines[before].page == lines[index].page, lines[before].isBlank { before -= 1 }
        if before >= 0, lines[before].page == lines[index].page { result.append(before) }
        var after = index + 1
        while after < lines.count, lines[after].page == lines[index].page, lines[after].isBlank { after += 1 }
        if after < lines.count, lines[after].page == lines[index].page { result.append(after) }
        return result
    }

    /// Whether a column of `text` is "page/total" for this page ("9/19").
    static func hasPageOfTotal(_ text: String, pageNumber: Int, pageCount: Int) -> Bool {
        columnsOf(text).contains { isPageOfTotal($0, pageNumber: pageNumber, pageCount: pageCount) }
    }

    /// "9/19": a page number that fits `pageNumber`, a slash, and the page total,
    /// which is at least the page number and, when pages are known (form feeds), about their count.
    /// A right-to-left page draws the two numbers the other way round ("4/1" on page 1 of 4: two
    /// fields with a slash between them are set right to left): read so when the page comes out above the total.
    static func isPageOfTotal(_ token: Substring, pageNumber: Int, pageCount: Int) -> Bool {
        let parts = token.split(separator: "/", omittingEmptySubsequences: false)
        // Digits of any script: Mongolian "᠒/᠓", Devanagari "२/३".
        func value(_ part: Substring) -> Int? {
            guard (1...4).contains(part.unicodeScalars.count) else { return nil }
            var value = 0
            for scalar in part.unicodeScalars {
                guard let digit = ScalarClass.digit(scalar) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard parts.count == 2, var page = value(parts[0]), var total = value(parts[1]) else { return false }
        if page > total { swap(&page, &total) }
        guard page >= 1, abs(page - pageNumber) <= 2 else { return false }
        return pageCount <= 1 || abs(total - pageCount) <= 2
    }

    /// Page numbers glued to the last body line of a page. In reading order
    /// pdftotext joins a line that ends in a hyphen to the text that
    /// follows, and at a page end that is the page number: "los tra-" and
    /// "5" become "los tra5", and the word goes on at the top of the next
    /// page ("tados"). Taken only where the page has no page-number line of
    /// its own, the digits (after a letter) fit the page number, the next
    /// page's body starts in lower case, and no line of the page starts
    /// with those digits (a footnote that they would cite).
    /// Returns the line and the offset where its digits start.
    static func gluedPageNumbers(_ lines: [PDFLine], _ bytes: [UInt8], furniture: Set<Int>) -> [(line: Int, digitsStart: Int)] {
        var pages: [[Int]] = []  // non-blank line indices per page
        for index in lines.indices where !lines[index].isBlank {
            while pages.count <= lines[index].page { pages.append([]) }
            pages[lines[index].page].append(index)
        }
        var result: [(line: Int, digitsStart: Int)] = []
        for (pageIndex, page) in pages.enumerated() where pageIndex + 1 < pages.count {
            let pageNumber = pageIndex + 1
            let hasNumberLine = page.contains { index in
                furniture.contains(index) && columnsOf(text(lines[index], bytes)).contains { Int($0).map { abs($0 - pageNumber) <= 2 } ?? false }
            }
            guard !hasNumberLine, let last = page.last(where: { !furniture.contains($0) }),
                  let next = pages[pageIndex + 1].first(where: { !furniture.contains($0) }),
                  String(decoding: bytes[lines[next].contentStart..<lines[next].contentEnd], as: UTF8.self)
                    .unicodeScalars.first?.properties.isLowercase == true else { continue }
            let line = lines[last]
            var digitsStart = line.contentEnd
            while digitsStart > line.contentStart, line.contentEnd - digitsStart < 4,
                  bytes[digitsStart - 1] >= 0x30, bytes[digitsStart - 1] <= 0x39 { digitsStart -= 1 }
            guard digitsStart < line.contentEnd, digitsStart > line.contentStart,
                  let value = Int(String(decoding: bytes[digitsStart..<line.contentEnd], as: UTF8.self)),
                  abs(value - pageNumber) <= 2 else { continue }
            let before = String(decoding: bytes[line.contentStart..<digitsStart], as: UTF8.self).unicodeScalars.last
            guard before?.properties.isAlphabetic == true else { continue }
            let digits = Array(bytes[digitsStart..<line.contentEnd])
            let cited = page.contains { index in
                index != last && lines[index].contentEnd - lines[index].contentStart > digits.count
                    && Array(bytes[lines[index].contentStart..<(lines[index].contentStart + digits.count)]) == digits
                    && !(bytes[lines[index].contentStart + digits.count] >= 0x30 && bytes[lines[index].contentStart + digits.count] <= 0x39)
            }
            if !cited { result.append((last, digitsStart)) }
        }
        return result
    }

    /// For each page, the first and last `edgeLines` non-blank line indices, each list from the edge inwards.
    private static func pageEdges(_ lines: [PDFLine]) -> [(top: [Int], bottom: [Int])] {
        var pages: [(top: [Int], bottom: [Int])] = []
        var index = 0
        while index < lines.count {
            let page = lines[index].page
            var end = index
            while end < lines.count, lines[end].page == page { end += 1 }
            let nonBlank = (index..<end).filter { !lines[$0].isBlank }
            while pages.count < page { pages.append(([], [])) }
            pages.append((Array(nonBlank.prefix(edgeLines)), Array(nonBlank.suffix(edgeLines).reversed())))
            index = end
        }
        return pages
    }

    private static func text(_ line: PDFLine, _ bytes: [UInt8]) -> String {
        String(decoding: bytes[line.contentStart..<line.contentEnd], as: UTF8.self)
    }

    /// The line with each run of digits replaced by one `#` ("Page 2" and "Page 12"
    /// repeat alike) and white space folded, for counting repeats.
    private static func repetitionKey(_ text: String) -> String {
        var key = String.UnicodeScalarView()
        var inNumber = false
        for scalar in text.foldingWhitespace().unicodeScalars {
            if ("0"..."9").contains(scalar) {
                if !inNumber { key.append("#") }
                inNumber = true
            } else {
                key.append(scalar)
                inNumber = false
            }
        }
        return String(key)
    }

    /// Whether every white-space separated column of `text` is a furniture
    /// token, and the line has at least one.
    static func isFurnitureText(_ text: String, pageNumber: Int, pageCount: Int = 0) -> Bool {
        let columns = columnsOf(text)
        guard !columns.isEmpty else { return false }
        var index = 0
        while index < columns.count {
            let column = columns[index]
            if PrintingMark.isRecyclingNote(Array(columns[index...])) {
                index = columns.count
            } else if isSymbol(column) {
                // A resolution's symbol carries its year: "S/RES/2904 (2026)", "A/RES/79/1 (2024)"; a fascicle its
                // part: "A/87/6 (Sect. 14)".
                if index + 1 < columns.count, isParenthesizedYear(columns[index + 1]) {
                    index += 2
                } else if index + 2 < columns.count, columns[index + 1].first == "(", columns[index + 2].last == ")",
                          HeaderLineRecognizer.parenthesizedPartStart(Array((column + " " + columns[index + 1] + " " + columns[index + 2]).unicodeScalars)) != nil {
                    index += 3
                } else {
                    index += 1
                }
            } else if PrintingMark.isBarcode(column) || isPageOfTotal(column, pageNumber: pageNumber, pageCount: pageCount)
                        || isContinuationMark(column) || isNumericDate(column) {
                index += 1
            } else if let consumed = PrintingMark.jobNumberLength(columns, from: index) {
                index += consumed
            } else if let value = Int(column), column.count <= 4, abs(value - pageNumber) <= 2 {
                index += 1
            } else {
                return false
            }
        }
        return true
    }

    /// "(2026)": a year of four ASCII digits in parentheses.
    static func isParenthesizedYear(_ token: Substring) -> Bool {
        token.count == 6 && token.first == "(" && token.last == ")" && token.dropFirst().dropLast().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// "22/09/2026": the meeting date a verbatim record's running header sets beside its symbol
    /// (day and month of one or two digits, a year of four).
    static func isNumericDate(_ token: Substring) -> Bool {
        let parts = token.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              let day = Int(parts[0]), let month = Int(parts[1]) else { return false }
        return (1...31).contains(day) && (1...12).contains(month)
    }

    /// `/...` (or `/…`): "continued overleaf" at the bottom right of a page of older documents.
    static func isContinuationMark(_ token: Substring) -> Bool {
        token == "/..." || token == "/…"
    }

    /// The white-space separated columns of a line: `text` split at the
    /// characters space, tab and no-break space.
    static func columnsOf(_ text: String) -> [Substring] {
        // The separators are cut at the UTF-8 bytes when each of them is a character of its own (`ColumnCuts`);
        // otherwise (a combining mark after a space, say) characters are compared.
        let cuts = text.utf8.withContiguousStorageIfAvailable { ColumnCuts.columns($0) } ?? nil
        guard let cuts else { return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }) }
        let base = text.utf8.startIndex
        return cuts.map { text[text.utf8.index(base, offsetBy: $0.lowerBound)..<text.utf8.index(base, offsetBy: $0.upperBound)] }
    }

    /// A UN document symbol: capital letters, then `/`-separated parts (`A/61/187`, `A/HRC/4/L.2`). A symbol
    /// that ends a sentence (`A/91/208.`, a footnote's whole text) is cited, never a running header.
    static func isSymbol(_ token: Substring) -> Bool {
        guard token.last != "." else { return false }
        let parts = token.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, let first = parts.first, (1...8).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            !part.isEmpty && part.count <= 12
                && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "*") }
        }
    }
}
