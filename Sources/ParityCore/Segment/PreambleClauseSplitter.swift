/// Pass 2c: a treaty's preamble written as short clauses, one under the
/// other without blank lines, is counted by what the document shows: each
/// clause starts on its own line after a line that ends with a comma or
/// semicolon. In a hard-wrapped text the wrap width alone would join such
/// lines when they run close to it ("Recalling … Velmar," / "Noting that …",
/// "ссылаясь на …," / "отмечая, что …"), so a version printed wrapped would
/// count fewer preambular paragraphs than one that sets them apart.
///
/// The preamble is found by its shape, in any language: an opening (one line
/// ending with a comma, `PreambularOpening` or at most
/// `PreambleOpeningSplitter.maximumWords` words without a digit), then
/// lines up to a line ending with a colon (the words of agreement, "Have
/// agreed as follows:", "согласились о нижеследующем:") or an article line
/// (`ArticleLine`). Inside it a unit is cut before a line when the line above
/// ends with a clause's comma or semicolon and the line starts with a letter
/// of the case the first clause starts with (a capital in English or Spanish,
/// lower case in Russian or German, any letter in a script without case): a
/// wrap inside a clause ("… in" / "particular …") cuts nothing. The words of
/// agreement after the last clause are cut off too, when they start with a
/// capital or with the clauses' case.
enum PreambleClauseSplitter {
    /// Lines of the preamble looked at after its opening.
    static let maximumPreambleLines = 80
    /// Lines before the opening looked at.
    static let maximumOpeningLine = 60
    /// Longest words of agreement (scalars).
    static let maximumAgreementLength = 80

    /// Cuts the units of a treaty's preamble at the start of each clause, in place.
    static func split(_ bytes: [UInt8], _ lines: [TextLine], _ units: inout [RawBlock]) {
        guard let opening = openingLine(bytes, lines) else { return }
        var end = opening + 1
        var closed = false
        var agreement = false
        while end < lines.count, end - opening <= maximumPreambleLines {
            let line = lines[end]
            if line.isBlank {
                end += 1
                continue
            }
            let scalars = ScalarText.scalars(bytes, line.contentStart, min(line.contentEnd, line.contentStart + 4 * (ArticleLine.maximumLength + ArticleLine.maximumTitleLength)))
            if ArticleLine.match(scalars) != nil || (scalars.count <= maximumAgreementLength && scalars.last.map(ScalarClass.isColon) == true) {
                closed = true
                agreement = ArticleLine.match(scalars) == nil
                break
            }
            // A numbered paragraph or a sentence's end: no treaty's preamble of clauses.
            if scalars.first.map({ ScalarClass.digit($0) != nil }) == true || ScalarText.endsWithTerminalPunctuation(scalars) { return }
            end += 1
        }
        guard closed, let clauseCase = firstLetterCase(bytes, lines, from: opening + 1, to: end) else { return }
        var cuts = Set<Int>()
        for index in (opening + 1)..<end where !lines[index].isBlank && !lines[index - 1].isBlank {
            guard HardWrapContinuation.endsWithClauseMark(bytes, lines[index - 1]),
                  letterCase(bytes, lines[index]) == clauseCase else { continue }
            cuts.insert(index)
        }
        // The words of agreement after the last clause are a unit of their own ("… на ремонт," / "согласились о нижеследующем:").
        // Words in lower case after clauses that start with a capital ("…," / "have agreed as follows:") are the last
        // clause's own words, wrapped: they stay in it.
        if agreement, !lines[end - 1].isBlank, HardWrapContinuation.endsWithClauseMark(bytes, lines[end - 1]),
           let wordsCase = letterCase(bytes, lines[end]), wordsCase == clauseCase || wordsCase == .upper { cuts.insert(end) }
        guard !cuts.isEmpty else { return }
        var result: [RawBlock] = []
        result.reserveCapacity(units.count + cuts.count)
        for unit in units {
            let inside = unit.lines.filter { cuts.contains($0) && $0 > unit.lines.lowerBound }
            guard !inside.isEmpty else {
                result.append(unit)
                continue
            }
            var start = unit.lines.lowerBound
            for cut in inside + [unit.lines.upperBound] {
                result.append(RawBlock(lines: start..<cut, wrappedLines: min(unit.wrappedLines, cut - start - 1)))
                start = cut
            }
        }
        units = result
    }

    /// The opening: a line ending with a comma, after a blank line or a line
    /// that ends no clause, that is an opening (`PreambularOpening`) or short,
    /// without digits, starting with a capital or a caseless letter.
    private static func openingLine(_ bytes: [UInt8], _ lines: [TextLine]) -> Int? {
        for index in lines.indices.prefix(maximumOpeningLine) where !lines[index].isBlank {
            let line = lines[index]
            guard line.contentEnd - line.contentStart <= PreambleOpeningSplitter.maximumOpeningLength * 4,
                  HardWrapContinuation.endsWithComma(bytes, line) else { continue }
            if index > 0, !lines[index - 1].isBlank, HardWrapContinuation.endsWithClauseMark(bytes, lines[index - 1]) { return nil }
            let scalars = ScalarText.scalars(bytes, line.contentStart, line.contentEnd)
            guard scalars.count <= PreambleOpeningSplitter.maximumOpeningLength else { return nil }
            if PreambularOpening.isOpening(scalars) { return index }
            let words = scalars.split(whereSeparator: ScalarClass.isWhitespace)
            guard words.count <= PreambleOpeningSplitter.maximumWords, !scalars.contains(where: { ScalarClass.digit($0) != nil }),
                  let first = ScalarText.firstLetter(scalars), ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first)
            else { return nil }
            return index
        }
        return nil
    }

    private enum LetterCase: Equatable { case upper, lower, caseless }

    /// The case of the first letter of the first non-blank line in `start..<end`.
    private static func firstLetterCase(_ bytes: [UInt8], _ lines: [TextLine], from start: Int, to end: Int) -> LetterCase? {
        guard start < end, let index = (start..<end).first(where: { !lines[$0].isBlank }) else { return nil }
        return letterCase(bytes, lines[index])
    }

    /// The case of the line's first scalar when it is a letter, else `nil`.
    private static func letterCase(_ bytes: [UInt8], _ line: TextLine) -> LetterCase? {
        guard let first = ScalarText.firstScalar(bytes, line.contentStart, line.contentEnd), first.properties.isAlphabetic else { return nil }
        if ScalarClass.isUppercase(first) { return .upper }
        if ScalarClass.isLowercase(first) { return .lower }
        return ScalarClass.isCaselessLetter(first) ? .caseless : nil
    }
}
