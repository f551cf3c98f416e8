/// Scale words written before the figure they multiply, by language code,
/// for languages whose CLDR data in this machine's ICU gives none
/// (``CLDRLanguageTables`` holds those its spell-out rules write, field
/// `b`: Swahili `milioni 12`, `elfu 3`, Ewe `miliɔn 12`).
///
/// - Luganda and Igbo have no spell-out rules and no long compact forms in
///   CLDR; their scale words are written before the figure as their number
///   words are (Luganda `obukadde 2.8` "2.8 million", `akawumbi 1` "1
///   billion"; Igbo `nde 1.7` "1.7 million", `ijeri 2` "2 billion",
///   `puku 3` "3 thousand").
/// - Hausa's long compact forms in CLDR write the scale first (`Miliyan 12`,
///   `Biliyan 2.8`, `Dubu 12`), but Foundation, which the generator reads
///   CLDR through, does not give long compact forms.
enum LeadingScaleWords {
    /// Scale word → power of ten, by language.
    static let words: [String: [String: Int]] = [
        "lg": ["lukumi": 3, "nkumi": 3, "enkumi": 3, "akakadde": 6, "obukadde": 6, "kakadde": 6, "bukadde": 6,
               "akawumbi": 9, "obuwumbi": 9, "kawumbi": 9, "buwumbi": 9],
        "ig": ["puku": 3, "nde": 6, "ijeri": 9],
        "ha": ["dubu": 3, "miliyan": 6, "biliyan": 9, "triliyan": 12],
    ]
}
