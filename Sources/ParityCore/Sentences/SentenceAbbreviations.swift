/// Abbreviations after which a full stop does not end a sentence, per
/// language (lower case, without the final full stop). A token with an inner
/// full stop (`e.g`, `т.е`, `U.S`) and a single letter (an initial) count as
/// abbreviations in every language.
enum SentenceAbbreviations {
    /// The abbreviations of `language`'s primary subtag plus the ones common to all.
    static func forLanguage(_ primary: String?) -> Set<String> {
        var words = common
        switch primary {
        case "en": words.formUnion(english)
        case "fr": words.formUnion(french)
        case "es": words.formUnion(spanish)
        case "ru": words.formUnion(russian)
        case "de": words.formUnion(german)
        case "pt": words.formUnion(portuguese)
        default: break
        }
        return words
    }

    /// Titles, reference words and Latin abbreviations shared by the Latin-script UN languages.
    static let common: Set<String> = [
        "art", "arts", "no", "nos", "nr", "vol", "vols", "p", "pp", "cf", "op", "cit", "ibid", "al",
        "dr", "prof", "st", "fig", "para", "paras", "corr", "rev", "add", "suppl", "res", "sess", "ch",
    ]
    static let english: Set<String> = [
        "mr", "mrs", "ms", "messrs", "jr", "sr", "gen", "gov", "sect", "vs", "inc", "ltd", "co", "approx",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    static let french: Set<String> = [
        "m", "mm", "mme", "mmes", "mlle", "mlles", "me", "mgr", "paragr", "chap", "éd", "ste", "env",
        "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc",
    ]
    static let spanish: Set<String> = [
        "sr", "sra", "sres", "sras", "srta", "d", "dña", "dra", "ud", "uds", "párr", "párrs", "núm", "núms",
        "pág", "págs", "cap", "ej", "excmo", "excma", "ilmo", "lic",
    ]
    static let russian: Set<String> = [
        "т", "см", "ст", "п", "пп", "стр", "им", "тыс", "млн", "млрд", "руб", "г-н", "г-жа", "д-р", "проф", "рис", "гл",
    ]
    static let german: Set<String> = [
        "abs", "bzw", "ca", "dr", "evtl", "ggf", "hrsg", "inkl", "nr", "s", "sog", "usw", "vgl", "bd", "hr", "fr",
    ]
    static let portuguese: Set<String> = ["sr", "sra", "dr", "dra", "pág", "págs", "cap", "ex"]
}
