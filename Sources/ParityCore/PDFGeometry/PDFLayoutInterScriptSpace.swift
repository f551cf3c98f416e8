/// Drops the space that `pdftotext -layout` writes for the gap a layout
/// engine sets between a Han ideograph or kana and a Latin letter or figure
/// ("2025 年 2 月 3 日" is "2025年2月3日"), as the geometry reading does
/// (`PDFGeometryReading.isInterScriptGap`). Only a single space goes: a
/// wider gap (a column, a tab stop) stays, and so does the space after a
/// decimal label that opens a line ("3.2 データ", "1.1 到2030年"). Next to
/// punctuation ("2.1 「取水」", "(d) その他") nothing changes. A space typed
/// between an ideograph and a Latin word cannot be told from that spacing
/// and is dropped too. Only spaces are left out.
public enum PDFLayoutInterScriptSpace {
    /// `text` (UTF-8) without the spaces between CJK and Latin letters or figures.
    public static func dropping(_ text: [UInt8]) -> [UInt8] {
        // Only text with an ideograph or kana (three-byte UTF-8 from E3 to E9) can change.
        guard text.contains(where: { (0xE3...0xE9).contains($0) }) else { return text }
        let lines = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return Array(lines.map { line(Array($0.unicodeScalars)) }.joined(separator: "\n").utf8)
    }

    static func line(_ scalars: [Unicode.Scalar]) -> String {
        var text = String.UnicodeScalarView()
        // Where the line's first word ends: a decimal label there keeps its space.
        var firstWordEnd = 0
        while firstWordEnd < scalars.count, scalars[firstWordEnd] == " " { firstWordEnd += 1 }
        let firstWordStart = firstWordEnd
        while firstWordEnd < scalars.count, scalars[firstWordEnd] != " " { firstWordEnd += 1 }
        let labelFirst = PDFGeometryReading.isDecimalLabel(String(String.UnicodeScalarView(scalars[firstWordStart..<firstWordEnd])))
        for (index, scalar) in scalars.enumerated() {
            if scalar == " ", index > 0, index + 1 < scalars.count, scalars[index - 1] != " ", scalars[index + 1] != " ",
               !(labelFirst && index == firstWordEnd) {
                let left = scalars[index - 1]
                let right = scalars[index + 1]
                let leftCJK = PDFGeometryReading.isIdeographOrKana(left)
                if leftCJK ? PDFGeometryReading.isLatinLetterOrDigit(right)
                    : (PDFGeometryReading.isIdeographOrKana(right) && PDFGeometryReading.isLatinLetterOrDigit(left)) {
                    continue
                }
            }
            text.append(scalar)
        }
        return String(text)
    }
}
