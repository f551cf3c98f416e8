/// Recognizes caption lines: the table-of-contents caption and its column
/// captions, and the annex caption, in any language with a table.
enum CaptionRecognizer {
    /// Whether `text` is a table-of-contents caption ("Índice", "Contents", "Содержание", "المحتويات", "目录").
    static func isTableOfContentsCaption(_ text: String) -> Bool {
        guard text.unicodeScalars.count <= 30 else { return false }
        let lower = text.lowercased().trimmingWhitespace()
        return LanguageConventions.all.contains { $0.tableOfContentsCaptions.contains(lower) }
    }

    /// Whether `text` is a line of table-of-contents column captions ("Párrafos Página").
    static func isTableOfContentsColumnCaption(_ text: String) -> Bool {
        guard text.unicodeScalars.count <= 60 else { return false }
        let words = text.lowercased().split { $0 == " " || $0 == "\t" }
        guard !words.isEmpty else { return false }
        return words.allSatisfy { word in
            let key = String(word)
            let bare = key.hasSuffix(".") ? String(key.dropLast()) : key
            return LanguageConventions.all.contains {
                $0.tableOfContentsColumnWords.contains(key) || $0.tableOfContentsColumnWords.contains(bare)
            }
        }
    }

    /// If `text` is an annex caption ("Anexo", "Annex II", "Приложение", "المرفق", "附件一"),
    /// the annex's own label (`II`, `1`) or an empty string; `nil` otherwise.
    static func annexLabel(_ text: String) -> String? {
        guard text.unicodeScalars.count <= 32 else { return nil }
        let lower = text.lowercased()
        let scalars = Array(lower.unicodeScalars)
        for conventions in LanguageConventions.all {
            for word in conventions.annexWords where lower.hasPrefix(word) && word.unicodeScalars.count <= scalars.count {
                let rest = ScalarText.trimmed(scalars[word.unicodeScalars.count...])
                if rest.isEmpty { return "" }
                let separated = ScalarClass.isWhitespace(scalars[word.unicodeScalars.count]) || !conventions.writesSpacesBetweenWords
                guard separated, rest.count <= 6 else { continue }
                if let value = RomanNumeral.lowercaseValue(of: rest) { return RomanNumeral.spelling(value) }
                if let value = Numerals.decimalValue(rest) { return String(value) }
                if let value = ChineseNumeral.labelValue(rest) { return RomanNumeral.spelling(value) }
                if let value = ArabicNumbering.ordinalValue(rest) { return RomanNumeral.spelling(value) }
                if rest.count == 1, let position = Numerals.latinPosition(rest.first!) { return Numerals.latinLetter(position) }
            }
        }
        return nil
    }
}
