/// What one language writes in the fixed parts of its documents: header
/// words, table-of-contents captions, annex captions, month names, the
/// words of structural titles (Article, Chapter, Part, Section, Goal,
/// Target), how it numbers paragraphs and headings, and the words that are
/// most frequent in running text (for language detection).
///
/// Every table lives in this folder (`Languages/`): one file per language
/// (`LanguageConventions+English.swift` …), and `general` for any language
/// without its own table (digits of every script, Roman numerals, Latin
/// letters, no vocabulary). Vocabulary is lower case. Header recognition
/// consults every table, so a document whose language is not yet known is
/// still read correctly.
public struct LanguageConventions: Sendable, Hashable {
    /// How a numbered paragraph's label is written.
    public enum ParagraphLabelStyle: Sendable, Hashable {
        /// `12.`
        case period
        /// `12 -` (Arabic).
        case spacedDash
    }

    /// A way of numbering headings.
    public enum NumberingSystem: Sendable, Hashable {
        /// `IV.`
        case romanNumerals
        /// `四.`
        case chineseNumerals
        /// `رابعا -`
        case arabicOrdinalWords
        /// `B.`
        case latinCapitals
        /// `Б.` (a Latin capital that looks like a Cyrillic one stands for it).
        case cyrillicCapitals
        /// `باء -`
        case arabicLetterNames
    }

    /// The language described.
    public var language: Language
    /// Names of the language, in lower case, as documents in any of the
    /// languages with a table write it in their header ("spanish", "español", "испанский").
    public var names: [String]
    /// The script the language is written in; `nil` when unknown.
    public var script: WritingScript?
    /// Whether words are separated by spaces (not in Chinese or Japanese,
    /// whose words below are matched inside the text).
    public var writesSpacesBetweenWords = true
    /// Whether `,` is the decimal mark (and `.` a thousands separator).
    public var decimalComma = false
    /// Whether a day number takes a period in dates (`27. Juli 2006`).
    public var dayNumberTakesPeriod = false
    /// How numbered paragraphs are labelled.
    public var paragraphLabelStyle = ParagraphLabelStyle.period
    /// Numbering of headings of level 1 and 2.
    public var headingNumbering: [NumberingSystem] = [.romanNumerals, .latinCapitals]
    /// Issuing organs as written in the header ("asamblea general").
    public var organNames: [String] = []
    /// "United Nations" as written above the organ name.
    public var organizationNames: [String] = []
    /// Table-of-contents captions ("índice", "contents").
    public var tableOfContentsCaptions: [String] = []
    /// Column captions of the table of contents ("párrafos", "página").
    public var tableOfContentsColumnWords: [String] = []
    /// Annex captions ("anexo", "annex").
    public var annexWords: [String] = []
    /// Words that link an annex caption to the document it is annexed to:
    /// after the annex word ("Annex to the letter …", "Annexe à la note
    /// verbale …", "Приложение к …") or, where the language puts the annex
    /// word last, before it ("…的附件", "… का अनुलग्नक").
    public var annexLinkWords: [String] = []
    /// Month names as header dates write them.
    public var monthNames: [String] = []
    /// The twelve months in order, each with every form the number check
    /// reads (nominative and genitive, spelling variants), lower case.
    public var calendarMonths: [[String]] = []
    /// Words that mark the session line ("período de sesiones", "session").
    public var sessionWords: [String] = []
    /// Words that begin the agenda-item line ("tema", "item").
    public var agendaItemWords: [String] = []
    /// Prefixes of the original-language line ("original", "язык оригинала").
    public var originalLanguagePrefixes: [String] = []
    /// Frequent short words, for telling languages of one script apart.
    public var frequentWords: [String] = []
    /// Words that begin the name of a subsidiary or treaty body set in the
    /// masthead ("committee", "commission"); for Chinese and Japanese, the
    /// words such a name ends with ("委员会").
    public var bodyWords: [String] = []
    /// Articles, prepositions and conjunctions that cannot end a title or a
    /// sentence: a wrapped line ending in one goes on ("addressed to the" /
    /// "President of the Security Council").
    public var linkingWords: [String] = []
    /// The word an article title starts with ("article", "artículo",
    /// "статья", "المادة"); for Chinese and Japanese the counter of 第N条 ("条").
    public var articleWords: [String] = []
    /// The word a chapter title starts with ("chapter", "capítulo"); 第N章: "章".
    public var chapterWords: [String] = []
    /// The word a part title starts with ("part", "parte"); 第N部分: "部分".
    public var partWords: [String] = []
    /// The word a section title starts with ("section", "sección"); 第N节: "节".
    public var sectionWords: [String] = []
    /// The word of a numbered goal ("goal", "objetivo", "目标").
    public var goalWords: [String] = []
    /// The word of a numbered target under a goal ("target", "meta");
    /// targets are usually set as bare decimal labels (`1.a`).
    public var targetWords: [String] = []
    /// Words a speaker designation in a verbatim record starts with:
    /// honorifics and presiding officers ("mr.", "the president", "sr.",
    /// "г-н", "председатель", "السيد", "主席").
    public var speakerWords: [String] = []
    /// How a treaty's preamble names the parties at its opening ("the
    /// states parties", "las partes", "государства-участники", "缔约国").
    public var treatyPartyWords: [String] = []
    /// Ordinal words standing for 1 in titles (`Article premier`, `Artículo primero`).
    public var firstWords: [String] = []

    /// The label of a numbered paragraph as this language writes it: `12.`, or `12 -` in Arabic.
    public func paragraphLabel(_ number: Int) -> String {
        switch paragraphLabelStyle {
        case .period: return "\(number)."
        case .spacedDash: return "\(number) -"
        }
    }

    /// The label of a heading as this language writes it: level 1 `IV.` /
    /// `رابعا -` / `四.`; level 2 `B.` / `Б.` / `باء -`; level 3 `2.` / `2 -`.
    /// `nil` when the language has no label for that value (beyond its alphabet).
    public func headingLabel(level: Int, value: Int) -> String? {
        guard value > 0 else { return nil }
        if level == 3 { return paragraphLabel(value) }
        guard (1...2).contains(level), level <= headingNumbering.count else { return nil }
        switch headingNumbering[level - 1] {
        case .romanNumerals:
            return value < 4000 ? RomanNumeral.spelling(value) + "." : nil
        case .chineseNumerals:
            return value < 100 ? ChineseNumeral.labelSpelling(value) + "." : nil
        case .arabicOrdinalWords:
            return value <= ArabicNumbering.ordinalWords.count ? ArabicNumbering.ordinalWords[value - 1] + " -" : nil
        case .latinCapitals:
            return value <= 26 ? Numerals.latinLetter(value) + "." : nil
        case .cyrillicCapitals:
            return value <= CyrillicNumbering.uppercase.count ? String(Character(CyrillicNumbering.uppercase[value - 1])) + "." : nil
        case .arabicLetterNames:
            return value <= ArabicNumbering.letterNameWords.count ? ArabicNumbering.letterNameWords[value - 1] + " -" : nil
        }
    }

    /// Whether a single Latin capital that looks like a letter of this
    /// language's heading alphabet stands for that letter (`B.` for `В.` in Russian).
    var readsLatinLookalikesAsOwnLetters: Bool { headingNumbering.contains(.cyrillicCapitals) }

    /// The conventions of `language`: its own table (by primary subtag), else `general`.
    public static func of(_ language: Language) -> LanguageConventions {
        if let table = byPrimary[language.primary] { return table }
        if let kin = writtenLike[language.primary], var table = byPrimary[kin] {
            table.language = language
            return table
        }
        var conventions = general
        conventions.language = language
        conventions.script = WritingScript.usualScript(of: language)
        conventions.writesSpacesBetweenWords = !(conventions.script == .han || conventions.script == .kana)
        return conventions
    }

    /// Languages whose documents are written with another language's table: Cantonese (`yue`) writes Chinese
    /// characters and, in UN documents, Chinese's words for Annex, Article and the presiding officer, and its numerals.
    static let writtenLike: [String: String] = ["yue": "zh"]

    /// Whether the conventions of `language` (`of`) list speaker words; read
    /// per unit by the classifier, so no table is copied to answer.
    static func listsSpeakerWords(_ language: Language) -> Bool {
        listsSpeakerWordsByPrimary[writtenLike[language.primary] ?? language.primary] ?? !general.speakerWords.isEmpty
    }

    private static let listsSpeakerWordsByPrimary: [String: Bool] = byPrimary.mapValues { !$0.speakerWords.isEmpty }

    /// Whether `language` has a table of its own (not `general`).
    public static func hasOwnTable(_ language: Language) -> Bool { byPrimary[language.primary] != nil }

    /// The conventions of the six UN languages.
    public static let unOfficial: [LanguageConventions] = [english, french, spanish, russian, arabic, chinese]

    /// Every language with its own table: the six UN languages, then German,
    /// Portuguese, Japanese and Hindi.
    public static let all: [LanguageConventions] = unOfficial + [german, portuguese, japanese, hindi]

    /// The tables written with spaces between words.
    static let spaced: [LanguageConventions] = all.filter(\.writesSpacesBetweenWords)

    /// The tables written without spaces between words (Chinese, Japanese).
    static let unspaced: [LanguageConventions] = all.filter { !$0.writesSpacesBetweenWords }

    private static let byPrimary: [String: LanguageConventions] = {
        var table: [String: LanguageConventions] = [:]
        for conventions in all { table[conventions.language.primary] = conventions }
        return table
    }()

    /// Every name of every language with a table (`names`) → the language.
    static let languageNamed: [String: Language] = {
        var table: [String: Language] = [:]
        for conventions in all {
            for name in conventions.names where table[name] == nil { table[name] = conventions.language }
        }
        return table
    }()

    /// For a language without its own table: any script's digits, Roman
    /// numerals and Latin letters (`LabelParser` reads them for every
    /// language), `12.` paragraphs, no vocabulary.
    public static let general = LanguageConventions(language: Language(code: "und")!, names: [], script: nil)
}
