/// Words around figures that the number check reads, in every language
/// with a table: percent words, hour words, the words between a day, its
/// month and the year, ordinal suffixes. One set for all languages: a
/// translation may keep a word of its source.
enum NumberWords {
    /// Suffixes of ordinal day numbers (`1er`, `1st`, `1.º`, `1-го`).
    static let ordinalSuffixes: Set<String> = ["er", "re", "e", "st", "nd", "rd", "th", "o", "º", "ª", "го"]
    /// Words between day, month and year (`12 de julio de 2006`, `July of 2006`).
    static let dateLinkWords: Set<String> = ["de", "del", "of"]
    /// Words after a time or a range of times (`10.00 horas`, `10.00 a 13.00`, `10.30 Uhr`).
    static let timeWords: Set<String> = ["h", "hrs", "horas", "hora", "hours", "heures", "a", "to", "à", "до", "час", "часов", "ч", "uhr", "bis"]
    /// Words after an hour without minutes (`10 h 30`, `10 heures`).
    static let hourWords: Set<String> = ["h", "heures", "heure", "horas", "hora", "uhr"]
    /// One-word percent signs (`20 percent`, `20 Prozent`, `20 प्रतिशत`).
    static let percentWords: Set<String> = ["percent", "pourcent", "بالمائة", "بالمئة", "prozent", "प्रतिशत"]
    /// Prefixes of inflected percent words (`процента`, `процентов`).
    static let percentPrefixes = ["процент"]
    /// Two-word percent signs: first word → second words (`per cent`, `por ciento`, `por cento`, `في المائة`).
    static let percentPairs: [String: Set<String>] = ["per": ["cent"], "por": ["ciento", "cento"], "pour": ["cent"], "في": ["المائة", "المئة"]]
}
