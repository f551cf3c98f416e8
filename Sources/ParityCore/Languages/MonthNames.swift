/// Month names of every language with a table, one lookup for all: a month
/// name means the same month in every language that has it, and UN Arabic
/// writes two series together ("تموز/يوليه"). Read from each language's
/// `LanguageConventions.calendarMonths` and from `MonthNameTable` (languages
/// with months but no conventions of their own), normalized by
/// `WordPhraseTable.normalize` (lower case; Arabic without diacritics, bare
/// alif). Russian genitive forms and both Arabic series are included.
enum MonthNames {
    /// One-word month names → month number (1–12).
    static let single: [String: Int] = tables.single

    /// Months written as two words (Levantine Arabic "كانون الثاني"): first
    /// word, then the second word and the month it gives.
    static let twoWord: [String: [String: Int]] = tables.twoWord

    private static let tables: (single: [String: Int], twoWord: [String: [String: Int]]) = {
        var single: [String: Int] = [:]
        var twoWord: [String: [String: Int]] = [:]
        func add(_ form: String, _ month: Int) {
            let words = form.split(separator: " ").map { WordPhraseTable.normalize(String($0)) }
            if words.count == 1 {
                if single[words[0]] == nil { single[words[0]] = month }
            } else if words.count == 2 {
                twoWord[words[0], default: [:]][words[1]] = month
            }
        }
        for conventions in LanguageConventions.all {
            for (index, forms) in conventions.calendarMonths.enumerated() { for form in forms { add(form, index + 1) } }
        }
        for months in MonthNameTable.names.values {
            for (index, forms) in months.enumerated() { for form in forms { add(form, index + 1) } }
        }
        for (first, seconds) in MonthNameTable.arabicTwoWord {
            for (second, month) in seconds { add(first + " " + second, month) }
        }
        return (single, twoWord)
    }()
}
