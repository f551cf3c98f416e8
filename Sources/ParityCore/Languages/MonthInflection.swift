/// Forms of a month name that CLDR does not give but a date may write: a
/// case ending on the name's stem, or an initial mutation. CLDR gives one
/// or two forms a month (format and standalone); Bosnian and Serbian write
/// the genitive in a date (`14. septembra 2027` of `septembar`, `2. aprila`,
/// `1. јула` of `јул`), Irish mutates the first letters after a preposition
/// (`de Mheán Fómhair`, `i mBealtaine`). The reader asks only between a day
/// and a year in figures (``NumberValueReader/inflectedMonth(at:)``), where a
/// word that shares a month's stem is that month.
enum MonthInflection {
    /// Whether `word` may be a form of the month name `form` (both
    /// normalized, as scalars):
    /// - a case ending: the two share a stem of three letters or more that
    ///   is all of `form` but its last two letters at most, and `word` adds
    ///   at most two letters to the stem (`septembra`: `septemb` + `ra`
    ///   of `septemb` + `ar`; `juna` of `juni`; `marta` of `mart`; not
    ///   Georgian `ივლისიდან`, "from July", whose year may be the next
    ///   date's: `2025 წლის 1 ივლისიდან 2026 წლის 31 მარტამდე`);
    /// - an initial mutation: `word` is `form` with one or two letters
    ///   before it (`mbealtaine`, `bhfeabhra`) or one letter after its
    ///   first (`mheán` of `meán`).
    ///
    /// `endingLetters`: how many letters `word` may add to the stem; more
    /// than two only where the date's year is already read before the day
    /// (`2044 жылғы 1 қаңтардан`, "from 1 January 2044", in Kazakh).
    static func mayBeForm(_ word: [Unicode.Scalar], of form: [Unicode.Scalar], endingLetters: Int = 2) -> Bool {
        guard form.count >= 3 else { return word == form }
        var stem = 0
        while stem < word.count, stem < form.count, word[stem] == form[stem] { stem += 1 }
        if stem >= 3, form.count - stem <= 2, word.count - stem <= endingLetters { return true }
        let extra = word.count - form.count
        if (1...2).contains(extra), word[extra...].elementsEqual(form) { return true }
        if extra == 1, word[0] == form[0], word[2...].elementsEqual(form[1...]) { return true }
        return false
    }
}
