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
    /// Scale words written before the figure (Swahili `milioni 12`, Luganda
    /// `obukadde 2.8`, Igbo `nde 1.7`: ``LeadingScaleWords``) → power of ten.
    var scalesBefore = WordPhraseTable([:])
    /// The language's clock when it counts the hours from 6 a.m. (``ClockReckoning``).
    var clock: ClockReckoning.Clock?
    /// Words that may stand between a day and its month or between a month
    /// and its year (Latin `die XII mensis Maii anno Domini MMXXVI`:
    /// ``MonthNameTable/dateLinkWords``), normalized.
    var dateLinkWords: Set<String> = []
    /// Whether the language writes whole dates in words (its own date link
    /// words: Latin `die duodecimo mensis Maii anno bis millesimo …`), so a
    /// text without digits may hold a date (``NumberExtractor``).
    var writesDatesInWords = false
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
    /// Whether the language has per-cent words of its own (``PercentWords/after``): a language without them keeps
    /// the word after a plain figure, which the check may learn as its per-cent word (``LearnedPercentWords``).
    var hasOwnPercentWords = false
    /// Whether the language's own tables read a word after an elided one
    /// (Catalan `d’abril`, French `d’un`, Luganda `ez'oku`): it has number
    /// words, a clock or month link words of its own. Then an apostrophe
    /// after a word of one to three letters ends that word
    /// (``NumberTokenizer/splitsElisions``); in a language without such
    /// tables every apostrophe between letters is inside its word (Tzeltal
    /// `yu'un`), whose parts are read in no language.
    var readsElisions: Bool { hasOwnWords || clock != nil || !monthLinkWords.isEmpty }
    /// Whether digits are grouped by lakh and crore (`12,50,000`).
    var lakhGrouping = false
    /// Whether figures grouped by spaces are stored with their groups reversed (`250 1` for 1 250).
    var reversedSpaceGroups = false
    /// Whether numeric dates with the year last are read day first (`10/12/1948` = 10 December).
    var dayFirstDates = false
    /// Whether a point after a day's figure marks it before the month's name (`10. Dezember 1948`): in the general
    /// convention and the languages whose CLDR dates write it so, not in those that write the day bare ("agenda item
    /// 27. May I take it …" holds no date in English).
    var pointAfterDay = true
    /// Whether the language groups digits with a space (`1 120`: CLDR's
    /// grouping separator is a space, or its texts store space groups
    /// reversed); where it groups with a mark (`1.120`, `1,120`), a figure
    /// grouped by spaces may as well be figures of a table row
    /// (``NumberTokenizer/spaceGroupsUsual``). True for the general convention.
    var spaceGroupsUsual = true
    /// Whether the decimal mark is unknown (the general convention, ``NumberTokenizer/decimalMarkUnknown``).
    var decimalMarkUnknown = false
    /// The language's own month names from CLDR (``CLDRLanguageTables``),
    /// normalized, for a language without a hand table of months: looked up
    /// before the hand tables of every language (``MonthNames``), so that a
    /// word is the month it is in this language (`listopad` is November in
    /// Polish, October in Croatian). CLDR months of other languages are not read.
    var ownMonths: [String: Int] = [:]
    /// The language's own months written in two words or more (Irish `meán fómhair`, Mongolian `арван нэгдүгээр
    /// сар`, Luo `dwe mar achiel`): first word, then the forms' other words (longest form first) and their month.
    var ownMultiWordMonths: [String: [(rest: [String], month: Int)]] = [:]
    /// The words that end the language's own CLDR months written as one
    /// pattern, a first word shared by six months or more and a number word
    /// (Kamba `mwai wa katatũ`, Kikuyu `mwere wa gatatũ`, Luo `dwe mar
    /// adek`): that last word, without diacritics (``DiacriticFolding``), →
    /// the month's number; a word ending two months is left out. A month
    /// written "month of N" in that language's words reads its number here
    /// (``NumberValueReader``, ``LearnedMonthWords``).
    var monthOrdinals: [String: Int] = [:]
    /// Month abbreviations that CLDR writes with a point (`gen.`): months only with their point.
    var monthAbbreviations: [String: Int] = [:]
    /// The words before a date's parts in a language that writes a word before
    /// each (Tibetan `ཟླ་༣ ཚེས་༩`: ``MonthNameTable/markedDateWords``).
    var markedDateWords: MonthNameTable.MarkedDateWords?
    /// Prepositions CLDR writes before a month (`de gener`, `d’abril`), normalized.
    var monthLinkWords: Set<String> = []
    /// The length, first and last letter of every month name read (``MonthNames/shapes`` and ``ownMonths``).
    var monthShapes = MonthNames.shapes

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

    /// The vocabulary of `code` ("en", "es", ...), or the general one. A
    /// language CLDR describes gets its vocabulary made once, when first
    /// asked for (``CLDRLanguageTables/vocabulary(_:)``).
    static func forLanguage(_ code: String?) -> NumberVocabulary {
        guard let code else { return general }
        if let vocabulary = CLDRLanguageTables.vocabulary(code) { return vocabulary }
        if let vocabulary = byLanguage[code] { return vocabulary }
        if let vocabulary = markedDateLanguages[code] { return vocabulary }
        if let language = Language(code: code), let script = LikelyScript.unifiedScript(of: language), let vocabulary = scriptKinLanguages[script] {
            return vocabulary
        }
        return general
    }

    /// The scale words every vocabulary reads after its own: the general convention's (English), then those every
    /// non-Latin script's languages agree on (`ScriptKinScaleWords.everyNonLatinScript`); the first reading of a word wins.
    private static let generalScaleWords = NumberConventions.scaleWords(for: nil).merging(ScriptKinScaleWords.everyNonLatinScript) { old, _ in old }

    /// Languages with no number tables, by the script they are written in:
    /// the general convention, and the scale words of the languages of that
    /// script (``ScriptKinScaleWords``) before the English ones.
    private static let scriptKinLanguages: [String: NumberVocabulary] = ScriptKinScaleWords.byScript.mapValues { words in
        var vocabulary = general
        vocabulary.scales = WordPhraseTable(words.merging(generalScaleWords) { old, _ in old }, foldingDiacritics: true, longEndings: true)
        return vocabulary
    }

    /// Languages with no number tables but the words before a date's parts
    /// (``MonthNameTable/markedDateWords``): the general convention, and those words.
    private static let markedDateLanguages: [String: NumberVocabulary] = MonthNameTable.markedDateWords.mapValues { words in
        var vocabulary = general
        vocabulary.markedDateWords = words
        return vocabulary
    }

    /// Languages whose month names a hand table gives (``MonthNameTable``, ``LanguageConventions/calendarMonths``).
    private static let handMonthLanguages: Set<String> = Set(MonthNameTable.names.keys)
        .union(LanguageConventions.all.filter { !$0.calendarMonths.isEmpty }.map(\.language.primary))

    private static let allPercents: WordPhraseTable = {
        var phrases: [String: Int] = [:]
        for list in PercentWords.after.values { for phrase in list { phrases[phrase] = 1 } }
        return WordPhraseTable(phrases)
    }()

    private static func normalizedWords(_ table: [String: Int]) -> [String: Int] {
        var result: [String: Int] = [:]
        result.reserveCapacity(table.count)
        for (word, value) in table {
            // A word of ASCII letters in lower case and no space is its own one normalized word (most hand-table words).
            if !word.isEmpty, word.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x20 && ($0 < 0x41 || $0 > 0x5A) }) {
                result[word] = value
                continue
            }
            let words = WordPhraseTable.words(of: word)
            if words.count == 1 { result[words[0]] = value }
        }
        return result
    }

    /// One-word month forms → month (1–12), normalized; a form of two months is left out.
    private static func normalizedMonths(_ months: [[String]]) -> [String: Int] {
        var result: [String: Int] = [:], ambiguous: Set<String> = []
        for (index, forms) in months.enumerated() {
            for form in forms {
                let words = WordPhraseTable.words(of: form)
                guard words.count == 1 else { continue }
                if let month = result[words[0]], month != index + 1 { ambiguous.insert(words[0]) }
                result[words[0]] = index + 1
            }
        }
        for word in ambiguous { result[word] = nil }
        return result
    }

    /// Month forms of two words or more (`meán fómhair`, `dwe mar achiel`): first word → the other words of each
    /// form, longest first, and its month, normalized.
    private static func normalizedMultiWordMonths(_ months: [[String]]) -> [String: [(rest: [String], month: Int)]] {
        var result: [String: [(rest: [String], month: Int)]] = [:]
        for (index, forms) in months.enumerated() {
            for form in forms {
                let words = WordPhraseTable.words(of: form)
                guard words.count >= 2 else { continue }
                let rest = Array(words.dropFirst())
                guard !(result[words[0]] ?? []).contains(where: { $0.rest == rest }) else { continue }
                result[words[0], default: []].append((rest, index + 1))
            }
        }
        for first in Array(result.keys) { result[first]?.sort { $0.rest.count > $1.rest.count } }
        return result
    }

    /// ``monthOrdinals`` of the months `multiWord` holds.
    private static func monthOrdinalWords(_ multiWord: [String: [(rest: [String], month: Int)]]) -> [String: Int] {
        var result: [String: Int] = [:], ambiguous: Set<String> = []
        for (_, forms) in multiWord where Set(forms.map(\.month)).count >= 6 {
            for form in forms {
                guard let last = form.rest.last else { continue }
                let word = DiacriticFolding.folded(last)
                if let month = result[word], month != form.month { ambiguous.insert(word) }
                result[word] = form.month
            }
        }
        for word in ambiguous { result[word] = nil }
        return result
    }

    private static func normalizedAdjectives(_ words: Set<String>) -> Set<String> {
        Set(words.compactMap { word in
            let normalized = WordPhraseTable.words(of: word)
            return normalized.count == 1 ? normalized[0] : nil
        })
    }

    /// The vocabulary of `code`: its hand tables, and where a hand table of
    /// a kind is missing, what `cldr` gives (number words, scale words with
    /// ``SouthAsianScaleWords`` and the English ones after them, the decimal
    /// comma, month names).
    static func make(_ code: String, cldr: CLDRLanguageData? = nil) -> NumberVocabulary {
        let handWords = NumberWordTable.words[code], handScales = NumberConventions.scaleWords[code]
        let describedByCLDR = cldr != nil
        let cldr = cldr ?? CLDRLanguageData("")
        var words = handWords.map(normalizedWords) ?? [:]
        var weak = normalizedAdjectives(NumberWordTable.adjectives[code] ?? [])
        if handWords == nil, !cldr.numberWords.isEmpty {
            words = normalizedWords(cldr.numberWords)
            // A word of one or two letters (`on`, ten in Turkish) may be a word of another kind or language: it only accounts for a figure.
            weak = Set(words.filter { $0.key.unicodeScalars.count <= 2 && $0.value >= 10 }.map(\.key))
        } else if handWords == nil {
            // No words of its own (ICU spells Galician numbers in English): the words of every hand table account for figures, as in the general vocabulary.
            words = general.words
            weak = general.weakWords
        }
        var scales = handScales ?? [:]
        if handScales == nil {
            scales = cldr.scaleWords.merging(SouthAsianScaleWords.words[code] ?? [:]) { old, _ in old }
            // No scale words of its own (Bhojpuri, Dogri): those of the languages written in its script.
            if scales.isEmpty { scales = ScriptKinScaleWords.words(for: code) }
            scales.merge(generalScaleWords) { old, _ in old }
        }
        let hasHandNumbers = handWords != nil || handScales != nil
        var vocabulary = NumberVocabulary(
            decimalComma: NumberConventions.usesDecimalComma(code) || (!hasHandNumbers && cldr.decimalComma),
            // Without a hand table the scale words' inflected forms are not listed: they are read with any ending.
            scales: WordPhraseTable(scales, foldingDiacritics: true, longEndings: handScales == nil),
            percents: allPercents,
            // A language without range words of its own reads those of every language, as the general convention does.
            connectors: RangeWords.connectors[code].map { Set($0.map(WordPhraseTable.normalize)) } ?? general.connectors,
            words: words,
            lakhGrouping: NumberConventions.lakhGroupingLanguages.contains(code),
            reversedSpaceGroups: NumberConventions.reversedSpaceGroupLanguages.contains(code),
            dayFirstDates: NumberConventions.dayFirstNumericDateLanguages.contains(code))
        vocabulary.weakWords = weak
        vocabulary.pointAfterDay = !describedByCLDR || cldr.pointAfterDay
        vocabulary.markedDateWords = MonthNameTable.markedDateWords[code]
        vocabulary.spaceGroupsUsual = cldr.groupsWithSpace || NumberConventions.reversedSpaceGroupLanguages.contains(code)
        vocabulary.hasOwnWords = handWords != nil || !cldr.numberWords.isEmpty
        vocabulary.hasOwnPercentWords = PercentWords.after[code] != nil
        vocabulary.scalesBefore = WordPhraseTable(cldr.scaleWordsBefore.merging(LeadingScaleWords.words[code] ?? [:]) { old, _ in old },
                                                  foldingDiacritics: true)
        vocabulary.clock = ClockReckoning.clocks[code]
        vocabulary.dateLinkWords = Set((MonthNameTable.dateLinkWords[code] ?? []).map(WordPhraseTable.normalize))
        vocabulary.writesDatesInWords = MonthNameTable.dateLinkWords[code] != nil
        if !handMonthLanguages.contains(code) {
            vocabulary.ownMonths = normalizedMonths(cldr.months)
            vocabulary.ownMultiWordMonths = normalizedMultiWordMonths(cldr.months)
            vocabulary.monthOrdinals = monthOrdinalWords(vocabulary.ownMultiWordMonths)
            vocabulary.monthAbbreviations = normalizedMonths(cldr.monthAbbreviations)
            vocabulary.monthLinkWords = Set(cldr.monthLinkWords.map(WordPhraseTable.normalize))
            if !vocabulary.ownMonths.isEmpty || !vocabulary.ownMultiWordMonths.isEmpty {
                let keys = Array(MonthNames.single.keys) + Array(MonthNames.twoWord.keys) + Array(vocabulary.ownMonths.keys)
                    + Array(vocabulary.monthAbbreviations.keys) + Array(vocabulary.ownMultiWordMonths.keys)
                vocabulary.monthShapes = NumberWordShapes(keys.map { Array($0.unicodeScalars) })
            }
        }
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
            .union(NumberConventions.decimalCommaLanguages).union(LeadingScaleWords.words.keys).union(ClockReckoning.clocks.keys)
            .union(MonthNameTable.dateLinkWords.keys)
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
            decimalComma: false, scales: WordPhraseTable(generalScaleWords, foldingDiacritics: true, longEndings: true),
            percents: allPercents,
            connectors: Set(RangeWords.connectors.values.joined().map(WordPhraseTable.normalize)), words: words)
        vocabulary.decimalMarkUnknown = true
        // The words any language writes between day, month and year (Latin `mensis`, `anno`), as its month names are read.
        vocabulary.dateLinkWords = Set(MonthNameTable.dateLinkWords.values.joined().map(WordPhraseTable.normalize))
        // A word that is an adjective in any language is not taken as a figure in text of unknown language.
        vocabulary.weakWords = normalizedAdjectives(Set(NumberWordTable.adjectives.values.joined()))
        return vocabulary
    }()
}

/// A vocabulary kept by reference: the readers made for every block
/// (`NumberWordReader`, `NumberValueReader`) hold one reference to their
/// extractor's vocabulary instead of a copy of its tables, which would cost a
/// retain and a release per table and block.
final class SharedNumberVocabulary: Sendable {
    let value: NumberVocabulary

    init(_ value: NumberVocabulary) { self.value = value }
}
