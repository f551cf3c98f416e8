/// Pass 2a: sets an article's number apart from the first sentence printed on its line ("第一条　この協定の目的は、…。",
/// "Article 1. The purpose of this Agreement is …", as statutes and some treaties print them), as every version that
/// sets the number on a line of its own reads it: the number is the article's line (`ArticleLine`), the sentence the
/// first paragraph of the article.
///
/// A line is split only when the document numbers its articles so: at least `minimumArticles` units open with an
/// article's label alone (`Article 1.`, `第一条`: `ArticleLine.number`) followed by white space and text that opens
/// with a capital or a caseless letter, the unit ending a sentence, and each such number goes on from the article
/// before it (article lines set alone count too) or starts a count at 1. "Article 5 of the Convention provides …"
/// opens no article (lower case after the label), nor a contents row or a titled article line (no sentence's end).
/// The two parts become two lines and two units, their byte ranges covering the line exactly once.
enum RunInArticleSplitter {
    /// Run-in articles needed before any line is split.
    static let minimumArticles = 2
    /// Scalars of a line read for its label.
    static let labelScalars = ArticleLine.maximumLength + 8

    /// Splits the run-in articles of `units` in `lines` and `units`, in place. Returns the indices (as they were
    /// before the split, ascending) of the lines split: the line after each is new, later lines moved on.
    static func split(_ bytes: [UInt8], _ lines: inout [TextLine], _ units: inout [RawBlock]) -> [Int] {
        var cuts: [(unit: Int, labelEnd: Int, restStart: Int)] = []
        var lastNumber = 0
        for (index, unit) in units.enumerated() {
            let line = lines[unit.lines.lowerBound]
            guard !line.isBlank, ArticleLine.mayMatch(bytes, line.contentStart, line.contentEnd) else { continue }
            if unit.lines.count == 1, line.contentEnd - line.contentStart <= (ArticleLine.maximumLength + ArticleLine.maximumTitleLength) * 4,
               let match = ArticleLine.match(ScalarText.scalars(bytes, line.contentStart, line.contentEnd)) {
                lastNumber = match.number
                continue
            }
            guard let runIn = runIn(bytes, line), runIn.number == lastNumber + 1 || runIn.number == 1 else { continue }
            let last = lines[unit.lines.upperBound - 1]
            guard ScalarText.endsSentence(ScalarText.scalars(bytes, max(last.contentStart, last.contentEnd - 16), last.contentEnd)) else { continue }
            cuts.append((index, runIn.labelEnd, runIn.restStart))
            lastNumber = runIn.number
        }
        guard cuts.count >= minimumArticles else { return [] }
        let split = cuts.map { units[$0.unit].lines.lowerBound }
        // Lines and units rebuilt in one pass each (linear in the document, however many articles are split).
        var cutLines: [Int: (labelEnd: Int, restStart: Int)] = [:]
        for (cut, index) in zip(cuts, split) { cutLines[index] = (cut.labelEnd, cut.restStart) }
        var newLines: [TextLine] = []
        newLines.reserveCapacity(lines.count + cuts.count)
        for (index, line) in lines.enumerated() {
            guard let cut = cutLines[index] else { newLines.append(line); continue }
            newLines.append(TextLine(start: line.start, end: cut.restStart, contentStart: line.contentStart, contentEnd: cut.labelEnd))
            newLines.append(TextLine(start: cut.restStart, end: line.end, contentStart: cut.restStart, contentEnd: line.contentEnd))
        }
        var newUnits: [RawBlock] = []
        newUnits.reserveCapacity(units.count + cuts.count)
        var shift = 0, nextCut = 0
        for (position, unit) in units.enumerated() {
            let lower = unit.lines.lowerBound + shift
            if nextCut < cuts.count, cuts[nextCut].unit == position {
                newUnits.append(RawBlock(lines: lower..<(lower + 1)))
                newUnits.append(RawBlock(lines: (lower + 1)..<(unit.lines.upperBound + shift + 1), wrappedLines: unit.wrappedLines))
                shift += 1
                nextCut += 1
            } else {
                var moved = unit
                moved.lines = lower..<(unit.lines.upperBound + shift)
                newUnits.append(moved)
            }
        }
        lines = newLines
        units = newUnits
        return split
    }

    /// The article number a line opens with, alone before white space and text that opens with a capital or a
    /// caseless letter, with the byte offsets where the label ends and the text starts.
    static func runIn(_ bytes: [UInt8], _ line: TextLine) -> (number: Int, labelEnd: Int, restStart: Int)? {
        var end = min(line.contentEnd, line.contentStart + labelScalars * 4)
        while end > line.contentStart, end < line.contentEnd, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        var scalars: [Unicode.Scalar] = [], offsets: [Int] = []
        var at = line.contentStart
        for scalar in String(decoding: bytes[line.contentStart..<end], as: UTF8.self).unicodeScalars {
            offsets.append(at)
            scalars.append(scalar)
            at += scalar.utf8.count
        }
        offsets.append(at)
        for cut in scalars.indices.dropFirst() where ScalarClass.isWhitespace(scalars[cut]) && !ScalarClass.isWhitespace(scalars[cut - 1]) {
            guard let match = ArticleLine.match(Array(scalars[..<cut])) else { continue }
            guard match.titleStart == nil else { return nil }
            var rest = cut
            while rest < scalars.count, ScalarClass.isWhitespace(scalars[rest]) { rest += 1 }
            guard rest < scalars.count, let first = ScalarText.firstLetter(Array(scalars[rest...])), first == scalars[rest],
                  ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first) else { return nil }
            return (match.number, offsets[cut], offsets[rest])
        }
        return nil
    }
}
