/// Finds the figures, percentages, dates, times, document symbols and
/// resolution numbers of a text and gives each a language-neutral form, so
/// that "20%" = "20 por ciento" = "20 pour cent" = "20 في المائة",
/// "12 de julio de 2006" = "12 July 2006" = "12 تموز/يوليه 2006" =
/// "2006年7月12日", "217 A (III)" = "217 ألف (د-3)", and `1,000` (English) =
/// `1.000` (Spanish) = `1 000`.
public struct NumberExtractor: Sendable {
    /// The language of the text; it decides whether `,` or `.` is the decimal mark.
    public var language: Language?

    /// Creates an extractor for text in `language`.
    public init(language: Language? = nil) {
        self.language = language
    }

    /// Whether `text` has an ASCII, Arabic-Indic, Persian or full-width digit,
    /// or 年/月 (a date in Chinese numerals may follow), by a UTF-8 byte scan;
    /// text with letters of scripts that have digits of their own
    /// (Devanagari `१`, Thai, …: U+07C0–U+1FFF, U+A000–U+AFFF, beyond U+FFFF)
    /// is looked at scalar by scalar.
    static func containsDigit(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        var otherScripts = false
        for byte in text.utf8 {
            if byte == 0xDF || byte == 0xE0 || byte == 0xE1 || byte == 0xEA || byte >= 0xF0 { otherScripts = true }
            if byte >= 0x30 && byte <= 0x39 { return true }
            if previous == 0xD9 && (0xA0...0xA9).contains(byte) { return true }  // U+0660–0669
            if previous == 0xDB && (0xB0...0xB9).contains(byte) { return true }  // U+06F0–06F9
            if beforePrevious == 0xEF && previous == 0xBC && (0x90...0x99).contains(byte) { return true }  // U+FF10–FF19
            if beforePrevious == 0xE5 && previous == 0xB9 && byte == 0xB4 { return true }  // 年 (dates in Chinese numerals)
            if beforePrevious == 0xE6 && previous == 0x9C && byte == 0x88 { return true }  // 月
            if beforePrevious == 0xE7 && previous == 0x99 && byte == 0xBE { return true }  // 百 (百分之二十)
            beforePrevious = previous
            previous = byte
        }
        return otherScripts && text.unicodeScalars.contains { ScalarClass.digit($0) != nil }
    }

    /// Numbers written without digits that a translation may use where
    /// another version has figures: upper-case Roman numerals of two letters
    /// or more (`siglo XXI` for "21st century") and runs of Chinese numerals
    /// (`二百四十` for 240). They are too ambiguous to report, so the parity
    /// check uses them only to excuse a figure the other version lacks.
    public static func tentativeNumbers(_ text: String) -> [String] {
        var result: [String] = []
        var roman = String.UnicodeScalarView(), chinese: [Unicode.Scalar] = []
        var romanIsWord = true
        func flushRoman() {
            if romanIsWord, roman.count >= 2, let value = RomanNumeral.value(ignoringCase: String(roman)) { result.append(String(value)) }
            roman = String.UnicodeScalarView()
            romanIsWord = true
        }
        func flushChinese() {
            if !chinese.isEmpty, let value = ChineseNumeral.value(of: chinese) { result.append(String(value)) }
            chinese.removeAll()
        }
        for scalar in text.unicodeScalars {
            if "IVXLCDM".unicodeScalars.contains(scalar) {
                flushChinese()
                roman.append(scalar)
            } else if ChineseNumeral.isNumeral(scalar) {
                flushRoman()
                chinese.append(scalar)
            } else {
                if scalar.properties.isAlphabetic, !roman.isEmpty { romanIsWord = false; roman.append(scalar); continue }
                flushRoman()
                flushChinese()
            }
        }
        flushRoman()
        flushChinese()
        return result
    }

    private static let ordinalSuffixes = NumberWords.ordinalSuffixes
    private static let dateLinkWords = NumberWords.dateLinkWords
    private static let timeWords = NumberWords.timeWords

    /// The values found in `text`, in order.
    public func extract(_ text: String) -> [ExtractedNumber] {
        // Every value this extractor knows contains a digit: skip text without one.
        guard NumberExtractor.containsDigit(text) else { return [] }
        let tokens = NumberTokenizer(language: language).tokenize(text)
        let dayTakesPeriod = language?.conventions.dayNumberTakesPeriod ?? false
        var result: [ExtractedNumber] = []
        var k = 0
        func next(_ index: Int) -> Int? {
            var j = index
            while j < tokens.count, tokens[j].kind == .space { j += 1 }
            return j < tokens.count ? j : nil
        }
        func isWord(_ index: Int?, _ words: Set<String>) -> Bool {
            guard let index, tokens[index].kind == .word else { return false }
            return words.contains(tokens[index].text)
        }
        func isPunct(_ index: Int?, _ marks: Set<String>) -> Bool {
            guard let index, tokens[index].kind == .punct else { return false }
            return marks.contains(tokens[index].text)
        }
        func written(_ from: Int, _ to: Int) -> String {
            tokens[from..<to].map(\.original).joined()
        }
        /// A month name at `index`: its number and the index after it
        /// (including a "/second name" as UN Arabic writes).
        func month(at index: Int?) -> (month: Int, end: Int)? {
            guard let index, tokens[index].kind == .word else { return nil }
            var found: (Int, Int)?
            if let m = MonthNames.single[tokens[index].text] {
                found = (m, index + 1)
            } else if let seconds = MonthNames.twoWord[tokens[index].text], let second = next(index + 1),
                      tokens[second].kind == .word, let m = seconds[tokens[second].text] {
                found = (m, second + 1)
            }
            guard let (m, monthEnd) = found else { return nil }
            var end = monthEnd
            if let slash = next(end), isPunct(slash, ["/"]), let other = next(slash + 1), let alternative = month(at: other),
               alternative.month == m {
                end = alternative.end
            }
            return (m, end)
        }
        func year(at index: Int?) -> Int? {
            guard let index, let value = tokens[index].integerValue, tokens[index].integerPart.count == 4 else { return nil }
            return value
        }
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

        while k < tokens.count {
            let token = tokens[k]
            switch token.kind {
            case .symbol:
                result.append(ExtractedNumber(kind: .symbol, canonical: token.text, written: token.original))
                k += 1
            case .number:
                if let (value, end) = chineseDate(at: k) {
                    result.append(ExtractedNumber(kind: .date, canonical: value, written: written(k, end)))
                    k = end
                } else if let (value, end) = time(at: k) {
                    result.append(ExtractedNumber(kind: .time, canonical: value, written: written(k, end)))
                    k = end
                } else if let end = percentEnd(after: k) {
                    result.append(ExtractedNumber(kind: .percentage, canonical: token.text, written: written(k, end)))
                    k = end
                } else if let day = token.integerValue, (1...31).contains(day), let (value, end) = dayFirstDate(day: day, at: k) {
                    result.append(ExtractedNumber(kind: .date, canonical: value, written: written(k, end)))
                    k = end
                } else if let (value, end) = resolution(at: k) {
                    result.append(ExtractedNumber(kind: .resolution, canonical: value, written: written(k, end)))
                    k = end
                } else {
                    result.append(ExtractedNumber(kind: .number, canonical: token.text, written: token.original))
                    k += 1
                }
            case .word:
                if let (m, afterMonth) = month(at: k), let (value, end) = monthFirstDate(month: m, after: afterMonth) {
                    result.append(ExtractedNumber(kind: .date, canonical: value, written: written(k, end)))
                    k = end
                } else if let (value, end) = chineseNumeralDate(at: k) {
                    result.append(ExtractedNumber(kind: .date, canonical: value, written: written(k, end)))
                    k = end
                } else if token.text == "百", k + 3 < tokens.count, tokens[k + 1].text == "分", tokens[k + 2].text == "之",
                          tokens[k + 3].kind == .number {
                    result.append(ExtractedNumber(kind: .percentage, canonical: tokens[k + 3].text, written: written(k, k + 4)))
                    k += 4
                } else if token.text == "百", k + 2 < tokens.count, tokens[k + 1].text == "分", tokens[k + 2].text == "之",
                          let (value, end) = chineseNumeral(at: k + 3) {
                    result.append(ExtractedNumber(kind: .percentage, canonical: String(value), written: written(k, end)))
                    k = end
                } else {
                    k += 1
                }
            case .space, .punct:
                k += 1
            }
        }
        return result

        // MARK: patterns (nested so they share the token helpers)

        func chineseDate(at index: Int) -> (String, Int)? {
            guard let y = tokens[index].integerValue else { return nil }
            if tokens[index].integerPart.count == 4, let nian = next(index + 1), isWord(nian, ["年"]),
               let mi = next(nian + 1), let m = tokens[mi].integerValue, (1...12).contains(m),
               let yue = next(mi + 1), isWord(yue, ["月"]) {
                if let di = next(yue + 1), let d = tokens[di].integerValue, (1...31).contains(d),
                   let ri = next(di + 1), isWord(ri, ["日"]) {
                    return ("\(y)-\(twoDigits(m))-\(twoDigits(d))", ri + 1)
                }
                return ("\(y)-\(twoDigits(m))", yue + 1)
            }
            if (1...12).contains(y), let yue = next(index + 1), isWord(yue, ["月"]),
               let di = next(yue + 1), let d = tokens[di].integerValue, (1...31).contains(d),
               let ri = next(di + 1), isWord(ri, ["日"]) {
                return ("--\(twoDigits(y))-\(twoDigits(d))", ri + 1)
            }
            return nil
        }

        /// Times of day: `10:30`, `10.00 horas`, `10 h 30`, `10h`, `10 a.m.`, `1.30 p.m.`
        /// (normalized to 24 hours).
        /// A run of Chinese numeral characters starting at `index`: its value and the index after it.
        func chineseNumeral(at index: Int) -> (Int, Int)? {
            var end = index
            var scalars: [Unicode.Scalar] = []
            while end < tokens.count, tokens[end].kind == .word, let scalar = tokens[end].text.unicodeScalars.first,
                  tokens[end].text.unicodeScalars.count == 1, ChineseNumeral.isNumeral(scalar) {
                scalars.append(scalar)
                end += 1
            }
            guard !scalars.isEmpty, let value = ChineseNumeral.value(of: scalars) else { return nil }
            return (value, end)
        }

        /// 一九四八年十二月十日 (year digit by digit, month and day as numbers).
        func chineseNumeralDate(at index: Int) -> (String, Int)? {
            guard let (y, afterYear) = chineseNumeral(at: index), y >= 1000, y <= 2999, isWord(afterYear, ["年"]),
                  let (m, afterMonth) = chineseNumeral(at: afterYear + 1), (1...12).contains(m), isWord(afterMonth, ["月"])
            else { return nil }
            if let (d, afterDay) = chineseNumeral(at: afterMonth + 1), (1...31).contains(d), isWord(afterDay, ["日"]) {
                return ("\(y)-\(twoDigits(m))-\(twoDigits(d))", afterDay + 1)
            }
            return ("\(y)-\(twoDigits(m))", afterMonth + 1)
        }

        func time(at index: Int) -> (String, Int)? {
            let token = tokens[index]
            guard let hours = Int(token.integerPart), hours <= 24, token.integerPart.count <= 2 else { return nil }
            var minutes = 0
            var end = index + 1
            var explicitMinutes = false
            if token.fraction == nil, index + 2 < tokens.count, isPunct(index + 1, [":"]),
               tokens[index + 2].kind == .number, tokens[index + 2].fraction == nil, tokens[index + 2].integerPart.count == 2,
               let value = tokens[index + 2].integerValue, value < 60 {
                minutes = value
                end = index + 3
                explicitMinutes = true
            } else if let fraction = token.fraction {
                guard fraction.count == 2, let value = Int(fraction), value < 60 else { return nil }
                minutes = value
                explicitMinutes = true
            }
            // a.m. / p.m.
            if hours <= 12, let a = next(end), isWord(a, ["a", "p", "am", "pm"]) {
                let word = tokens[a].text
                var after = a + 1
                var valid = word.count == 2
                if word.count == 1, isPunct(after, ["."]), after + 1 < tokens.count, isWord(after + 1, ["m"]) {
                    after += 2
                    if isPunct(after, ["."]) { after += 1 }
                    valid = true
                }
                if valid {
                    let twentyFour = word.hasPrefix("p") ? (hours == 12 ? 12 : hours + 12) : (hours == 12 ? 0 : hours)
                    return ("\(twentyFour):\(twoDigits(minutes))", after)
                }
            }
            // 10 h 30, 10h30, 10 h, 10 heures, 10 horas
            if !explicitMinutes, let h = next(end), isWord(h, NumberWords.hourWords) {
                if let m = next(h + 1), let value = tokens[m].integerValue, tokens[m].integerPart.count == 2, value < 60 {
                    return ("\(hours):\(twoDigits(value))", m + 1)
                }
                return ("\(hours):00", h + 1)
            }
            if explicitMinutes {
                if end == index + 3 { return ("\(hours):\(twoDigits(minutes))", end) }
                if let after = next(end), isWord(after, NumberExtractor.timeWords) { return ("\(hours):\(twoDigits(minutes))", end) }
            }
            return nil
        }

        func percentEnd(after index: Int) -> Int? {
            guard let j = next(index + 1) else { return nil }
            if isPunct(j, ["%", "٪", "％"]) { return j + 1 }
            guard tokens[j].kind == .word else { return nil }
            let word = tokens[j].text
            if NumberWords.percentWords.contains(word) || NumberWords.percentPrefixes.contains(where: word.hasPrefix) { return j + 1 }
            if let seconds = NumberWords.percentPairs[word], let second = next(j + 1), isWord(second, seconds) { return second + 1 }
            return nil
        }

        func dayFirstDate(day: Int, at index: Int) -> (String, Int)? {
            var j = next(index + 1)
            // "27. Juli 2006": the day's period, in languages that write one.
            if dayTakesPeriod, j == index + 1, isPunct(j, ["."]) { j = next(index + 2) }
            if let jj = j, tokens[jj].kind == .word, NumberExtractor.ordinalSuffixes.contains(tokens[jj].text), jj == index + 1 {
                j = next(jj + 1)
            }
            if isWord(j, NumberExtractor.dateLinkWords) { j = next(j! + 1) }
            guard let (m, afterMonth) = month(at: j) else { return nil }
            var y = next(afterMonth)
            if isPunct(y, [","]) { y = next(y! + 1) }
            if isWord(y, NumberExtractor.dateLinkWords) { y = next(y! + 1) }
            if let yearValue = year(at: y) {
                return ("\(yearValue)-\(twoDigits(m))-\(twoDigits(day))", y! + 1)
            }
            return ("--\(twoDigits(m))-\(twoDigits(day))", afterMonth)
        }

        func monthFirstDate(month m: Int, after index: Int) -> (String, Int)? {
            var j = next(index)
            if let jj = j, let d = tokens[jj].integerValue, (1...31).contains(d), tokens[jj].integerPart.count <= 2 {
                var y = next(jj + 1)
                if isPunct(y, [","]) { y = next(y! + 1) }
                if let yearValue = year(at: y) { return ("\(yearValue)-\(twoDigits(m))-\(twoDigits(d))", y! + 1) }
                return nil
            }
            if isWord(j, NumberExtractor.dateLinkWords) { j = next(j! + 1) }
            if let yearValue = year(at: j) { return ("\(yearValue)-\(twoDigits(m))", j! + 1) }
            return nil
        }

        func resolution(at index: Int) -> (String, Int)? {
            guard let number = tokens[index].integerValue, let li = next(index + 1), tokens[li].kind == .word else { return nil }
            let letterWord = tokens[li]
            var letter: Character?
            let originalScalars = Array(letterWord.original.unicodeScalars)
            if originalScalars.count == 1 {
                let scalar = NumberTokenizer.latinLookalike(originalScalars[0]) ?? originalScalars[0]
                if scalar.value >= 0x41 && scalar.value <= 0x5A { letter = Character(scalar) }
            } else if let name = ArabicText.letterNames[letterWord.text] {
                letter = name
            }
            guard let letter, let open = next(li + 1), isPunct(open, ["("]), let inside = next(open + 1) else { return nil }
            var session: Int?
            var close: Int?
            if tokens[inside].kind == .word, let roman = RomanNumeral.value(ignoringCase: tokens[inside].original) {
                session = roman
                close = next(inside + 1)
            } else if isWord(inside, ["د"]) {
                var s = next(inside + 1)
                if isPunct(s, ["-", "–", "‐"]) { s = next(s! + 1) }
                if let s, let value = tokens[s].integerValue { session = value; close = next(s + 1) }
            }
            guard let session, let close, isPunct(close, [")"]) else { return nil }
            return ("\(number)\(letter)(\(session))", close + 1)
        }
    }
}
