/// Turns PDF-extracted text (`pdftotext`, with or without `-layout`) into
/// the shape of a clean plain-text UN document before segmentation:
///
/// - running headers and footers (`PageFurnitureRecognizer`) leave the text
///   and are returned as `furniture` ranges;
/// - hard-wrapped lines are joined into one line per paragraph, hyphenation
///   at line ends repaired (`HyphenationRepair`); a paragraph that a page
///   break splits is joined across the page;
/// - a masthead line (`MastheadLineSplitter.headerLines`) is a paragraph
///   of its own; a line that ends on a linking word ("of the",
///   `LinkingWordLineEnd`) goes on;
/// - a paragraph ends at a blank line, after a short line, after a dot leader
///   and the short entry after it ("Empfehlungen ...... 5", a chair's
///   "…… (Bordurie)"), before a label
///   ("23. ", "IV. ", "(a) ") that follows the end of a sentence, and before
///   a short capitalised line (an unnumbered heading) after a sentence end,
///   and before the next decimal label of the sequence (a target `1.2`
///   after `1.1`, `1.1` under "Goal 1");
/// - footnotes at the bottom of a page (a line that starts with a marker
///   that the page cites: `*`, `¹`, or digits glued to a word as in
///   "informe1") become `marker text` blocks placed after the paragraph
///   that is open at the page end; numbered markers are written as
///   superscript digits, as clean texts write them;
/// - a paragraph number or heading label alone on its line ("23.", "IV.",
///   "(a)", `LabelOnlyLine`) is joined to the text on the next line, also
///   across blank lines;
/// - in `-layout` output, runs of three or more spaces inside a line
///   (column gaps) become a tab;
/// - a page number that reading-order output glued to a word broken at
///   the page end ("tra5" … "tados") becomes furniture and the word is
///   joined (`PageFurnitureRecognizer.gluedPageNumbers`);
/// - a data table that reading-order output gives cell by cell ("Argentina"
///   / "3" / "0" / "3") gets its rows back, one line each
///   (`PDFReadingOrderTableRows`);
/// - a table of contents that reading-order output gives column by column
///   (titles, then paragraph ranges, then pages) is rebuilt into the rows
///   `title⇥range⇥page` that `-layout` output gives
///   (`PDFColumnTableOfContents`).
///
/// Every byte of the cleaned text maps back to the input file's offsets,
/// so source ranges stay exact; removed furniture is covered by the
/// furniture ranges instead.
enum PDFTextCleanupPass {
    /// Lines that run on after a word needed before a text counts as wrapped by a count of characters (`wrapsByCount`).
    static let minimumCountedWraps = 5
    /// Lines of a clause read for its end (`opensClause`).
    static let maximumClauseLines = 12
    /// Longest treaty opening that names its Parties read under a title (`namesPartiesBelow`, scalars).
    static let maximumPartiesOpening = 240
    /// Lines after a preamble's opening read to see whether it is set one clause a line.
    static let maximumPreambleLines = 80
    /// Lines above a preamble's opening searched for the organ the masthead names (`namesMastheadColumn`).
    static let maximumMastheadLinesAbove = 12
    /// Lines from the text's start within which the masthead names the presiding officer ("Chair: Ms. X").
    static let maximumPresidingLineIndex = 60
    /// Lines ending a sentence or clause over a blank line needed before `blankLinesSetParagraphsApart` holds.
    static let minimumParagraphsSetApart = 4
    /// The cleaned text and the furniture lines that left it.
    struct Result {
        /// Text for the segmenter; its `originalOffset` gives input file offsets.
        /// Empty while the text is in a spill (`spilled`), until `takeBack(_:)`.
        var text: DecodedText
        /// Furniture lines: their input file range and their text.
        var furniture: [(range: SourceRange, text: String)]
        /// Rows written out of input order: the input range a block made of
        /// one such row is given by offset mapping, and the ranges it really covers.
        var rebuiltRows: [(span: SourceRange, pieces: [SourceRange])] = []
        /// Input file offsets, in order, of paragraphs this pass opened between two lines of a page on a sign the
        /// lines show (an indent, a label, a sentence's end, a full line above …): not after a blank line, not across
        /// a page, not where nothing told a wrapped line from a new paragraph (a short line ending no sentence, a
        /// caseless line under it at the same indent). Only there is a caseless block's claim to continue the
        /// paragraph above withdrawn (`CaselessPageContinuation`).
        var decidedStarts: [Int] = []
        /// Input file offsets, in order, of paragraphs opened right under a blank line of their page (not across a
        /// page, not at furniture). A caseless block there keeps its claim to continue the paragraph above unless the
        /// document repeats an item's title over an annotation so (`CaselessPageContinuation`).
        var blankSeparatedStarts: [Int] = []
        /// For text written to a spill as it was cleaned: its sum and its offsets, until it is taken back.
        private(set) var spilled: (checksum: TextChecksum, offsets: OffsetTable)?

        init(text: DecodedText, furniture: [(range: SourceRange, text: String)],
             rebuiltRows: [(span: SourceRange, pieces: [SourceRange])], spilled: (checksum: TextChecksum, offsets: OffsetTable)? = nil) {
            self.text = text
            self.furniture = furniture
            self.rebuiltRows = rebuiltRows
            self.spilled = spilled
        }

        /// Makes `bytes`, the spilled text read back, the text; false (nothing
        /// changed) when they are not the bytes that were spilled.
        mutating func takeBack(_ bytes: consuming [UInt8]) -> Bool {
            guard let spilled else { return false }
            var sum = TextChecksum()
            sum.add(bytes)
            guard sum == spilled.checksum else { return false }
            text = DecodedText(utf8: bytes, encoding: text.encoding, byteOrderMarkLength: text.byteOrderMarkLength, offsetTable: spilled.offsets)
            self.spilled = nil
            return true
        }
    }

    /// Whether the content `bytes[start..<end]` holds a column gap (three spaces or more, or a tab) or a dot leader
    /// (four dots or more, spaced or not).
    /// Most lines read below a paragraph 1 for its paragraph 2 (`countGoesOnToTwo`).
    static let countLookahead = 80
    /// Lines below an ordinal or letter heading label where the sequence's next member is looked for.
    static let headingSequenceLookahead = 400

    static func isSetInColumns(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var spaces = 0, dots = 0
        for index in start..<end {
            switch bytes[index] {
            case 0x09: return true
            case 0x20:
                spaces += 1
                if spaces >= 3 { return true }
            case 0x2E:
                dots += 1
                spaces = 0
                if dots >= 4 { return true }
            default:
                spaces = 0
                dots = 0
            }
        }
        return false
    }

    /// Spaces in a row, inside a line's text, that set two columns apart rather than two words or a label and its text.
    static let wideGap = 6

    /// Whether the content `bytes[start..<end]` holds a tab or `wideGap` spaces in a row after text that is no label
    /// alone: two columns of a masthead or a running header set far apart ("United Nations            A/82/341",
    /// "联合国            A/82/341"), not a label's gap ("1.        Die …", "III.      Introduction").
    static func holdsWideGap(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var spaces = 0
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 {
                spaces += byte == 0x09 ? wideGap : 1
                if spaces >= wideGap {
                    var gapStart = index
                    while gapStart > start, bytes[gapStart - 1] == 0x20 || bytes[gapStart - 1] == 0x09 { gapStart -= 1 }
                    if gapStart > start, !LabelOnlyLine.isLabelOnly(bytes, start, gapStart) { return true }
                    // Past this gap: the next one is asked afresh.
                    while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
                    spaces = 0
                    continue
                }
            } else {
                spaces = 0
            }
            index += 1
        }
        return false
    }

    /// The length of a full body line: the 90th percentile of `lengths`
    /// (lines of 20 scalars or more), leaving out lines longer than one and
    /// a half times the most frequent length of the lines as long as the median or longer: pdftotext's reading order
    /// puts two or three printed lines of ragged (left-aligned) text on one
    /// line, and these must not make the printed lines look short.
    static func fullLineWidth(_ lengths: [Int]) -> Int {
        guard !lengths.isEmpty else { return 0 }
        // The most frequent length among the lines as long as the median or longer: a text of short headings and
        // short last lines (a treaty's article lines, set without blank lines) has more lines of 20-odd scalars than
        // of any full length.
        let sorted = lengths.sorted()
        let median = sorted[sorted.count / 2]
        var buckets: [Int: Int] = [:]  // length / 10 → lines
        var counted = 0
        for length in sorted where length >= median {
            buckets[length / 10, default: 0] += 1
            counted += 1
        }
        let (modal, modalCount) = buckets.max { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }!
        // A most frequent length says something only when many lines share it
        // (not in a short text such as a masthead and a paragraph or two).
        guard modalCount >= 8, modalCount * 4 >= counted else { return sorted[sorted.count * 9 / 10] }
        let limit = (modal + 1) * 10 * 3 / 2
        let kept = lengths.filter { $0 <= limit }.sorted()
        return kept[kept.count * 9 / 10]
    }

    /// Cleans `input`. `paragraphsMarked`: the blank lines mark the paragraph
    /// ends on a page (geometry reading), so there a short line or a
    /// heading-like line after a sentence end does not end a paragraph by itself.
    static func clean(_ input: DecodedText, paragraphsMarked: Bool = false) -> Result {
        clean(input, paragraphsMarked: paragraphsMarked, spill: nil)
    }

    /// Cleans `input` as `clean(_:paragraphsMarked:)` does, writing the
    /// cleaned text to `spill` a piece at a time instead of keeping it, so
    /// that the input and the cleaned text are never in memory together.
    /// The result's text is empty until the spilled text is read back
    /// (`Result.takeBack(_:)`); nil when the spill could not take it all.
    static func clean(_ input: DecodedText, paragraphsMarked: Bool = false, spillingTo spill: any TextSpill) -> Result? {
        let result = clean(input, paragraphsMarked: paragraphsMarked, spill: spill)
        return result.spilled == nil ? nil : result
    }

    private static func clean(_ input: DecodedText, paragraphsMarked: Bool, spill: (any TextSpill)?) -> Result {
        let bytes = input.utf8
        var pdfLines = PDFLine.lines(in: bytes)
        let furnitureSet = PageFurnitureRecognizer.furniture(pdfLines, bytes)
        // Asked about every line below: one bit a line, not a hash a question.
        let furnitureLines = LineIndexSet(furnitureSet, count: pdfLines.count)
        // A page number glued to a word broken at the page end leaves the line; the word goes on across the page.
        let glued = PageFurnitureRecognizer.gluedPageNumbers(pdfLines, bytes, furniture: furnitureSet)
        var gluedFurniture: [(start: Int, end: Int)] = []
        for (index, digitsStart) in glued {
            gluedFurniture.append((digitsStart, pdfLines[index].contentEnd))
            pdfLines[index].length -= pdfLines[index].contentEnd - digitsStart
            pdfLines[index].contentEnd = digitsStart
        }
        // The job number's digits beside a footnote's text after a column gap (the barcode) leave the line.
        for (index, digitsStart, digitsEnd) in JobNumberDigits.partialMarks(pdfLines, bytes, furniture: furnitureSet) {
            gluedFurniture.append((digitsStart, digitsEnd))
            if digitsStart == pdfLines[index].contentStart {
                var start = digitsEnd
                while start < pdfLines[index].contentEnd, PDFLine.isBlankByte(bytes[start]) { start += 1 }
                pdfLines[index].length -= bytes[pdfLines[index].contentStart..<start].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
                pdfLines[index].contentStart = start
            } else {
                var end = digitsStart
                while end > pdfLines[index].contentStart, PDFLine.isBlankByte(bytes[end - 1]) { end -= 1 }
                pdfLines[index].length -= bytes[end..<pdfLines[index].contentEnd].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
                pdfLines[index].contentEnd = end
            }
        }
        // Constant from here on: the nested functions below read it without the exclusivity
        // check a captured variable costs on every access.
        let lines = pdfLines
        let hyphenation = HyphenationRepair(bytes, lines)
        // The top-level units of a decimal numbering written without a full stop (`1 Scope …` / `1.1 …`) open paragraphs.
        let bareHeads = BareDecimalHeads.find(bytes, lines)
        // Captions that open the scopes of a decimal numbering (`Manufa ta 2: …` / `2.1 …`) open paragraphs.
        let scopeCaptions = DecimalScopeCaptionLines.find(bytes, lines)

        // A line with a dot leader in its middle (a record's masthead "President: Mr. X . . . . (Y)") is no running
        // text: its length tells nothing of the wrap.
        // Nor is a line of two columns set far apart (a masthead's "United Nations            A/82/341"): it spans the
        // page whatever the wrap of the body, and a body in wide characters (Han, two columns each) would look short.
        let bodyLengths = lines.indices.filter { !lines[$0].isBlank && !furnitureLines.contains($0) && lines[$0].length >= 20
            && !HardWrapContinuation.holdsInnerDotLeader(bytes, lines[$0].contentStart, lines[$0].contentEnd)
            && !Self.holdsWideGap(bytes, lines[$0].contentStart, lines[$0].contentEnd) }
            .map { lines[$0].length }
        let fullWidth = Self.fullLineWidth(bodyLengths)
        let shortLimit = fullWidth * 8 / 10

        // Pages: body line indices (blank lines kept as paragraph breaks).
        var pages: [[Int]] = []
        for index in lines.indices where !furnitureLines.contains(index) {
            while pages.count <= lines[index].page { pages.append([]) }
            pages[lines[index].page].append(index)
        }

        let tableOfContents = PDFColumnTableOfContents.regions(
            lines.indices.filter { !furnitureLines.contains($0) }, lines, bytes)
        var regionStarts: [Int: PDFColumnTableOfContents.Region] = [:]
        var regionLines = LineIndexSet(count: lines.count)
        for region in tableOfContents {
            regionStarts[region.lines[0]] = region
            for line in region.lines { regionLines.insert(line) }
        }
        var rebuiltRows: [(span: SourceRange, pieces: [SourceRange])] = []
        // A data table written cell by cell (reading order): each row goes back on one line.
        let cellRows = PDFReadingOrderTableRows.rows(
            lines.indices.filter { !lines[$0].isBlank && !furnitureLines.contains($0) && !regionLines.contains($0) }, lines, bytes)
        let cellRowFigures = LineIndexSet(cellRows.values.joined(), count: lines.count)
        let cellRowLines = LineIndexSet(cellRows.keys, count: lines.count)

        var writer = CleanTextWriter(bytes: bytes, spill: spill)
        writer.joinedWithoutSpace = LineIndexSet(glued.map(\.line), count: lines.count)
        var replacements: [Int: (length: Int, text: String)] = [:]
        var paragraph: [Int] = []
        var pendingNotes: [[Int]] = []

        func lineText(_ index: Int) -> String {
            String(decoding: bytes[lines[index].contentStart..<lines[index].contentEnd], as: UTF8.self)
        }
        /// The line's first scalar (the first of `lineText(index).unicodeScalars`), decoded at its bytes without making its string.
        func firstScalar(_ index: Int) -> Unicode.Scalar? {
            let line = lines[index]
            return line.contentStart < line.contentEnd ? ScalarText.decode(bytes, line.contentStart, line.contentEnd).scalar : nil
        }
        /// The line's last scalar, looking past a footnote citation that extraction set apart ("2025. 1") or
        /// wrote in superscript ("replies.²", "2025.*").
        // Each line's last scalar is asked many times (as the line before and after, by several tests): kept once
        // found (0: not yet asked, 1: none, else the scalar's value + 2).
        var lastScalarAnswers = [UInt32](repeating: 0, count: lines.count)
        func lastScalar(_ index: Int) -> Unicode.Scalar? {
            let answer = lastScalarAnswers[index]
            if answer == 0 {
                let found = findLastScalar(index)
                lastScalarAnswers[index] = found.map { $0.value + 2 } ?? 1
                return found
            }
            return answer == 1 ? nil : Unicode.Scalar(answer - 2)
        }
        func findLastScalar(_ index: Int) -> Unicode.Scalar? {
            // Only the last six scalars matter (".(12)" after a word): decoded from the end of the line.
            var scalars = lastScalars(bytes, lines[index].contentStart, lines[index].contentEnd, count: 6)
            // "… rurasqa.(1)": a marker in parentheses after the sentence's mark leaves the sentence ended.
            if scalars.last == ")", let open = scalars.lastIndex(of: "("), open >= 1, open + 1 < scalars.count - 1,
               scalars[(open + 1)..<(scalars.count - 1)].allSatisfy({ DecimalDigit.value($0) != nil }),
               ScalarClass.isTerminalPunctuation(scalars[open - 1]) {
                return scalars[open - 1]
            }
            if scalars.count >= 2, CitedFootnoteMarker.isSymbolMarkScalar(scalars[scalars.count - 1]) {
                var end = scalars.count - 1
                while end > 1, CitedFootnoteMarker.isSymbolMarkScalar(scalars[end - 1]) { end -= 1 }
                if ScalarClass.isTerminalPunctuation(scalars[end - 1]) { scalars.removeSubrange(end...) }
            }
            var end = scalars.count
            while end > 0, end > scalars.count - 3, (0x30...0x39).contains(scalars[end - 1].value) { end -= 1 }
            if end < scalars.count, end >= 2, scalars[end - 1] == " ", ".:;!?。".unicodeScalars.contains(scalars[end - 2]) {
                return scalars[end - 2]
            }
            // "… concernés.1": a citation's digits glued to the full stop after a word (not "2.1", a decimal).
            if end < scalars.count, end >= 2, ".;!?".unicodeScalars.contains(scalars[end - 1]), scalars[end - 2].properties.isAlphabetic {
                return scalars[end - 1]
            }
            return scalars.last
        }
        func endsSentence(_ index: Int) -> Bool {
            guard let last = lastScalar(index) else { return false }
            return ".:;!?".unicodeScalars.contains(last) || last == "。" || last == "؛" || last == "؟" || last == "；" || last == "："
                || (last.value >= 0x80 && ScalarClass.isSentenceEnd(last))
        }
        func endsFullStop(_ index: Int) -> Bool {
            guard let last = lastScalar(index) else { return false }
            return ".!?".unicodeScalars.contains(last) || last == "。" || last == "؟"
                || (last.value >= 0x80 && ScalarClass.isSentenceEnd(last))
        }
        func startsLowercase(_ index: Int) -> Bool {
            firstScalar(index).map(ScalarClass.isLowercase) ?? false
        }
        /// Spaces and tabs before the line's first visible byte.
        func indentation(_ index: Int) -> Int {
            var at = lines[index].contentStart
            while at > 0, bytes[at - 1] == 0x20 || bytes[at - 1] == 0x09 { at -= 1 }
            return lines[index].contentStart - at
        }
        /// The columns (in scalars) where a line set in two columns starts and where its second cell starts, after a
        /// gap of three spaces or more ("E/2037/L.12       Förslag till resolution …"); nil for a line without such a gap.
        func twoColumnCells(_ index: Int) -> (start: Int, second: Int)? {
            let line = lines[index]
            guard let gap = PDFTableRow.firstGap(bytes, line), gap > line.contentStart, bytes[gap] == 0x20 else { return nil }
            var second = gap
            while second < line.contentEnd, bytes[second] == 0x20 { second += 1 }
            guard second < line.contentEnd else { return nil }
            var scalars = 0
            for at in line.contentStart..<second where bytes[at] & 0xC0 != 0x80 { scalars += 1 }
            let start = indentation(index)
            return (start, start + scalars)
        }
        /// Scalars of the line's first word (one character in Han, kana and full-width text, which wraps anywhere).
        func firstWordLength(_ index: Int) -> Int {
            HardWrapContinuation.firstWordLength(bytes, lines[index].contentStart, lines[index].contentEnd)
        }
        /// Whether the line starts with one capital letter, a full stop and a capitalised word ("M. Jean").
        func startsWithInitial(_ index: Int) -> Bool {
            let start = lines[index].contentStart
            guard lines[index].contentEnd - start >= 4 else { return false }
            return (0x41...0x5A).contains(bytes[start]) && bytes[start + 1] == UInt8(ascii: ".") && bytes[start + 2] == 0x20
                && (0x41...0x5A).contains(bytes[start + 3])
        }
        /// Whether the line ends on a letter or a digit (no punctuation). A
        /// footnote marker after punctuation ("for 2014, 1") is not a word: the
        /// clause ended before it.
        func endsInWord(_ index: Int) -> Bool {
            // Only the last five scalars matter (three digits, a space, the scalar before): decoded from the line's end.
            var scalars = lastScalars(bytes, lines[index].contentStart, lines[index].contentEnd, count: 5)
            var digits = 0
            while let last = scalars.last, (0x30...0x39).contains(last.value), digits < 3 {
                scalars.removeLast()
                digits += 1
            }
            if digits > 0, let space = scalars.last, space == " " {
                scalars.removeLast()
                if let before = scalars.last, before.properties.generalCategory == .otherPunctuation { return false }
                return true
            }
            guard digits == 0, let last = scalars.last else { return digits > 0 }
            return ScalarClass.isWordLetter(last)
        }
        /// Whether the line ends on a word whose last letter is lower case or has no case (no figure, no capital, no punctuation).
        func endsInLowercaseOrCaselessWord(_ index: Int) -> Bool {
            guard let last = lastScalars(bytes, lines[index].contentStart, lines[index].contentEnd, count: 1).last,
                  ScalarClass.isWordLetter(last) else { return false }
            return !last.properties.isUppercase
        }
        func isShort(_ index: Int) -> Bool { fullWidth > 0 && lines[index].length < shortLimit }
        // Each line is asked as the line before and as the line after: the answers are kept (0: not yet asked).
        var divisionAnswers = [UInt8](repeating: 0, count: lines.count)
        var articleAnswers = [UInt8](repeating: 0, count: lines.count)
        func isDivisionLine(_ index: Int) -> Bool {
            if divisionAnswers[index] == 0 {
                let (start, end) = (lines[index].contentStart, lines[index].contentEnd)
                let answer = lines[index].length <= DivisionLine.maximumTitleLength && DivisionLine.mayMatch(bytes, start, end)
                    && DivisionLine.match(ScalarText.scalars(bytes, start, end)) != nil
                divisionAnswers[index] = answer ? 2 : 1
            }
            return divisionAnswers[index] == 2
        }
        func isArticleLine(_ index: Int) -> Bool {
            if articleAnswers[index] == 0 {
                let (start, end) = (lines[index].contentStart, lines[index].contentEnd)
                let answer = lines[index].length <= ArticleLine.maximumLength + ArticleLine.maximumTitleLength
                    && ArticleLine.mayMatch(bytes, start, end) && ArticleLine.match(ScalarText.scalars(bytes, start, end)) != nil
                articleAnswers[index] = answer ? 2 : 1
            }
            return articleAnswers[index] == 2
        }
        /// A short line that ends no sentence and opens with a capital, or in a caseless script with no clause mark at
        /// its end (a caption, "الجدول 23-1", under a paragraph's last sentence).
        func looksLikeHeading(_ index: Int) -> Bool {
            guard let first = firstScalar(index) else { return false }
            guard fullWidth > 0, lines[index].length < fullWidth * 6 / 10, !endsSentence(index) else { return false }
            return first.properties.isUppercase
                || ScalarClass.isCaselessLetter(first)
                    && !bytes.withUnsafeBufferPointer({ RawBlockBuilder.endsWithClauseMark($0, lines[index].contentStart, lines[index].contentEnd) })
        }
        var lastParagraphNumber = 0
        // The last number of the count under way, which starts again at every 1 (paragraphs restarting in each article).
        var lastCountNumber = 0
        // Whether a preamble's opening was written (`flushParagraph`): its clauses end at a short line's comma.
        var preambleOpened = false
        /// The indent of the first line of the last paragraph whose first line stood deeper than its second
        /// (a layout that indents every paragraph's first line).
        var firstLineIndent: Int?
        // How the preamble's clauses written so far start (`flushParagraph`): with a capital, or otherwise.
        var preambleClauseStarts = (capitalized: 0, other: 0)
        // The line of the preamble's opening (`flushParagraph`), once written.
        var preambleOpening = -1
        // The mark the opening ends with (`flushParagraph`): the document's clause mark, in a script whose comma no
        // list names (Ethiopic `፣`, Myanmar `၊`, the Tibetan shad `།`), as `,` `;` `،` `，` `、` everywhere.
        var preambleMark: Unicode.Scalar?
        // Whether the last unit written ended with a clause mark (the opening, a clause): the next unit is a clause too.
        var lastUnitEndedClause = false
        /// Whether line `index` ends with a clause's comma or semicolon (a footnote marker may follow it:
        /// `FootnotedClauseMark`), or with the mark the preamble's opening ends with.
        func endsClause(_ index: Int) -> Bool {
            if bytes.withUnsafeBufferPointer({ RawBlockBuilder.endsWithClauseMark($0, lines[index].contentStart, lines[index].contentEnd) }) {
                return true
            }
            // A footnote marker after the mark ("… 2015,1") leaves the clause ended.
            if FootnotedClauseMark.endsWithMarkedClauseMark(bytes, lines[index].contentStart, lines[index].contentEnd) { return true }
            guard let preambleMark else { return false }
            return lastScalar(index) == preambleMark
        }
        // The document's first-line indent told ahead by its paragraphs, before the first of them is read: the indent most
        // lines that end no sentence nor clause stand at over a line two columns left of them or more (their wrapped rest),
        // twice at least and more often than any other. So a one-line clause at that indent before any such paragraph
        // ("     ссылаясь на … 4451 (2080)," / "     приветствуя …") ends at its comma, as the later ones do.
        func aheadFirstLineIndent() -> Int? {
            var counts: [Int: Int] = [:], total = 0
            for index in lines.indices.dropLast() where !lines[index].isBlank && !lines[index + 1].isBlank {
                let (above, below) = (indentation(index), indentation(index + 1))
                guard above >= below + 2, !endsSentence(index), !endsClause(index), !furnitureLines.contains(index),
                      !furnitureLines.contains(index + 1), twoColumnCells(index) == nil, twoColumnCells(index + 1) == nil else { continue }
                counts[above, default: 0] += 1
                total += 1
            }
            guard let (indent, count) = counts.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }),
                  count >= 2, count * 2 > total else { return nil }
            return indent
        }
        firstLineIndent = aheadFirstLineIndent()
        var oneClauseALineAnswer: Bool?
        /// Whether the preamble after its opening is set one clause a line: every line from the opening to the first
        /// labelled line (a numbered paragraph, a label alone, an article) or the words of agreement ends with a
        /// clause mark, two lines at least ("…を想起し、" / "2036年以降、…を表明し、" / … / "1."). No line there was
        /// broken by a wrap, so each clause mark at a line end ends its clause, however long the line.
        func preambleSetOneClauseALine() -> Bool {
            if let oneClauseALineAnswer { return oneClauseALineAnswer }
            var clauses = 0, answer = false, index = preambleOpening + 1
            while preambleOpening >= 0, index < lines.count, index - preambleOpening <= Self.maximumPreambleLines {
                defer { index += 1 }
                if lines[index].isBlank || furnitureLines.contains(index) { continue }
                let (start, end) = (lines[index].contentStart, lines[index].contentEnd)
                if PDFLabel.paragraphNumber(bytes, start, end) != nil || PDFLabel.isLabelOnly(bytes, start, end) || isArticleLine(index)
                    || lastScalar(index).map(ScalarClass.isColon) == true {
                    answer = clauses >= 2
                    break
                }
                guard endsClause(index) else { break }
                clauses += 1
            }
            oneClauseALineAnswer = answer
            return answer
        }
        /// Whether the line has the shape of a preamble's opening: one line ending with its only comma, a few words
        /// without a digit or a quotation mark (the end of a term the opening names, `Parties",`, is none), that starts
        /// with a letter, capital or caseless ("The General Assembly,", "Zgromadzenie Ogólne,").
        func hasOpeningShape(_ index: Int) -> Bool {
            guard lines[index].length <= PreambleOpeningSplitter.maximumOpeningLength,
                  lastScalar(index).map(SpeakerLine.isComma) == true else { return false }
            let scalars = ScalarText.scalars(bytes, lines[index].contentStart, lines[index].contentEnd)
            guard let first = scalars.first, first.properties.isAlphabetic,
                  ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first),
                  !scalars.dropLast().contains(where: { SpeakerLine.isComma($0) || ScalarClass.digit($0) != nil
                      || $0.properties.generalCategory == .initialPunctuation || $0.properties.generalCategory == .finalPunctuation
                      || $0 == "\"" }),
                  scalars.split(whereSeparator: ScalarClass.isWhitespace).count <= PreambleOpeningSplitter.maximumWords
            else { return false }
            return true
        }
        /// Whether the unit starting at line `index` is a clause: on its page, its first line that ends with punctuation
        /// ends with a clause's comma or semicolon within `maximumClauseLines` lines ("Recalling …" / "… of 2031,"), not a
        /// sentence's full stop (a letter's paragraph after its salutation).
        func opensClause(_ index: Int) -> Bool {
            var line = index
            while line < lines.count, line < index + Self.maximumClauseLines, !lines[line].isBlank, !furnitureLines.contains(line),
                  lines[line].page == lines[index].page {
                if endsClause(line) {
                    return true
                }
                // A stop after a one-letter word is an abbreviation or an initial ("… 8 декември 2037 г." / "относно …"),
                // no sentence's end.
                // A clause may end with a colon before its lettered items ("… at Velmora in 2038:" / "(a) That …;").
                if endsSentence(line), !endsWithOneLetterWordStop(line) { return lastScalar(line).map(ScalarClass.isColon) == true && precedesItem(line) }
                line += 1
            }
            return false
        }
        /// Whether line `index` ends with a full stop right after a word of one letter ("2037 г.", "J."), which
        /// abbreviates a word or a name.
        func endsWithOneLetterWordStop(_ index: Int) -> Bool {
            let scalars = ScalarText.scalars(bytes, max(lines[index].contentStart, lines[index].contentEnd - 16), lines[index].contentEnd)
            guard scalars.count >= 3, scalars[scalars.count - 1] == ".", scalars[scalars.count - 2].properties.isAlphabetic,
                  ScalarClass.isWhitespace(scalars[scalars.count - 3]) else { return false }
            return true
        }
        /// Whether `index` is a preamble's opening set right under a title or heading line, with no blank line between
        /// ("87/215. Protection of osier beds …" / "The General Assembly,"): before any numbered paragraph or preamble,
        /// an opening by shape (`hasOpeningShape`) under a line that ends no clause and stops on no linking word, which
        /// could have taken the opening's first word (the wrap did not break it there) or names an organ or the parties
        /// (`PreambularOpening`). A clause's last line ("… the Permanent Representative of" / "Borduria to the United
        /// Nations,") is under a full line.
        func opensPreamble(_ index: Int, after previous: Int) -> Bool {
            guard lastParagraphNumber == 0, !preambleOpened, hasOpeningShape(index), index + 1 < lines.count, opensClause(index + 1),
                  !bytes.withUnsafeBufferPointer({ RawBlockBuilder.endsWithClauseMark($0, lines[previous].contentStart, lines[previous].contentEnd) }),
                  !LinkingWordLineEnd.endsWithLinkingWord(bytes, lines[previous].contentStart, lines[previous].contentEnd)
            else { return false }
            if fullWidth > 0, HardWrapContinuation.couldTakeFirstWord(
                bytes, previousLength: lines[previous].length, previousEnd: lines[previous].contentEnd,
                lines[index].contentStart, lines[index].contentEnd, width: fullWidth) { return true }
            let scalars = ScalarText.scalars(bytes, lines[index].contentStart, lines[index].contentEnd)
            return PreambularOpening.isOpening(scalars) || namesMastheadColumn(scalars.dropLast(), before: index)
        }
        /// Whether the lines from `index` (three at most) up to the first that ends with a comma hold a treaty's opening
        /// that names its Parties: after its first comma, on its first line (a title's last words above the opening,
        /// "TAMAREN YO" / "Repiblik … Sildavi, …", are no opening), a clause of a few words naming a term in quotation marks
        /// (`PreambleOpeningSplitter.namesTerm`), followed by a clause ("Kinikilala …,").
        func namesPartiesBelow(_ index: Int) -> Bool {
            var text: [Unicode.Scalar] = []
            var line = index
            var firstLineLength = 0
            while line < lines.count, line < index + 3, !lines[line].isBlank, !furnitureLines.contains(line) {
                if !text.isEmpty { text.append(" ") }
                text += ScalarText.scalars(bytes, lines[line].contentStart, lines[line].contentEnd)
                if line == index { firstLineLength = text.count }
                if lastScalar(line).map(SpeakerLine.isComma) == true { break }
                line += 1
            }
            guard line < lines.count, line < index + 3, lastScalar(line).map(SpeakerLine.isComma) == true,
                  text.count <= Self.maximumPartiesOpening,
                  let comma = text.firstIndex(where: SpeakerLine.isComma), comma + 1 < text.count, comma < firstLineLength,
                  PreambleOpeningSplitter.namesTerm(Array(text[(comma + 1)...])), line + 1 < lines.count else { return false }
            return opensClause(line + 1)
        }
        /// Whether `name` (an opening without its comma) is the first column of a line above it on its page, after an
        /// article of a few scalars at most: the organ the masthead names ("Zgromadzenie Ogólne        Dystr.: ogólna" /
        /// "Zgromadzenie Ogólne,", "General Assembly" / "The General Assembly,"), in a language no table knows.
        func namesMastheadColumn(_ name: ArraySlice<Unicode.Scalar>, before index: Int) -> Bool {
            let wanted = String(String.UnicodeScalarView(name)).lowercased()
            for line in lines.indices.prefix(index).suffix(maximumMastheadLinesAbove) where !lines[line].isBlank && lines[line].page == lines[index].page {
                var end = lines[line].contentStart
                while end < lines[line].contentEnd, bytes[end] != 0x09,
                      !(bytes[end] == 0x20 && end + 2 < lines[line].contentEnd && bytes[end + 1] == 0x20 && bytes[end + 2] == 0x20) { end += 1 }
                // A re-wrap may close the column gap ("Assemblea generale Distr.: Generale"): the organ's part of the merged line.
                if end == lines[line].contentEnd,
                   let first = MastheadLineSplitter.parts(bytes, lines[line].contentStart, end, allowUnrecognizedNames: true)?.first,
                   !first.isField { end = first.end }
                let column = String(decoding: bytes[lines[line].contentStart..<end], as: UTF8.self).lowercased()
                guard column.unicodeScalars.count >= 4, wanted.hasSuffix(column) else { continue }
                if wanted.unicodeScalars.count - column.unicodeScalars.count <= 4 { return true }
            }
            return false
        }
        /// Whether the line ends with a year (1900–2099) after a space, or with such a year and one short word that
        /// names it, abbreviated or not ("… 9 декабря 2032 года", "… 9 grudnia 2032 r."): a date ends it ("… on 9
        /// December 2032").
        /// Whether the line ends with a year, or (`allowingWordAfter`) with a year and one word that names it ("2032 года").
        func endsWithYear(_ index: Int, allowingWordAfter: Bool) -> Bool {
            var tail = lastScalars(bytes, lines[index].contentStart, lines[index].contentEnd, count: 12)[...]
            if allowingWordAfter, let space = tail.lastIndex(where: ScalarClass.isWhitespace), space < tail.endIndex - 1,
               tail[(space + 1)...].allSatisfy({ $0.properties.isAlphabetic || $0 == "." }) { tail = tail[..<space] }
            guard tail.count >= 5, ScalarClass.isWhitespace(tail[tail.endIndex - 5]),
                  let year = Numerals.decimalValue(tail.suffix(4)) else { return false }
            return (1900...2099).contains(year)
        }
        /// Whether the preamble's clauses start with a capital: every clause written so far and the one being built
        /// ("Recalling …," / "Noting …,"), as English, French or Spanish clauses do (Russian ones start in lower case).
        func preambleClausesCapitalized() -> Bool {
            guard preambleClauseStarts.other == 0 else { return false }
            guard let first = paragraph.first, let letter = clauseFirstScalar(first) else { return preambleClauseStarts.capitalized > 0 }
            return ScalarClass.isUppercase(letter)
        }
        /// The line's first scalar after a subparagraph's label (`(b)`, `б)`): an item of a preambular paragraph's list
        /// ("(b) That every State …,") starts as its clauses do.
        func clauseFirstScalar(_ index: Int) -> Unicode.Scalar? {
            let scalars = Array(lineText(index).unicodeScalars.prefix(80))
            var start = 0
            if case .subparagraph? = LabelParser.parse(scalars, language: nil)?.form,
               let close = scalars.firstIndex(where: { $0 == ")" || $0 == "）" }) {
                start = close + 1
                while start < scalars.count, ScalarClass.isWhitespace(scalars[start]) { start += 1 }
            }
            return start < scalars.count ? scalars[start] : nil
        }
        /// Whether the next non-blank line after `index` opens with a subparagraph's label (`(a)`, `а)`).
        func precedesItem(_ index: Int) -> Bool {
            var next = index + 1
            while next < lines.count, lines[next].isBlank { next += 1 }
            guard next < lines.count, case .subparagraph? = LabelParser.parse(Array(lineText(next).unicodeScalars.prefix(48)), language: nil)?.form
            else { return false }
            return true
        }
        var lastDecimal: [String]?  // the decimal label (`1.2`, `1.a`) of the last paragraph that continued the sequence
        /// The decimal label the line starts with, when the text after it does not start in lower case ("1.5 million").
        func decimalLabel(_ index: Int) -> DecimalLabel? {
            var end = min(lines[index].contentEnd, lines[index].contentStart + 40)
            while end < lines[index].contentEnd, bytes[end] & 0xC0 == 0x80 { end += 1 }
            let head = ScalarText.scalars(bytes, lines[index].contentStart, end)
            guard let label = DecimalLabel.parse(head), label.length < head.count else { return nil }
            if let letter = ScalarText.firstLetter(Array(head[label.length...])), ScalarClass.isLowercase(letter) { return nil }
            return label
        }
        /// Whether the line starts with the next decimal label of the sequence (a target `1.2` after `1.1`).
        func continuesDecimals(_ index: Int) -> Bool {
            guard let label = decimalLabel(index) else { return false }
            // The paragraph being built counts when it starts with the next label itself.
            var previous = lastDecimal
            if let first = paragraph.first, first != index, let open = decimalLabel(first),
               DecimalSequence.continues(open.components, previous: lastDecimal, goal: nil, lastNumber: lastParagraphNumber) {
                previous = open.components
            }
            return DecimalSequence.continues(label.components, previous: previous, goal: nil, lastNumber: lastParagraphNumber)
        }
        /// Whether the line ends with a dot leader and a short entry after it ("III. Empfehlungen ........ 5",
        /// "Председатель: г-н Ортега Линд ........ (Бордурия)"): a whole row, which nothing goes on from.
        func endsWithLeaderAndEntry(_ index: Int) -> Bool {
            let start = lines[index].contentStart
            var at = lines[index].contentEnd
            var tail = 0
            // The entry after the leader: at most 40 bytes, without a dot run of its own.
            while at > start, tail <= 40, bytes[at - 1] != UInt8(ascii: "."), !(bytes[at - 1] == 0xA6 && at - start >= 3 && bytes[at - 2] == 0x80) {
                at -= 1
                tail += 1
            }
            guard tail > 0, tail <= 40,
                  bytes[at..<lines[index].contentEnd].contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
            var dots = 0
            while at > start {
                if bytes[at - 1] == UInt8(ascii: ".") {
                    dots += 1
                    at -= 1
                } else if at - start >= 3, bytes[at - 3] == 0xE2, bytes[at - 2] == 0x80, bytes[at - 1] == 0xA6 {
                    dots += 3  // …
                    at -= 3
                } else {
                    break
                }
            }
            return dots >= 4 && at > start
        }
        /// Whether the line is a numbered paragraph's, whatever header field it reads like near the top: it opens with a
        /// paragraph number, and it is full ("3. The Conference decides to review the goals at its session in 2030 with
        /// the", "३. सम्मेलनले सन् २०३० को आफ्नो सत्रमा …") or what follows the number is no field of its own
        /// ("1. कार्यालय 2 मई 2030 को" holds a date; "19. Mai 2027" is one, its day read as a number).
        func opensNumberedParagraph(_ index: Int) -> Bool {
            let (start, end) = (lines[index].contentStart, lines[index].contentEnd)
            guard PDFLabel.paragraphNumber(bytes, start, end) != nil else { return false }
            guard isShort(index) else { return true }
            var at = start
            while at < end, bytes[at] != 0x20, bytes[at] != 0x09 { at += 1 }
            while at < end, bytes[at] == 0x20 || bytes[at] == 0x09 { at += 1 }
            return HeaderLineRecognizer.recognize(String(decoding: bytes[at..<end], as: UTF8.self)) == nil
        }
        /// Whether the text was wrapped by a count of characters (typed or saved hard-wrapped, or extracted from a
        /// monospaced page): nearly every line that runs on after a word into a line in lower case could not have taken
        /// that line's first word within the full width. There a line that could have taken it ended its unit however
        /// near the width it stops (a preamble's clause "… на 38 процентов," / "признавая …"); in a PDF set in a
        /// proportional font a count of characters says less, and only a short line tells.
        // Lines that stop on a word before a line in lower case: `consistent` of them could not have taken its first word.
        let (wrapsByCount, showsWrap): (Bool, Bool) = {
            guard fullWidth > 0 else { return (false, false) }
            var consistent = 0, inconsistent = 0
            for index in lines.indices.dropLast() where !lines[index].isBlank && !furnitureLines.contains(index) {
                let next = index + 1
                guard !lines[next].isBlank, !furnitureLines.contains(next), lines[next].page == lines[index].page,
                      !endsSentence(index), endsInWord(index), startsLowercase(next) else { continue }
                if lines[index].length + 1 + firstWordLength(next) > fullWidth { consistent += 1 } else { inconsistent += 1 }
            }
            return (consistent >= minimumCountedWraps && inconsistent * 20 <= consistent, consistent >= 2 && consistent > inconsistent)
        }()
        let mastheadLines = LineIndexSet(MastheadLineSplitter.headerLines(lines, bytes).filter { !opensNumberedParagraph($0) },
                                         count: lines.count)
        let clauseOpeners = ClauseOpenerWords(bytes, lines, body: lines.indices.filter { !furnitureLines.contains($0) }, isShort: isShort)
        // Paragraph numbers that open body lines: one that neither follows nor is followed by another ("… take up agenda
        // item" / "27. I give the floor …" in a record that numbers no paragraph) continues no count. Read on the first
        // question, which few texts ask.
        var lineNumbers: Set<Int>?
        func isUnpairedNumber(_ number: Int) -> Bool {
            guard number > 1 else { return false }
            if lineNumbers == nil {
                var numbers = Set<Int>()
                for index in lines.indices where !furnitureLines.contains(index) && !lines[index].isBlank {
                    let first = bytes[lines[index].contentStart]
                    guard (0x30...0x39).contains(first) || first >= 0x80,
                          let number = PDFLabel.paragraphNumber(bytes, lines[index].contentStart, lines[index].contentEnd) else { continue }
                    numbers.insert(number)
                }
                lineNumbers = numbers
            }
            return lineNumbers.map { !$0.contains(number - 1) && !$0.contains(number + 1) } ?? false
        }
        // The last words of the clauses surely ended before the first numbered paragraph: on a short line ending with a
        // clause mark (a comma of any script), or on the line right above paragraph 1.
        var clauseEndings = ClauseEndingWords()
        // Whether those clauses nearly all end alike (`ClauseEndingWords.endAlike`): written verb last.
        var clausesEndAlike = false
        do {
            var previous: Int?
            var lastWords: [[Unicode.Scalar]] = []
            for index in lines.indices where !lines[index].isBlank && !furnitureLines.contains(index) {
                let numbered = PDFLabel.paragraphNumber(bytes, lines[index].contentStart, lines[index].contentEnd)
                if let previous, endsClause(previous) || lastScalar(previous).map(ScalarClass.isClauseComma) == true,
                   isShort(previous) || numbered == 1 {
                    let word = ClauseEndingWords.lastWord(bytes, lines[previous].contentStart, lines[previous].contentEnd)
                    clauseEndings.insert(word)
                    if let word { lastWords.append(word) }
                }
                if numbered != nil { break }
                previous = index
            }
            clausesEndAlike = ClauseEndingWords.endAlike(lastWords)
        }
        // The record's closing line ("The meeting rose at 11.55 a.m.", "Заседание закрывается в 11 ч 55 мин.", "A komakandra
        // tapu 11.55 yuru na mamanten.": a short sentence with a clock time on the last line, as one near the start says
        // when the meeting opened, above the first numbered paragraph or in the first half; `RecordTimeLine`) is a unit of
        // its own, never the tail of the last paragraph.
        let closingLine = RecordTimeLine.closingLine(
            lines.indices.filter { !lines[$0].isBlank && !furnitureLines.contains($0) }, length: { lines[$0].length },
            text: { ScalarText.scalars(bytes, lines[$0].contentStart, lines[$0].contentEnd) },
            opensNumbered: { PDFLabel.paragraphNumber(bytes, lines[$0].contentStart, lines[$0].contentEnd) != nil })
        // The words of the masthead line that names the presiding officer ("Mudzulatshidulo: Vho Alvarez ........
        // (Freedonia)", "Puheenjohtaja: Herra Alvarez …": `SpeakerLine.presidingLineWords`), in any language: the
        // officer's turns open with the function ("Mudzulatshidulo (o amba nga Lushipeini): …", "Puheenjohtaja: …").
        let presidingWords: Set<[Unicode.Scalar]> = {
            var words: Set<[Unicode.Scalar]> = []
            for index in lines.indices.prefix(Self.maximumPresidingLineIndex)
            where !lines[index].isBlank && lines[index].length <= SpeakerLine.maximumLength && bytes[lines[index].contentStart..<lines[index].contentEnd].contains(where: { $0 == 0x3A || $0 >= 0xE0 }) {
                if let found = SpeakerLine.presidingLineWords(ScalarText.scalars(bytes, lines[index].contentStart, lines[index].contentEnd)) {
                    words.formUnion(found)
                }
            }
            return words
        }()
        // Each line is asked once whether it opens a turn with a designation and its colon (0: not yet asked).
        var turnAnswers = [UInt8](repeating: 0, count: lines.count)
        /// Whether the line opens a speaker's turn with a designation that ends with its colon: a tabled speaker word or
        /// one of `presidingWords` before its notes ("Mudzulatshidulo (o amba nga Lushipeini):", "Puheenjohtaja:"), or,
        /// in any language, a name with notes in parentheses and a colon ("Vho Novak (Ruritania) (vho amba nga …):").
        func opensTurnWithColon(_ index: Int) -> Bool {
            if turnAnswers[index] == 0 {
                let start = lines[index].contentStart
                var end = min(lines[index].contentEnd, start + SpeakerLine.maximumLength * 4)
                while end < lines[index].contentEnd, bytes[end] & 0xC0 == 0x80 { end += 1 }
                var answer = false
                if start < end, bytes[start] >= 0x41, bytes[start..<end].contains(where: { $0 == 0x3A || $0 >= 0xE0 }) {
                    let head = ScalarText.scalars(bytes, start, end)
                    answer = SpeakerLine.designationLength(head, speechOnTheLine: false, learned: presidingWords) != nil
                        || SpeakerLine.notedDesignation(head)?.endsWithColon == true
                }
                turnAnswers[index] = answer ? 2 : 1
            }
            return turnAnswers[index] == 2
        }
        /// Whether the line ends with a word broken by a hyphen ("regional-" is none when a space stands before the hyphen).
        func endsWithBrokenWord(_ index: Int) -> Bool {
            let end = lines[index].contentEnd
            return end - lines[index].contentStart >= 2 && bytes[end - 1] == UInt8(ascii: "-") && bytes[end - 2] != 0x20
        }
        /// Whether the line starts with a figure: digits of any script (`1,240`, `१,२४०`), or a currency sign right before
        /// them ("$24 million", "€3,5 Mio.").
        func startsWithFigure(_ index: Int) -> Bool {
            let (start, end) = (lines[index].contentStart, lines[index].contentEnd)
            if HardWrapContinuation.leadingFigureInAnyDigits(bytes, start, end) != nil { return true }
            // The only ASCII currency sign is `$`: any other ASCII first byte opens no currency (no scalars made).
            guard start < end, bytes[start] >= 0x80 || bytes[start] == UInt8(ascii: "$") else { return false }
            var head = FoldedScalarReader(bytes, start, min(end, start + 8))
            guard let sign = head.next(), let figure = head.next() else { return false }
            return sign.properties.generalCategory == .currencySymbol && ScalarClass.digit(figure) != nil
        }
        // Whether the text sets its paragraphs apart by blank lines: nearly every line that ends a sentence or a clause
        // (".", ";", ",") has a blank line under it. A line right under another is then the same paragraph's.
        // A line over a labelled one tells nothing: a list's items may stand one under the other ("а) …;" / "б) …:").
        let blankLinesSetParagraphsApart: Bool = {
            var apart = 0, together = 0
            for index in lines.indices.dropLast() where !lines[index].isBlank && !furnitureLines.contains(index)
                && (endsSentence(index) || bytes.withUnsafeBufferPointer({ RawBlockBuilder.endsWithClauseMark($0, lines[index].contentStart, lines[index].contentEnd) })) {
                if lines[index + 1].isBlank {
                    apart += 1
                } else if !furnitureLines.contains(index + 1), !PDFLabel.startsWithLabel(bytes, lines[index + 1].contentStart, lines[index + 1].contentEnd) {
                    together += 1
                }
            }
            return apart >= Self.minimumParagraphsSetApart && together * 4 <= apart
        }()
        // Whether the text sets its labelled units apart by blank lines, whatever its other lines end with: three in four
        // lines that open with a paragraph number or a decimal label stand under a blank line (as `BlankLineUnits` reads).
        let labelledUnitsSetApart: Bool = {
            var labelled = 0, apart = 0
            for index in lines.indices where !lines[index].isBlank && !furnitureLines.contains(index) {
                guard PDFLabel.paragraphNumber(bytes, lines[index].contentStart, lines[index].contentEnd) != nil
                    || decimalLabel(index) != nil else { continue }
                labelled += 1
                if index == 0 || lines[index - 1].isBlank { apart += 1 }
            }
            return labelled >= BlankLineUnits.minimumLabelledLines && apart * 4 >= labelled * 3
        }()
        /// Whether `next` starts a new paragraph after `previous` (same page or across a page break).
        /// Whether `next` goes on from the speaker's designation the paragraph being built holds (ending with `previous`):
        /// a designation the layout breaks before its note ("Przewodniczący" / "(mówi po angielsku): Udzielam …"), or the
        /// speech under a designation with notes alone on its lines ("Předseda" / "(hovoří anglicky):" / "Uděluji slovo …").
        func designationGoesOn(_ next: Int, after previous: Int) -> Bool {
            guard paragraph.last == previous, paragraph.count <= 3,
                  paragraph.reduce(0, { $0 + lines[$1].length + 1 }) <= SpeakerLine.maximumLength else { return false }
            var head: [Unicode.Scalar] = []
            for line in paragraph {
                if !head.isEmpty { head.append(" ") }
                head += ScalarText.scalars(bytes, lines[line].contentStart, lines[line].contentEnd)
            }
            let nextFirst = bytes[lines[next].contentStart]
            if nextFirst == UInt8(ascii: "("), !head.contains(where: ScalarClass.isColon) {
                var end = min(lines[next].contentEnd, lines[next].contentStart + SpeakerLine.maximumLength * 4)
                while end < lines[next].contentEnd, bytes[end] & 0xC0 == 0x80 { end += 1 }
                let joined = head + [" "] + ScalarText.scalars(bytes, lines[next].contentStart, end)
                return SpeakerLine.notedDesignation(joined)?.endsWithColon == true
            }
            guard let last = head.last, ScalarClass.isColon(last), SpeakerLine.isDesignationAlone(head) else { return false }
            // A designation without notes ("President:", "ܪܝܫܐ:") goes on into its speech when the record names the same
            // speaker so again: its label opens another line (the label alone again, or the masthead's "President: Ms. X").
            return head.contains("(") || paragraph.count == 1 && recurringLabels().contains(ScalarText.trimmed(head[...]).map { $0 })
        }
        /// Label lines alone without notes ("President:") whose text, colon included, opens at least one other line of a
        /// record whose turns open with designations and a colon (`opensTurnWithColon`); counted once, in one pass.
        var recurringLabelCache: Set<[Unicode.Scalar]>? = nil
        func recurringLabels() -> Set<[Unicode.Scalar]> {
            if let recurringLabelCache { return recurringLabelCache }
            var heads: [[Unicode.Scalar]: Int] = [:]
            var alone: Set<[Unicode.Scalar]> = []
            var record = false
            for index in lines.indices where !lines[index].isBlank {
                let start = lines[index].contentStart
                var end = min(lines[index].contentEnd, start + SpeakerLine.maximumLength * 4)
                while end < lines[index].contentEnd, bytes[end] & 0xC0 == 0x80 { end += 1 }
                guard start < end, bytes[start..<end].contains(where: { $0 == 0x3A || $0 >= 0xE0 }) else { continue }
                let line = ScalarText.scalars(bytes, start, end)
                guard let colon = line.firstIndex(where: ScalarClass.isColon) else { continue }
                let head = Array(line[...colon])
                heads[head, default: 0] += 1
                if colon == line.count - 1, end == lines[index].contentEnd, !head.contains("("), SpeakerLine.isDesignationAlone(head) {
                    alone.insert(head)
                }
                if !record, opensTurnWithColon(index) { record = true }
            }
            let found: Set<[Unicode.Scalar]> = record ? alone.filter { heads[$0, default: 0] >= 2 } : []
            recurringLabelCache = found
            return found
        }
        /// Whether line `index` is one of the record's recurring label lines (`recurringLabels`), alone on its line.
        func isRecurringLabelLine(_ index: Int) -> Bool {
            guard lines[index].length <= SpeakerLine.maximumLength, lastScalar(index).map(ScalarClass.isColon) == true else { return false }
            let labels = recurringLabels()
            return !labels.isEmpty && labels.contains(ScalarText.scalars(bytes, lines[index].contentStart, lines[index].contentEnd))
        }
        /// The paragraph being built opened with a speaker's designation the layout broke over lines (`designationGoesOn`).
        var paragraphOpensWithBrokenDesignation = false
        /// Set by `startsParagraph` when it opened a paragraph for want of any sign either way (`Result.decidedStarts`).
        var breakUndecided = false
        /// Lines before which a paragraph was opened on a sign (`Result.decidedStarts`).
        var decidedLines: [Int] = []
        /// Lines opening a paragraph right under a blank line of their page (`Result.blankSeparatedStarts`).
        var blankSeparatedLines: [Int] = []
        func startsParagraph(_ next: Int, after previous: Int, acrossPage: Bool) -> Bool {
            if !acrossPage, designationGoesOn(next, after: previous) {
                paragraphOpensWithBrokenDesignation = true
                return false
            }
            // Signatures set side by side (`SignatureColumns.isColumnRow`: "For the Government of Ruritania      For the
            // Government of Syldavia") are a row of their own, however full: the line under them ("Annex") opens a unit.
            if !acrossPage, SignatureColumns.isColumnRow(bytes, lines[previous].contentStart, lines[previous].contentEnd) { return true }
            // A table row ends its unit: a line under it that opens with a figure and is no row ("Total   2 730.9   2 836.7" /
            // "19-7 The increase …", a label no pattern reads) opens the next; a row's wrapped cell goes on in words.
            if !acrossPage, startsWithFigure(next), PDFTableRow.isRow(bytes, lines[previous]), !PDFTableRow.isRow(bytes, lines[next]) {
                return true
            }
            // A paragraph of one indented line that ends a sentence, where no wrap by count broke it (none shows, the next
            // line's first word would have fitted, or the line runs past the width by more than a wrap's slack: a text set
            // one paragraph a line), and a line at the same indent under it: the next paragraph ("    … (ସଂଲଗ୍ନକ ଦେଖୁନ୍)।" /
            // "    ଏ ଚିଠି …"). A line that fills the width is full, though the text is too short to show a wrap by count,
            // where most lines that run on into lower case were broken by the wrap (`showsWrap`; a summary set narrower
            // breaks short); so is a numbered first line a few columns past the width ("4.      The value … dollars." /
            // "Most workshops …"): the gap after a number is wide.
            if !acrossPage, paragraph == [previous], endsSentence(previous), indentation(previous) >= 2,
               indentation(next) == indentation(previous),
               !wrapsByCount && !(showsWrap && lines[previous].length >= fullWidth)
                || lines[previous].length > fullWidth + HardWrapContinuation.marginSlack(fullWidth)
                || HardWrapContinuation.couldTakeFirstWord(bytes, previousLength: lines[previous].length, previousEnd: lines[previous].contentEnd,
                                                           lines[next].contentStart, lines[next].contentEnd, width: fullWidth) { return true }
            // "Recalling the Klow Declaration of" / "18 May 2044,": in a preamble under way whose opening ended with a clause
            // mark, after a unit that ended with one (the opening, a clause), a clause ends with its mark: a line of a clause
            // that ends with no punctuation at all ends no clause, so the next line goes on, whatever it starts with (a
            // figure, a date, a capital), unless it opens the next numbered paragraph, a counted head, an article or
            // division, a bullet or a turn. A date there is no masthead line.
            if !acrossPage, preambleOpened, preambleMark != nil, lastUnitEndedClause, lastParagraphNumber == 0, let first = paragraph.first,
               first != preambleOpening,
               PDFLabel.paragraphNumber(bytes, lines[first].contentStart, lines[first].contentEnd) == nil,
               endsInWord(previous), !endsSentence(previous), !endsClause(previous),
               PDFLabel.paragraphNumber(bytes, lines[next].contentStart, lines[next].contentEnd).map({ $0 != lastParagraphNumber + 1 }) ?? true,
               bareHeads[next] == nil, !isArticleLine(next), !isDivisionLine(next),
               !PDFLabel.startsWithBullet(bytes, lines[next].contentStart, lines[next].contentEnd), !opensTurnWithColon(next) {
                return false
            }
            // A masthead line stands alone (its width says nothing in a short text).
            if mastheadLines.contains(previous) || mastheadLines.contains(next), !startsLowercase(next) { return true }
            // A list set in two columns ("E/2037/9          Доповідь … про обробку пера і" /
            // "                  рогу в сільській місцевості" / "E/2037/L.12       Проект резолюції …"): a line that starts at the column of its unit's first line,
            // with its second cell at that line's second column, opens the next row; a line indented to the second
            // column (the cell's wrapped rest) goes on.
            if !acrossPage, let first = paragraph.first, first != next, let row = twoColumnCells(first),
               let cells = twoColumnCells(next), row == cells { return true }
            // A line set at the text column of its paragraph's hanging first line ("3.   Перегляд мережі майстерень завершиться" /
            // "     1 жовтня 2036 року."), under a line that ends no sentence, is that paragraph's wrapped line, though it
            // starts with a figure (a date): it hangs no label of its own. A heading's title ("II.  Findings") is
            // no paragraph under way: the paragraph is numbered, or has run on over a line already. A line in words at
            // that column may be an item's annotation under its title ("2.  Adoption of the agenda" / "    The Council …"):
            // only a figure is read so, which opens no title.
            if !acrossPage, startsWithFigure(next), let first = paragraph.first, !endsSentence(previous), !endsWithLeaderAndEntry(previous),
               paragraph.count >= 2 || PDFLabel.paragraphNumber(bytes, lines[first].contentStart, lines[first].contentEnd) != nil
                || decimalLabel(first) != nil,
               case let textColumn = PDFFootnoteFinder.textColumn(lines[first], bytes), textColumn > indentation(first),
               indentation(next) == textColumn, PDFFootnoteFinder.textColumn(lines[next], bytes) == textColumn,
               indentation(previous) <= textColumn { return false }
            // A line that opens a speaker's turn with its designation and colon (`opensTurnWithColon`) starts a paragraph
            // after any line that broke no word: no sentence goes on into a name, its notes and a colon, and the line above
            // (an agenda item's title, a turn's last line) may be as long as a wrapped one.
            // So does a designation alone on its line that the record repeats so (`recurringLabels`: "Oo-Presidentu:", a
            // title no table knows, three times over its speech): no sentence ends on it twice.
            if !endsWithBrokenWord(previous), opensTurnWithColon(next) || isRecurringLabelLine(next) { return true }
            // The record's closing line stands apart from the last paragraph, which may run on without a blank line.
            if next == closingLine { return true }
            // An article line, titled or not ("Artikel 5 – Beilegung von Streitigkeiten"), or a division line
            // ("Ziel 2. Vermeidbaren Kinderkrankheiten ein Ende setzen") is a unit of its own, unless the line
            // before it stops on a linking word ("… a que se refiere el" / "artículo 14.").
            if isArticleLine(previous) { return true }
            if bareHeads[next] != nil || scopeCaptions[next] != nil { return true }
            // A line ending with a clause's comma or semicolon after a short line that ends so: the next clause of a
            // preamble or list set one a line ("… հիշեցնելով," / "մտահոգություն հայտնելով, … է,", "…상기하며," / "2027년 3월 …,").
            // A short line naming a term in quotation marks goes on with the opening that names the Parties
            // ("Republikken Ruritanien og Kongeriget Syldavien," / "i det følgende benævnt "parterne",").
            // Inside a numbered paragraph a clause goes on ("6. … had fallen: in 2025," / "12.5 per cent of …,").
            // A clause that runs on over lines ends so too: a short line ending with a clause's comma could have taken
            // the next line's first word, so the wrap did not break it there ("… 2815 (2030)," / "som på nytt bekräftar …",
            // "… 28 процентов," / "выражая …"), in lower case as in any case, after a preamble's opening and before the first
            // numbered paragraph (where a preamble stands: a masthead's "Rezolūcija 2904 (2026)," / "ko Drošības padome …" goes on; a page-bottom note wrapped by hand, "… num único" / "corrigendo," / "a publicar …", goes on).
            let clauseAfterClause = isShort(previous)
                && endsClause(next)
            let clauseBeforePreambleEnd = preambleOpened && lastParagraphNumber == 0 && fullWidth > 0
                && (isShort(previous) || wrapsByCount && opensClause(next) || HardWrapContinuation.endsWithFullWidthMark(bytes, lines[previous].contentEnd))
                && HardWrapContinuation.couldTakeFirstWord(bytes, previousLength: lines[previous].length, previousEnd: lines[previous].contentEnd,
                                                           lines[next].contentStart, lines[next].contentEnd, width: fullWidth)
            // Not where blank lines set the paragraphs apart, before a figure ("… the incidents between them," / "5 September
            // 2088, …"): a figure has no case to open a clause with, and a blank line would.
            if !acrossPage, clauseAfterClause || clauseBeforePreambleEnd, !(blankLinesSetParagraphsApart && startsWithFigure(next)),
               paragraph.first.map({ PDFLabel.paragraphNumber(bytes, lines[$0].contentStart, lines[$0].contentEnd) == nil }) ?? true,
               endsClause(previous),
               !PreambleOpeningSplitter.namesTerm(ScalarText.scalars(bytes, lines[next].contentStart, lines[next].contentEnd)) {
                return true
            }
            // "… for cultural tourism," (full) / "Have agreed as follows:" / "Article 1. Purpose": the words of agreement
            // end the preamble after its last clause (`WordsOfAgreementLine`; the opening naming the Parties may have gone unread).
            if !acrossPage, lastParagraphNumber == 0, next + 1 < lines.count,
               WordsOfAgreementLine.standsApart(bytes, previous: lines[previous].contentStart..<lines[previous].contentEnd,
                                                line: lines[next].contentStart..<lines[next].contentEnd,
                                                articleOrDivision: isArticleLine(next + 1) || isDivisionLine(next + 1)) {
                return true
            }
            // "… of 2031," (full) / "Noting with concern …": in a preamble whose clauses start with a capital, a clause that
            // ends on a full line is followed by another when the next line opens with a capitalised word the document
            // never writes capitalised inside a sentence (no name: "… Freedonia," / "Syldavia and …" goes on). Where the
            // clauses are written verb last and end alike ("… dum nna," / "Ruritania mungdan …"), a clause may open with a
            // name: the line's last word decides, as where clauses start in lower case ("… sha gat," / "Jawng …" goes on).
            if preambleOpened, lastParagraphNumber == 0, preambleClausesCapitalized(),
               paragraph.first.map({ PDFLabel.paragraphNumber(bytes, lines[$0].contentStart, lines[$0].contentEnd) == nil }) ?? true,
               endsClause(previous),
               clausesEndAlike
                ? firstScalar(next).map(ScalarClass.isUppercase) == true
                    && clauseEndings.ends(ClauseEndingWords.lastWord(bytes, lines[previous].contentStart, lines[previous].contentEnd))
                : clauseOpeners.mayOpenClause(next),
               acrossPage || opensClause(next) {
                return true
            }
            // "…を想起し、" / "2036年以降、…": in a preamble set one clause a line (`preambleSetOneClauseALine`), each line
            // ending with a clause mark ends its clause, however near the width it stops.
            if !acrossPage, preambleOpened, lastParagraphNumber == 0,
               paragraph.first.map({ PDFLabel.paragraphNumber(bytes, lines[$0].contentStart, lines[$0].contentEnd) == nil }) ?? true,
               endsClause(previous),
               preambleSetOneClauseALine() {
                return true
            }
            // "… цалкам разбураныя," (full) / "вітаючы намаганні …": in a preamble whose clauses start in lower case or in a
            // script without case, a clause that ends on a full line is followed by another when the next line's first word
            // ends as another clause opener of the document does (`ClauseOpenerWords.mayOpenUncapitalizedClause`: the
            // participles' inflection the preamble repeats; "… замедляют паводки," / "смягчают засухи …" goes on).
            if preambleOpened, lastParagraphNumber == 0, !preambleClausesCapitalized(),
               paragraph.first.map({ PDFLabel.paragraphNumber(bytes, lines[$0].contentStart, lines[$0].contentEnd) == nil }) ?? true,
               endsClause(previous),
               clauseOpeners.mayOpenUncapitalizedClause(next), acrossPage || opensClause(next) {
                return true
            }
            // "… በማስታወስ፣" (full) / "በ27 አባል አገሮች …", "… e'tirof etib," (full) / "2036-yil 3-5-may …": in a preamble whose
            // clauses start in lower case, with a figure or in a script without case, a clause that ends on a full line is
            // followed by another when the line's last word ends as the document's clauses end (`ClauseEndingWords`:
            // verb last, the clauses repeat their last word or its inflection).
            if preambleOpened, lastParagraphNumber == 0, !preambleClausesCapitalized(),
               paragraph.first.map({ PDFLabel.paragraphNumber(bytes, lines[$0].contentStart, lines[$0].contentEnd) == nil }) ?? true,
               endsClause(previous), clauseEndings.ends(ClauseEndingWords.lastWord(bytes, lines[previous].contentStart, lines[previous].contentEnd)),
               acrossPage || opensClause(next) {
                return true
            }
            // "… sa golpo ng Klow" / "Ang Republika … at ang Kaharian ng Syldavia, na tatawaging" / ""ang mga Partido",": a
            // bilateral agreement's opening that names its Parties (`namesPartiesBelow`) does not go on from the title above
            // it, however full the title's last line, which ends on a word.
            if !acrossPage, lastParagraphNumber == 0, !preambleOpened, !endsSentence(previous), endsInWord(previous),
               !LinkingWordLineEnd.endsWithLinkingWord(bytes, lines[previous].contentStart, lines[previous].contentEnd),
               let first = firstScalar(next), ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first),
               namesPartiesBelow(next) {
                return true
            }
            // A preamble's opening under a title or heading stands alone: it starts a unit, and its clauses start after it.
            if !acrossPage, opensPreamble(next, after: previous) { return true }
            if !acrossPage, paragraph == [previous], lastParagraphNumber == 0, !preambleOpened, hasOpeningShape(previous), opensClause(next),
               !PreambleOpeningSplitter.namesTerm(ScalarText.scalars(bytes, lines[next].contentStart, lines[next].contentEnd)) {
                return true
            }
            // A heading line that says when the text was adopted, ending with the date ("Resolution adopted by the General
            // Assembly on 9 December 2032" / "87/215. Protection …"), stands alone before the title, in any language: a
            // line of its own (no paragraph number, no colon: "Mr. X (Y) (spoke in French): 1 July 2024" / "Syldavia …" goes
            // on) before a line that opens with a capital or a figure (a caseless title's wrap, "… 2025" / "ពីបេសកកម្ម …", goes on).
            // A word after the year ("2032 года", "2032 r.") only before a line that opens with a figure (the resolution's
            // number): a linking word no table knows ("… 2026 gan" / "Genhadaeth …") leaves the line inside its sentence.
            if !acrossPage, paragraph == [previous], lastParagraphNumber == 0, !preambleOpened,
               let nextFirst = firstScalar(next),
               endsWithYear(previous, allowingWordAfter: ScalarClass.digit(nextFirst) != nil),
               ScalarClass.isUppercase(nextFirst) || ScalarClass.digit(nextFirst) != nil,
               PDFLabel.paragraphNumber(bytes, lines[previous].contentStart, lines[previous].contentEnd) == nil,
               !lineText(previous).unicodeScalars.contains(where: ScalarClass.isColon),
               !LinkingWordLineEnd.endsWithLinkingWord(bytes, lines[previous].contentStart, lines[previous].contentEnd),
               AdoptionLine.matches(ScalarText.scalars(bytes, lines[previous].contentStart, lines[previous].contentEnd).droppingAbbreviationPoint()) {
                return true
            }
            // An adoption line that ends in words after its date ("Ирэн Совет 9874-ӈи заседаниду 2057 аӈаниду 22 октябрь
            // ӈэлэк гэлэдэн"), between the title and the organ's opening ("Ирэн Совет,"): it stands alone too.
            if !acrossPage, paragraph == [previous], lastParagraphNumber == 0, !preambleOpened, previous >= 1,
               AdoptionLine.standsAlone(bytes, title: lines[previous - 1].contentStart..<lines[previous - 1].contentEnd,
                                        line: lines[previous].contentStart..<lines[previous].contentEnd,
                                        next: lines[next].contentStart..<lines[next].contentEnd) {
                return true
            }
            // An adoption line written date first ("第2851(2027)号决议" / "2027年3月18日安全理事会第10210次会议通过": the date, the
            // organ and the meeting's number, `AdoptionLine.opensWithDateThenFigure`) stands alone under the title's short
            // line (`AdoptionLine.maximumTitleLength`), however full that line is in a wrap counted in characters, as in
            // the clean text.
            if !acrossPage, paragraph == [previous], lastParagraphNumber == 0, !preambleOpened, !endsSentence(previous),
               lines[previous].length <= AdoptionLine.maximumTitleLength,
               lines[next].contentEnd - lines[next].contentStart <= AdoptionLine.maximumLength * 4,
               AdoptionLine.opensWithDateThenFigure(ScalarText.scalars(bytes, lines[next].contentStart, lines[next].contentEnd)) {
                return true
            }
            if endsWithLeaderAndEntry(previous) { return true }
            // An annex's caption after a sentence's end opens the annex, however full the line above
            // ("… de la liste préliminaire." / "Annexe à la note verbale datée du …").
            if !acrossPage, endsFullStop(previous), Self.opensAnnex(bytes, lines[next]) { return true }
            // A paragraph whose first line is indented deeper than its other lines: after a sentence's end, a line set at
            // that first-line indent again opens the next paragraph, as the document sets every paragraph (a turn's second
            // paragraph, "The meeting rose at …" under the last turn, with no blank line between).
            // A preambular clause ends so with its comma ("… in the region," / "     Acting under Chapter VII …").
            // So does a clause's comma or semicolon ("… от бедствия," / "     като има предвид …" at the first-line indent):
            // a wrapped line of the same paragraph stands at the margin of its other lines.
            // A paragraph of one line at the document's first-line indent ("б) … 24 часа," / "съзнавайки …" under it at that
            // indent) ends so too: a wrapped line would stand at the margin.
            if !acrossPage, let first = paragraph.first,
               endsSentence(previous) || endsClause(previous),
               indentation(next) == indentation(first),
               paragraph.count >= 2 && indentation(next) >= indentation(previous) + 2
                || paragraph == [previous] && firstLineIndent == indentation(previous) { return true }
            if HardWrapContinuation.opensBracketedNote(bytes, lines[next].contentStart..<lines[next].contentEnd,
                                                      after: lines[previous].contentStart..<lines[previous].contentEnd) { return true }
            if isArticleLine(next) || isDivisionLine(next),
               endsSentence(previous) || !LinkingWordLineEnd.endsWithLinkingWord(bytes, lines[previous].contentStart, lines[previous].contentEnd) {
                return true
            }
            // A decimal label in another script's digits (`១.២`, `២.ក`) is a label as `1.2` is.
            let label = PDFLabel.startsWithLabel(bytes, lines[next].contentStart, lines[next].contentEnd)
                || bytes[lines[next].contentStart] >= 0x80 && decimalLabel(next) != nil
            // A word broken at the line end goes on.
            let previousEnd = lines[previous].contentEnd
            if previousEnd - lines[previous].contentStart >= 2, bytes[previousEnd - 1] == UInt8(ascii: "-"),
               bytes[previousEnd - 2] != 0x20, !label { return false }
            // A heading label of a sequence the document goes on with below ("أولا -⇥مقدمة", its "ثانيا -" further down), on
            // a short line, opens its unit under a title's line or any line that stops on no linking word.
            if label, isShort(next), !LinkingWordLineEnd.endsWithLinkingWord(bytes, lines[previous].contentStart, previousEnd),
               headingSequenceGoesOn(after: next) { return true }
            // A dash the wrap set first ("… на пиысь 64 процент" / "— нывбабаяс.", a copula or an aside) goes on after a
            // full line that stops on a word or figure, in a unit no dash opened: a list's dash item follows a colon, a
            // clause's end, another item or a short line. An en or em dash only: a hyphen-minus opens a bullet.
            if label, !acrossPage, let first = paragraph.first, !isShort(previous), endsInWord(previous), !endsSentence(previous),
               PDFLabel.dashLength(bytes, lines[next].contentStart, lines[next].contentEnd) == 3,
               PDFLabel.dashLength(bytes, lines[first].contentStart, lines[first].contentEnd) == 0 { return false }
            // "M. Jean Hubert Feuillé" after "… one of whom -": an initial inside the running sentence of a numbered
            // paragraph, not a section label (a heading's wrapped title may run on before "A. …").
            if label, paragraph.count >= 2, !endsSentence(previous), startsWithInitial(next),
               (0x30...0x39).contains(bytes[lines[paragraph[0]].contentStart]) { return false }
            // A labelled unit under way that stops on a word mid-sentence goes on into a number that does not continue
            // the count ("2.   Die Kommission … sie ab dem" / "1. Januar 2029 anzuwenden."): it opens no unit there.
            // A heading's one line ("I.   Introduction" / "1.   The present report …") is no unit under way; a numbered
            // paragraph's first line that fills the width is, before a smaller number ("6. … trained 385 apprentices
            // from" / "1. September 2091 …"; a count that starts again per article goes on from 1 to 2).
            if !acrossPage, paragraph.count >= 2
                || paragraph == [previous] && !isShort(previous)
                    && PDFLabel.paragraphNumber(bytes, lines[previous].contentStart, lines[previous].contentEnd).map({ opened in
                        PDFLabel.paragraphNumber(bytes, lines[next].contentStart, lines[next].contentEnd).map { $0 < opened } ?? false
                    }) == true,
               !endsSentence(previous), endsInLowercaseOrCaselessWord(previous),
               let first = paragraph.first, PDFLabel.startsWithLabel(bytes, lines[first].contentStart, lines[first].contentEnd)
                || PDFLabel.isLabelOnly(bytes, lines[first].contentStart, lines[first].contentEnd) {
                if let number = PDFLabel.paragraphNumber(bytes, lines[next].contentStart, lines[next].contentEnd),
                   number != openParagraphNumber() + 1 { return false }
            }
            // A full line that stops on a word mid-sentence goes on into a number that neither follows nor is followed
            // by another paragraph number of the document ("… will now take up agenda item" / "27. I give the floor …").
            if label, !acrossPage, !isShort(previous), !endsSentence(previous), endsInLowercaseOrCaselessWord(previous),
               let number = PDFLabel.paragraphNumber(bytes, lines[next].contentStart, lines[next].contentEnd),
               isUnpairedNumber(number) { return false }
            if label && (endsSentence(previous) || isShort(previous)) { return true }
            // After a sentence's end, a few short lines that end no sentence over a count that starts again at 1 (an
            // annex's word in lower case, its title, a goal's caption: "… e 3." / "pepa faaopoopo" / title /
            // "Sini Autu 1: …" / "1.1 …") open a part of their own: they do not go on from the sentence.
            // An abbreviation's point ("… 2026 r." / "skierowanej do …", a caption broken over a page) ends no sentence here.
            if !acrossPage, !label, endsSentence(previous), !endsWithShortWordAndPoint(previous), countOpensBelow(next) { return true }
            // A count that starts again at 1 (its 2 follows before another 1) opens its first paragraph however full
            // the line above: a title over an annex's paragraphs ("… den e region di Karibe i mas" / "1. E Estadonan …").
            if label, !acrossPage, CountOpeningLine.paragraphNumber(bytes, lines[next].contentStart, lines[next].contentEnd) == 1,
               countGoesOnToTwo(after: next) { return true }
            if PDFLabel.startsWithBullet(bytes, lines[next].contentStart, lines[next].contentEnd) { return true }
            // The next paragraph number, or a label after a one-line labelled block (a heading).
            if let number = PDFLabel.paragraphNumber(bytes, lines[next].contentStart, lines[next].contentEnd),
               number == openParagraphNumber() + 1 { return true }
            if label, paragraph.count == 1,
               PDFLabel.startsWithLabel(bytes, lines[paragraph[0]].contentStart, lines[paragraph[0]].contentEnd) { return true }
            // The next decimal label of the sequence ("1.1" under "Goal 1. …", "1.2" after "1.1 …"), unless the line
            // above stops on a linking word.
            if label, !LinkingWordLineEnd.endsWithLinkingWord(bytes, lines[previous].contentStart, previousEnd),
               continuesDecimals(next) { return true }
            // A line that stops on "of the", "de la", "addressed to the" goes on.
            if !label, LinkingWordLineEnd.endsWithLinkingWord(bytes, lines[previous].contentStart, previousEnd) { return false }
            // A short line ends its paragraph, unless it stops mid-sentence and the next line goes on in lower case,
            // or the next line's first word (a long symbol) would not have fitted on it.
            // Blank lines from the geometry mark the ends on a page; across a page the line lengths still tell.
            // "6. … had fallen: in 2025," / "12.5 per cent of …": in a numbered paragraph that continues the count, a
            // line that starts with a figure, no label, after a line that ends no sentence goes on (a figure opens no unit).
            // So too in a speaker's turn ("Ms. Ilyina (Syldavia) (spoke in Russian): Syldavia has trained" / "120 inspectors …"),
            // and in a paragraph with a numeric decimal label whose lines a hand broke before a figure
            // ("21.1  The programme supports some" / "2,640 small foundries, of which" / "24 per cent …").
            // A count that starts again at 1 under an article (its 2 follows before another 1) continues the count too
            // ("Article 3" / "1. Each Party shall contribute" / "950,000 euros a year …").
            // Not after a short line set under the paragraph's last sentence (a resolution's closing lines, "… بگنجاند." /
            // "جلسه عمومی ۶۲" / "۱۴ دسامبر ۲۰۳۴"): a figure there opens the next closing line, in any digits.
            if !label, !acrossPage, !endsSentence(previous), startsWithFigure(next),
               let first = paragraph.first,
               CountOpeningLine.paragraphNumber(bytes, lines[first].contentStart, lines[first].contentEnd).map({
                   $0 == lastParagraphNumber + 1 || $0 == lastCountNumber + 1 || $0 == 1 && countGoesOnToTwo(after: first) }) ?? false
                || opensTurnWithColon(first)
                || decimalLabel(first).map({ $0.components.allSatisfy { Int($0) != nil } }) == true,
               !(isShort(previous) && paragraph.count >= 2 && paragraph.last == previous && endsSentence(paragraph[paragraph.count - 2])
                 && !LabelOnlyLine.isLabelOnly(bytes, lines[paragraph[paragraph.count - 2]].contentStart, lines[paragraph[paragraph.count - 2]].contentEnd)),
               !PDFTableRow.isRow(bytes, lines[previous]), !PDFTableRow.isRow(bytes, lines[next]) { return false }
            // "Noting with concern that in 2034 some" / "1,800 civilians were displaced …,": in a text that sets its
            // paragraphs apart by blank lines, a line right under a line of running text that ends no sentence, starting
            // with a figure and no label ("950 schools", "$24 million;"), goes on: only a blank line or a label opens a unit.
            if !label, !acrossPage, blankLinesSetParagraphsApart, !endsSentence(previous), startsWithFigure(next),
               !mastheadLines.contains(previous), paragraph.count >= 2 || lines[previous].length * 2 >= fullWidth,
               !PDFTableRow.isRow(bytes, lines[previous]), !PDFTableRow.isRow(bytes, lines[next]) { return false }
            // So does, whatever it opens with, a line under a labelled paragraph's line that stops on a word, once the paragraph
            // has run on over lines ("2. The Assembly … in" / "2026, in resolution" / "A/RES/2026/27."): no paragraph ends
            // without a mark, and no heading stands in its paragraph without a blank line.
            if !label, !acrossPage, labelledUnitsSetApart, paragraph.count >= 2, endsInWord(previous), !endsSentence(previous),
               let first = paragraph.first, PDFLabel.startsWithLabel(bytes, lines[first].contentStart, lines[first].contentEnd),
               !mastheadLines.contains(previous), !PDFLabel.startsWithBullet(bytes, lines[next].contentStart, lines[next].contentEnd),
               bareHeads[next] == nil, scopeCaptions[next] == nil, !isArticleLine(next), !isDivisionLine(next), !opensTurnWithColon(next),
               !PDFTableRow.isRow(bytes, lines[previous]), !PDFTableRow.isRow(bytes, lines[next]) { return false }
            // A text wrapped by a count of characters breaks a line short only where its paragraph ends: after a
            // sentence's end, a line that could have taken the next line's first word ends its paragraph, however near
            // the width it stops ("… i odbudowano 260 stodół zbożowych." / "Byłbym wdzięczny …"; a title's last line
            // before "I have the honour …").
            // So does, before a line in lower case too, the last line of a clause that ran on over lines, outside a numbered
            // paragraph (a title's "Rezolūcija 2904 (2026)," / "ko Drošības padome …" goes on; the words of agreement after a
            // preamble's last clause: "… delle due Parti," / "hanno convenuto quanto segue:").
            // So does an unlabelled title's last line that stops on a word before a line opening in a capital ("… addressed
            // to the Secretary-General" / "I have the honour …"): a wrap by count breaks no line that could take the word.
            if wrapsByCount, !acrossPage, endsFullStop(previous) && !startsLowercase(next)
                || !label && !endsSentence(previous) && endsInWord(previous)
                    && firstScalar(next).map({ $0.properties.isUppercase }) == true
                    && paragraph.first.map({ !PDFLabel.startsWithLabel(bytes, lines[$0].contentStart, lines[$0].contentEnd) }) ?? true
                || paragraph.count >= 2
                    && paragraph.first.map({ PDFLabel.paragraphNumber(bytes, lines[$0].contentStart, lines[$0].contentEnd) == nil }) ?? false
                    && bytes.withUnsafeBufferPointer({ RawBlockBuilder.endsWithClauseMark($0, lines[previous].contentStart, lines[previous].contentEnd) }),
               HardWrapContinuation.couldTakeFirstWord(bytes, previousLength: lines[previous].length, previousEnd: lines[previous].contentEnd,
                                                       lines[next].contentStart, lines[next].contentEnd, width: fullWidth) { return true }
            if !paragraphsMarked || acrossPage, isShort(previous) {
                // A caption or title wrapped right before its date ("… ya tarehe" / "12 Mei 2026 kwenda kwa …") goes on.
                if !label, !acrossPage, HardWrapContinuation.datesRunOn(
                    bytes, previous: lines[previous].contentStart..<lines[previous].contentEnd,
                    line: lines[next].contentStart..<lines[next].contentEnd) { return false }
                // A line that stops on a word with room to spare for the next line's first word, which opens in a
                // capital or a caseless script, was broken by hand, not by the wrap: a title's last line ("… des Nations
                // Unies" / "La Mission permanente …", "… لدى الأمم المتحدة" / "تهدي البعثة …"). A figure may go on.
                // A labelled unit ("2. … comprising" / "GC(59)/RES/16 A …") is no title; in a caseless script, where a wrap
                // by hand may fall anywhere, only a line under half the width tells so.
                if !label, !acrossPage, !endsSentence(previous), endsInWord(previous),
                   lines[previous].length + 1 + firstWordLength(next) < shortLimit,
                   let first = firstScalar(next), first.properties.isAlphabetic, !ScalarClass.isLowercase(first),
                   first.properties.isUppercase || lines[previous].length * 2 < fullWidth,
                   !(paragraph.first.map { PDFLabel.startsWithLabel(bytes, lines[$0].contentStart, lines[$0].contentEnd) } ?? false) {
                    return true
                }
                if !label, !endsSentence(previous), firstWordLength(next) + 1 + lines[previous].length > fullWidth { return false }
                // A body paragraph (its lines full) does not end on a bare word before another full line
                // ("… comprising" / "GC(59)/RES/16 A on the staffing …"); a heading would be short. At a page's
                // end a short line did end its paragraph (a wrapped line there is full).
                // Nor before a short tail that ends the sentence ("… при бюджете" / "2,6 млн долл. США."): a heading
                // ends with no full stop.
                if !label, !acrossPage, paragraph.contains(where: { !isShort($0) }), !isShort(next) || endsFullStop(next),
                   endsInWord(previous) { return false }
                // A paragraph's first line, indented deeper than the line under it and filling half the width at least,
                // that stops on a word goes on, whatever the next line starts with ("    执行秘书将报告…该流域在" /
                // "2026年新开放了…", a figure or a caseless script): a heading stands alone, shorter, or at the margin.
                if !label, !acrossPage, paragraph == [previous], indentation(previous) >= indentation(next) + 2,
                   lines[previous].length * 2 >= fullWidth, !endsSentence(previous), endsInWord(previous) { return false }
                // Nor does a turn's speech under its designation broken over lines ("G. Novak (Ruritanija)" /
                // "(govori francosko): Od leta 2024 je moja država obnovila" / "38 riževih teras …"): the designation's
                // lines are short by nature, and a figure or a name opens no unit after a line that ends in a word.
                if !label, !acrossPage, paragraphOpensWithBrokenDesignation, paragraph.count >= 2,
                   !endsSentence(previous), endsInWord(previous) { return false }
                // A caseless line under a short line that ends no sentence, at its indent or left of it: nothing tells a
                // wrapped line ("1. ᐊᓯᐊᓂ ᓄᓇᓂ ᐱᓕᕆᕝᕕᒃ" / "ᖁᕕᐊᓱᒃᐳᖅ ᓄᓇᓕᓕᒫᒥ", text wrapped well short of the page) from a
                // new paragraph. The break is made undecided: the classifier may still join the two. A line under half
                // the width with room for the next line's first word was broken by hand, as a title's is: a sign.
                if !endsFullStop(previous), !label, !acrossPage, indentation(next) <= indentation(previous),
                   !(lines[previous].length * 2 < fullWidth && lines[previous].length + 1 + firstWordLength(next) < shortLimit),
                   let first = firstScalar(next), ScalarClass.isCaselessLetter(first) {
                    breakUndecided = true
                    return true
                }
                return endsFullStop(previous) || !startsLowercase(next) || label
            }
            // After a full line that ends a sentence, a short line that opens with a figure and ends none is no tail of
            // the paragraph: a closing line ("… período de sesiones." / "68ª sesión plenaria" / its date).
            if !label, !acrossPage, endsFullStop(previous), startsWithFigure(next), isShort(next), !endsSentence(next),
               !PDFTableRow.isRow(bytes, lines[next]) { return true }
            // "… de la pobreza," / "Teniendo presentes …": a clause ends on a full line and the next opens with a
            // word this document capitalises only where a paragraph starts.
            if !label, !paragraphsMarked || acrossPage, clauseOpeners.opensParagraph(next) { return true }
            if acrossPage {
                // A table row ("Total   3 720   981   4 815") ends the page's paragraph: the next page's
                // heading ("Annex III") does not go on from it.
                return label || (endsSentence(previous) || PDFTableRow.isRow(bytes, lines[previous])) && !startsLowercase(next)
            }
            return !paragraphsMarked && endsSentence(previous) && looksLikeHeading(next)
        }
        /// Whether, below the line `start` that opens a count at 1, a line opens its paragraph 2 before any opens a 1
        /// again (within `countLookahead` lines): the count goes on, so its 1 was no figure that the wrap set first.
        func countGoesOnToTwo(after start: Int) -> Bool {
            var index = start + 1
            while index < lines.count, index - start <= Self.countLookahead {
                switch CountOpeningLine.paragraphNumber(bytes, lines[index].contentStart, lines[index].contentEnd) {
                case 2?: return true
                case 1?: return false
                default: index += 1
                }
            }
            return false
        }
        /// Whether the line ends with a word of one or two letters and a point, as an abbreviation does (`r.`, `ust.` does not).
        func endsWithShortWordAndPoint(_ index: Int) -> Bool {
            let tail = Self.lastScalars(bytes, lines[index].contentStart, lines[index].contentEnd, count: 4)
            guard tail.last == "." else { return false }
            let letters = tail.dropLast().reversed().prefix { ScalarClass.isWordLetter($0) }.count
            return letters >= 1 && letters <= 2 && (letters == tail.count - 1 || !ScalarClass.isWordLetter(tail[tail.count - 2 - letters]))
        }
        /// Whether a count opens at 1 (`CountOpeningLine.opensAtOne`) below `start`, over at most
        /// `PDFFootnoteFinder.countHeadLines` lines from `start` on that end no sentence, none of them long.
        var headingLabels: [Int32] = []
        /// Whether the line `start` opens with a level-1 ordinal or level-2 letter heading label (`أولا -`, `ألف -`,
        /// `一、`, `（一）`) whose next member opens a line within `headingSequenceLookahead` lines below.
        func headingSequenceGoesOn(after start: Int) -> Bool {
            // Each line's label is read once (`headingLabels`: 0 not yet read, -1 none, else level << 24 | value).
            if headingLabels.isEmpty { headingLabels = [Int32](repeating: 0, count: lines.count) }
            func heading(_ index: Int) -> (level: Int, value: Int)? {
                if headingLabels[index] == 0 {
                    let read = readHeading(index)
                    headingLabels[index] = read.map { Int32($0.level << 24 | min($0.value, 0xFFFFFF)) } ?? -1
                }
                let code = headingLabels[index]
                return code < 0 ? nil : (Int(code >> 24), Int(code & 0xFFFFFF))
            }
            func readHeading(_ index: Int) -> (level: Int, value: Int)? {
                let (from, end) = (lines[index].contentStart, lines[index].contentEnd)
                guard from < end, bytes[from] >= 0x80 else { return nil }
                var limit = from, scalars = 0
                while limit < end, scalars < 24 {
                    if bytes[limit] & 0xC0 != 0x80 { scalars += 1 }
                    limit += 1
                }
                while limit < end, bytes[limit] & 0xC0 == 0x80 { limit += 1 }
                switch LabelParser.parse(ScalarText.scalars(bytes, from, limit), language: nil)?.form {
                case .ordinal(let value): return (1, value)
                case .letter(let value): return (2, value)
                default: return nil
                }
            }
            guard let label = heading(start) else { return false }
            var index = start + 1
            while index < lines.count, index - start <= Self.headingSequenceLookahead {
                defer { index += 1 }
                guard !lines[index].isBlank, let found = heading(index) else { continue }
                if found.level == label.level, found.value == label.value + 1 { return true }
            }
            return false
        }
        func countOpensBelow(_ start: Int) -> Bool {
            var index = start, seen = 0
            while index < lines.count, seen <= PDFFootnoteFinder.countHeadLines {
                defer { index += 1 }
                if lines[index].isBlank { continue }
                if index > start, CountOpeningLine.opensAtOne(bytes, lines[index].contentStart, lines[index].contentEnd) { return true }
                if endsSentence(index) || !isShort(index) && index == start { return false }
                seen += 1
            }
            return false
        }
        /// The number of the paragraph being built, if it is the next one, else the last one written.
        func openParagraphNumber() -> Int {
            if let first = paragraph.first,
               let number = PDFLabel.paragraphNumber(bytes, lines[first].contentStart, lines[first].contentEnd),
               number == lastParagraphNumber + 1 { return number }
            return lastParagraphNumber
        }
        /// The opening a line starts with before the first clause on the same line ("The General Assembly, Recalling
        /// …", "Nchi Wanachama wa Mkataba huu,   zikikumbuka …"): the text up to its first comma of any script is an
        /// organ's name or a treaty's parties (`PreambularOpening`) and a letter follows. Its comma and that letter.
        func runInOpening(_ index: Int) -> (mark: Unicode.Scalar, clauseLetter: Unicode.Scalar)? {
            let scalars = ScalarText.scalars(bytes, lines[index].contentStart,
                                             min(lines[index].contentEnd, lines[index].contentStart + 4 * PreambleOpeningSplitter.maximumOpeningLength + 8))
            guard let comma = scalars.prefix(PreambleOpeningSplitter.maximumOpeningLength).firstIndex(where: ScalarClass.isClauseComma),
                  comma > 0, PreambularOpening.isOpening(Array(scalars[...comma])) else { return nil }
            var after = comma + 1
            while after < scalars.count, ScalarClass.isWhitespace(scalars[after]) { after += 1 }
            guard after > comma + 1, after < scalars.count, scalars[after].properties.isAlphabetic else { return nil }
            return (scalars[comma], scalars[after])
        }
        func flushParagraph() {
            if let last = paragraph.last { lastUnitEndedClause = endsClause(last) }
            if paragraph.count >= 2, indentation(paragraph[0]) >= indentation(paragraph[1]) + 2 { firstLineIndent = indentation(paragraph[0]) }
            if preambleOpened, lastParagraphNumber == 0, let first = paragraph.first,
               PDFLabel.paragraphNumber(bytes, lines[first].contentStart, lines[first].contentEnd) == nil,
               let letter = clauseFirstScalar(first) {
                if ScalarClass.isUppercase(letter) { preambleClauseStarts.capitalized += 1 } else { preambleClauseStarts.other += 1 }
            }
            // A preamble's opening: one line ending with a comma, a few words without a digit ("The Security Council,").
            // A comma of any script: "安全保障理事会は、", "የፀጥታው ምክር ቤት፣".
            if paragraph.count == 1, !preambleOpened, lastScalar(paragraph[0]).map(ScalarClass.isClauseComma) == true {
                let scalars = ScalarText.scalars(bytes, lines[paragraph[0]].contentStart, lines[paragraph[0]].contentEnd)
                preambleOpened = scalars.count <= PreambleOpeningSplitter.maximumOpeningLength
                    && scalars.split(whereSeparator: ScalarClass.isWhitespace).count <= PreambleOpeningSplitter.maximumWords
                    && !scalars.contains(where: { ScalarClass.digit($0) != nil })
                if preambleOpened {
                    preambleOpening = paragraph[0]
                    preambleMark = lastScalar(paragraph[0])
                }
            } else if !preambleOpened, lastParagraphNumber == 0, let first = paragraph.first, let last = paragraph.last,
                      lastScalar(last).map(ScalarClass.isClauseComma) == true, namesPartiesBelow(first) {
                // "The Republic of Freedonia and the Kingdom of Borduria, hereinafter" / "referred to as "the Parties",":
                // a bilateral agreement's opening that names its Parties opens the preamble, over any number of lines.
                preambleOpened = true
                preambleOpening = first
                preambleMark = lastScalar(last)
            } else if !preambleOpened, lastParagraphNumber == 0, let first = paragraph.first, let last = paragraph.last,
                      lastScalar(last).map(ScalarClass.isClauseComma) == true, let opening = runInOpening(first) {
                // "The General Assembly, Recalling …,": an opening written on the line of the first clause opens the
                // preamble as one on a line of its own does; the clause after it is the preamble's first.
                preambleOpened = true
                preambleOpening = first
                preambleMark = opening.mark
                if ScalarClass.isUppercase(opening.clauseLetter) { preambleClauseStarts.capitalized += 1 } else { preambleClauseStarts.other += 1 }
            }
            if let first = paragraph.first, continuesDecimals(first), let label = decimalLabel(first) {
                lastDecimal = label.components
            }
            if let first = paragraph.first,
               let number = PDFLabel.paragraphNumber(bytes, lines[first].contentStart, lines[first].contentEnd) {
                if number == lastParagraphNumber + 1 { lastParagraphNumber = number }
                if number == 1 || number == lastCountNumber + 1 { lastCountNumber = number }
            }
            if paragraph.count == 1, let continuation = rowContinuations[paragraph[0]] {
                writer.writeRow(paragraph[0], continuation: continuation, lines, hyphenation, replacements)
            } else if !paragraph.isEmpty {
                writer.writeParagraph(paragraph, lines, hyphenation, replacements, columns: numberColumns)
            }
            paragraph.removeAll()
            paragraphOpensWithBrokenDesignation = false
            for note in pendingNotes { writer.writeParagraph(note, lines, hyphenation, replacements) }
            pendingNotes.removeAll()
        }

        var labelWaitsForText = false
        var furnitureGapAfter: Int?  // the last text line before furniture left mid-page
        // The nearest non-blank lines before and after each line, to see furniture beside a blank line.
        var previousNonBlank = [Int](repeating: -1, count: lines.count)
        var nextNonBlank = [Int](repeating: -1, count: lines.count)
        var lastSeen = -1
        for index in lines.indices {
            previousNonBlank[index] = lastSeen
            if !lines[index].isBlank { lastSeen = index }
        }
        lastSeen = -1
        for index in lines.indices.reversed() {
            nextNonBlank[index] = lastSeen
            if !lines[index].isBlank { lastSeen = index }
        }
        /// Whether a blank line has furniture (on its page) right before or after it.
        func besideFurniture(_ index: Int) -> Bool {
            [previousNonBlank[index], nextNonBlank[index]].contains { $0 >= 0 && lines[$0].page == lines[index].page && furnitureLines.contains($0) }
        }
        var openRow: Int?  // the table row (a line with column gaps ending in a number) being continued
        var rowContinuations: [Int: [Int]] = [:]
        var numberColumns: [Int: [Int]] = [:]  // line → number-only lines that are its further columns
        var closeAfterColumns = false
        /// Footnote markers are looked for from the start of the previous page (a byte offset).
        func citationSearchStart(_ pageIndex: Int) -> Int {
            for candidate in stride(from: pageIndex - 1, through: max(0, pageIndex - 1), by: -1) {
                if let first = pages[candidate].first { return lines[first].contentStart }
            }
            return pages[pageIndex].first.map { lines[$0].contentStart } ?? 0
        }

        func writeRegion(_ region: PDFColumnTableOfContents.Region) {
            let captions = region.captions.compactMap { $0 }
            let rows = (captions.isEmpty ? [] : [PDFColumnTableOfContents.Row(title: [captions[0]], cells: captions.dropFirst().map { $0 })])
                + region.rows
            for row in rows {
                let written = writer.writeRebuiltRow(title: row.title, cells: row.cells, lines, hyphenation, replacements)
                rebuiltRows.append((span: input.sourceRange(written.span.start, written.span.end),
                                    pieces: written.pieces.map { input.sourceRange($0.start, $0.end) }))
            }
        }

        // The footnote rule of each page (furniture, so not among the page's lines).
        var rules: [Int: Int] = [:]
        /// Every rule of each page, top to bottom: a text without form feeds is one page, whose annex may have notes of its own.
        var pageRules: [Int: [Int]] = [:]
        for index in furnitureSet where FootnoteRule.isRule(bytes, lines[index]) {
            rules[lines[index].page] = min(rules[lines[index].page] ?? index, index)
            pageRules[lines[index].page, default: []].append(index)
        }
        // A rule that ends its page (only furniture below it) stands over the notes at the top of the next page.
        for (page, rule) in rules where page + 1 < pages.count && rules[page + 1] == nil
            && !pages[page].contains(where: { $0 > rule && !lines[$0].isBlank }) {
            rules[page + 1] = rule
        }
        var lastFootnoteNumber = 0
        // An annex caption stood on this page or on one since the last page with notes: its own notes may start at 1.
        var annexSinceNotes = false
        var writtenRules: Set<Int> = []
        var previousPageLast: Int?
        /// Queues notes to be written after the paragraph being read. Notes marked "(1)" (as Arabic documents mark
        /// them) are footnotes only below their rule, as in clean text: the rule is written before them instead of
        /// being cut out as furniture.
        func queueNotes(_ rule: Int?, _ notes: [[Int]]) {
            if let rule, notes.contains(where: { PDFFootnoteFinder.marker(lines[$0[0]], bytes, alone: true, parenthesized: true)?.parenthesized == true }) {
                pendingNotes.append([rule])
                writtenRules.insert(rule)
            }
            pendingNotes.append(contentsOf: notes)
        }
        // The byte ranges of the notes of the page before (no note's citation stands in another note's text).
        var previousPageNotes: [Range<Int>] = []
        for (pageIndex, page) in pages.enumerated() {
            let nonBlank = page.filter { !lines[$0].isBlank && !regionLines.contains($0) }
            if lastFootnoteNumber > 0, !annexSinceNotes, nonBlank.contains(where: { Self.opensAnnex(bytes, lines[$0]) }) { annexSinceNotes = true }
            var notes = PDFFootnoteFinder.footnotes(
                nonBlank, lines, bytes, searchFrom: citationSearchStart(pageIndex),
                lastNumber: &lastFootnoteNumber, rule: rules[pageIndex], shortLength: shortLimit,
                mayRestart: annexSinceNotes, paragraphNumbers: bareHeads, skipping: previousPageNotes, replacements: &replacements)
            // Each rule's notes, to write after the page's text, or where they stand (`inPlace` below).
            var noteGroups: [(rule: Int?, notes: [[Int]])] = notes.isEmpty ? [] : [(rules[pageIndex], notes)]
            // A later rule on the page, below body text that follows the notes of the rule above it (a text without
            // form feeds is one page: an annex's own notes at its end), stands over notes too; after a count that
            // started again between the two (the annex's paragraphs or targets), they may start again at 1.
            if let first = rules[pageIndex], let later = pageRules[pageIndex]?.sorted().filter({ $0 > first }), !later.isEmpty {
                for (position, rule) in later.enumerated() {
                    let above = position == 0 ? first : later[position - 1]
                    let below = position + 1 < later.count ? later[position + 1] : Int.max
                    let noted = Set(notes.joined())
                    let between = nonBlank.filter { $0 > above && $0 < rule && !noted.contains($0) }
                    guard let start = between.first else { continue }
                    let restarted = between.contains { CountOpeningLine.opensAtOne(bytes, lines[$0].contentStart, lines[$0].contentEnd) }
                    let found = PDFFootnoteFinder.footnotes(
                        nonBlank.filter { $0 > rule && $0 < below }, lines, bytes, searchFrom: lines[start].contentStart,
                        lastNumber: &lastFootnoteNumber, rule: rule, shortLength: shortLimit,
                        mayRestart: annexSinceNotes || restarted, replacements: &replacements)
                    notes += found
                    if !found.isEmpty { noteGroups.append((rule, found)) }
                }
            }
            // Until a numbered note is found (a page with only the caption's `**` note keeps the annex's series open).
            if notes.contains(where: { PDFFootnoteFinder.marker(lines[$0[0]], bytes, alone: true, parenthesized: true)?.value != nil }) {
                annexSinceNotes = false
            }
            let noteLines = Set(notes.joined())
            previousPageNotes = notes.compactMap { note in note.first.flatMap { first in note.last.map { lines[first].contentStart..<lines[$0].contentEnd } } }
            let bodyLines = noteLines.isEmpty ? page : page.filter { !noteLines.contains($0) }
            // Blank lines at a page's edges (around removed furniture) are no paragraph breaks.
            let firstText = bodyLines.firstIndex { !lines[$0].isBlank } ?? bodyLines.count
            let lastText = bodyLines.lastIndex { !lines[$0].isBlank } ?? -1
            // A text without form feeds is one page: notes with its text below them (a body's notes above its
            // annexes) go where they stand, after the paragraph that is open over them ends.
            var inPlace: [(rule: Int?, notes: [[Int]])] = []
            if pages.count == 1, lastText >= 0 {
                let textBelow = { (group: (rule: Int?, notes: [[Int]])) in (group.notes.last?.last ?? Int.max) < bodyLines[lastText] }
                inPlace = noteGroups.filter(textBelow)
                noteGroups.removeAll(where: textBelow)
            }
            var nextInPlace = 0
            var previous: Int? = nil
            for index in bodyLines[firstText..<max(firstText, lastText + 1)] {
                while nextInPlace < inPlace.count, let first = inPlace[nextInPlace].notes.first?.first, first < index, !lines[index].isBlank {
                    queueNotes(inPlace[nextInPlace].rule, inPlace[nextInPlace].notes)
                    nextInPlace += 1
                }
                if regionLines.contains(index), let region = regionStarts[index] {
                    flushParagraph()
                    writeRegion(region)
                    previous = nil
                    openRow = nil
                    labelWaitsForText = false
                    closeAfterColumns = false
                    continue
                }
                if regionLines.contains(index) || cellRowFigures.contains(index) { continue }
                if cellRowLines.contains(index), let figures = cellRows[index] {
                    flushParagraph()
                    paragraph = [index]
                    numberColumns[index] = figures
                    flushParagraph()
                    previous = nil
                    openRow = nil
                    labelWaitsForText = false
                    furnitureGapAfter = nil
                    continue
                }
                let gapBefore = lines[index].isBlank ? nil : furnitureGapAfter
                if !lines[index].isBlank { furnitureGapAfter = nil }
                if lines[index].isBlank {
                    // A label alone waits for its text across blank lines ("1." / "" / "El día …").
                    if labelWaitsForText { continue }
                    // Blank lines around furniture that reading order left mid-page are a page break, not a
                    // paragraph break: the text after it goes on or not as across a page.
                    if besideFurniture(index) {
                        if let previous { furnitureGapAfter = previous }
                        previous = nil
                        continue
                    }
                    if previous != nil { flushParagraph() }
                    previous = nil
                    openRow = nil
                    continue
                }
                if PDFTableRow.isRow(bytes, lines[index]) {
                    // "familiares\t23–29\t7" under "III. Segmento … y sus": the last line of a wrapped contents
                    // title (in lower case, or under a labelled line), with its columns, ends the paragraph above.
                    if openRow == nil, let previous, let first = paragraph.first, !endsSentence(previous),
                       !PDFTableRow.isRow(bytes, lines[previous]),
                       !PDFLabel.startsWithLabel(bytes, lines[index].contentStart, lines[index].contentEnd),
                       startsLowercase(index) || PDFLabel.startsWithLabel(bytes, lines[first].contentStart, lines[first].contentEnd) {
                        paragraph.append(index)
                        flushParagraph()
                        openRow = nil
                        continue
                    }
                    // A row opens a unit on a sign the line shows (its columns): decided, as the line after it is.
                    if previous != nil { decidedLines.append(index) }
                    flushParagraph()
                    paragraph.append(index)
                    openRow = index
                    previous = index
                    continue
                }
                // A masthead line's columns are fields, not a table's cells: it takes no wrapped title and wraps none
                // ("Convention on Winnowing Crafts      16 April 2099" / "Fourth session      Original: English").
                if let row = openRow, previous != nil, !mastheadLines.contains(row), !mastheadLines.contains(index),
                   !PDFLabel.startsWithLabel(bytes, lines[index].contentStart, lines[index].contentEnd), !startsWithFigure(index) {
                    // A wrapped table-of-contents title: its rest goes into the row's first cell. It never
                    // starts left of its entry: a group caption there ("Annex") stands on its own. A line that opens
                    // with a figure is no wrapped title: a label no pattern reads ("Total   2 730,9   2 836,7" /
                    // "١٩-٧ …", "২১.৮ …") opens the next unit.
                    // Nor back at the row's column after a deeper rest: that is the next row's first cell
                    // ("Supplies, materials and   95.7" / "   equipment" / "Contractual services for" / "   barrel …   212.6").
                    let backAtRow = rowContinuations[row]?.last.map { indentation($0) > indentation(row) } == true
                        && indentation(index) == indentation(row)
                    if indentation(index) >= indentation(row), !backAtRow {
                        rowContinuations[row, default: []].append(index)
                        previous = index
                        continue
                    }
                    flushParagraph()
                    previous = nil
                }
                openRow = nil
                if previous != nil, !paragraph.isEmpty, PDFTableRow.isNumbersOnly(bytes, lines[index]) {
                    // A stray column of a table in reading-order output ("23–29", "7"): it ends the row above.
                    numberColumns[paragraph[paragraph.count - 1], default: []].append(index)
                    previous = index
                    closeAfterColumns = true
                    continue
                }
                if closeAfterColumns {
                    closeAfterColumns = false
                    flushParagraph()
                    previous = nil
                }
                if PDFLabel.isLabelOnly(bytes, lines[index].contentStart, lines[index].contentEnd) {
                    // A paragraph number alone on its line ("23.", set in the margin): it starts
                    // a paragraph and the next line is that paragraph's text.
                    flushParagraph()
                    paragraph.append(index)
                    labelWaitsForText = true
                    previous = index
                    continue
                }
                if labelWaitsForText, PDFLabel.startsWithLabel(bytes, lines[index].contentStart, lines[index].contentEnd) {
                    // Another label: the one alone stays a paragraph of its own.
                    labelWaitsForText = false
                    flushParagraph()
                    previous = nil
                }
                if labelWaitsForText {
                    labelWaitsForText = false
                    paragraph.append(index)
                    previous = index
                    continue
                }
                if let previous {
                    breakUndecided = false
                    if startsParagraph(index, after: previous, acrossPage: false) {
                        if !breakUndecided { decidedLines.append(index) }
                        flushParagraph()
                    }
                } else if let last = gapBefore, !paragraph.isEmpty {
                    if startsParagraph(index, after: last, acrossPage: true) { flushParagraph() }
                } else if let last = previousPageLast, !paragraph.isEmpty {
                    if startsParagraph(index, after: last, acrossPage: true) { flushParagraph() }
                } else {
                    flushParagraph()
                    if index > 0, lines[index - 1].isBlank { blankSeparatedLines.append(index) }
                }
                paragraph.append(index)
                previous = index
            }
            if let previous { previousPageLast = previous }
            for group in inPlace[nextInPlace...] + noteGroups { queueNotes(group.rule, group.notes) }
            if paragraph.isEmpty { flushParagraph() }
        }
        flushParagraph()

        let furniture = (furnitureSet.filter { !writtenRules.contains($0) }.map { (start: lines[$0].contentStart, end: lines[$0].contentEnd) } + gluedFurniture)
            .sorted { $0.start < $1.start }
            .map { (range: input.sourceRange($0.start, $0.end), text: String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)) }
        let decidedStarts = decidedLines.map { input.sourceRange(lines[$0].contentStart, lines[$0].contentStart).start }
        let blankSeparatedStarts = blankSeparatedLines.map { input.sourceRange(lines[$0].contentStart, lines[$0].contentStart).start }
        let offsets = input.composedOffsets(writer.takeFinishedIndices())
        guard spill != nil else {
            var result = Result(
                text: DecodedText(utf8: writer.output, encoding: input.encoding, byteOrderMarkLength: input.byteOrderMarkLength,
                                  offsetTable: offsets),
                furniture: furniture, rebuiltRows: rebuiltRows)
            result.decidedStarts = decidedStarts
            result.blankSeparatedStarts = blankSeparatedStarts
            return result
        }
        writer.finishSpill()
        var result = Result(text: DecodedText(utf8: [], encoding: input.encoding, byteOrderMarkLength: input.byteOrderMarkLength, offsetTable: nil),
                            furniture: furniture, rebuiltRows: rebuiltRows,
                            spilled: writer.spillFailed ? nil : (writer.checksum, offsets))
        result.decidedStarts = decidedStarts
        result.blankSeparatedStarts = blankSeparatedStarts
        return result
    }

    /// The last `count` (or fewer) scalars of the valid UTF-8 `bytes[start..<end]`, in order.
    static func lastScalars(_ bytes: [UInt8], _ start: Int, _ end: Int, count: Int) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(count)
        var index = end
        while index > start, scalars.count < count {
            let limit = index
            index -= 1
            while index > start, bytes[index] & 0xC0 == 0x80 { index -= 1 }
            scalars.append(ScalarText.decode(bytes, index, limit).scalar)
        }
        scalars.reverse()
        return scalars
    }

    /// Whether `line` is an annex's caption (`Annex I`, `Annexe II**`, `Приложение`: `CaptionRecognizer`): a page
    /// that holds one may start its footnotes again at 1, the annex's own series (`PDFFootnoteFinder`).
    static func opensAnnex(_ bytes: [UInt8], _ line: PDFLine) -> Bool {
        guard line.contentEnd - line.contentStart <= 400 else { return false }
        let scalars = ScalarText.scalars(bytes, line.contentStart, line.contentEnd)
        guard CaptionRecognizer.annexCaptionMayMatch(scalars) else { return false }
        return CaptionRecognizer.annexCaptionLabel(scalars: scalars) != nil
    }
}

private extension Array where Element == Unicode.Scalar {
    /// The scalars without the point of an abbreviation that ends them ("… 2032 r." → "… 2032 r").
    func droppingAbbreviationPoint() -> [Unicode.Scalar] {
        guard count >= 2, last == ".", self[count - 2].properties.isAlphabetic else { return self }
        return Array(dropLast())
    }
}
