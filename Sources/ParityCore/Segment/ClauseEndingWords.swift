/// The last words of the clauses a preamble surely ends (on a short line, or
/// right above the first operative paragraph), learned from the document:
/// where clauses are written verb last and start with no capital (Amharic
/// "… በማስታወስ፣", Uzbek "… qayd etib,", Turkish "… hatırlatarak,"), a line
/// full to the wrap width that ends with a clause mark ends a clause when
/// its last word ends another clause of the document too, or ends in the
/// letters that end two such words at least (the inflection the preamble
/// repeats: "-tib", "-rak"). A comma inside a clause stands after a word of
/// any ending ("… замедляют паводки," / "смягчают засухи …" goes on).
/// A script written without spaces makes a clause's whole run of letters one
/// "word"; where the run ends in syllabic letters after ideographs (Japanese
/// "…を想起し、", "…に留意し、", "…を評価し、"), the inflection is that
/// syllabic tail ("し"), shared by two surely ended clauses at least.
struct ClauseEndingWords {
    /// Letters of the ending two clauses' last words must share.
    static let endingLetters = 3

    private var words = Set<[Unicode.Scalar]>()
    private var endings: [[Unicode.Scalar]: Int] = [:]
    private var syllabicEndings: [[Unicode.Scalar]: Int] = [:]

    /// No clause end known yet.
    init() {}

    /// Adds the last word of a clause surely ended.
    mutating func insert(_ word: [Unicode.Scalar]?) {
        guard let word, words.insert(word).inserted else { return }
        if let tail = Self.syllabicTail(word) { syllabicEndings[tail, default: 0] += 1 }
        guard word.count > Self.endingLetters else { return }
        endings[Array(word.suffix(Self.endingLetters)), default: 0] += 1
    }

    /// Whether `word` (a line's last word before its clause mark) ends a clause as the document's clauses end: it is
    /// the last word of a clause surely ended, or ends in the letters that end two such words.
    func ends(_ word: [Unicode.Scalar]?) -> Bool {
        guard let word else { return false }
        if words.contains(word) { return true }
        if let tail = Self.syllabicTail(word), syllabicEndings[tail, default: 0] >= 2 { return true }
        return word.count > Self.endingLetters && endings[Array(word.suffix(Self.endingLetters)), default: 0] >= 2
    }

    /// Whether the clauses surely ended, whose last words are `lastWords`, nearly all end alike: at least
    /// `alikeClauses` of them, and two in three or more, end with the same word or in the same `endingLetters`
    /// letters (Jingpho "… nna,", Western Armenian "… -լով,"): a preamble written verb last.
    static func endAlike(_ lastWords: [[Unicode.Scalar]]) -> Bool {
        guard lastWords.count >= alikeClauses else { return false }
        var counts: [[Unicode.Scalar]: Int] = [:]
        for word in lastWords { counts[Array(word.suffix(endingLetters)), default: 0] += 1 }
        guard let most = counts.values.max() else { return false }
        return most >= alikeClauses && most * 3 >= lastWords.count * 2
    }

    /// Fewest clauses surely ended that must end alike (`endAlike`).
    static let alikeClauses = 3

    /// The syllabic letters (kana) that end `word` after an ideograph ("想起し" → "し", "認識して" → "して"): the
    /// inflection of a verb written in ideographs, in a script without spaces. `nil` when the word does not end so.
    static func syllabicTail(_ word: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var start = word.count
        while start > 0, isSyllabic(word[start - 1]) { start -= 1 }
        guard start > 0, start < word.count, ScalarClass.isHan(word[start - 1]) else { return nil }
        return Array(word[start...])
    }

    /// Hiragana and katakana letters.
    private static func isSyllabic(_ scalar: Unicode.Scalar) -> Bool {
        (0x3041...0x309F).contains(scalar.value) || (0x30A0...0x30FF).contains(scalar.value)
    }

    /// The line's last word before its final marks (letters and the marks written with them; `o'tib` reads `tib`),
    /// when it has two scalars at least.
    static func lastWord(_ bytes: [UInt8], _ line: TextLine) -> [Unicode.Scalar]? {
        lastWord(bytes, line.contentStart, line.contentEnd)
    }

    /// The last word of `bytes[start..<end]` before its final marks (`lastWord(_:_:)`).
    static func lastWord(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [Unicode.Scalar]? {
        var from = max(start, end - 96)
        while from < end, bytes[from] & 0xC0 == 0x80 { from += 1 }
        let tail = ScalarText.scalars(bytes, from, end)
        var index = tail.count
        while index > 0, !ScalarClass.isWordLetter(tail[index - 1]) {
            guard ScalarClass.isClosingMark(tail[index - 1]) || ScalarClass.isWhitespace(tail[index - 1])
                    || tail[index - 1].properties.generalCategory == .otherPunctuation else { return nil }
            index -= 1
        }
        let stop = index
        while index > 0, ScalarClass.isWordLetter(tail[index - 1]) { index -= 1 }
        return stop - index >= 2 ? Array(tail[index..<stop]) : nil
    }
}
