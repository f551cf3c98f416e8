/// A line that is nothing but an article title: `Article 1`, `Article
/// premier`, `Artículo 3`, `Статья 2`, `المادة ٤`, `第五条`, `Article IV`,
/// `Artikel 2`, `Artigo 1.º`, `अनुच्छेद १`, `第3条`
/// (`LanguageConventions.articleWords` and `firstWords`). A sentence that
/// starts with "Article 5 of the Convention …" is none.
enum ArticleLine {
    /// Longest article title looked at (scalars).
    static let maximumLength = 32

    private static let articleWords = Set(LanguageConventions.spaced.flatMap(\.articleWords))
    private static let firstWords = Set(LanguageConventions.all.flatMap(\.firstWords))
    /// Counters of 第N条 in languages written without spaces ("条").
    private static let counters = Set(LanguageConventions.unspaced.flatMap(\.articleWords).flatMap(\.unicodeScalars))
    /// Ordinal indicators after an article number (`1.º`, `1º`, `1ª`).
    private static let ordinalIndicators: Set<Unicode.Scalar> = ["º", "ª", "°"]

    /// The article number `text` gives when it is an article title alone, else `nil`.
    static func number(_ text: [Unicode.Scalar]) -> Int? {
        var scalars = ArraySlice(text)
        while let last = scalars.last, last == "." || last == "*" || ScalarClass.isWhitespace(last) { scalars.removeLast() }
        // Markdown emphasis and heading marks: `**Article 1**`, `#### Artículo 1`.
        while let first = scalars.first, first == "*" || first == "#" || ScalarClass.isWhitespace(first) { scalars.removeFirst() }
        guard !scalars.isEmpty, scalars.count <= maximumLength else { return nil }
        let string = ScalarText.string(scalars)
        if scalars.first == "第", let last = scalars.last, counters.contains(last), scalars.count > 2 {
            let numeral = scalars.dropFirst().dropLast()
            guard numeral.allSatisfy({ ChineseNumeral.isNumeral($0) || ScalarClass.digit($0) != nil }) else { return nil }
            return ArticleTitleNumber.number(in: string)
        }
        let words = scalars.split(whereSeparator: ScalarClass.isWhitespace)
        guard words.count == 2, articleWords.contains(ScalarText.string(words[0]).lowercased()) else { return nil }
        var numeral = words[1]
        if let last = numeral.last, ordinalIndicators.contains(last) {
            numeral = numeral.dropLast()
            if numeral.last == "." { numeral = numeral.dropLast() }
        }
        let isNumeral = numeral.allSatisfy { $0.properties.numericType == .decimal }
            || RomanNumeral.value(of: numeral) != nil
            || firstWords.contains(ScalarText.string(numeral).lowercased())
        guard isNumeral else { return nil }
        return ArticleTitleNumber.number(in: string)
    }

    /// Units (by index) that are article titles forming a sequence: at least
    /// two, with increasing numbers; a title out of sequence is left out.
    /// After each unit index of `restarts` (an annex caption, in order) the
    /// numbers may start again: an annexed convention has its own article 1.
    static func sequence(_ candidates: [(index: Int, number: Int)], restartingAt restarts: [Int] = []) -> [Int: Int] {
        var kept: [Int: Int] = [:]
        var last = 0
        var nextRestart = 0
        for candidate in candidates {
            while nextRestart < restarts.count, restarts[nextRestart] < candidate.index {
                last = 0
                nextRestart += 1
            }
            guard candidate.number > last else { continue }
            kept[candidate.index] = candidate.number
            last = candidate.number
        }
        return kept.count >= 2 ? kept : [:]
    }
}
