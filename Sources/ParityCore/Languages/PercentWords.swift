/// How each language writes "per cent" in words, keyed by language code.
/// A figure followed by one of these (or by `%`, `٪`, `％`) is a
/// percentage; Chinese and Japanese write `百分之` before the figure.
public enum PercentWords {
    /// One- or two-word forms written after the figure, lower case (Arabic
    /// normalized when read). Russian inflects: every word starting with
    /// `процент` counts (see ``prefixes``).
    public static let after: [String: [String]] = [
        "en": ["percent", "per cent", "pc"],
        "fr": ["pour cent", "pourcent", "p. cent"],
        "es": ["por ciento", "por cien"],
        "ru": ["процент", "процента", "процентов"],
        "ar": ["في المائة", "في المئة", "بالمائة", "بالمئة"],
        "zh": ["个百分点"],
        "ja": ["パーセント"],
        "de": ["prozent"],
        "pt": ["por cento"],
        "hi": ["प्रतिशत", "फ़ीसदी", "फीसदी"],
        "el": ["τοις εκατό", "τοις εκατόν"],
        "it": ["per cento", "percento"],
        "nl": ["procent"], "sv": ["procent"], "da": ["procent"], "nb": ["prosent"], "pl": ["procent", "proc"],
        "cs": ["procent", "procenta", "procento"], "sk": ["percent", "percenta", "percento"],
        "ro": ["la sută", "la suta"], "fi": ["prosenttia", "prosentti"], "et": ["protsenti", "protsent"],
        "lv": ["procenti", "procentiem", "procentu"], "lt": ["procentai", "procentų", "proc"],
        "id": ["persen"], "ms": ["peratus"], "vi": ["phần trăm"], "ko": ["퍼센트"],
        "fa": ["درصد"], "ur": ["فیصد"], "he": ["אחוז", "אחוזים"], "am": ["በመቶ"],
        "bn": ["শতাংশ"], "ta": ["சதவீதம்"], "te": ["శాతం"], "ml": ["ശതമാനം"], "mr": ["टक्के"], "gu": ["ટકા"],
        "pa": ["ਪ੍ਰਤੀਸ਼ਤ", "ਫ਼ੀਸਦੀ"], "ka": ["პროცენტი", "პროცენტით"], "hy": ["տոկոս", "տոկոսով"], "mn": ["хувь", "хувиар"],
        "az": ["faiz"], "uz": ["foiz"], "sr": ["одсто", "посто", "odsto", "posto"], "hr": ["posto"], "sl": ["odstotka", "odstotkov", "odstotek"],
        "ga": ["faoin gcéad"], "cy": ["y cant"],
    ]

    /// Word beginnings that make a percentage in any of their inflections,
    /// also as an adjective joined to the figure by a hyphen ("95-процентный",
    /// "95-prozentige").
    public static let prefixes: [String] = ["процент", "prozent", "відсот", "пайыз", "százalék", "procent"]

    /// Written before the figure: `百分之二十`.
    public static let before: [String] = ["百分之"]

    /// Words written before the figure, lower case: Turkish `yüzde 12,5`,
    /// Swahili `asilimia 12.5`, Thai `ร้อยละ 37.5` (Thai and Lao at the end
    /// of a run of letters, as they are written without spaces).
    public static let wordsBefore: Set<String> = ["yüzde", "asilimia", "ร้อยละ", "ຮ້ອຍລະ", "ಶೇಕಡಾ"]

    /// The lengths in scalars of the words of ``wordsBefore``.
    public static let wordsBeforeLengths: Set<Int> = Set(wordsBefore.map(\.unicodeScalars.count))

    /// The words of ``wordsBefore`` that end a run of letters (scripts written without spaces).
    public static let wordsBeforeInRuns: [[Unicode.Scalar]] = ["ร้อยละ", "ຮ້ອຍລະ"].map { Array($0.unicodeScalars) }
}
