/// Month names of every language with a table (`LanguageConventions.calendarMonths`),
/// lower case, Arabic normalized by `ArabicText.normalize`: Russian
/// genitive forms and both the Levantine and the Egyptian Arabic names that
/// UN Arabic writes together ("تموز/يوليه").
enum MonthNames {
    /// One-word month names → month number.
    static let single: [String: Int] = tables.single

    /// Months written as two words (Levantine Arabic "كانون الثاني"): first
    /// word, then the second word and the month it gives.
    static let twoWord: [String: [String: Int]] = tables.twoWord

    private static let tables: (single: [String: Int], twoWord: [String: [String: Int]]) = {
        var single: [String: Int] = [:]
        var twoWord: [String: [String: Int]] = [:]
        for conventions in LanguageConventions.all {
            for (index, forms) in conventions.calendarMonths.enumerated() {
                for form in forms {
                    let words = form.split(separator: " ").map { ArabicText.normalize(String($0)) }
                    if words.count == 1 {
                        if single[words[0]] == nil { single[words[0]] = index + 1 }
                    } else if words.count == 2 {
                        twoWord[words[0], default: [:]][words[1]] = index + 1
                    }
                }
            }
        }
        return (single, twoWord)
    }()
}
