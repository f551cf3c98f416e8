/// Phrases of one or more words (`per cent`, `mil millones`, `في المائة`,
/// `百分之`) with a value each, looked up by their first word. Words are
/// normalized as the number tokenizer normalizes them: lower case, Arabic
/// without diacritics and with bare alif, each Han character a word of its
/// own.
struct WordPhraseTable: Sendable {
    /// Remaining words and value of each phrase, by first word, longest first.
    private(set) var byFirstWord: [String: [(rest: [String], value: Int)]] = [:]
    /// The one-word phrases of five scalars or more, longest first, for ``inflectedOneWord(_:)``.
    private var inflectableWords: [(scalars: [Unicode.Scalar], value: Int)] = []

    /// Whether the table holds no phrase.
    var isEmpty: Bool { byFirstWord.isEmpty }

    /// Whether words are compared without their diacritics (``DiacriticFolding``): scale words.
    private(set) var foldsDiacritics = false
    /// Whether a phrase of six letters or more takes an ending of any length
    /// up to its own (``inflectedOneWord(_:)``): the scale words of a language
    /// whose forms no hand table lists.
    private(set) var takesLongEndings = false

    /// A table of `phrases`; with `foldingDiacritics`, words match whatever
    /// diacritics their letters carry (`milionů` = `miliónů`); with
    /// `longEndings`, a one-word phrase of six letters or more is read with
    /// an ending of any length up to its own (``inflectedOneWord(_:)``).
    init(_ phrases: [String: Int], foldingDiacritics: Bool = false, longEndings: Bool = false) {
        foldsDiacritics = foldingDiacritics
        takesLongEndings = longEndings
        for (phrase, value) in phrases {
            var words = WordPhraseTable.words(of: phrase)
            if foldingDiacritics { words = words.map(DiacriticFolding.folded) }
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append((Array(words.dropFirst()), value))
        }
        for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.rest.count > $1.rest.count } }
        for (first, candidates) in byFirstWord where first.unicodeScalars.count >= 5 {
            if let oneWord = candidates.first(where: { $0.rest.isEmpty }) { inflectableWords.append((Array(first.unicodeScalars), oneWord.value)) }
        }
        inflectableWords.sort { $0.scalars.count != $1.scalars.count ? $0.scalars.count > $1.scalars.count : $0.value < $1.value }
    }

    /// A word as the tokenizer gives it: lower case, Arabic normalized.
    static func normalize(_ word: String) -> String {
        // ASCII words (most words of Latin-script text) are lowered byte by byte.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        let lower = word.lowercased()
        let isArabic = lower.unicodeScalars.contains { $0.value >= 0x600 && $0.value <= 0x6FF }
        return isArabic ? ArabicText.normalize(lower) : lower
    }

    /// The normalized words of `phrase`: split at spaces, Han characters apart.
    static func words(of phrase: String) -> [String] {
        var result: [String] = []
        // At scalars: a space with a mark or a zero-width (non-)joiner after it is one character.
        for piece in phrase.unicodeScalars.split(separator: " ").map(Substring.init) {
            // A piece without Han characters is one word (most pieces): normalized whole, not rebuilt scalar by scalar.
            if !piece.unicodeScalars.contains(where: NumberTokenizer.isHan) {
                result.append(normalize(String(piece)))
                continue
            }
            var current = String.UnicodeScalarView()
            for scalar in piece.unicodeScalars {
                if NumberTokenizer.isHan(scalar) {
                    if !current.isEmpty { result.append(normalize(String(current))); current = String.UnicodeScalarView() }
                    result.append(String(scalar))
                } else {
                    current.append(scalar)
                }
            }
            if !current.isEmpty { result.append(normalize(String(current))) }
        }
        return result
    }

    /// The value of the one-word phrase of five letters or more that `word`
    /// begins with, followed by one to four more letters: the phrase with a
    /// case ending (Turkish `milyondan`, `milyona`), for languages that
    /// write them on the word. In a table with long endings
    /// (``takesLongEndings``: the scale words of a language whose forms no
    /// hand table lists, and those every language reads), a phrase of six
    /// letters or more (a scale's whole stem: `million`, `miljoona`,
    /// `milyon`) takes an ending of letters of any length up to its own, as
    /// agglutinative languages chain their case endings (Veps
    /// `millionhasai`, Uzbek `milliongacha`, Kazakh `миллионнан`); a rest
    /// longer than the stem is rather another word joined to it, and a
    /// five-letter phrase takes four letters at most. Hand
    /// tables list their languages' forms, so their words take short
    /// endings only (German `Millionenstädte`, Russian `тысячелетия`, are no
    /// scale). The longest such phrase wins.
    ///
    /// Where no phrase is written whole, a phrase of six letters or more whose
    /// last one or two letters (its own ending) give way to another ending of
    /// one to three: Lithuanian `milijonas` read in `milijono`, `milijonai`,
    /// `milijonus`; Latvian `miljons` in `miljonu`. The stem kept is at least
    /// six letters long (`milij` is the stem of a million and of a billion).
    func inflectedOneWord(_ word: String) -> Int? {
        let scalars = Array(folding(word).unicodeScalars)
        let count = scalars.count
        for candidate in inflectableWords where scalars.starts(with: candidate.scalars) {
            let stem = candidate.scalars.count
            let longestEnding = takesLongEndings && stem >= 6 ? stem : 4
            guard count > stem, count - stem <= longestEnding,
                  count - stem <= 4 || scalars[stem...].allSatisfy({ $0.properties.isAlphabetic }) else { continue }
            return candidate.value
        }
        // The phrase with the longest stem in common wins (`miljardu` is no `miljons`).
        var best: (common: Int, value: Int)?
        for candidate in inflectableWords where candidate.scalars.count >= 6 {
            let common = zip(scalars, candidate.scalars).prefix { $0 == $1 }.count
            guard common >= 6, common >= candidate.scalars.count - 2, common < candidate.scalars.count,
                  (1...3).contains(count - common), scalars[common...].allSatisfy({ $0.properties.isAlphabetic }),
                  common > (best?.common ?? 0) else { continue }
            best = (common, candidate.value)
        }
        return best?.value
    }

    /// Whether a phrase may start with `word`.
    func starts(with word: String) -> Bool { byFirstWord[folding(word)] != nil }

    /// `word` as the table keeps its words.
    private func folding(_ word: String) -> String { foldsDiacritics ? DiacriticFolding.folded(word) : word }

    /// The longest phrase whose first word is `first`, given the texts of the
    /// words after it (`following(k)` is the k-th word after the first, or nil).
    func match(first: String, following: (Int) -> String?) -> (value: Int, words: Int)? {
        guard let candidates = byFirstWord[folding(first)] else { return nil }
        for candidate in candidates {
            var matches = true
            for (offset, word) in candidate.rest.enumerated() where following(offset + 1).map(folding) != word {
                matches = false
                break
            }
            if matches { return (candidate.value, candidate.rest.count + 1) }
        }
        return nil
    }
}
