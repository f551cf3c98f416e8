/// Pass 2b: sets a resolution's or treaty's preambular opening apart when
/// the first preambular paragraph runs on after it on the same line — "Rada
/// bezpečnosti, připomínajíc své rezoluce …,", "O Consello de Seguridade,
/// lembrando …," (a tab or spaces may stand after the comma) — as every
/// version that sets the opening on a line of its own reads it
/// (`PreambularOpening`, `BlockClassifier.opensPreambleByShape`).
///
/// Only the first paragraph of the document that ends a clause (with a comma
/// or semicolon, as preambular paragraphs end) is looked at, by its first
/// line (a hard-wrapped paragraph's run of lines is followed to its end).
/// It is split after its first comma when the text before the comma is an
/// opening — a known organ or treaty party (`PreambularOpening`), or by
/// shape: at most `maximumWords` words, no digit and no parenthesis, a
/// capital or caseless first letter — and the text after it starts in lower
/// case (in a language that writes preambular verbs with a capital, only a
/// known opening, or one naming what a masthead line names, `namedAbove`, is
/// split), and the next paragraph is another preambular
/// one (it ends a clause) or the first operative one (it starts with a digit).
/// The two parts become two lines and two units (the second keeps the rest
/// of the paragraph); their byte ranges still cover the line exactly once.
enum PreambleOpeningSplitter {
    /// Most words before the comma of an opening known by its shape.
    static let maximumWords = 8
    /// Longest opening (scalars), as `PreambularOpening` reads it.
    static let maximumOpeningLength = 80
    /// Lines of the next paragraph looked at.
    static let maximumParagraphLines = 12
    /// Longest line looked at (bytes).
    static let maximumLineBytes = 4000

    /// Sets the opening apart in `lines` and `units` (`RawBlockBuilder`'s, made on the lines as
    /// written, so that a hard wrap is judged on the whole line), when the first clause-ending
    /// paragraph holds one and opens a unit. Returns the index of the line split: the line
    /// after it is new, and later lines moved on by one.
    static func split(_ bytes: [UInt8], _ lines: inout [TextLine], _ units: inout [RawBlock]) -> Int? {
        guard let index = firstClauseLine(bytes, lines), let cut = openingEnd(bytes, lines, index),
              let unit = units.firstIndex(where: { $0.lines.lowerBound >= index }), units[unit].lines.lowerBound == index
        else { return nil }
        let line = lines[index]
        var rest = cut
        while rest < line.contentEnd, bytes[rest] == 0x20 || bytes[rest] == 0x09 { rest += 1 }
        lines[index] = TextLine(start: line.start, end: rest, contentStart: line.contentStart, contentEnd: cut)
        lines.insert(TextLine(start: rest, end: line.end, contentStart: rest, contentEnd: line.contentEnd), at: index + 1)
        let restOfUnit = RawBlock(lines: (index + 1)..<(units[unit].lines.upperBound + 1), wrappedLines: units[unit].wrappedLines)
        units[unit] = RawBlock(lines: index..<(index + 1))
        for later in (unit + 1)..<units.count {
            units[later].lines = (units[later].lines.lowerBound + 1)..<(units[later].lines.upperBound + 1)
        }
        units.insert(restOfUnit, at: unit + 1)
        return index
    }

    /// The first line of the first paragraph that ends with a comma or semicolon: the
    /// clause-ending line itself when a blank line or the end of a sentence or clause stands
    /// before it (one paragraph a line), else the first line of its run of lines (a
    /// hard-wrapped paragraph).
    private static func firstClauseLine(_ bytes: [UInt8], _ lines: [TextLine]) -> Int? {
        var runStart: Int?
        for (index, line) in lines.enumerated() {
            if line.isBlank {
                runStart = nil
                continue
            }
            if runStart == nil { runStart = index }
            guard endsClause(bytes, line) else { continue }
            var first = index
            // A line above that could have taken this line's first word within this line's length was not wrapped into
            // it: a title or masthead line over a paragraph set on one line ("94/31. Redes …" / "A Assembleia Geral,
            // Recordando …,"), in a text with no blank lines.
            if let start = runStart, start < index, !endsClauseOrSentence(bytes, lines[index - 1]),
               !HardWrapContinuation.couldTakeFirstWord(
                   bytes, previousLength: HardWrapContinuation.length(bytes, lines[index - 1].start, lines[index - 1].contentEnd),
                   previousEnd: lines[index - 1].contentEnd, line.contentStart, line.contentEnd,
                   width: HardWrapContinuation.length(bytes, line.start, line.contentEnd)) {
                // A wrapped paragraph: back to the line after the last one that ends a clause or sentence, or that
                // could have taken the next line's first word within the paragraph's width (a title or masthead line
                // over a hard-wrapped paragraph: "91/148. Charcoal burners …" / "The General Assembly, Recalling …").
                first = start
                var width = HardWrapContinuation.length(bytes, line.start, line.contentEnd)
                for earlier in stride(from: index - 1, through: start, by: -1) {
                    if endsClauseOrSentence(bytes, lines[earlier]) {
                        first = earlier + 1
                        break
                    }
                    width = max(width, HardWrapContinuation.length(bytes, lines[earlier].start, lines[earlier].contentEnd))
                    if earlier > start, HardWrapContinuation.couldTakeFirstWord(
                        bytes, previousLength: HardWrapContinuation.length(bytes, lines[earlier - 1].start, lines[earlier - 1].contentEnd),
                        previousEnd: lines[earlier - 1].contentEnd, lines[earlier].contentStart, lines[earlier].contentEnd, width: width) {
                        first = earlier
                        break
                    }
                }
            }
            return lines[first].contentEnd - lines[first].contentStart <= maximumLineBytes ? first : nil
        }
        return nil
    }

    /// Whether the line ends a clause or a sentence (`.`, `;`, `:`, `,`, and their Arabic and full-width forms).
    private static func endsClauseOrSentence(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        if endsClause(bytes, line) { return true }
        let scalars = ScalarText.scalars(bytes, max(line.contentStart, line.contentEnd - 8), line.contentEnd)
        guard let last = scalars.last else { return false }
        return last == "." || last == ":" || last == "。" || last == "：" || last == "!" || last == "?"
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
        // A clause in lower case after an opening by shape, or a capitalised one after the organ the masthead names
        // ("Assembleia Geral" / … / "A Assembleia Geral, Recordando …,"): no table need know the organ.
        guard known || opensByShape(opening) && (ScalarClass.isLowercase(firstAfter) || namedAbove(bytes, lines, index, opening))
                && !namesTerm(Array(scalars[after...]) + wrappedRest(bytes, lines, index))
        else { return nil }
        guard followsAsPreamble(bytes, lines, index) else { return nil }
        var offset = line.contentStart
        for scalar in opening { offset += UTF8.width(scalar) }
        return offset
    }

    /// The lines after line `index` that go on its paragraph in hard-wrapped text, up to its first line that ends a
    /// clause (`ambazo baadaye zitajulikana` / `kama "Wahusika",`), one space before each; none when line `index`
    /// ends a clause itself.
    private static func wrappedRest(_ bytes: [UInt8], _ lines: [TextLine], _ index: Int) -> [Unicode.Scalar] {
        guard !endsClauseOrSentence(bytes, lines[index]) else { return [] }
        var rest: [Unicode.Scalar] = []
        var next = index + 1
        while next < lines.count, next <= index + maximumParagraphLines, !lines[next].isBlank {
            rest.append(" ")
            rest += ScalarTextRaw.scalars(bytes, lines[next].contentStart, lines[next].contentEnd)
            if endsClauseOrSentence(bytes, lines[next]) { break }
            next += 1
        }
        return rest
    }

    /// Whether the rest of the line after an opening's comma is the opening's own clause naming a term in quotation
    /// marks ("Die Republik Ruritanien und das Königreich Syldavien, im Folgenden „die Vertragsparteien“ genannt,"):
    /// at most `maximumWords` words, ending with a comma, holding a quotation mark. A bilateral agreement's opening
    /// names its Parties so; a first preambular paragraph is a clause of its own.
    static func namesTerm(_ rest: [Unicode.Scalar]) -> Bool {
        var end = rest.count
        while end > 0, ScalarClass.isWhitespace(rest[end - 1]) { end -= 1 }
        guard end > 0, rest[end - 1] == "," || rest[end - 1] == "،" || rest[end - 1] == "，",
              rest[..<end].split(whereSeparator: ScalarClass.isWhitespace).count <= maximumWords else { return false }
        return rest[..<end].contains { "\"“”„«»‹›「」".unicodeScalars.contains($0) }
    }

    /// Most letters of a leading article before the organ's name (`namedAbove`: "A", "The", "La", "Die").
    static let maximumArticleLetters = 3

    /// Whether `opening` (its comma last), a leading article of at most `maximumArticleLetters` letters aside, names
    /// what a line above line `index` names: the masthead's organ, alone on its line or as the first column of a
    /// line set in columns (a tab or three spaces) — "Assembleia Geral" above "A Assembleia Geral, Recordando …,".
    /// Case and white space aside.
    private static func namedAbove(_ bytes: [UInt8], _ lines: [TextLine], _ index: Int, _ opening: [Unicode.Scalar]) -> Bool {
        var name = Array(opening.dropLast())
        while let last = name.last, ScalarClass.isWhitespace(last) { name.removeLast() }
        var names = [name]
        if let space = name.firstIndex(where: ScalarClass.isWhitespace), space <= maximumArticleLetters,
           name[0..<space].allSatisfy({ ScalarClass.isWordLetter($0) }) {
            names.append(Array(name[(space + 1)...]))
        }
        let wanted = Set(names.filter { $0.count >= 4 }.map { ScalarLowercasing.lowercased(ArraySlice($0)) })
        guard !wanted.isEmpty else { return false }
        for above in lines[0..<index] where !above.isBlank {
            let text = ScalarTextRaw.scalars(bytes, above.contentStart, min(above.contentEnd, above.contentStart + maximumOpeningLength * 4))
            var end = 0
            var spaces = 0
            while end < text.count {
                if text[end] == "\t" { break }
                spaces = text[end] == " " ? spaces + 1 : 0
                if spaces == 3 { end -= 2; break }
                end += 1
            }
            var column = Array(text[0..<end])
            while let last = column.last, ScalarClass.isWhitespace(last) { column.removeLast() }
            if wanted.contains(ScalarLowercasing.lowercased(ArraySlice(column))) { return true }
        }
        return false
    }

    /// An opening known by its shape: few words, a capital or caseless first letter, no digit, no parenthesis.
    private static func opensByShape(_ opening: [Unicode.Scalar]) -> Bool {
        guard let first = opening.first, ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first),
              !opening.contains(where: { ScalarClass.digit($0) != nil || $0 == "(" || $0 == "（" || $0 == ":" }),
              opening.split(whereSeparator: ScalarClass.isWhitespace).count <= maximumWords else { return false }
        return true
    }

    /// Whether the paragraph after the one line `index` opens is another preambular paragraph
    /// (its last line ends a clause) or the first operative one (it starts with a digit).
    private static func followsAsPreamble(_ bytes: [UInt8], _ lines: [TextLine], _ index: Int) -> Bool {
        // The end of the paragraph that line `index` opens: its first clause-ending line.
        var end = index
        while end < lines.count, !lines[end].isBlank, !endsClause(bytes, lines[end]) { end += 1 }
        var next = end + 1
        while next < lines.count, lines[next].isBlank { next += 1 }
        guard next < lines.count else { return false }
        if ScalarText.firstScalar(bytes, lines[next].contentStart, lines[next].contentEnd).map({ ScalarClass.digit($0) != nil }) == true {
            return true
        }
        // That paragraph's lines (a wrapped one may break after "2." of a date), up to a blank line.
        var last = next
        while last < lines.count, last < next + maximumParagraphLines, !lines[last].isBlank {
            if endsClause(bytes, lines[last]) { return true }
            last += 1
        }
        return false
    }
}
