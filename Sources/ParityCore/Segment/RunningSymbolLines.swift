/// Pass 1c: the document's symbol repeated below its masthead, as the running
/// header of a later page that a copy without page breaks keeps: alone on its
/// line (`A/82/415` over `Annex`), or set apart by a column gap beside a
/// caption on the same line (`Annex⇥⇥A/82/415`, `A/82/415   Annex`, the
/// header and the caption of the annex's first page run into one line).
///
/// The symbol is the first one the masthead gives (a line of the first page
/// that is a symbol alone, or a symbol column `MastheadLineSplitter` reads);
/// a later line is read only when it holds exactly that symbol, so a symbol
/// quoted in running text is never touched. A line holding it beside other
/// text is cut in two at the column gap, each part a line of its own with its
/// own byte range (the input stays covered exactly once); the symbol's line is
/// page furniture (`BlockClassifier`), so the caption beside it is read as the
/// caption it is.
enum RunningSymbolLines {
    /// `lines` with a running symbol cut off the caption beside it, and the indices (into the returned lines) of the
    /// lines that are the running symbol alone.
    static func split(_ bytes: [UInt8], _ lines: [TextLine]) -> (lines: [TextLine], symbolLines: Set<Int>) {
        guard let (symbolLine, symbol) = mastheadSymbol(bytes, lines) else { return (lines, []) }
        var result: [TextLine] = []
        var symbolLines = Set<Int>()
        var changed = false
        for (index, line) in lines.enumerated() {
            guard index > symbolLine, !line.isBlank, line.contentEnd - line.contentStart >= symbol.count else {
                result.append(line)
                continue
            }
            let start = line.contentStart, end = line.contentEnd
            if end - start == symbol.count {
                if bytes[start..<end].elementsEqual(symbol) { symbolLines.insert(result.count) }
                result.append(line)
                continue
            }
            // The symbol at the line's end, after a column gap.
            if bytes[(end - symbol.count)..<end].elementsEqual(symbol), let gapStart = gapBefore(bytes, end - symbol.count, lowerBound: start),
               isCaption(bytes[start..<gapStart]) {
                result.append(TextLine(start: line.start, end: gapStart, contentStart: start, contentEnd: gapStart))
                symbolLines.insert(result.count)
                result.append(TextLine(start: gapStart, end: line.end, contentStart: end - symbol.count, contentEnd: end))
                changed = true
                continue
            }
            // The symbol at the line's start, before a column gap.
            if bytes[start..<(start + symbol.count)].elementsEqual(symbol), let textStart = gapAfter(bytes, start + symbol.count, upperBound: end),
               isCaption(bytes[textStart..<end]) {
                symbolLines.insert(result.count)
                result.append(TextLine(start: line.start, end: textStart, contentStart: start, contentEnd: start + symbol.count))
                result.append(TextLine(start: textStart, end: line.end, contentStart: textStart, contentEnd: end))
                changed = true
                continue
            }
            result.append(line)
        }
        return (changed ? result : lines, symbolLines)
    }

    /// Most words of the caption a running symbol shares its line with (`Annex`, `Annex I`, `Приложение II`).
    static let longestCaptionWords = 3

    /// Whether the text beside the symbol is a caption (at most `longestCaptionWords` words), as a page's header
    /// shares its line with: a longer text is a row of a list of documents (`E/2037/9   Report of the
    /// Secretary-General on …`), which names the symbol as its first cell.
    private static func isCaption(_ text: ArraySlice<UInt8>) -> Bool {
        var words = 0, inWord = false
        for byte in text {
            let space = byte == 0x20 || byte == 0x09
            if !space, !inWord { words += 1 }
            inWord = !space
        }
        return words <= longestCaptionWords
    }

    /// The masthead's symbol as bytes and the line that gives it: the first of the first page's lines
    /// (`MastheadLineSplitter.symbolLines`) that is a symbol alone, or that holds one as its first or last column.
    private static func mastheadSymbol(_ bytes: [UInt8], _ lines: [TextLine]) -> (line: Int, symbol: ArraySlice<UInt8>)? {
        for (index, line) in lines.prefix(MastheadLineSplitter.symbolLines).enumerated() where !line.isBlank {
            let start = line.contentStart, end = line.contentEnd
            guard end - start <= 200, bytes[start..<end].contains(0x2F) else { continue }
            if isSymbol(bytes[start..<end]) { return (index, bytes[start..<end]) }
            var last = end
            while last > start, bytes[last - 1] != 0x20, bytes[last - 1] != 0x09 { last -= 1 }
            if last > start, gapBefore(bytes, last, lowerBound: start) != nil, isSymbol(bytes[last..<end]) { return (index, bytes[last..<end]) }
            var first = start
            while first < end, bytes[first] != 0x20, bytes[first] != 0x09 { first += 1 }
            if first < end, gapAfter(bytes, first, upperBound: end) != nil, isSymbol(bytes[start..<first]) { return (index, bytes[start..<first]) }
        }
        return nil
    }

    private static func isSymbol(_ written: ArraySlice<UInt8>) -> Bool {
        guard let last = written.last, last != 0x2E, last != 0x2C, written.contains(0x2F) else { return false }
        return HeaderLineRecognizer.isSymbol(String(decoding: written, as: UTF8.self))
    }

    /// Where the column gap (a tab, or three spaces or more) right before `position` starts, with text before it.
    private static func gapBefore(_ bytes: [UInt8], _ position: Int, lowerBound: Int) -> Int? {
        var index = position
        while index > lowerBound, bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09 { index -= 1 }
        guard index > lowerBound, isColumnGap(bytes[index..<position]) else { return nil }
        return index
    }

    /// Where the text after the column gap right after `position` starts.
    private static func gapAfter(_ bytes: [UInt8], _ position: Int, upperBound: Int) -> Int? {
        var index = position
        while index < upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        guard index < upperBound, isColumnGap(bytes[position..<index]) else { return nil }
        return index
    }

    private static func isColumnGap(_ gap: ArraySlice<UInt8>) -> Bool {
        gap.contains(0x09) || gap.count >= 3
    }
}
