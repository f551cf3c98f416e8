/// Month names of every language in ``MonthNameTable``, normalized for
/// lookup (lower case; Arabic without diacritics, bare alif). One table for
/// all languages: a month name means the same month in every language that
/// has it, and UN Arabic writes two series together ("تموز/يوليه").
enum MonthNames {
    /// Normalized one-word month name → month (1–12).
    static let single: [String: Int] = {
        var table: [String: Int] = [:]
        for months in MonthNameTable.names.values {
            for (index, forms) in months.enumerated() {
                for form in forms { table[WordPhraseTable.normalize(form)] = index + 1 }
            }
        }
        return table
    }()

    /// Levantine Arabic months written as two words: first word, then the
    /// second word and the month it gives (normalized).
    static let twoWord: [String: [String: Int]] = {
        var table: [String: [String: Int]] = [:]
        for (first, seconds) in MonthNameTable.arabicTwoWord {
            var normalized: [String: Int] = [:]
            for (second, month) in seconds { normalized[WordPhraseTable.normalize(second)] = month }
            table[WordPhraseTable.normalize(first)] = normalized
        }
        return table
    }()
}
