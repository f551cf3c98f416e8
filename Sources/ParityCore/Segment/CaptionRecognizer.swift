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
            return columnWords.contains(key) || columnWords.contains(bare)
        }
    }

    /// The table-of-contents column words of every language.
    private static let columnWords = Set(LanguageConventions.all.flatMap(\.tableOfContentsColumnWords))

    /// If `text` is an annex caption ("Anexo", "Annex II", "Приложение", "المرفق", "附件一"),
    /// the annex's own label (`II`, `1`) or an empty string; `nil` otherwise.
    static func annexLabel(_ text: String) -> String? {
        guard text.unicodeScalars.count <= 32 else { return nil }
        let lower = text.lowercased()
        let scalars = Array(lower.unicodeScalars)
        for (words, spaced) in annexWordsBySpacing {
            for word in words where lower.hasPrefix(word) && word.unicodeScalars.count <= scalars.count {
                let rest = ScalarText.trimmed(scalars[word.unicodeScalars.count...])
                if rest.isEmpty { return "" }
                let separated = ScalarClass.isWhitespace(scalars[word.unicodeScalars.count]) || !spaced
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

    /// Longest annex caption with a title or a link to its document (scalars).
    static let maximumCaptionLength = 400

    /// If `text` is an annex caption, short ("Annex II") or long — with a
    /// title after a dash or colon ("ANNEX 1 - Comprehensive plan"), or linked
    /// to the document it is annexed to ("Annex to the letter dated …",
    /// "Приложение к вербальной ноте …", "…给秘书长的普通照会的附件") — the
    /// annex's own label or an empty string; `nil` otherwise. A long caption
    /// does not end a sentence.
    static func annexCaptionLabel(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count <= maximumCaptionLength else { return nil }
        if scalars.count <= 32, let label = annexLabel(text) { return label }
        guard !ScalarText.endsSentence(scalars) else { return nil }
        let lower = ScalarLowercasing.lowercased(scalars)
        guard lower.count == scalars.count else { return nil }
        for (language, words, links) in annexWordScalars {
            let spaced = annexWordsBySpacing[language].spaced
            for wordScalars in words {
                if lower.starts(with: wordScalars), let label = linkedOrTitled(lower, after: wordScalars.count, LanguageConventions.all[language]) {
                    return label
                }
                // The annex word last, after a link word: "…的附件", "… का अनुलग्नक".
                if lower.count > wordScalars.count, lower[(lower.count - wordScalars.count)...].elementsEqual(wordScalars) {
                    let before = ScalarText.trimmed(lower[..<(lower.count - wordScalars.count)])
                    for linkScalars in links {
                        guard before.count > linkScalars.count, before.suffix(linkScalars.count).elementsEqual(linkScalars) else { continue }
                        if spaced {
                            guard ScalarClass.isWhitespace(before[before.endIndex - linkScalars.count - 1]) else { continue }
                        }
                        return ""
                    }
                }
            }
        }
        return nil
    }

    /// Every language's annex words and annex link words as scalars (with the
    /// language's index in `LanguageConventions.all`), made once.
    private static let annexWordScalars: [(language: Int, words: [[Unicode.Scalar]], links: [[Unicode.Scalar]])] =
        LanguageConventions.all.enumerated().map { index, conventions in
            (index, conventions.annexWords.map { Array($0.unicodeScalars) }, conventions.annexLinkWords.map { Array($0.unicodeScalars) })
        }

    /// Every language's annex words and whether it writes spaces between words, in `LanguageConventions.all` order.
    private static let annexWordsBySpacing: [(words: [String], spaced: Bool)] =
        LanguageConventions.all.map { ($0.annexWords, $0.writesSpacesBetweenWords) }

    /// After the annex word at `start`: an optional label, then a link word
    /// and more text, or a dash or colon and a title.
    private static func linkedOrTitled(_ lower: [Unicode.Scalar], after start: Int, _ conventions: LanguageConventions) -> String? {
        guard start < lower.count, ScalarClass.isWhitespace(lower[start]) || !conventions.writesSpacesBetweenWords else { return nil }
        var index = start
        while index < lower.count, ScalarClass.isWhitespace(lower[index]) { index += 1 }
        // The next word: a label, or already the link word.
        var wordEnd = index
        while wordEnd < lower.count, !ScalarClass.isWhitespace(lower[wordEnd]) { wordEnd += 1 }
        var label = ""
        if conventions.writesSpacesBetweenWords, conventions.annexLinkWords.contains(ScalarText.string(lower[index..<wordEnd])) {
            return wordEnd < lower.count ? "" : nil
        }
        var titled = false
        if wordEnd > index + 1, lower[wordEnd - 1] == ":" {
            titled = true
            wordEnd -= 1
        }
        if wordEnd > index, let value = annexLabel(conventions.annexWords[0] + " " + ScalarText.string(lower[index..<wordEnd])), !value.isEmpty {
            label = value
            if titled { return wordEnd + 1 < lower.count ? label : nil }
            index = wordEnd
            while index < lower.count, ScalarClass.isWhitespace(lower[index]) { index += 1 }
            wordEnd = index
            while wordEnd < lower.count, !ScalarClass.isWhitespace(lower[wordEnd]) { wordEnd += 1 }
        }
        guard wordEnd < lower.count else { return nil }
        let next = ScalarText.string(lower[index..<wordEnd])
        if conventions.writesSpacesBetweenWords, conventions.annexLinkWords.contains(next) { return label }
        // "ANNEX 1 - Title", "Annex II: Title": a numbered annex and its title.
        if !label.isEmpty, ["-", "–", "—", ":"].contains(next) { return label }
        return nil
    }
}
