/// Numbers written without digits: number words and numeric adjectives of
/// the language (`diez`, `seventeenth`, `decenal`, `dix-sept`,
/// `twenty-one`, `الحادي عشر`), upper-case Roman numerals of two letters or
/// more (`siglo XXI`), and runs of Chinese numerals (`二百四十`). Small
/// numbers, numeric adjectives and numerals are too ambiguous to report
/// ("one of the", "second", "the Decade", "section IV"): the parity check
/// uses them only to account for a figure the other version writes in
/// digits. Cardinals and ordinals of ten or more in words (`seventeenth`,
/// `treinta`) are figures (``SpelledNumber/isClear(smallFigureLimit:)``).
/// One pass over the scalars.
struct NumberWordReader: Sendable {
    var vocabulary: NumberVocabulary

    /// Arabic prefixes (article, conjunction, prepositions) tried when a word
    /// is not in the table as written.
    private static let arabicPrefixes = NumberWordShapes.arabicPrefixes.map { ScalarText.string($0[...]) }

    /// The values, as canonical figures, in order of appearance: the value
    /// of each word of a compound, then the compound's (`twenty-one` gives
    /// 20, 1 and 21).
    func values(in text: String) -> [String] {
        var result: [String] = []
        for number in numbers(in: text) {
            if number.parts.count > 1 { result += number.parts.map(String.init) }
            result.append(String(number.value))
        }
        return result
    }

    /// The numbers written without digits in `text`, in order. Consecutive
    /// number words form one compound: `twenty-one` (20 + 1), `dix-sept`
    /// (10 + 7), `quatre-vingt-dix` (4 × 20 + 10), `two hundred` (2 × 100),
    /// `السابعة عشرة` (7 + 10, the unit before the ten).
    func numbers(in text: String) -> [SpelledNumber] {
        var result: [SpelledNumber] = []
        var roman = String.UnicodeScalarView(), chinese: [Unicode.Scalar] = []
        var romanStart = 0, chineseStart = 0
        var romanIsWord = true
        // The current word, lower case and Arabic normalized as the tables are (``NumberWordShapes/appendFolded``).
        var word: [Unicode.Scalar] = []
        word.reserveCapacity(NumberTokenizer.longestWord + 4)
        var wordLength = 0, wordStart = 0
        var compound: Int?  // value of the number words read so far
        var parts: [Int] = []
        var compoundStart = 0, compoundEnd = 0
        var counting = true
        var pendingJoiner = false
        func flushRoman(_ end: Int) {
            if romanIsWord, roman.count >= 2, let value = RomanNumeral.value(ignoringCase: String(roman)) {
                result.append(SpelledNumber(value: value, parts: [value], scalarRange: romanStart..<end, isCounting: false, written: ""))
            }
            roman = String.UnicodeScalarView()
            romanIsWord = true
        }
        func flushChinese(_ end: Int) {
            if !chinese.isEmpty, let value = ChineseNumeral.value(of: chinese) {
                result.append(SpelledNumber(value: value, parts: [value], scalarRange: chineseStart..<end, isCounting: false, written: ""))
            }
            chinese.removeAll()
        }
        func endCompound() {
            if let compound {
                // A lone `hundred` or `thousand` is a quantity ("a thousand reasons") or, in Arabic, the letter ألف.
                let isLoneRound = parts.count == 1 && (compound == 100 || compound == 1000)
                result.append(SpelledNumber(value: compound, parts: parts, scalarRange: compoundStart..<compoundEnd,
                                            isCounting: counting && !isLoneRound, written: ""))
            }
            compound = nil
            parts.removeAll()
            counting = true
            pendingJoiner = false
        }
        func flushWord(_ end: Int) {
            defer { wordLength = 0 }
            guard wordLength > 0 else { return }
            guard wordLength <= NumberTokenizer.longestWord else { endCompound(); return }
            // A joiner (and, y, et, и, و) keeps a compound going; it is only looked at inside one.
            if compound != nil, !pendingJoiner, word.count <= 3, NumberWordTable.joiners.contains(ScalarText.string(word[...])) {
                pendingJoiner = true
                return
            }
            // Most words have no number word's length, first and last letter: no string is made for them.
            guard vocabulary.wordShapes.mayMatch(word), let (value, weak) = lookup(ScalarText.string(word[...])) else {
                endCompound()
                return
            }
            if let current = compound, let last = parts.last {
                if value >= 100 || (value == 20 && current == 4) {
                    // quatre-vingt (4 × 20), two hundred (2 × 100).
                    compound = max(current, 1) * value
                } else if value < last || (last < 10 && value > last && value % 10 == 0) {
                    // twenty-one (20 + 1), dix-sept (10 + 7); السابعة عشرة (7 + 10).
                    compound = current + value
                } else {
                    // "ten and twelve", "two, three": separate numbers.
                    endCompound()
                }
            }
            if compound == nil {
                compound = value
                compoundStart = wordStart
            }
            parts.append(value)
            compoundEnd = end
            if weak { counting = false }
            pendingJoiner = false
        }
        var index = 0
        for scalar in text.unicodeScalars {
            if NumberWordReader.isRomanLetter(scalar) {
                flushChinese(index)
                if roman.isEmpty { romanStart = index }
                roman.append(scalar)
            } else if scalar.value >= 0x25CB, ChineseNumeral.isNumeral(scalar) {
                flushRoman(index)
                if chinese.isEmpty { chineseStart = index }
                chinese.append(scalar)
            } else {
                // A letter right after Roman letters makes a word of them ("VIVID" is read, "Vivid" is not).
                if !roman.isEmpty {
                    if NumberTokenizer.isWordScalar(scalar), !NumberTokenizer.isHan(scalar) { romanIsWord = false; roman.append(scalar) } else { flushRoman(index) }
                }
                if !chinese.isEmpty { flushChinese(index) }
            }
            if NumberTokenizer.isWordScalar(scalar), !NumberTokenizer.isHan(scalar) {
                if wordLength == 0 {
                    wordStart = index
                    word.removeAll(keepingCapacity: true)
                }
                wordLength += 1
                if wordLength <= NumberTokenizer.longestWord { NumberWordShapes.appendFolded(scalar, to: &word) }
            } else {
                flushWord(index)
                // Hyphens and spaces keep a compound going; other marks end it.
                if compound != nil, !(scalar == "-" || scalar == "‑" || NumberTokenizer.isWhitespace(scalar)) { endCompound() }
            }
            index += 1
        }
        flushRoman(index)
        flushChinese(index)
        flushWord(index)
        endCompound()
        guard !result.isEmpty else { return result }
        result.sort { $0.scalarRange.lowerBound < $1.scalarRange.lowerBound }
        let scalars = Array(text.unicodeScalars)
        for index in result.indices { result[index].written = ScalarText.string(scalars[result[index].scalarRange]) }
        return result
    }

    @inline(__always)
    private static func isRomanLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: return true  // I V X L C D M
        default: return false
        }
    }

    /// The value of a number word and whether it is a numeric adjective or noun (``NumberWordTable/adjectives``).
    func lookup(_ word: String) -> (value: Int, weak: Bool)? {
        if let value = vocabulary.words[word] { return (value, vocabulary.weakWords.contains(word)) }
        guard let first = word.unicodeScalars.first, first.value >= 0x600, first.value <= 0x6FF else { return nil }
        for prefix in NumberWordReader.arabicPrefixes where word.hasPrefix(prefix) {
            let stem = String(word.dropFirst(prefix.count))
            if let value = vocabulary.words[stem] { return (value, vocabulary.weakWords.contains(stem)) }
        }
        return nil
    }
}
