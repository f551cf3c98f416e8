/// Whether a line that holds a date is a date line — the date and little
/// more: a masthead's date, the date under an adoption heading or a
/// resolution's closing lines, a letter's date — or text in which a date
/// stands: a title that begins with its date, the order of Chinese,
/// Japanese, Korean, Hungarian, Turkish … (`2028年4月5日鲁里塔尼亚常驻联合国代表给`,
/// `2028. április 5-i levél Ruritánia …`, `5 Nisan 2028 tarihli …`), or a
/// sentence. Decided by the share of the line the date covers, counted in
/// letters and figures (scalars), in any language and script, with no list
/// of words:
///
/// - the date runs from the line's first figure through the figures that
///   follow it with at most `maximumWordsBetweenFigures` words between two
///   of them (`5 de abril de 2028`, `2028年4月5`, `2026. gada 14`,
///   `12 July 2006, at 10`), each of four figures at most (a meeting's
///   number, `제10251차`, is none of its parts), two letters at most where
///   no space stands between them (`年`, `월`; `2027年6月以来有5 200` holds a
///   date and a quantity);
/// - set apart from it, counting for nothing: what stands in brackets
///   (`(Original: English)`, `（星期五）`), a place or weekday before a
///   comma (`New York,`, `Genève,`, `Wtorek,`), white space and punctuation
///   (the trailing full stop of `2026. május 14.`);
/// - taken into it: the one word before its first figure, set apart by a
///   space (a month written first, `April 5, 2028`, a weekday, `le`), and
///   the one word after its last figure, set apart by a space or a mark,
///   that ends the line (the month of `Geneva, 1-5 September`, `года`);
/// - anything else counts against it: what is written on to its last figure
///   (`日鲁里塔尼亚常驻联合国代表给`, `-i levél …`, `일자 …`) and any more
///   words before or after it.
///
/// The line is a date line when its date counts at least as many letters
/// and figures as the rest (`isDateLine`). One pass over the line.
enum DateLineShare {
    /// Most words between two figures of one date (`5 de abril de 2028`: three).
    static let maximumWordsBetweenFigures = 3
    /// Most letters between two figures of one date (`Σεπτεμβρίου`).
    static let maximumLettersBetweenFigures = 16
    /// Most figures of one part of a date (a year).
    static let maximumFiguresOfAPart = 4
    /// Most letters joining two figures of a date without a space (`年`, `일-`).
    static let maximumUnspacedMarks = 2

    /// Whether the date of `line` (a line that holds one) covers at least half of its letters and figures.
    static func isDateLine(_ line: [Unicode.Scalar]) -> Bool {
        guard let shares = shares(line) else { return false }
        return shares.date >= shares.rest
    }

    /// The letters and figures of `line`'s date and of the rest of it (what counts against the date); `nil`
    /// when the line has no figure outside brackets.
    static func shares(_ line: [Unicode.Scalar]) -> (date: Int, rest: Int)? {
        let count = line.count
        // What counts: letters (with their marks) and figures outside brackets. Brackets left open set nothing apart.
        var counted = [Bool](repeating: false, count: count)
        let bracketsClose = bracketsBalance(line)
        var depth = 0
        for index in 0..<count {
            let scalar = line[index]
            if bracketsClose {
                if isOpeningBracket(scalar) { depth += 1; continue }
                if depth > 0 {
                    if isClosingBracket(scalar) { depth -= 1 }
                    continue
                }
            }
            counted[index] = ScalarClass.isWordLetter(scalar) || ScalarClass.digit(scalar) != nil
        }
        func isFigure(_ index: Int) -> Bool { counted[index] && ScalarClass.digit(line[index]) != nil }
        guard let first = (0..<count).first(where: isFigure) else { return nil }

        // The date: from the first figure through the figures close enough after it.
        var end = first
        while end < count, isFigure(end) { end += 1 }
        var cursor = end
        var words = 0, letters = 0, inWord = false, spaced = false
        while cursor < count {
            if isFigure(cursor) {
                // Figures joined by letters alone (no space) are a date's when one or two marks join them (`年`, `월`,
                // `V`): `2027年6月以来有5 200` holds a date and a quantity.
                guard words <= maximumWordsBetweenFigures, letters <= maximumLettersBetweenFigures,
                      spaced || letters <= maximumUnspacedMarks else { break }
                var runEnd = cursor
                while runEnd < count, isFigure(runEnd) { runEnd += 1 }
                // A day, month, year, hour or minutes has four figures at most: `제10251차` (a meeting's number) is no part.
                guard runEnd - cursor <= maximumFiguresOfAPart else { break }
                cursor = runEnd
                end = cursor
                words = 0
                letters = 0
                inWord = false
                spaced = false
                continue
            }
            if ScalarClass.isWhitespace(line[cursor]) { spaced = true }
            if counted[cursor] {
                letters += 1
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
            cursor += 1
        }
        let date = (first..<end).reduce(0) { $0 + (counted[$1] ? 1 : 0) }

        // Before it: a place or weekday up to the last comma is set apart; one word set apart by a space is the date's.
        var start = 0
        if let comma = (0..<first).last(where: { ScalarClass.isClauseComma(line[$0]) }) { start = comma + 1 }
        var before = first
        if before > start, !counted[before - 1] {
            while before > start, !counted[before - 1] {
                before -= 1
            }
            if before > start, (before..<first).contains(where: { ScalarClass.isWhitespace(line[$0]) }) {
                while before > start, counted[before - 1] { before -= 1 }
            }
        }
        var rest = (start..<before).reduce(0) { $0 + (counted[$1] ? 1 : 0) }

        // After it: one word set apart from its last figure that ends the line is the date's.
        var after = end
        if after < count, !counted[after] {
            var wordStart = after
            while wordStart < count, !counted[wordStart] { wordStart += 1 }
            var wordEnd = wordStart
            while wordEnd < count, counted[wordEnd] { wordEnd += 1 }
            if (wordEnd..<count).allSatisfy({ !counted[$0] }) { after = count }
        }
        rest += (after..<count).reduce(0) { $0 + (counted[$1] ? 1 : 0) }
        return (date, rest)
    }

    private static func isOpeningBracket(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "(" || scalar == "（" || scalar == "[" || scalar == "［"
    }

    private static func isClosingBracket(_ scalar: Unicode.Scalar) -> Bool {
        scalar == ")" || scalar == "）" || scalar == "]" || scalar == "］"
    }

    /// Whether every bracket of `line` that opens closes, and none closes that did not open.
    private static func bracketsBalance(_ line: [Unicode.Scalar]) -> Bool {
        var depth = 0
        for scalar in line {
            if isOpeningBracket(scalar) {
                depth += 1
            } else if isClosingBracket(scalar) {
                depth -= 1
                if depth < 0 { return false }
            }
        }
        return depth == 0
    }
}
