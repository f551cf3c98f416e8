/// The session, agenda-item and adoption lines of a masthead in a language
/// no table knows, read from the document's own evidence rather than from
/// words: the session the document's symbol names (`A/RES/86/45` → 86,
/// `A/87/L.3` → 87; `E/2040/12`, `S/RES/2851 (2027)` name none).
///
/// - The session line: a short masthead line before the title that holds
///   that figure, in any digits, and at most `maximumWords` words besides
///   (`Þing 86 lota`, `సంఖ్య ౮౬ సమావేశం`, "Eighty-sixth session" in English).
/// - The agenda-item line: the short line right under it that holds one
///   figure of at most three digits, maybe with an item letter after it
///   (`Dagskrárliður 27`, `ఎజెండా అంశం ౨౪ (b)`); not in a record, whose
///   masthead sets its meeting's number there.
/// - The adoption line: a masthead line under them that holds a whole date
///   (a year and at least one more figure), right over the numbered title
///   that opens with the session (`86/45. …`); a line hard-wrapped before its
///   year goes on into the line under it that holds the year.
enum MastheadSessionLines {
    /// Longest session or agenda-item line (scalars).
    static let maximumLineLength = 60
    /// Most words (runs of letters) of a session or agenda-item line besides its figure.
    static let maximumWords = 4
    /// Most figures of a session number or an agenda item.
    static let maximumFigures = 3

    /// The session the symbol names: its first component of figures alone (after the series), of at most
    /// `maximumFigures` figures, with a component after it. A year there (`E/2040/…`) or a last component
    /// (`S/RES/2851 (2027)`, `CEDAW/C/GC/37`) names none.
    static func session(ofSymbol symbol: [Unicode.Scalar]) -> Int? {
        let parts = symbol.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return nil }
        for part in parts.dropFirst().dropLast() where part.allSatisfy({ (0x30...0x39).contains($0.value) }) && !part.isEmpty {
            guard part.count <= maximumFigures else { return nil }
            return Numerals.decimalValue(part)
        }
        return nil
    }

    /// The figures of `text` (runs of decimal digits of any script), with where they stand.
    static func figures(_ text: [Unicode.Scalar]) -> [(value: Int, range: Range<Int>)] {
        var result: [(value: Int, range: Range<Int>)] = []
        var index = 0
        while index < text.count {
            guard ScalarClass.digit(text[index]) != nil else { index += 1; continue }
            var end = index
            while end < text.count, ScalarClass.digit(text[end]) != nil { end += 1 }
            result.append((Numerals.decimalValue(text[index..<end]) ?? -1, index..<end))
            index = end
        }
        return result
    }

    /// The runs of letters of `text` (figures and punctuation apart).
    static func wordCount(_ text: [Unicode.Scalar]) -> Int {
        var count = 0, inWord = false
        for scalar in text {
            let letter = ScalarClass.isWordLetter(scalar) && ScalarClass.digit(scalar) == nil
            if letter, !inWord { count += 1 }
            inWord = letter
        }
        return count
    }

    /// Whether `text` (one line) is a short line of few words and one figure, ending no sentence.
    private static func isShortFigureLine(_ text: [Unicode.Scalar]) -> (value: Int, range: Range<Int>)? {
        guard text.count <= maximumLineLength, !ScalarText.endsSentence(text), wordCount(text) <= maximumWords else { return nil }
        let found = figures(text)
        guard found.count == 1, let figure = found.first, figure.range.count <= maximumFigures else { return nil }
        return figure
    }

    /// Whether `text` (one masthead line) is the session line of session `session`.
    static func isSessionLine(_ text: [Unicode.Scalar], session: Int) -> Bool {
        isShortFigureLine(text)?.value == session
    }

    /// Whether `text` (the line right under the session line) is the agenda-item line: one figure of at most
    /// `maximumFigures` figures (an item letter may follow it, `24 (b)`) and a few words around it
    /// (`Dagskrárliður 27`, `Banag 24 ti ajenda`, `Butir 19 (c) agenda sementara`).
    static func isAgendaItemLine(_ text: [Unicode.Scalar]) -> Bool {
        isShortFigureLine(text) != nil
    }

    /// Whether `text` holds a year (four figures, 1900 to 2099, in any digits).
    static func holdsYear(_ text: [Unicode.Scalar]) -> Bool {
        figures(text).contains { $0.range.count == 4 && (1900...2099).contains($0.value) }
    }

    /// Whether `text` holds a whole date: a year and at least one more figure.
    static func holdsWholeDate(_ text: [Unicode.Scalar]) -> Bool {
        holdsYear(text) && figures(text).count >= 2
    }

    /// Whether `text` opens with the resolution's number in session `session` (`86/45.`, `౮౬/౪౫.`).
    static func opensWithResolutionNumber(_ text: [Unicode.Scalar], session: Int) -> Bool {
        var end = 0
        while end < text.count, ScalarClass.digit(text[end]) != nil { end += 1 }
        guard end > 0, end <= maximumFigures, Numerals.decimalValue(text[..<end]) == session,
              end + 1 < text.count, text[end] == "/", ScalarClass.digit(text[end + 1]) != nil else { return false }
        return true
    }
}
