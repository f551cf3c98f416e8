/// The number vocabulary of one language, read from the tables under
/// `Languages/` (``NumberConventions``, ``PercentWords``, ``RangeWords``,
/// ``NumberWordTable``, ``MonthNameTable``) and normalized for lookup.
/// Languages without tables of their own get the general convention:
/// decimal point, English scale words, and the words of every language.
struct NumberVocabulary: Sendable {
    /// Whether the comma is the decimal mark.
    var decimalComma: Bool
    /// Scale phrases (`million`, `mil millones`, `亿`) → power of ten.
    var scales: WordPhraseTable
    /// Percent phrases written after the figure, in every language (they are unambiguous).
    var percents: WordPhraseTable
    /// Range connectors (`to`, `a`, `à`, `до`, `至`) of the language.
    var connectors: Set<String>
    /// Number words → value.
    var words: [String: Int] {
        didSet { wordShapes = Self.wordShapes(words) }
    }
    /// Number words that are numeric adjectives or nouns, not cardinals or
    /// ordinals (``NumberWordTable/adjectives``), normalized.
    var weakWords: Set<String> = []
    /// The length, first and last letter of the number words (``NumberWordShapes``).
    private(set) var wordShapes: NumberWordShapes
    /// Words after a leading number word in a one-word compound (`tägig` of
    /// `zehntägig`), their inflection endings, the unit–ten joiner (`und`)
    /// and ordinal endings (``NumberWordTable/oneWordCompounds``); empty
    /// for languages that do not write number compounds as one word.
    var compoundSuffixes: [String] = []
    var compoundEndings: Set<String> = []
    var compoundJoiners: [String] = []
    var compoundOrdinalEndings: [String] = []
    var compoundMultipliers: [(String, Int)] = []
    /// Whether the language writes number compounds as one word (``NumberWordTable/oneWordCompounds``).
    var writesOneWordCompounds: Bool { !compoundSuffixes.isEmpty || !compoundOrdinalEndings.isEmpty }
    /// Words longer than this (in scalars) are not looked up: no number word
    /// is longer, except German compounds (`neunundsechzigsten`).
    var longestWord = NumberTokenizer.longestWord
    /// Whether the language has a number-word table of its own: only then
    /// is a number word in one version only a figure of its own
    /// (``SpelledNumber/isCounting``); the general vocabulary's words only
    /// account for figures.
    var hasOwnWords = false
    /// Whether digits are grouped by lakh and crore (`12,50,000`).
    var lakhGrouping = false
    /// Whether figures grouped by spaces are stored with their groups reversed (`250 1` for 1 250).
    var reversedSpaceGroups = false
    /// Whether numeric dates with the year last are read day first (`10/12/1948` = 10 December).
    var dayFirstDates = false

    init(decimalComma: Bool, scales: WordPhraseTable, percents: WordPhraseTable, connectors: Set<String>, words: [String: Int],
         lakhGrouping: Bool = false, reversedSpaceGroups: Bool = false, dayFirstDates: Bool = false) {
        self.decimalComma = decimalComma
        self.scales = scales
        self.percents = percents
        self.connectors = connectors
        self.words = words
        self.lakhGrouping = lakhGrouping
        self.reversedSpaceGroups = reversedSpaceGroups
        self.dayFirstDates = dayFirstDates
        wordShapes = Self.wordShapes(words)
    }

    private static func wordShapes(_ words: [String: Int]) -> NumberWordShapes {
        NumberWordShapes(words.keys.map { Array($0.unicodeScalars) })
    }

    /// The vocabulary of `code` ("en", "es", ...), or the general one.
    static func forLanguage(_ code: String?) -> NumberVocabulary {
        if let code, let vocabulary = byLanguage[code] { return vocabulary }
        return general
    }

    private static let allPercents: WordPhraseTable = {
        var phrases: [String: Int] = [:]
        for list in PercentWords.after.values { for phrase in list { phrases[phrase] = 1 } }
        return WordPhraseTable(phrases)
    }()

    private static func normalizedWords(_ table: [String: Int]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (word, value) in table {
            let words = WordPhraseTable.words(of: word)
            if words.count == 1 { result[words[0]] = value }
        }
        return result
    }

    private static func normalizedAdjectives(_ words: Set<String>) -> Set<String> {
        Set(words.compactMap { word in
            let normalized = WordPhraseTable.words(of: word)
            return normalized.count == 1 ? normalized[0] : nil
        })
    }

    private static func make(_ code: String) -> NumberVocabulary {
        var vocabulary = NumberVocabulary(
            decimalComma: NumberConventions.usesDecimalComma(code),
            scales: WordPhraseTable(NumberConventions.scaleWords(for: code)),
            percents: allPercents,
            connectors: Set((RangeWords.connectors[code] ?? []).map(WordPhraseTable.normalize)),
            words: normalizedWords(NumberWordTable.words[code] ?? [:]),
            lakhGrouping: NumberConventions.lakhGroupingLanguages.contains(code),
            reversedSpaceGroups: NumberConventions.reversedSpaceGroupLanguages.contains(code),
            dayFirstDates: NumberConventions.dayFirstNumericDateLanguages.contains(code))
        vocabulary.weakWords = normalizedAdjectives(NumberWordTable.adjectives[code] ?? [])
        vocabulary.hasOwnWords = NumberWordTable.words[code] != nil
        if let compounds = NumberWordTable.oneWordCompounds[code] {
            vocabulary.compoundSuffixes = compounds.suffixes.map(WordPhraseTable.normalize)
            vocabulary.compoundEndings = Set(compounds.endings.map(WordPhraseTable.normalize))
            vocabulary.compoundJoiners = compounds.joiners.map(WordPhraseTable.normalize)
            vocabulary.compoundOrdinalEndings = compounds.ordinalEndings.map(WordPhraseTable.normalize)
            vocabulary.longestWord = compounds.longestWord
            vocabulary.compoundMultipliers = compounds.multipliers.map { (WordPhraseTable.normalize($0.word), $0.factor) }
        }
        return vocabulary
    }

    private static let byLanguage: [String: NumberVocabulary] = {
        var table: [String: NumberVocabulary] = [:]
        let codes = Set(NumberConventions.scaleWords.keys).union(NumberWordTable.words.keys).union(RangeWords.connectors.keys)
            .union(NumberConventions.decimalCommaLanguages)
        for code in codes.union(NumberConventions.lakhGroupingLanguages).union(NumberConventions.reversedSpaceGroupLanguages)
            .union(NumberConventions.dayFirstNumericDateLanguages) {
            table[code] = make(code)
        }
        return table
    }()

    private static let general: NumberVocabulary = {
        var words: [String: Int] = [:]
        // In a fixed order, so that a word of two languages ("once": 1 in English, 11 in Spanish) always reads the same.
        for code in NumberWordTable.words.keys.sorted() { words.merge(normalizedWords(NumberWordTable.words[code]!)) { old, _ in old } }
        var vocabulary = NumberVocabulary(
            decimalComma: false, scales: WordPhraseTable(NumberConventions.scaleWords(for: nil)), percents: allPercents,
            connectors: Set(RangeWords.connectors.values.joined().map(WordPhraseTable.normalize)), words: words)
        // A word that is an adjective in any language is not taken as a figure in text of unknown language.
        vocabulary.weakWords = normalizedAdjectives(Set(NumberWordTable.adjectives.values.joined()))
        return vocabulary
    }()
}
