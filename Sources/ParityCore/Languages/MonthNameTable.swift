/// Month names by language code, January first, lower case (Arabic as
/// written; the reader normalizes). Each month may have several forms:
/// Russian nominative and genitive (`декабрь`, `декабря`), spelling
/// variants, abbreviations.
public enum MonthNameTable {
    /// Forms of each month, by language.
    public static let names: [String: [[String]]] = [
        "en": [["january", "jan"], ["february", "feb"], ["march"], ["april", "apr"], ["may"], ["june", "jun"],
               ["july", "jul"], ["august", "aug"], ["september", "sept", "sep"], ["october", "oct"], ["november", "nov"], ["december", "dec"]],
        "es": [["enero"], ["febrero"], ["marzo"], ["abril"], ["mayo"], ["junio"], ["julio"], ["agosto"], ["septiembre", "setiembre"],
               ["octubre"], ["noviembre"], ["diciembre"]],
        "fr": [["janvier"], ["février", "fevrier"], ["mars"], ["avril"], ["mai"], ["juin"], ["juillet"], ["août", "aout"], ["septembre"],
               ["octobre"], ["novembre"], ["décembre", "decembre"]],
        "ru": [["январь", "января"], ["февраль", "февраля"], ["март", "марта"], ["апрель", "апреля"], ["май", "мая"], ["июнь", "июня"],
               ["июль", "июля"], ["август", "августа"], ["сентябрь", "сентября"], ["октябрь", "октября"], ["ноябрь", "ноября"],
               ["декабрь", "декабря"]],
        // Egyptian series (يناير ...) and Levantine series (كانون الثاني ...);
        // UN Arabic writes both: "كانون الأول/ديسمبر". The Levantine January,
        // October, November and December are two words (see `arabicTwoWord`).
        "ar": [["يناير"], ["فبراير", "شباط"], ["مارس", "آذار"], ["أبريل", "ابريل", "نيسان"], ["مايو", "مايه", "أيار"], ["يونيو", "يونيه", "حزيران"],
               ["يوليو", "يوليه", "تموز"], ["أغسطس", "آب"], ["سبتمبر", "أيلول"], ["أكتوبر"], ["نوفمبر"], ["ديسمبر"]],
        "de": [["januar", "jänner"], ["februar"], ["märz"], ["april"], ["mai"], ["juni"], ["juli"], ["august"], ["september"],
               ["oktober"], ["november"], ["dezember"]],
        "pt": [["janeiro"], ["fevereiro"], ["março", "marco"], ["abril"], ["maio"], ["junho"], ["julho"], ["agosto"], ["setembro"],
               ["outubro"], ["novembro"], ["dezembro"]],
        "it": [["gennaio"], ["febbraio"], ["marzo"], ["aprile"], ["maggio"], ["giugno"], ["luglio"], ["agosto"], ["settembre"],
               ["ottobre"], ["novembre"], ["dicembre"]],
        // Latin: nominative, genitive and ablative (`mensis Maii`, `die XII Maii`, `Kalendis Maiis` is not read), with I and J,
        // U and V spellings.
        "la": [["ianuarius", "ianuarii", "ianuario", "januarius", "januarii", "januario"], ["februarius", "februarii", "februario"],
               ["martius", "martii", "martio"], ["aprilis", "aprili"], ["maius", "maii", "maio"],
               ["iunius", "iunii", "iunio", "junius", "junii", "junio"], ["iulius", "iulii", "iulio", "julius", "julii", "julio"],
               ["augustus", "augusti", "augusto"], ["september", "septembris", "septembri"], ["october", "octobris", "octobri"],
               ["november", "novembris", "novembri"], ["december", "decembris", "decembri"]],
        // Greek: nominative and genitive ("18 Ιουλίου 2025").
        "el": [["ιανουάριος", "ιανουαρίου"], ["φεβρουάριος", "φεβρουαρίου"], ["μάρτιος", "μαρτίου"], ["απρίλιος", "απριλίου"],
               ["μάιος", "μαΐου"], ["ιούνιος", "ιουνίου"], ["ιούλιος", "ιουλίου"], ["αύγουστος", "αυγούστου"],
               ["σεπτέμβριος", "σεπτεμβρίου"], ["οκτώβριος", "οκτωβρίου"], ["νοέμβριος", "νοεμβρίου"], ["δεκέμβριος", "δεκεμβρίου"]],
        "hi": [["जनवरी"], ["फ़रवरी", "फरवरी"], ["मार्च"], ["अप्रैल", "अप्रेल"], ["मई"], ["जून"], ["जुलाई"], ["अगस्त"], ["सितम्बर", "सितंबर"],
               ["अक्टूबर", "अक्तूबर"], ["नवम्बर", "नवंबर"], ["दिसम्बर", "दिसंबर"]],
    ]

    /// Words a language writes between a day and its month or between a
    /// month and its year, besides the prepositions every language's dates
    /// are read with (`de`, `of`, `года`): Latin `die XII mensis Maii, anno
    /// Domini MMXXVI` ("on the 12th day of the month of May, in the year of
    /// the Lord 2026").
    public static let dateLinkWords: [String: [String]] = [
        "la": ["mensis", "anno", "domini", "die"],
    ]

    /// Levantine Arabic months written in two words: first word, then each
    /// second word and its month.
    public static let arabicTwoWord: [String: [String: Int]] = [
        "كانون": ["الثاني": 1, "الأول": 12],
        "تشرين": ["الأول": 10, "الثاني": 11],
    ]

    /// The word for "day" written between an ordinal day and the link word
    /// before its month (`the 14th day of September`, `an 14ú lá de Mheán
    /// Fómhair`, `le 14e jour de septembre`), normalized.
    public static let dayNouns: Set<String> = ["day", "lá", "día", "jour", "dia", "giorno"]

    /// Words that write the first day of a month, before the month's name, in
    /// languages that write that day with a word of its own rather than the
    /// figure 1 (normalized as the number reader normalizes words): Urdu and
    /// Persian `یکم` (`یکم جنوری ۲۰۲۴`, also Saraiki, Punjabi Shahmukhi),
    /// Hindi `पहली` (`पहली जनवरी`), French `premier`, Spanish `primero`,
    /// Portuguese `primeiro`, Italian `primo`, Catalan `primer`. The ordinal
    /// on the figure (`1er`, `1.º`, `1r`) is read with the figure.
    public static let firstDayWords: Set<String> = Set(["یکم", "پہلی", "पहली", "premier", "primero", "primeiro", "primo", "primer"]
        .map { NumberTokenizer.normalizedWord(Array($0.unicodeScalars), 0..<$0.unicodeScalars.count) })

    /// The first scalars of `firstDayWords`.
    private static let firstDayWordFirsts: [Unicode.Scalar] = Array(Set(firstDayWords.compactMap(\.unicodeScalars.first)))

    /// False only when no word whose first scalar is `first` normalizes (as the number reader normalizes
    /// words: lower case, Arabic without tatweel and diacritics) to one of `firstDayWords`: a test on one
    /// scalar before the word's string is made, which most words of a text fail. A scalar that folds to
    /// nothing or to what the common scripts' fold does not list may start such a word.
    static func mayStartFirstDayWord(_ first: Unicode.Scalar) -> Bool {
        guard case .folded(let folded) = NumberWordShapes.fold(first) else { return true }
        return firstDayWordFirsts.contains(folded)
    }

    /// Characters that follow a numeral month, day and year in Chinese and
    /// Japanese dates (`1948年12月10日`).
    public static let hanDateMarks: (year: String, month: String, day: String) = ("年", "月", "日")

    /// Other characters written after the day of a Han date that has its
    /// month mark: `号` (Mandarin, spoken and informal: `9月14号`) and `號`
    /// (Cantonese and traditional script: `2027年9月14號`). CLDR's patterns
    /// write `日` only.
    public static let hanSpokenDayMarks: Set<String> = ["号", "號"]

    /// The Hangul syllables that follow them in Korean dates (`1948년 12월
    /// 10일`); a particle may follow in the same word (`10일에`, `2026년까지`).
    public static let hangulDateMarks: (year: String, month: String, day: String) = ("년", "월", "일")

    /// Dates whose parts each follow a word, syllables set apart by the
    /// tsheg `་` (Tibetan `bo`, Dzongkha `dz`), as CLDR's patterns write
    /// them: `སྤྱི་ལོ་y MMMMའི་ཚེས་d`, `y ལོའི་MMMཚེས་d` (bo),
    /// `སྤྱི་ལོ་y ཟླ་MMM ཚེས་dd` (dz). The month word (`ཟླ`, "month") is
    /// followed by the month's number (CLDR's abbreviated months `ཟླ་༣`) or
    /// by its ordinal in syllables, after `བ` in Tibetan (CLDR's month
    /// names `ཟླ་བ་གསུམ་པ`, `ཟླ་གསུམ་པ`: "third month"; the last syllable
    /// may take the genitive `འི`: `ཟླ་བ་གསུམ་པའི་ཚེས་༩`); the day word
    /// (`ཚེས`) by the day; the year follows `ལོ` or precedes `ལོའི`. The
    /// ordinals are CLDR's month names without the month word.
    public struct MarkedDateWords: Sendable {
        /// The word before the month.
        public let month: String
        /// Syllables that may stand between the month word and the ordinal (`བ`).
        public let monthFillers: Set<String>
        /// The month ordinals in syllables, January first, each in its forms.
        public let ordinals: [[[String]]]
        /// The word before the day.
        public let day: String
        /// Words around the year (`སྤྱི`, `ལོ`, `ལོའི`).
        public let yearWords: Set<String>
        /// The genitive ending a month's last syllable may take (`འི`).
        public let genitive: String
    }

    private static let tibetanDateWords = MarkedDateWords(
        month: "ཟླ", monthFillers: ["བ"],
        ordinals: [[["དང", "པོ"], ["དངཔ"]], [["གཉིས", "པ"]], [["གསུམ", "པ"]], [["བཞི", "པ"]], [["ལྔ", "པ"]], [["དྲུག", "པ"]],
                   [["བདུན", "པ"]], [["བརྒྱད", "པ"]], [["དགུ", "པ"]], [["བཅུ", "པ"]], [["བཅུ", "གཅིག", "པ"]], [["བཅུ", "གཉིས", "པ"]]],
        day: "ཚེས", yearWords: ["སྤྱི", "ལོ", "ལོའི"], genitive: "འི")

    /// ``MarkedDateWords`` by language code.
    public static let markedDateWords: [String: MarkedDateWords] = ["bo": tibetanDateWords, "dz": tibetanDateWords]

    /// Vietnamese months, named by a word and their number (CLDR `tháng 3`),
    /// and the word before a year (`ngày 14 tháng 3 năm 2026`).
    public static let numberedMonthWord = (month: "tháng", year: "năm")
    /// The length in scalars of ``numberedMonthWord``'s month word, asked of every word a reader meets.
    public static let numberedMonthWordLength = numberedMonthWord.month.unicodeScalars.count
}
