/// A line that opens a division of a document — a part, chapter, section
/// or goal — in any of the six UN languages: `CHAPTER I`, `CHAPTER II:
/// PURPOSES AND PRINCIPLES`, `CAPÍTULO I`, `CHAPITRE PREMIER`, `ГЛАВА I`,
/// `الفصل الأول`, `第一章`, `PART I`, `Section 2`, `Goal 1. End poverty`,
/// `Objetivo 1.`, `Цель 1.`, `الهدف 1`, `目标1.` (words from
/// `LanguageConventions`: `partWords`, `chapterWords`, `sectionWords`, `goalWords`).
///
/// A match is only a candidate: `DivisionSequence` keeps the lines whose
/// numbers continue a counter. A sentence such as "Chapter II of the Charter
/// provides …" is no match: after the number comes the end of the line, a
/// separator (`.`, `:`, `-`, `–`) or, in Chinese, the title; a title with a
/// dot leader ("Chapter II ........ 7") is a contents entry.
enum DivisionLine {
    /// What a division is, from the outermost to the innermost; goals stand apart.
    enum Kind: Int, Sendable, Hashable, CaseIterable, Comparable {
        case part, chapter, section, goal

        /// Prefix of the division's label path and id: `part2`, `ch2`, `sec2`, `g1`.
        var pathPrefix: String {
            ["part", "ch", "sec", "g"][rawValue]
        }

        /// Heading level the division's heading gets.
        var level: Int { self == .section ? 2 : 1 }

        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// A division line read.
    struct Match: Sendable, Hashable {
        var kind: Kind
        var number: Int
        /// Scalars taken by the label (`CHAPTER II: `), separator and white space included.
        var labelLength: Int
        /// The word that numbers the division when a word does (`PART TWO`, `ЧАСТЬ ВТОРАЯ`), lower-cased;
        /// `number` is then 1 for an ordinal word for one the tables read (`первая`), else 0 until
        /// `DivisionSequence` reads a series of such words as 1, 2, 3 ….
        var numberWord: String? = nil
    }

    /// Longest title (scalars) accepted after a division label.
    static let maximumTitleLength = 220

    private static let words: [(word: [Unicode.Scalar], kind: Kind)] = {
        var table: [(word: [Unicode.Scalar], kind: Kind)] = []
        for conventions in LanguageConventions.all {
            for word in conventions.partWords { table.append((Array(word.unicodeScalars), .part)) }
            for word in conventions.chapterWords { table.append((Array(word.unicodeScalars), .chapter)) }
            for word in conventions.sectionWords { table.append((Array(word.unicodeScalars), .section)) }
            for word in conventions.goalWords { table.append((Array(word.unicodeScalars), .goal)) }
        }
        return table.sorted { $0.word.count > $1.word.count }
    }()

    private static let wordFilter = LeadingWordFilter(words.map(\.word))

    /// Ordinal words for 1 (`CHAPITRE PREMIER`, `CAPÍTULO PRIMERO`).
    private static let firstWords: Set<String> = ["premier", "première", "primero", "primera", "first", "первая", "первый"]

    /// Arabic ordinal adjectives (`الفصل الأول`): `ArabicNumbering.ordinalAdjectives`.
    private static let arabicOrdinals = ArabicNumbering.ordinalAdjectives

    /// The division `text` (a unit's first line) opens, if it reads as one.
    static func match(_ text: [Unicode.Scalar]) -> Match? {
        guard let first = text.first else { return nil }
        if first == "第" { return chineseOrdinal(text) }
        guard let (kind, wordEnd) = leadingWord(text) else { return ordinalFirst(text) }
        var index = wordEnd
        let han = ScalarClass.isHan(first)
        if !han {
            guard index < text.count, ScalarClass.isWhitespace(text[index]) else { return nil }
        }
        while index < text.count, ScalarClass.isWhitespace(text[index]) { index += 1 }
        guard let (number, numeralEnd) = numeral(text, index) ?? numberWord(text, index) else { return nil }
        guard let labelLength = labelEnd(text, numeralEnd, titleWithoutSeparator: han) else { return nil }
        var match = Match(kind: kind, number: number, labelLength: labelLength)
        if number <= 1, numeralEnd > index, ScalarClass.digit(text[index]) == nil, RomanNumeral.value(of: text[index..<numeralEnd]) == nil {
            match.numberWord = ScalarText.string(text[index..<numeralEnd]).lowercased()
        }
        return match
    }

    /// A division whose ordinal word comes before the division word, as Portuguese and Spanish write parts
    /// (`PRIMEIRA PARTE`, `SEGUNDA PARTE: CAPTURAS`, `Primera Parte`, `Primera parte` alone on its line): a word of
    /// letters (`numberWord`'s shape), white space, the division word, then the end of the line or a separator and a
    /// title. The word's value is
    /// decided by its series (`DivisionSequence`), as after the division word.
    private static func ordinalFirst(_ text: [Unicode.Scalar]) -> Match? {
        guard let first = text.first, ScalarClass.isUppercase(first), let (_, wordEnd) = numberWord(text, 0),
              wordEnd < text.count, ScalarClass.isWhitespace(text[wordEnd]) else { return nil }
        var index = wordEnd
        while index < text.count, ScalarClass.isWhitespace(text[index]) { index += 1 }
        guard index < text.count, let (kind, divisionWordLength) = leadingWord(Array(text[index...])) else { return nil }
        let divisionEnd = index + divisionWordLength
        guard divisionEnd == text.count || ScalarClass.isWhitespace(text[divisionEnd]) || isSeparator(text[divisionEnd]),
              let labelLength = labelEnd(text, divisionEnd, titleWithoutSeparator: false) else { return nil }
        // The division word is written with a capital first, or in lower case on a line of its own
        // (`Primera parte`, its title on the next line): in running text it is neither.
        guard ScalarClass.isUppercase(text[index]) || labelLength == text.count else { return nil }
        let word = ScalarText.string(text[0..<wordEnd]).lowercased()
        return Match(kind: kind, number: firstWords.contains(word) ? 1 : 0, labelLength: labelLength, numberWord: word)
    }

    /// Whether `bytes[start..<end]` may open with an ordinal word and then a division word (`ordinalFirst`):
    /// a capital, a word, white space, then the opening scalars of a division word.
    static func mayMatchOrdinalFirst(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var reader = FoldedScalarReader(bytes, start, end)
        guard let first = reader.next(), ScalarClass.isUppercase(first) else { return false }
        var length = 1
        while let scalar = reader.next() {
            if scalar == " " { break }
            length += 1
            if length > 16 { return false }
        }
        guard length >= 2, let divisionFirst = reader.next(), let lowerFirst = ScalarLowercasing.lowercasedScalar(divisionFirst) else { return false }
        if oneScalarWords.contains(lowerFirst) { return true }
        guard let second = reader.next() else { return false }
        guard let lowerSecond = ScalarLowercasing.lowercasedScalar(second) else { return true }
        return wordOpenings.contains(WordOpening(first: lowerFirst, second: lowerSecond))
    }

    /// A word no table reads as a number in the number's place (`PART TWO`, `ЧАСТЬ ВТОРАЯ`): letters,
    /// at least two, the first no lower-case letter. Its value (0) is decided by its series
    /// (`DivisionSequence.numberingWords`): such words, all different, in document order, count 1, 2, 3 ….
    private static func numberWord(_ text: [Unicode.Scalar], _ index: Int) -> (Int, Int)? {
        var end = index
        while end < text.count, end - index <= 16, NumberedCaption.isWordScalar(text[end]) { end += 1 }
        guard end - index >= 2, end - index <= 16, !ScalarClass.isLowercase(text[index]),
              end == text.count || ScalarClass.isWhitespace(text[end]) || isSeparator(text[end]) else { return nil }
        return (0, end)
    }

    /// `第一章`, `第2章`, `第一部分`, `第三节`.
    private static func chineseOrdinal(_ text: [Unicode.Scalar]) -> Match? {
        var index = 1
        while index < text.count, index < 6, ChineseNumeral.isNumeral(text[index]) || ScalarClass.digit(text[index]) != nil { index += 1 }
        guard index > 1, index < text.count else { return nil }
        let numeral = text[1..<index]
        guard let number = Numerals.decimalValue(numeral) ?? ChineseNumeral.value(of: numeral) else { return nil }
        let kind: Kind
        var end = index + 1
        switch text[index] {
        case "章": kind = .chapter
        case "节", "節": kind = .section
        case "编", "編": kind = .part
        case "部" where index + 1 < text.count && text[index + 1] == "分":
            kind = .part
            end += 1
        default: return nil
        }
        guard let labelLength = labelEnd(text, end, titleWithoutSeparator: true) else { return nil }
        return Match(kind: kind, number: number, labelLength: labelLength)
    }

    /// The division word the text starts with (case folded), and where it ends.
    private static func leadingWord(_ text: [Unicode.Scalar]) -> (Kind, Int)? {
        guard wordFilter.mayMatch(text) else { return nil }
        let prefix = ScalarLowercasing.lowercased(text.prefix(16))
        // Lower-casing keeps the scalar count for the scripts these words are written in.
        guard prefix.count == min(text.count, 16) else { return nil }
        for entry in words where prefix.count >= entry.word.count && prefix[0..<entry.word.count].elementsEqual(entry.word) {
            return (entry.kind, entry.word.count)
        }
        return nil
    }

    /// A division number at `index`: digits of any script, a Roman numeral,
    /// an ordinal word for 1, or an Arabic ordinal adjective.
    private static func numeral(_ text: [Unicode.Scalar], _ index: Int) -> (Int, Int)? {
        var end = index
        while end < text.count, ScalarClass.digit(text[end]) != nil, end - index < 4 { end += 1 }
        if end > index { return Numerals.decimalValue(text[index..<end]).map { ($0, end) } }
        while end < text.count, !ScalarClass.isWhitespace(text[end]), !isSeparator(text[end]), end - index < 12 { end += 1 }
        guard end > index else { return nil }
        let word = text[index..<end]
        if let value = RomanNumeral.value(of: word), word.allSatisfy(ScalarClass.isUppercase) { return (value, end) }
        if firstWords.contains(ScalarText.string(word).lowercased()) { return (1, end) }
        if ScalarClass.isArabic(word.first!) {
            let normalized = ArabicNumbering.ordinalKey(word)
            // Two-word ordinals: "الحادي عشر".
            if end + 1 < text.count, ScalarClass.isWhitespace(text[end]) {
                var second = end + 1
                while second < text.count, !ScalarClass.isWhitespace(text[second]), !isSeparator(text[second]) { second += 1 }
                let twoWords = normalized + [" "] + ArabicNumbering.ordinalKey(text[(end + 1)..<second])
                if let value = arabicOrdinals[twoWords] { return (value, second) }
            }
            if let value = arabicOrdinals[normalized] { return (value, end) }
        }
        return nil
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == ":" || scalar == "：" || scalar == "．" || scalar == "、" || ScalarClass.isDash(scalar)
            || LabelParser.isLabelMark(scalar)
    }

    /// End of the label after the number at `index`: the end of the text, or a
    /// separator and the white space after it; in Chinese also white space or
    /// the title itself.
    private static func labelEnd(_ text: [Unicode.Scalar], _ index: Int, titleWithoutSeparator: Bool) -> Int? {
        var end = index
        while end < text.count, ScalarClass.isWhitespace(text[end]) { end += 1 }
        if end == text.count { return end }
        if isSeparator(text[end]) {
            end += 1
            while end < text.count, ScalarClass.isWhitespace(text[end]) { end += 1 }
        } else if !titleWithoutSeparator {
            return nil
        }
        guard text.count - end <= maximumTitleLength else { return nil }
        let title = Array(text[end...])
        // "Chapter II ........ 7" is a contents entry, not the chapter.
        if SpeakerLine.hasDotLeader(title[...]) { return nil }
        if let letter = ScalarText.firstLetter(title), ScalarClass.isLowercase(letter) { return nil }
        return end
    }

    /// Whether a text whose first scalar is `scalar` may match (`match` is nil otherwise).
    static func mayStart(with scalar: Unicode.Scalar) -> Bool {
        scalar == "第" || wordFilter.mayMatch(CollectionOfOne(scalar))
    }

    /// Whether the line `bytes[start..<end]` may be a division line: false
    /// only when `match(ScalarText.scalars(bytes, start, end))` is nil,
    /// found from its first scalar without building the line's scalars.
    static func mayMatch(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var reader = FoldedScalarReader(bytes, start, end)
        guard let first = reader.next() else { return false }
        guard first != "第" else { return true }
        guard mayStart(with: first) else { return mayMatchOrdinalFirst(bytes, start, end) }
        // A division word opens the text: its first two scalars (one for `章`), lower-cased one to one.
        guard let lowerFirst = ScalarLowercasing.lowercasedScalar(first) else { return true }
        if oneScalarWords.contains(lowerFirst) { return true }
        guard let second = reader.next() else { return false }
        guard let lowerSecond = ScalarLowercasing.lowercasedScalar(second) else { return true }
        return wordOpenings.contains(WordOpening(first: lowerFirst, second: lowerSecond)) || mayMatchOrdinalFirst(bytes, start, end)
    }

    private struct WordOpening: Hashable {
        var first: Unicode.Scalar
        var second: Unicode.Scalar
    }

    private static let oneScalarWords = Set(words.filter { $0.word.count == 1 }.map { $0.word[0] })
    private static let wordOpenings = Set(words.filter { $0.word.count >= 2 }.map { WordOpening(first: $0.word[0], second: $0.word[1]) })
}
