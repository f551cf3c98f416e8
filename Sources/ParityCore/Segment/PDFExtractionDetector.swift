/// Decides whether a text looks like the output of a PDF text extractor
/// (`pdftotext`), so that the PDF clean-up pass runs on it and on nothing else.
///
/// Signals: form feeds (page breaks); a text that is mostly hard-wrapped:
/// long runs of consecutive non-blank lines of similar, line-like length,
/// where a clean text puts one paragraph on one line; or, for texts of any
/// length, a UN masthead as extractors write it — a job number or barcode
/// line, or an organ merged with the symbol or `Distr.` group on one line —
/// in a text without the paragraph-long lines of a clean text. A text where more than one line in twenty runs longer
/// than a printed page's line (`longLineLength`) sets paragraphs on lines of their own: never read as extracted
/// without form feeds.
public enum PDFExtractionDetector {
    /// Lines longer than this (scalars) are longer than a printed page's line: paragraphs on one line, as clean texts
    /// write them. Reading-order extraction writes one printed line a line (of the ten real ODS PDFs, at most 3 % of
    /// the lines run longer: table rows).
    static let longLineLength = 130
    /// Non-blank lines at the top where the masthead is looked for.
    static let mastheadLines = 12

    /// Whether `bytes` look PDF-extracted.
    public static func looksExtracted(_ bytes: [UInt8]) -> Bool {
        var formFeeds = 0
        var lines = 0
        var nonBlank = 0
        var followedByNonBlank = 0
        var wrappedLength = 0
        var previousNonBlank = false
        var lineLength = 0
        var longLines = 0
        var lineHasText = false
        // Lines of a line-like length that stop on a word or figure and run on into a non-blank line.
        var openEnds = 0
        var lineEndsOpen = false
        var previousRunsOn = false
        // The same counts for lines of a narrow wrap (`narrowLineLengths`), and the longest line.
        var narrowWrapped = 0
        var narrowOpenEnds = 0
        var previousRunsOnNarrow = false
        var longestLine = 0
        // Blank lines between two lines of text (`LinePerUnitText` needs none: counted here, no line table needed).
        var innerBlankLines = 0
        var blankSinceText = false
        func closeLine() {
            lines += 1
            if lineHasText {
                if blankSinceText { innerBlankLines += 1 }
                blankSinceText = false
                nonBlank += 1
                if lineLength > longLineLength { longLines += 1 }
                longestLine = max(longestLine, lineLength)
                if previousNonBlank {
                    followedByNonBlank += 1
                    if (30...140).contains(lineLength) { wrappedLength += 1 }
                    if narrowLineLengths.contains(lineLength) { narrowWrapped += 1 }
                }
                if previousRunsOn { openEnds += 1 }
                if previousRunsOnNarrow { narrowOpenEnds += 1 }
            }
            if !lineHasText, nonBlank > 0 { blankSinceText = true }
            previousRunsOnNarrow = lineHasText && lineEndsOpen && narrowLineLengths.contains(lineLength)
            previousRunsOn = lineHasText && lineEndsOpen && (30...140).contains(lineLength)
            previousNonBlank = lineHasText
            lineLength = 0
            lineHasText = false
        }
        // A line at a time: its leading blanks, then its text up to the line feed, counted in one
        // tight loop (a scalar per byte that is neither a continuation byte nor a form feed).
        bytes.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            var index = 0
            while true {
                while index < n {
                    let byte = buffer[index]
                    if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                        index += 1
                    } else if byte == 0x0C {
                        formFeeds += 1
                        index += 1
                    } else {
                        break
                    }
                }
                if index < n, buffer[index] != 0x0A {
                    let textStart = index
                    var uncounted = 0
                    var lineFormFeeds = 0
                    while index < n {
                        let byte = buffer[index]
                        if byte == 0x0A { break }
                        uncounted &+= byte & 0xC0 == 0x80 || byte == 0x0C ? 1 : 0
                        lineFormFeeds &+= byte == 0x0C ? 1 : 0
                        index += 1
                    }
                    formFeeds += lineFormFeeds
                    lineLength = index - textStart - uncounted
                    lineHasText = true
                    lineEndsOpen = endsOnWordOrFigure(buffer, textStart, index)
                }
                closeLine()
                if index >= n { break }
                index += 1
            }
        }
        if formFeeds > 0 && nonBlank > 0 { return true }
        // More than one line in twenty longer than a printed page's line: paragraphs on one line, a clean text.
        guard longLines * 20 <= nonBlank else { return false }
        if hasExtractedMasthead(bytes) { return true }
        // Hard-wrapped: most non-blank lines follow another non-blank line and have a line-like length, and a wrap
        // blind to punctuation breaks some of them between two words. A text set one clause a line without blank
        // lines (a resolution whose every line ends with `,` `;` or `.`) has the lengths but not the open ends.
        // A text with no line longer than a narrow wrap (a syllabary or Yi text wrapped at about 30 characters, every
        // syllable one scalar) has no paragraph on one line at all, as a clean text has: its lines are line-like from
        // `narrowLineLengths` on.
        if longestLine <= narrowWrapLongestLine {
            wrappedLength += narrowWrapped
            openEnds += narrowOpenEnds
        }
        // A text with no blank lines set one unit a line, whose open ends are titles over a line that ends a sentence
        // and could have taken their next word (`LinePerUnitText`: an annotated agenda), shows no wrap at all.
        return nonBlank >= 20 && followedByNonBlank * 10 >= nonBlank * 7 && wrappedLength * 2 >= nonBlank
            && openEnds * 4 >= wrappedLength && (innerBlankLines > 0 || !LinePerUnitText.holds(bytes, LineScanner.lines(in: bytes)))
    }

    /// Lengths (scalars) of the lines of a narrow wrap, short of the usual line-like length.
    static let narrowLineLengths = 12..<30
    /// Longest line of a text read as wrapped narrowly (`narrowLineLengths`): a clean text's paragraphs run longer.
    static let narrowWrapLongestLine = 40

    /// Whether `buffer[start..<end]` (a line's text) ends on a letter or a digit of any script, white space, closing
    /// brackets and quotation marks left aside: a line a wrap may have broken, not one that ends a clause or sentence.
    private static func endsOnWordOrFigure(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var end = end
        while end > start {
            let byte = buffer[end - 1]
            guard byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == UInt8(ascii: ")")
                    || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "]") else { break }
            end -= 1
        }
        guard end > start else { return false }
        var scalarStart = end - 1
        while scalarStart > start, buffer[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
        let (scalar, _) = ScalarText.decode(buffer, scalarStart, end)
        if ScalarClass.isClosingMark(scalar) { return true }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Whether the first non-blank lines hold a printing-mark line
    /// (`PrintingMark`) or a masthead line merged by an extractor
    /// (`MastheadLineSplitter.isMergedByExtractor`).
    static func hasExtractedMasthead(_ bytes: [UInt8]) -> Bool {
        var seen = 0
        var lineStart = 0
        var index = 0
        while index <= bytes.count, seen < mastheadLines {
            guard index == bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D else {
                index += 1
                continue
            }
            var start = lineStart
            var end = index
            while start < end, PDFLine.isBlankByte(bytes[start]) || bytes[start] == 0x0C { start += 1 }
            while end > start, PDFLine.isBlankByte(bytes[end - 1]) || bytes[end - 1] == 0x0C { end -= 1 }
            if end > start {
                seen += 1
                if end - start <= 240 {
                    if PrintingMark.isPrintingMarkLine(String(decoding: bytes[start..<end], as: UTF8.self)) { return true }
                    if MastheadLineSplitter.isMergedByExtractor(bytes, start, end) { return true }
                }
            }
            index += 1
            lineStart = index
        }
        return false
    }
}
