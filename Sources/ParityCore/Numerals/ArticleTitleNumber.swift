/// Finds the number an article title gives in any language:
/// `Article 5`, `Artículo 1`, `Article premier`, `Статья 1`, `المادة 1`,
/// `المادة ١` (Arabic-Indic digits), `第一条`, `第二十九条`, `Article IV`,
/// `Artigo 1.º`, `अनुच्छेद १` (digits of any script).
public enum ArticleTitleNumber {
    /// Ordinal words that stand for 1 in titles (`Article premier`,
    /// `Artículo primero`): `LanguageConventions.firstWords` of every table.
    private static let firstWords = Set(LanguageConventions.all.flatMap(\.firstWords))

    /// The number the title gives, or `nil` if it gives none.
    ///
    /// The first run of decimal digits of any script wins; otherwise the first
    /// run of Chinese numerals; otherwise an ordinal word for "first" or an
    /// upper-case Roman numeral standing as a word.
    public static func number(in title: String) -> Int? {
        let scalars = Array(title.unicodeScalars)
        if let value = firstDecimalRun(scalars) { return value }
        if let start = scalars.firstIndex(where: ChineseNumeral.isNumeral) {
            let end = scalars[start...].firstIndex { !ChineseNumeral.isNumeral($0) } ?? scalars.endIndex
            if let value = ChineseNumeral.value(of: scalars[start..<end]) { return value }
        }
        let words = title.unicodeScalars.split { !$0.properties.isAlphabetic }.map { String(String.UnicodeScalarView($0)) }
        for word in words {
            if firstWords.contains(word.lowercased()) { return 1 }
            if let value = RomanNumeral.value(of: word.unicodeScalars) { return value }
        }
        return nil
    }

    /// The value of the first run of decimal digits (any script), if any.
    private static func firstDecimalRun(_ scalars: [Unicode.Scalar]) -> Int? {
        var value: Int?
        for scalar in scalars {
            if let digit = DecimalDigit.value(scalar) {
                guard (value ?? 0) < Int.max / 100 else { return nil }
                value = (value ?? 0) * 10 + digit
            } else if value != nil {
                break
            }
        }
        return value
    }
}
