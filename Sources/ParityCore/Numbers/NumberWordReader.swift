/// Numbers written without digits: number words and numeric adjectives of
/// the language (`diez`, `seventeenth`, `decenal`, `dix-sept`,
/// `twenty-one`, `الحادي عشر`), upper-case Roman numerals of two letters or
/// more (`siglo XXI`), and runs of Chinese numerals (`二百四十`). Words are
/// too ambiguous to report ("one of the", "second"), so the parity check
/// uses these values only to account for a figure the other version writes
/// in digits. One pass over the scalars.
struct NumberWordReader: Sendable {
    var vocabulary: NumberVocabulary

    /// Arabic prefixes (article, conjunction, prepositions) tried when a word
    /// is not in the table as written.
    private static let arabicPrefixes = ["وال", "بال", "لل", "ال", "و", "ب", "ل"]

    /// The values, as canonical figures, in order of appearance. Consecutive
    /// number words are also combined (`twenty-one` gives 20, 1 and 21).
    func values(in text: String) -> [String] {
        var result: [String] = []
        var roman = String.UnicodeScalarView(), chinese: [Unicode.Scalar] = []
        var romanIsWord = true
        var word = String.UnicodeScalarView()
        var wordLength = 0
        var compound: Int?  // value of the number words read so far
        var compoundParts = 0
        var pendingJoiner = false
        func flushRoman() {
            if romanIsWord, roman.count >= 2, let value = RomanNumeral.value(ignoringCase: String(roman)) { result.append(String(value)) }
            roman = String.UnicodeScalarView()
            romanIsWord = true
        }
        func flushChinese() {
            if !chinese.isEmpty, let value = ChineseNumeral.value(of: chinese) { result.append(String(value)) }
            chinese.removeAll()
        }
        func endCompound() {
            if let compound, compoundParts > 1 { result.append(String(compound)) }
            compound = nil
            compoundParts = 0
            pendingJoiner = false
        }
        func flushWord() {
            defer { word = String.UnicodeScalarView(); wordLength = 0 }
            guard wordLength > 0 else { return }
            guard wordLength <= NumberTokenizer.longestWord else { endCompound(); return }
            // Neither a number word nor a joiner can start so (Arabic words may carry prefixes): skip normalizing.
            if let first = word.first, first.value < 0x600 || first.value > 0x6FF, !vocabulary.wordStarts.mayMatch(word) {
                endCompound()
                return
            }
            let normalized = WordPhraseTable.normalize(String(word))
            guard let value = lookup(normalized) else {
                if compound != nil, NumberWordTable.joiners.contains(normalized), !pendingJoiner { pendingJoiner = true; return }
                endCompound()
                return
            }
            result.append(String(value))
            if let current = compound {
                // quatre-vingt (4 × 20), two hundred (2 × 100); twenty-one (20 + 1), dix-sept (10 + 7).
                compound = value >= 100 || (value == 20 && current == 4) ? max(current, 1) * value : current + value
            } else {
                compound = value
            }
            compoundParts += 1
            pendingJoiner = false
        }
        for scalar in text.unicodeScalars {
            if NumberWordReader.isRomanLetter(scalar) {
                flushChinese()
                roman.append(scalar)
            } else if scalar.value >= 0x25CB, ChineseNumeral.isNumeral(scalar) {
                flushRoman()
                chinese.append(scalar)
            } else {
                if scalar.properties.isAlphabetic, !roman.isEmpty { romanIsWord = false; roman.append(scalar) } else { flushRoman() }
                flushChinese()
            }
            if NumberTokenizer.isWordScalar(scalar), !NumberTokenizer.isHan(scalar) {
                word.append(scalar)
                wordLength += 1
            } else {
                flushWord()
                // Hyphens and spaces keep a compound going; other marks end it.
                if compound != nil, !(scalar == "-" || scalar == "‑" || NumberTokenizer.isWhitespace(scalar)) { endCompound() }
            }
        }
        flushRoman()
        flushChinese()
        flushWord()
        endCompound()
        return result
    }

    @inline(__always)
    private static func isRomanLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: return true  // I V X L C D M
        default: return false
        }
    }

    private func lookup(_ word: String) -> Int? {
        if let value = vocabulary.words[word] { return value }
        guard let first = word.unicodeScalars.first, first.value >= 0x600, first.value <= 0x6FF else { return nil }
        for prefix in NumberWordReader.arabicPrefixes where word.hasPrefix(prefix) {
            if let value = vocabulary.words[String(word.dropFirst(prefix.count))] { return value }
        }
        return nil
    }
}
