/// Pass 1c: sets a resolution's or treaty's preambular opening apart when
/// the first preambular paragraph runs on after it on the same line — "Rada
/// bezpečnosti, připomínajíc své rezoluce …,", "O Consello de Seguridade,
/// lembrando …," (a tab or spaces may stand after the comma) — as every
/// version that sets the opening on a line of its own reads it
/// (`PreambularOpening`, `BlockClassifier.opensPreambleByShape`).
///
/// Only the first line of the document that opens a unit and ends a clause
/// (with a comma or semicolon, as preambular paragraphs end) is looked at.
/// It is split after its first comma when the text before the comma is an
/// opening — a known organ or treaty party (`PreambularOpening`), or by
/// shape: at most `maximumWords` words, no digit and no parenthesis, a
/// capital or caseless first letter — and the text after it starts in lower
/// case (in a language that writes preambular verbs with a capital, only a
/// known opening is split), and the next non-blank line is another
/// preambular paragraph (it ends a clause) or the first operative one (it
/// starts with a digit). The two parts become two lines with an empty
/// line between them, so that they are two units; their byte ranges
/// still cover the line exactly once.
enum PreambleOpeningSplitter {
    /// Most words before the comma of an opening known by its shape.
    static let maximumWords = 8
    /// Longest opening (scalars), as `PreambularOpening` reads it.
    static let maximumOpeningLength = 80
    /// Longest line looked at (bytes).
    static let maximumLineBytes = 4000

    /// `lines` with the opening set apart, when the first clause-ending line holds one, and the
    /// index of the line split (two lines stand after it that were not there), if any.
    static func split(_ bytes: [UInt8], _ lines: [TextLine]) -> (lines: [TextLine], splitLine: Int?) {
        guard let index = firstClauseLine(bytes, lines), let cut = openingEnd(bytes, lines, index) else { return (lines, nil) }
        let line = lines[index]
        var rest = cut
        while rest < line.contentEnd, bytes[rest] == 0x20 || bytes[rest] == 0x09 { rest += 1 }
        var result = Array(lines[..<index])
        result.reserveCapacity(lines.count + 2)
        result.append(TextLine(start: line.start, end: rest, contentStart: line.contentStart, contentEnd: cut))
        result.append(TextLine(start: rest, end: rest, contentStart: rest, contentEnd: rest))
        result.append(TextLine(start: rest, end: line.end, contentStart: rest, contentEnd: line.contentEnd))
        result.append(contentsOf: lines[(index + 1)...])
        return (result, index)
    }

    /// The first line that opens a unit (after a blank line) and ends with a comma or semicolon.
    private static func firstClauseLine(_ bytes: [UInt8], _ lines: [TextLine]) -> Int? {
        var afterBlank = true
        for (index, line) in lines.enumerated() {
            if line.isBlank {
                afterBlank = true
                continue
            }
            defer { afterBlank = false }
            guard afterBlank else { continue }
            if endsClause(bytes, line) { return line.contentEnd - line.contentStart <= maximumLineBytes ? index : nil }
        }
        return nil
    }

    /// Whether the line ends with a comma or a semicolon (Latin, Arabic, full-width).
    private static func endsClause(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        let scalars = ScalarText.scalars(bytes, max(line.contentStart, line.contentEnd - 8), line.contentEnd)
        guard let last = scalars.last else { return false }
        return last == "," || last == ";" || last == "،" || last == "؛" || last == "，" || last == "；"
    }

    /// The byte offset just after the opening's comma in line `index`, if the line holds an opening and more.
    private static func openingEnd(_ bytes: [UInt8], _ lines: [TextLine], _ index: Int) -> Int? {
        let line = lines[index]
        // Unfolded: the opening's scalars give the byte offset of its comma.
        let scalars = ScalarTextRaw.scalars(bytes, line.contentStart, min(line.contentEnd, line.contentStart + maximumOpeningLength * 4 + 8))
        guard let comma = scalars.prefix(maximumOpeningLength).firstIndex(where: { $0 == "," || $0 == "،" || $0 == "，" }), comma > 0 else { return nil }
        let opening = Array(scalars[0...comma])
        var after = comma + 1
        while after < scalars.count, ScalarClass.isWhitespace(scalars[after]) { after += 1 }
        // Something must follow on the line: an opening alone is a unit already.
        guard after > comma + 1, after < scalars.count, let firstAfter = ScalarText.firstLetter(Array(scalars[after...])),
              firstAfter == scalars[after] else { return nil }
        let known = PreambularOpening.isOpening(opening)
        guard known || ScalarClass.isLowercase(firstAfter) && opensByShape(opening) else { return nil }
        guard followsAsPreamble(bytes, lines, index) else { return nil }
        var offset = line.contentStart
        for scalar in opening { offset += UTF8.width(scalar) }
        return offset
    }

    /// An opening known by its shape: few words, a capital or caseless first letter, no digit, no parenthesis.
    private static func opensByShape(_ opening: [Unicode.Scalar]) -> Bool {
        guard let first = opening.first, ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first),
              !opening.contains(where: { ScalarClass.digit($0) != nil || $0 == "(" || $0 == "（" || $0 == ":" }),
              opening.split(whereSeparator: ScalarClass.isWhitespace).count <= maximumWords else { return false }
        return true
    }

    /// Whether the next non-blank line ends a clause (another preambular paragraph) or starts with a digit (paragraph 1).
    private static func followsAsPreamble(_ bytes: [UInt8], _ lines: [TextLine], _ index: Int) -> Bool {
        var next = index + 1
        while next < lines.count, lines[next].isBlank { next += 1 }
        guard next < lines.count else { return false }
        if endsClause(bytes, lines[next]) { return true }
        return ScalarText.firstScalar(bytes, lines[next].contentStart, lines[next].contentEnd).map { ScalarClass.digit($0) != nil } ?? false
    }
}
