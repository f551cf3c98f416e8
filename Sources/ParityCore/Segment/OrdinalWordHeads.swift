/// Chapter headings numbered by ordinal words that no table lists, in any
/// script: a Persian report's `یکم. پیشگفتار`, `دوم. …`, `سوم. …` ("first.
/// Introduction", "second. …", "third. …"), a Spanish one's `Primero.
/// Introducción`, `Segundo. …`, a Turkish one's `Birinci. Giriş`,
/// `İkinci. …` — where another version writes `I.`, `II.`, `III.`.
///
/// The words are read by their series, as `DivisionSequence.numberingWords`
/// reads `PART ONE`, `PART TWO`: short lines of one shape — a word, a
/// separator (a full stop or a colon right after it, or a spaced dash), a
/// title — standing where headings stand (right over a numbered unit or a
/// sentence of the body), at least two, their words all different, count 1,
/// 2, 3 … in document order. So nothing is listed per language, and a word
/// used twice (`Note:`), a list of such lines one after the other
/// (`Chair: …` / `Rapporteur: …`), a masthead field over a date
/// (`Original: English`) or a note under the body's numbered paragraphs
/// numbers no heading. A line that ends a sentence is running text, not a
/// heading: `Apprentice. A person who learns …` defines a term.
///
/// Where a table reads one of the words as a number (CLDR's cardinal words,
/// `CaptionNumberWords`), it must read the value its place in the series
/// gives; an abbreviation a full stop follows (`Mr.`, `Dr.`:
/// `SentenceAbbreviations`) is no ordinal.
enum OrdinalWordHeads {
    /// What stands between the word and the title.
    enum Separator: Sendable, Hashable, CaseIterable {
        /// `.` or `．` right after the word.
        case fullStop
        /// `:` or `：` right after the word.
        case colon
        /// A dash after white space (`Birinci – Giriş`); Arabic-script `WORD - Title` is `WordLabelSequence`'s own shape.
        case dash
    }

    /// A line of the shape.
    struct Candidate: Sendable, Hashable {
        var word: [Unicode.Scalar]
        var separator: Separator
        /// Scalars the label takes: the word, the separator and the white space after it.
        var labelLength: Int
    }

    /// Longest heading line read (scalars).
    static let maximumLength = 100
    /// Most words of the title after the label.
    static let maximumTitleWords = 12
    /// Lengths of an ordinal word (letters): two letters are an initial or an abbreviation more often than an ordinal.
    static let wordLength = 3...16
    /// Fewest heads that make a series.
    static let minimumSeries = 2

    /// Abbreviations a full stop follows, in every language the tables know.
    private static let abbreviations: Set<String> = {
        var words = Set<String>()
        for language in ["en", "fr", "es", "ru", "de", "pt"] { words.formUnion(SentenceAbbreviations.forLanguage(language)) }
        return words
    }()

    /// The label of a line of the shape (`line` without its leading white space), if it is one.
    static func candidate(_ line: [Unicode.Scalar]) -> Candidate? {
        guard line.count >= 6, line.count <= maximumLength, let first = line.first,
              ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first) else { return nil }
        var end = 0
        while end < line.count, end <= wordLength.upperBound, ScalarClass.isWordLetter(line[end]), ScalarClass.digit(line[end]) == nil {
            end += 1
        }
        guard wordLength.contains(end), end < line.count else { return nil }
        var index = end
        let separator: Separator
        switch line[index] {
        case ".", "．":
            separator = .fullStop
            index += 1
        case ":", "：":
            separator = .colon
            index += 1
        case " ", "\t":
            var dash = index
            while dash < line.count, line[dash] == " " || line[dash] == "\t" { dash += 1 }
            guard dash < line.count, ScalarClass.isDash(line[dash]), !ScalarClass.isArabic(first) else { return nil }
            separator = .dash
            index = dash + 1
        default:
            return nil
        }
        guard index < line.count, ScalarClass.isWhitespace(line[index]) else { return nil }
        while index < line.count, ScalarClass.isWhitespace(line[index]) { index += 1 }
        guard index < line.count, ScalarClass.isWordLetter(line[index]), ScalarClass.digit(line[index]) == nil,
              !ScalarClass.isLowercase(line[index]) else { return nil }
        let title = line[index...]
        guard let last = title.last, !ScalarText.endsWithTerminalPunctuation(Array(title)), !ScalarClass.isClauseComma(last),
              title.split(whereSeparator: ScalarClass.isWhitespace).count <= maximumTitleWords,
              !SpeakerLine.hasDotLeader(title) else { return nil }
        let word = Array(line[0..<end])
        if separator == .fullStop, abbreviations.contains(ScalarText.string(ScalarLowercasing.lowercased(word))) { return nil }
        return Candidate(word: word, separator: separator, labelLength: index)
    }

    /// The series of heads among `candidates` (in document order, each with its unit and whether it stands where a
    /// heading stands: right over a numbered unit or a sentence of the body): the words, in order, and their separator.
    /// `firstNumbered`: the unit that opens the body's count of numbered units; a series opens before it.
    static func series(_ candidates: [(unit: Int, candidate: Candidate, headsBody: Bool)],
                       firstNumbered: Int?) -> (words: [[Unicode.Scalar]], separator: Separator)? {
        for separator in Separator.allCases {
            let heads = candidates.filter { $0.candidate.separator == separator && $0.headsBody }
            guard heads.count >= minimumSeries else { continue }
            let words = heads.map(\.candidate.word)
            guard Set(words).count == words.count,
                  zip(heads, heads.dropFirst()).allSatisfy({ $1.unit > $0.unit + 1 }),
                  firstNumbered.map({ heads[0].unit < $0 }) ?? true,
                  words.enumerated().allSatisfy({ entry in CaptionNumberWords.value(entry.element).map { $0 == entry.offset + 1 } ?? true })
            else { continue }
            return (words, separator)
        }
        return nil
    }
}
