/// Words and marks that join the two ends of a range or a pair of figures
/// that share a unit (`0.15 to 0.20 per cent`, `del 1 al 7`, `1 à 7`,
/// `с 1 по 7`, `1至7`), by language code. A figure before one of them takes
/// the percent sign or scale word of the figure after it.
public enum RangeWords {
    /// Connectors by language, lower case (Arabic normalized when read).
    public static let connectors: [String: [String]] = [
        "en": ["to", "and", "through", "or"],
        "es": ["a", "al", "y", "e", "hasta", "o"],
        "fr": ["à", "au", "et", "ou"],
        "ru": ["до", "по", "и", "или"],
        "ar": ["إلى", "الى", "و", "أو"],
        "zh": ["至", "到", "和", "或"],
        "ja": ["から", "～", "まで"],
        "de": ["bis", "und", "oder"],
        "pt": ["a", "até", "e", "ou"],
        "hi": ["से", "और", "या"],
        // South Asian languages set "from" after a range's first end (`৬ থেকে ৮`, `౬ నుండి ౮ వరకు`, `6 முதல் 8 வரை`).
        "bn": ["থেকে", "হতে", "এবং", "ও", "বা"],
        "te": ["నుండి", "నుంచి", "మరియు", "లేదా"],
        "ta": ["முதல்", "மற்றும்", "அல்லது"],
        "ml": ["മുതൽ", "അല്ലെങ്കിൽ"],
        "kn": ["ರಿಂದ", "ಮತ್ತು", "ಅಥವಾ"],
        "mr": ["ते", "आणि", "किंवा"],
        "gu": ["થી", "અને", "અથવા"],
        "ne": ["देखि", "र", "वा"],
        "ur": ["سے", "تا", "اور", "یا"],
        "pa": ["ਤੋਂ", "ਅਤੇ", "ਜਾਂ"],
    ]

    /// The connectors of ``connectors`` that join two figures of a list or a
    /// choice, not the two ends of a range (`2016 and 2017`, `3 o 4`); the
    /// other connectors and the dashes join range ends (``rangeMarks``).
    public static let conjunctions: Set<String> = ["and", "or", "y", "e", "o", "et", "ou", "и", "или", "و", "أو", "او", "和", "或",
                                                   "und", "oder", "और", "या", "এবং", "ও", "বা", "మరియు", "లేదా", "மற்றும்",
                                                   "அல்லது", "അല്ലെങ്കിൽ", "ಮತ್ತು", "ಅಥವಾ", "आणि", "किंवा", "અને", "અથવા", "र", "वा",
                                                   "اور", "یا", "ਅਤੇ", "ਜਾਂ"]

    /// Marks that join the two ends of a range in every language (not `/`: `1952/53` is a season, `66/67` a pair).
    public static let rangeMarks: Set<String> = ["-", "–", "—", "‐", "‑", "~", "～", "〜"]

    /// Marks that join a range in every language.
    public static let marks: Set<String> = ["-", "–", "—", "‐", "‑", "~", "～", "〜", "/"]
}
