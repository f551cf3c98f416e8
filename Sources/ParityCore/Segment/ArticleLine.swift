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
    private static let wordFilter = LeadingWordFilter(articleWords.map { Array($0.unicodeScalars) })

    /// Whether the line `bytes[start..<end]` may be an article line: false
    /// only when `match(ScalarText.scalars(bytes, start, end))` is nil,
    /// found from its first scalar without building the line's scalars.
    static func mayMatch(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var reader = FoldedScalarReader(bytes, start, end)
        var opening: Unicode.Scalar?
        while let scalar = reader.next() {
            if isLeadingMark(scalar) { continue }
            opening = scalar
            break
        }
        guard let first = opening else { return false }
        guard first != "第" else { return true }
        guard wordFilter.mayMatch(CollectionOfOne(first)) else { return false }
        // The first word is an article word: its first two scalars (lower-cased one to one), or it is one scalar.
        guard let lowerFirst = ScalarLowercasing.lowercasedScalar(first) else { return true }
        guard let second = reader.next(), second != " " else { return oneScalarWords.contains(lowerFirst) }
        guard let lowerSecond = ScalarLowercasing.lowercasedScalar(second) else { return true }
        return wordOpenings.contains(WordOpening(first: lowerFirst, second: lowerSecond))
    }

    private struct WordOpening: Hashable {
        var first: Unicode.Scalar
        var second: Unicode.Scalar
    }

    private static let oneScalarWords = Set(articleWords.map { Array($0.unicodeScalars) }.filter { $0.count == 1 }.map { $0[0] })
    private static let wordOpenings = Set(articleWords.map { Array($0.unicodeScalars) }.filter { $0.count >= 2 }
        .map { WordOpening(first: $0[0], second: $0[1]) })

    /// What `match` strips before the label: emphasis and heading marks and white space.
    private static func isLeadingMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "*" || scalar == "#" || ScalarClass.isWhitespace(scalar)
    }

    /// The article number `text` gives when it is an article title alone, else `nil`.
    static func number(_ text: [Unicode.Scalar]) -> Int? {
        guard let match = match(text), match.titleStart == nil else { return nil }
        return match.number
    }

    /// An article line read: its number and, for a titled article (`Article 3 (Use of terms)`,
    /// `Article 3. Title`, `Artikel 3 – Titel`, `第三条（用语）`), where the title starts.
    struct Match: Equatable {
        var number: Int
        /// Scalars of the label (`Article 3`, trimmed of marks) as written, for the block's label.
        var label: String
        var titleStart: Int?
    }

    /// Longest title (scalars) after an article label on its line.
    static let maximumTitleLength = 120

    /// The article a line opens, alone (`Article 5`) or with its title on the line
    /// (`Article 3 (Use of terms)`, `Article premier. Définitions`, `Статья 3. Название`,
    /// `Artikel 3 – Titel`, `第三条（用语）`, `第3条　見出し`). A title starts with a
    /// capital or a caseless letter after a separator, or stands in parentheses, and
    /// does not end a sentence: "Article 5 of the Convention provides …" is no article line.
    static func match(_ text: [Unicode.Scalar]) -> Match? {
        var scalars = ArraySlice(text)
        while let last = scalars.last, last == "*" || ScalarClass.isWhitespace(last) { scalars.removeLast() }
        // Markdown emphasis and heading marks: `**Article 1**`, `#### Artículo 1`.
        while let first = scalars.first, first == "*" || first == "#" || ScalarClass.isWhitespace(first) { scalars.removeFirst() }
        guard !scalars.isEmpty, scalars.count <= maximumLength + maximumTitleLength else { return nil }
        let start = scalars.startIndex
        // The label: `第N条` (no spaces) or an article word and a numeral.
        var labelEnd: Int
        var number: Int?
        if scalars.first == "第" {
            var index = start + 1
            while index < scalars.endIndex, ChineseNumeral.isNumeral(scalars[index]) || ScalarClass.digit(scalars[index]) != nil { index += 1 }
            guard index > start + 1, index < scalars.endIndex, counters.contains(scalars[index]) else { return nil }
            labelEnd = index + 1
            number = ArticleTitleNumber.number(in: ScalarText.string(scalars[start..<labelEnd]))
        } else {
            var wordEnd = start
            while wordEnd < scalars.endIndex, !ScalarClass.isWhitespace(scalars[wordEnd]) { wordEnd += 1 }
            guard wordEnd < scalars.endIndex, articleWords.contains(ScalarText.string(scalars[start..<wordEnd]).lowercased()) else { return nil }
            var numeralStart = wordEnd
            while numeralStart < scalars.endIndex, ScalarClass.isWhitespace(scalars[numeralStart]) { numeralStart += 1 }
            var numeralEnd = numeralStart
            while numeralEnd < scalars.endIndex, !ScalarClass.isWhitespace(scalars[numeralEnd]), !isSeparator(scalars[numeralEnd]) { numeralEnd += 1 }
            var numeral = scalars[numeralStart..<numeralEnd]
            labelEnd = numeralEnd
            // `1.º`, `1º`, `1ª`.
            if numeralEnd + 1 < scalars.endIndex, scalars[numeralEnd] == ".", ordinalIndicators.contains(scalars[numeralEnd + 1]) {
                labelEnd = numeralEnd + 2
            } else if let last = numeral.last, ordinalIndicators.contains(last) {
                numeral = numeral.dropLast()
            }
            guard !numeral.isEmpty else { return nil }
            let isNumeral = numeral.allSatisfy { $0.properties.numericType == .decimal }
                || RomanNumeral.value(of: numeral) != nil
                || firstWords.contains(ScalarText.string(numeral).lowercased())
            guard isNumeral else { return nil }
            number = ArticleTitleNumber.number(in: ScalarText.string(scalars[start..<labelEnd]))
        }
        guard let number else { return nil }
        let label = ScalarText.string(scalars[start..<labelEnd])
        // What follows the label: nothing (a final `.` allowed), or a title.
        var index = labelEnd
        while index < scalars.endIndex, ScalarClass.isWhitespace(scalars[index]) { index += 1 }
        if index == scalars.endIndex || (scalars[index] == "." && index + 1 == scalars.endIndex) {
            return labelEnd - start <= maximumLength ? Match(number: number, label: label, titleStart: nil) : nil
        }
        let spaced = index > labelEnd
        if scalars[index] == "(" || scalars[index] == "（" {
            // `Article 3 (Use of terms)`: the whole rest in parentheses.
            guard scalars.last == ")" || scalars.last == "）", scalars.endIndex - index > 2 else { return nil }
            return Match(number: number, label: label, titleStart: index - start)
        }
        if isSeparator(scalars[index]) {
            index += 1
            guard index < scalars.endIndex, ScalarClass.isWhitespace(scalars[index]) else { return nil }
            while index < scalars.endIndex, ScalarClass.isWhitespace(scalars[index]) { index += 1 }
        } else if !(spaced && scalars.first == "第") {
            // Without a separator only `第三条　用语`.
            return nil
        }
        guard index < scalars.endIndex, scalars.endIndex - index <= maximumTitleLength,
              let first = ScalarText.firstLetter(Array(scalars[index...])), ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first),
              !ScalarText.endsWithTerminalPunctuation(Array(scalars[index...])),
              // "Article 2. Objective ........ 5" is a contents entry.
              !SpeakerLine.hasDotLeader(scalars[index...])
        else { return nil }
        return Match(number: number, label: label, titleStart: index - start)
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == ":" || scalar == "：" || scalar == "–" || scalar == "—" || scalar == "-" || LabelParser.isLabelMark(scalar)
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
