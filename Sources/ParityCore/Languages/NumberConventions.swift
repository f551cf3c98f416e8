/// How a language writes figures: whether a comma is its decimal mark, and
/// which scale words multiply a figure, keyed by language code ("en", "es",
/// ...). Languages without an entry follow the general convention: decimal
/// point, comma as thousands separator.
public enum NumberConventions {
    /// Languages whose decimal mark is the comma (`1,5`); a point then
    /// separates thousands (`1.000`). Arabic UN texts write `0,7 في المائة`.
    public static let decimalCommaLanguages: Set<String> = [
        "es", "fr", "ru", "ar", "de", "pt", "it", "nl", "pl", "cs", "sv", "fi", "da", "nb", "tr", "uk", "ro", "el", "id", "vi",
    ]

    /// Languages that group digits by lakh and crore (`12,50,000`): groups
    /// of two digits before the last group of three.
    public static let lakhGroupingLanguages: Set<String> = ["hi", "bn", "ne", "mr", "gu", "pa", "ta", "te", "ur"]

    /// Right-to-left languages whose texts store a figure grouped by spaces
    /// with its groups in reverse (display) order: UN Arabic writes 1 250 as
    /// "250 1" and 1 250 000 as "000 250 1" (every group but the last of
    /// three digits, the last of one to three).
    public static let reversedSpaceGroupLanguages: Set<String> = ["ar", "fa", "ur", "he"]

    /// Languages whose numeric dates with the year last put the day first
    /// (`10/12/1948` = 10 December 1948). English is not among them (British
    /// and UN usage put the day first, American usage the month), nor are
    /// Chinese and Japanese (they write the year first): there a date such as
    /// `10/12/1948` keeps both readings.
    public static let dayFirstNumericDateLanguages: Set<String> = [
        "es", "fr", "ru", "ar", "de", "pt", "it", "nl", "pl", "cs", "sv", "fi", "da", "nb", "tr", "uk", "ro", "el", "id", "vi", "hi",
    ]

    /// Languages whose noun phrases put the modifier first ("paragraph 17 of
    /// article 25" is 第25条第17款 in Chinese, "अनुच्छेद 25 का पैराग्राफ 17"
    /// in Hindi): two figures of a sentence may come in the other order
    /// than in English or Spanish without any error, so figures in swapped
    /// places between such a language and another are only worth a look.
    public static let freeFigureOrderLanguages: Set<String> = ["zh", "ja", "ko", "hi", "ur", "bn", "mr", "ta", "te", "tr"]

    /// Whether two versions in the languages with codes `a` and `b` may
    /// write the figures of a sentence in another order: when either is in
    /// ``freeFigureOrderLanguages`` or unknown.
    public static func figureOrderMayDiffer(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        return a != b && (freeFigureOrderLanguages.contains(a) || freeFigureOrderLanguages.contains(b))
    }

    /// Whether `code` writes a decimal comma.
    public static func usesDecimalComma(_ code: String?) -> Bool {
        guard let code else { return false }
        return decimalCommaLanguages.contains(code)
    }

    /// Scale words by language: the power of ten a figure written before
    /// them is multiplied by (`100 million`, `100.000 millones`, `2,5 млрд`,
    /// `100亿`). Two-word scales (`mil millones`) are written with a space.
    /// Lower case; Arabic as written (normalized when the table is read).
    public static let scaleWords: [String: [String: Int]] = [
        "en": ["thousand": 3, "thousands": 3, "million": 6, "millions": 6, "billion": 9, "billions": 9, "trillion": 12, "trillions": 12, "bn": 9],
        "es": ["mil": 3, "millón": 6, "millon": 6, "millones": 6, "mil millones": 9, "millardo": 9, "millardos": 9, "billón": 12, "billon": 12, "billones": 12],
        "fr": ["mille": 3, "million": 6, "millions": 6, "milliard": 9, "milliards": 9, "billion": 12, "billions": 12],
        "ru": ["тысяча": 3, "тысячи": 3, "тысяч": 3, "тыс": 3, "миллион": 6, "миллиона": 6, "миллионов": 6, "млн": 6,
               "миллиард": 9, "миллиарда": 9, "миллиардов": 9, "млрд": 9, "триллион": 12, "триллиона": 12, "триллионов": 12, "трлн": 12],
        // With the accusative ending too ("279 مليونا").
        "ar": ["ألف": 3, "ألفا": 3, "آلاف": 3, "مليون": 6, "مليونا": 6, "ملايين": 6, "مليار": 9, "مليارا": 9, "مليارات": 9,
               "بليون": 9, "بليونا": 9, "بلايين": 9, "تريليون": 12],
        "zh": ["千": 3, "万": 4, "萬": 4, "百万": 6, "亿": 8, "億": 8, "万亿": 12],
        "ja": ["千": 3, "万": 4, "百万": 6, "億": 8, "兆": 12],
        // Korean counts in myriads as Chinese does (`450만` = 4 500 000, `12억` = 1 200 000 000).
        "ko": ["천": 3, "만": 4, "백만": 6, "억": 8, "조": 12],
        "de": ["tausend": 3, "million": 6, "millionen": 6, "mio": 6, "milliarde": 9, "milliarden": 9, "mrd": 9, "billion": 12, "billionen": 12],
        "pt": ["mil": 3, "milhão": 6, "milhões": 6, "milhao": 6, "milhoes": 6, "bilhão": 9, "bilhões": 9, "mil milhões": 9, "bilião": 12, "biliões": 12],
        "el": ["χιλιάδες": 3, "εκατομμύριο": 6, "εκατομμύρια": 6, "εκατ": 6, "δισεκατομμύριο": 9, "δισεκατομμύρια": 9, "δισ": 9],
        "hi": ["हज़ार": 3, "हजार": 3, "लाख": 5, "करोड़": 7, "करोड": 7, "अरब": 9, "खरब": 11, "मिलियन": 6, "बिलियन": 9],
    ]

    /// Scale words of languages with no entry of their own: the English ones.
    public static func scaleWords(for code: String?) -> [String: Int] {
        code.flatMap { scaleWords[$0] } ?? scaleWords["en"]!
    }
}
