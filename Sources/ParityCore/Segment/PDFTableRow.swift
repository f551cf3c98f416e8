/// A table row in `pdftotext -layout` output, such as a table-of-contents
/// entry: a line with a column gap (three or more spaces, or a tab) whose
/// last column is a number or a number range ("23–29", "7", "21") or a figure
/// ("2,905.2", "2.981,4"), possibly
/// with a table note marker glued to it ("235c"). The
/// gap after a leading label ("1.   The present report … resolution
/// 1979") does not count: that is a paragraph's first line.
enum PDFTableRow {
    /// Whether `line` is such a row.
    static func isRow(_ bytes: [UInt8], _ line: PDFLine) -> Bool {
        guard let gap = firstGap(bytes, line), gap > line.contentStart else { return false }
        if LabelOnlyLine.isLabelOnly(bytes, line.contentStart, gap) {
            // The gap after a paragraph number ("1.   The present report … resolution 1979") is no
            // column gap: a row needs another one ("I.   Introduction   1–3   3").
            var after = gap
            while after < line.contentEnd, bytes[after] == 0x20 || bytes[after] == 0x09 { after += 1 }
            guard firstGap(bytes, PDFLine(page: line.page, contentStart: after, contentEnd: line.contentEnd, length: 0)) != nil else {
                return false
            }
        }
        var start = line.contentEnd
        while start > line.contentStart, bytes[start - 1] != 0x20, bytes[start - 1] != 0x09 { start -= 1 }
        var lastEnd = line.contentEnd
        // A table note marker glued to the figure ("235c") belongs to the cell.
        if lastEnd - start >= 2, bytes[lastEnd - 1] >= 0x61, bytes[lastEnd - 1] <= 0x7A,
           bytes[lastEnd - 2] >= 0x30, bytes[lastEnd - 2] <= 0x39 { lastEnd -= 1 }
        // Digits of any script, with "-" or an en dash between them, or a figure's group or decimal separator
        // ("2,905.2", "2.981,4", "২,৬৫০.০", "٤١٢٫٥": a point, a comma or an Arabic sign between two digits).
        guard start < lastEnd, bytes[start] >= 0x80 || (0x30...0x39).contains(bytes[start]) else { return false }
        let last = ScalarText.scalars(bytes, start, lastEnd)
        guard let first = last.first, DecimalDigit.value(first) != nil else { return false }
        for (index, scalar) in last.enumerated() where DecimalDigit.value(scalar) == nil && scalar != "-" && scalar != "\u{2013}" {
            guard scalar == "." || scalar == "," || scalar == "\u{066B}" || scalar == "\u{066C}", index > 0, index + 1 < last.count,
                  DecimalDigit.value(last[index - 1]) != nil, DecimalDigit.value(last[index + 1]) != nil else { return false }
        }
        return true
    }

    /// Offset of the first column gap in the line (three spaces or a tab), if any.
    static func firstGap(_ bytes: [UInt8], _ line: PDFLine) -> Int? {
        firstGap(bytes, line.contentStart, line.contentEnd)
    }

    /// Offset of the first column gap in `bytes[start..<end]` (three spaces or a tab), if any.
    static func firstGap(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int? {
        var index = start
        while index < end {
            if bytes[index] == 0x09 { return index }
            if bytes[index] == 0x20, index + 2 < end, bytes[index + 1] == 0x20, bytes[index + 2] == 0x20 { return index }
            index += 1
        }
        return nil
    }

    /// Whether the line holds only one or two numbers or number ranges ("23–29", "23–29 7", "21").
    static func isNumbersOnly(_ bytes: [UInt8], _ line: PDFLine) -> Bool {
        guard !line.isBlank else { return false }
        var tokens = 0
        var index = line.contentStart
        var inToken = false
        while index < line.contentEnd {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 {
                inToken = false
                index += 1
            } else if byte >= 0x30 && byte <= 0x39 || (inToken && byte == UInt8(ascii: "-")) {
                if !inToken { tokens += 1 }
                inToken = true
                index += 1
            } else if inToken, byte == 0xE2, index + 2 < line.contentEnd, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 {
                index += 3
            } else {
                return false
            }
        }
        return tokens >= 1 && tokens <= 2
    }
}
