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
        /// How the number is written: plainly, with an ordinal ending, or as an inserted article's.
        var form: NumberForm = .plain
    }

    /// How an article line writes its number. Only the counter of the article
    /// lines (`sequence`) decides what such a number stands for.
    enum NumberForm: Equatable, Sendable {
        /// `Article 3`, `Artigo 1.º`, `Article premier`.
        case plain
        /// Digits with an ordinal ending run into them (`Article 1er`,
        /// `Artículo 1o`, `Article 1st`, `Article 1ᵉʳ`): the number, when the
        /// count goes on from it or it goes on from the count.
        case ordinalMarked
        /// `Article 2 bis`, `Artículo 2 ter`, `Статья 2-бис`, `第二条之二`: an
        /// article inserted after article 2, of the given rank (2 for `bis`,
        /// `InsertedParagraphLabel.rank`) or, for a word of another script
        /// (`бис`, `مكررا`), of the rank its place gives (`nil`).
        case inserted(rank: Int?)
    }

    /// Longest word after an article's number that may mark an inserted article
    /// in a script other than Latin (`бис`, `кватер`, `مكررا`).
    static let maximumInsertionWordLength = 8

    /// Longest ordinal ending run into an article's digits (`er`, `st`, `o`, `ᵉʳ`).
    static let maximumOrdinalEndingLength = 3

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
        var form = NumberForm.plain
        if scalars.first == "第" {
            var index = start + 1
            while index < scalars.endIndex, ChineseNumeral.isNumeral(scalars[index]) || ScalarClass.digit(scalars[index]) != nil { index += 1 }
            guard index > start + 1, index < scalars.endIndex, counters.contains(scalars[index]) else { return nil }
            labelEnd = index + 1
            number = ArticleTitleNumber.number(in: ScalarText.string(scalars[start..<labelEnd]))
            // `第二条之二`: the second article numbered 2, inserted after it (`2 bis`).
            if labelEnd < scalars.endIndex, scalars[labelEnd] == "之" {
                var rankEnd = labelEnd + 1
                while rankEnd < scalars.endIndex, ChineseNumeral.isNumeral(scalars[rankEnd]) { rankEnd += 1 }
                if rankEnd > labelEnd + 1, let rank = ChineseNumeral.value(of: scalars[(labelEnd + 1)..<rankEnd]), rank >= 2 {
                    form = .inserted(rank: rank)
                    labelEnd = rankEnd
                }
            }
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
            // Digits with letters run into them: an inserted article's suffix (`2bis`) or an ordinal ending (`1er`).
            let digitCount = numeral.prefix { DecimalDigit.value($0) != nil }.count
            if digitCount > 0, digitCount < numeral.count {
                let letters = numeral.dropFirst(digitCount)
                if let rank = InsertedParagraphLabel.suffixRank(letters) {
                    form = .inserted(rank: rank)
                } else if letters.count <= maximumOrdinalEndingLength, letters.allSatisfy(isOrdinalEndingLetter) {
                    form = .ordinalMarked
                } else {
                    return nil
                }
                numeral = numeral.prefix(digitCount)
            }
            let isNumeral = numeral.allSatisfy { DecimalDigit.value($0) != nil }
                || RomanNumeral.value(of: numeral) != nil
                || firstWords.contains(ScalarText.string(numeral).lowercased())
            guard isNumeral else { return nil }
            number = ArticleTitleNumber.number(in: ScalarText.string(scalars[start..<(numeral.endIndex)]))
            // `Article 2 bis`, `Статья 2-бис`: a word after the digits that marks an inserted article.
            if form == .plain, numeral.allSatisfy({ DecimalDigit.value($0) != nil }),
               let insertion = insertionWord(scalars, after: numeralEnd) {
                form = .inserted(rank: insertion.rank)
                labelEnd = insertion.end
            }
        }
        guard let number else { return nil }
        let label = ScalarText.string(scalars[start..<labelEnd])
        // What follows the label: nothing (a final `.` allowed), or a title.
        var index = labelEnd
        while index < scalars.endIndex, ScalarClass.isWhitespace(scalars[index]) { index += 1 }
        if index == scalars.endIndex || (scalars[index] == "." && index + 1 == scalars.endIndex) {
            return labelEnd - start <= maximumLength ? Match(number: number, label: label, titleStart: nil, form: form) : nil
        }
        let spaced = index > labelEnd
        if scalars[index] == "(" || scalars[index] == "（" {
            // `Article 3 (Use of terms)`: the whole rest in parentheses.
            guard scalars.last == ")" || scalars.last == "）", scalars.endIndex - index > 2 else { return nil }
            return Match(number: number, label: label, titleStart: index - start, form: form)
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
        return Match(number: number, label: label, titleStart: index - start, form: form)
    }

    /// A letter of an ordinal ending run into digits: lower case of any cased
    /// script, or a modifier letter (`ᵉ`, `ʳ`, `º` is read apart).
    private static func isOrdinalEndingLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .lowercaseLetter || scalar.properties.generalCategory == .modifierLetter
    }

    /// The word after an article's digits (at `start`, one space or a hyphen
    /// before it) that marks an inserted article, with the rank it gives and
    /// where it ends: a Latin suffix of the closed series (`bis`, `TER`,
    /// `InsertedParagraphLabel.suffixes`), or one word of at most
    /// `maximumInsertionWordLength` letters of another script, in lower case
    /// or caseless (`бис`, `тер`, `مكررا`), whose rank its place gives. The
    /// word ends the line or comes before a separator or white space.
    private static func insertionWord(_ scalars: ArraySlice<Unicode.Scalar>, after start: Int) -> (rank: Int?, end: Int)? {
        guard start < scalars.endIndex, scalars[start] == " " || scalars[start] == "\u{00A0}" || NumberedCaption.isJoiningHyphen(scalars[start])
        else { return nil }
        let wordStart = start + 1
        var end = wordStart
        while end < scalars.endIndex, scalars[end].properties.isAlphabetic || scalars[end].properties.generalCategory == .nonspacingMark
            || scalars[end].properties.generalCategory == .spacingMark { end += 1 }
        guard end > wordStart, end == scalars.endIndex || ScalarClass.isWhitespace(scalars[end]) || isSeparator(scalars[end]) else { return nil }
        let word = scalars[wordStart..<end]
        if let rank = InsertedParagraphLabel.suffixRank(word) { return (rank, end) }
        guard word.count <= maximumInsertionWordLength, let first = word.first, !isLatinLetter(first),
              word.allSatisfy({ !ScalarClass.isUppercase($0) && !isLatinLetter($0) }) else { return nil }
        return (nil, end)
    }

    private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x250 || (0x1E00...0x1EFF).contains(scalar.value)
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == ":" || scalar == "：" || scalar == "–" || scalar == "—" || scalar == "-" || LabelParser.isLabelMark(scalar)
    }

    /// Units (by index) that are article titles forming a sequence: at least
    /// two, with increasing numbers; a title out of sequence is left out.
    /// After each unit index of `restarts` (an annex caption, in order) the
    /// numbers may start again: an annexed convention has its own article 1.
    static func sequence(_ candidates: [(index: Int, number: Int)], restartingAt restarts: [Int] = []) -> [Int: Int] {
        sequence(candidates.map { Candidate(index: $0.index, number: $0.number, form: .plain) }, restartingAt: restarts).numbers
    }

    /// An article line found at unit `index`.
    struct Candidate: Equatable, Sendable {
        var index: Int
        var number: Int
        var form: NumberForm
    }

    /// The article lines that form a sequence (`sequence(_:restartingAt:)`), by
    /// unit index, and the suffix of each inserted article among them.
    ///
    /// The counter decides the numbers written otherwise than plainly: an
    /// inserted article (`2 bis`, `2-бис`) is kept right after article 2 or an
    /// article inserted after it of a lower rank, and the count goes on at 3;
    /// its suffix is the rank's Latin one whatever the version writes, a word
    /// of another script taking the next rank after article 2 (`бис` then
    /// `тер`). An ordinal-marked number (`Article 1er`, `Artículo 1o`) is kept
    /// where the next plain article goes on from it or it goes on from the last.
    static func sequence(_ candidates: [Candidate], restartingAt restarts: [Int] = []) -> (numbers: [Int: Int], inserted: [Int: String]) {
        var kept: [Int: Int] = [:]
        var inserted: [Int: String] = [:]
        var last = 0
        var lastRank = 1
        var nextRestart = 0
        for (position, candidate) in candidates.enumerated() {
            while nextRestart < restarts.count, restarts[nextRestart] < candidate.index {
                last = 0
                lastRank = 1
                nextRestart += 1
            }
            switch candidate.form {
            case .inserted(let written):
                guard last > 0, candidate.number == last else { continue }
                let rank = written ?? lastRank + 1
                guard rank > lastRank, rank - 2 < InsertedParagraphLabel.suffixes.count else { continue }
                kept[candidate.index] = candidate.number
                inserted[candidate.index] = InsertedParagraphLabel.suffixes[rank - 2]
                lastRank = rank
                continue
            case .ordinalMarked:
                let next = candidates[(position + 1)...].first { if case .inserted = $0.form { return false } else { return true } }
                let continued = next.map { $0.number == candidate.number + 1 } ?? false
                guard continued || (last > 0 && candidate.number == last + 1) else { continue }
            case .plain:
                break
            }
            guard candidate.number > last else { continue }
            kept[candidate.index] = candidate.number
            last = candidate.number
            lastRank = 1
        }
        return kept.count - inserted.count >= 2 ? (kept, inserted) : ([:], [:])
    }
}
