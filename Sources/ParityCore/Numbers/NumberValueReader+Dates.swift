/// Dates, times and resolution numbers: the patterns of ``NumberValueReader``
/// that read several tokens around a figure or a month name.
extension NumberValueReader {
    /// `1948年12月10日`, `2006年7月`, `2006年`, `7月12日` (Chinese and Japanese),
    /// `1948년 12월 10일` (Korean).
    func hanDate(at index: Int) -> (NumberDate, Int)? {
        guard let token = cursor.token(index), let first = token.integerValue else { return nil }
        guard let afterFirst = cursor.next(index + 1) else { return nil }
        if token.integerPart.utf8.count == 4, isDateMark(afterFirst, \.year) {
            if let mi = cursor.next(afterFirst + 1), let m = cursor.integer(mi), (1...12).contains(m),
               let yue = cursor.next(mi + 1), isDateMark(yue, \.month) {
                if let di = cursor.next(yue + 1), let d = cursor.integer(di), (1...31).contains(d),
                   let ri = cursor.next(di + 1), isDateMark(ri, \.day) {
                    return (NumberDate(year: first, month: m, day: d, unchecked: ()), ri + 1)
                }
                return (NumberDate(year: first, month: m, day: nil, unchecked: ()), yue + 1)
            }
            return (NumberDate(year: first, month: nil, day: nil, unchecked: ()), afterFirst + 1)
        }
        if (1...12).contains(first), isDateMark(afterFirst, \.month),
           let di = cursor.next(afterFirst + 1), let d = cursor.integer(di), (1...31).contains(d),
           let ri = cursor.next(di + 1), isDateMark(ri, \.day) {
            return (NumberDate(year: nil, month: first, day: d, unchecked: ()), ri + 1)
        }
        return nil
    }

    /// `14 tháng 3 năm 2026`, `14 tháng 3, 2026`, `14 tháng 3` (Vietnamese: the
    /// day, then the month word and number), or from the month word
    /// (`tháng 3 năm 2026`) when `index` is the month word.
    func numberedMonthDate(at index: Int) -> (NumberDate, Int)? {
        let words = MonthNameTable.numberedMonthWord
        var day: Int?
        var monthWord = index
        if cursor.kind(index) == .number, let token = cursor.token(index) {
            guard let d = token.integerValue, token.fraction == nil, (1...31).contains(d), let next = cursor.next(index + 1) else { return nil }
            day = d
            monthWord = next
        }
        // The month word's length and first letter before its string is made (most figures are followed by other words).
        guard cursor.kind(monthWord) == .word, case let wordRange = cursor.tokens[monthWord].range,
              wordRange.count == MonthNameTable.numberedMonthWordLength,
              cursor.scalars[wordRange.lowerBound] == "t" || cursor.scalars[wordRange.lowerBound] == "T",
              cursor.isWord(monthWord, words.month), let mi = cursor.next(monthWord + 1), let monthToken = cursor.token(mi),
              monthToken.kind == .number, monthToken.fraction == nil, let m = monthToken.integerValue, (1...12).contains(m) else { return nil }
        var yearIndex = cursor.next(mi + 1)
        if cursor.isWord(yearIndex, words.year) || cursor.isPunct(yearIndex, NumberValueReader.commas) { yearIndex = cursor.next(yearIndex! + 1) }
        if let yi = yearIndex, let yearToken = cursor.token(yi), yearToken.kind == .number, yearToken.fraction == nil,
           yearToken.integerPart.utf8.count == 4, let y = yearToken.integerValue {
            return (NumberDate(year: y, month: m, day: day, unchecked: ()), yi + 1)
        }
        guard day != nil else { return nil }
        return (NumberDate(year: nil, month: m, day: day, unchecked: ()), mi + 1)
    }

    /// A date whose parts each follow a word (``MonthNameTable/MarkedDateWords``,
    /// Tibetan and Dzongkha): the month word at `index`, the month's number or
    /// ordinal (`ཟླ་༣`, `ཟླ་བ་གསུམ་པའི`), the day word and the day (`ཚེས་༩`),
    /// and a year in figures after it if one follows (`ཟླ་༣ ཚེས་༩ ༢༠༢༦`):
    /// the date and the index after it. The tsheg and spaces between the parts are skipped.
    func markedDate(at index: Int, _ words: MonthNameTable.MarkedDateWords) -> (NumberDate, Int)? {
        guard cursor.isWord(index, words.month), var j = afterSyllableMarks(index + 1) else { return nil }
        var month: Int?
        if let m = cursor.integer(j), (1...12).contains(m), cursor.token(j)?.fraction == nil {
            month = m
            j += 1
        } else {
            if cursor.isWord(j, words.monthFillers), let after = afterSyllableMarks(j + 1) { j = after }
            // The longest ordinal written from `j` (`བཅུ་གཅིག་པ`, eleventh, before `བཅུ་པ`, tenth).
            var best: (month: Int, end: Int, length: Int)?
            for (offset, forms) in words.ordinals.enumerated() {
                for form in forms where form.count > (best?.length ?? 0) {
                    if let end = syllables(form, at: j, genitive: words.genitive) { best = (offset + 1, end, form.count) }
                }
            }
            guard let best else { return nil }
            month = best.month
            j = best.end
        }
        guard let month, let dayWord = afterSyllableMarks(j), cursor.isWord(dayWord, words.day), let di = afterSyllableMarks(dayWord + 1),
              let token = cursor.token(di), token.fraction == nil, token.integerPart.utf8.count <= 2,
              let day = token.integerValue, (1...31).contains(day) else { return nil }
        var end = di + 1
        var yearValue: Int?
        var y = cursor.next(end)
        if cursor.isPunct(y, NumberValueReader.commas) { y = cursor.next(y! + 1) }
        if let value = year(at: y), let token = cursor.token(y), !token.grouped, token.fraction == nil {
            yearValue = value
            end = y! + 1
        }
        return (NumberDate(year: yearValue, month: month, day: day, unchecked: ()), end)
    }

    /// The index of the first token at or after `index` that is neither white
    /// space nor the Tibetan syllable mark (tsheg `་`, U+0F0B).
    private func afterSyllableMarks(_ index: Int) -> Int? {
        var j = cursor.next(index)
        var steps = 0
        while let at = j, steps < 4, cursor.isPunct(at, "\u{0F0B}") {
            j = cursor.next(at + 1)
            steps += 1
        }
        return j
    }

    /// The index after the syllables `form` written from `index`, each word
    /// one syllable, tsheg between them; the last may take the `genitive` ending.
    private func syllables(_ form: [String], at index: Int, genitive: String) -> Int? {
        var j: Int? = index
        for (position, syllable) in form.enumerated() {
            guard let at = j, let word = cursor.word(at) else { return nil }
            let isLast = position == form.count - 1
            guard word == syllable || (isLast && word == syllable + genitive) else { return nil }
            if isLast { return at + 1 }
            j = afterSyllableMarks(at + 1)
        }
        return nil
    }

    /// The year in figures written before the month word at `index` of a date
    /// whose parts follow words (``markedDate(at:_:)``), across the year's words
    /// (`སྤྱི་ལོ་༢༠༢༦ ཟླ`, `༢༠༢༦ ལོའི་ཟླ`): its token index and value.
    func yearBeforeMarkedDate(_ index: Int, _ words: MonthNameTable.MarkedDateWords) -> (index: Int, year: Int)? {
        var j = index - 1
        var steps = 0
        while j >= 0, steps < 6 {
            if let value = year(at: j), let token = cursor.token(j), !token.grouped, token.fraction == nil { return (j, value) }
            guard cursor.kind(j) == .space || cursor.isPunct(j, "\u{0F0B}") || cursor.isWord(j, words.yearWords) else { return nil }
            j -= 1
            steps += 1
        }
        return nil
    }

    /// Whether the word at `index` is the Han mark of a date part (`年`), or
    /// a Hangul word that begins with the Korean one (`년`, `년에`).
    func isDateMark(_ index: Int?, _ part: KeyPath<(year: String, month: String, day: String), String>) -> Bool {
        guard let word = cursor.word(index) else { return false }
        if word == MonthNameTable.hanDateMarks[keyPath: part] { return true }
        // 9月14号, 2027年9月14號: the spoken day marks (every caller has read the month mark before the day).
        if part == \.day, MonthNameTable.hanSpokenDayMarks.contains(word) { return true }
        let hangul = MonthNameTable.hangulDateMarks[keyPath: part]
        return word.unicodeScalars.first == hangul.unicodeScalars.first && word.hasPrefix(hangul)
    }

    /// A run of Chinese numeral characters starting at `index`: its value and the index after it.
    func chineseNumeral(at index: Int) -> (Int, Int)? {
        // The numeral character the word at `i` is, if it is one character and a numeral.
        func numeral(_ i: Int) -> Unicode.Scalar? {
            guard let word = cursor.word(i), word.unicodeScalars.count == 1, let scalar = word.unicodeScalars.first,
                  ChineseNumeral.isNumeral(scalar) else { return nil }
            return scalar
        }
        var end = index
        var scalars: [Unicode.Scalar] = []
        while true {
            if let scalar = numeral(end) {
                scalars.append(scalar)
                end += 1
            } else if !scalars.isEmpty, cursor.kind(end) == .space, let scalar = numeral(end + 1), scalar == "〇" || scalars.contains("〇") {
                // 二 / 〇五六年: a year written digit by digit that a line break cut (the break read as a space).
                end += 1
            } else {
                break
            }
        }
        // Long runs are not numbers anyone writes; they are skipped whole.
        guard !scalars.isEmpty else { return nil }
        guard scalars.count <= 16, let value = ChineseNumeral.value(of: scalars) else { return (-1, end) }
        return (value, end)
    }

    /// The decimals of a Chinese numeral written after its decimal point `点` (`點`) at `index`, one numeral a digit
    /// (九点五 is 9.5, 十二点零五 is 12.05): the digits as written, trailing zeros dropped, and the index after them;
    /// nil when no digit follows the point (九点 is nine o'clock).
    func chineseDecimals(at index: Int) -> (String, Int)? {
        guard let point = cursor.word(index), point == "点" || point == "點" else { return nil }
        var digits = ""
        var end = index + 1
        while let word = cursor.word(end), word.unicodeScalars.count == 1, let scalar = word.unicodeScalars.first,
              let digit = ChineseNumeral.digitValue(scalar) {
            digits.append(Character(String(digit)))
            end += 1
        }
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        return digits.isEmpty ? nil : (digits, end)
    }

    /// 一九四八年十二月十日, 二〇〇六年 (year digit by digit, month and day as numbers),
    /// given the year's value and the index after it.
    func chineseNumeralDate(year: Int, afterYear: Int) -> (NumberDate, Int)? {
        let marks = MonthNameTable.hanDateMarks
        guard (1000...2999).contains(year), cursor.word(afterYear) == marks.year else { return nil }
        guard let (m, afterMonth) = chineseNumeral(at: afterYear + 1), (1...12).contains(m), cursor.word(afterMonth) == marks.month else {
            return (NumberDate(year: year, month: nil, day: nil, unchecked: ()), afterYear + 1)
        }
        if let (d, afterDay) = chineseNumeral(at: afterMonth + 1), (1...31).contains(d), isDateMark(afterDay, \.day) {
            return (NumberDate(year: year, month: m, day: d, unchecked: ()), afterDay + 1)
        }
        return (NumberDate(year: year, month: m, day: nil, unchecked: ()), afterMonth + 1)
    }

    /// A month name at `index`: its number and the index after it
    /// (including a "/second name" as UN Arabic writes).
    func month(at index: Int?) -> (month: Int, end: Int)? {
        monthName(at: index, allowingAlternative: true)
    }

    private func monthName(at index: Int?, allowingAlternative: Bool) -> (month: Int, end: Int)? {
        guard let index, let word = cursor.word(index) else { return nil }
        var found: (Int, Int)?
        if !vocabulary.ownMonths.isEmpty, let m = vocabulary.ownMonths[word] ?? withoutHebrewProclitic(word).flatMap({ vocabulary.ownMonths[$0] }) {
            // The language's own month first (``NumberVocabulary/ownMonths``), also after a Hebrew `ב` (`במרץ`).
            found = (m, index + 1)
        } else if let forms = vocabulary.ownMultiWordMonths[word], let own = multiWordMonth(forms, after: index) {
            // The language's own month in two words or more (Irish `Meán Fómhair`, Luo `Dwe mar Achiel`).
            found = own
        } else if !vocabulary.monthAbbreviations.isEmpty, let m = vocabulary.monthAbbreviations[word], cursor.isPunct(index + 1, ".") {
            found = (m, index + 2)
        } else if !MonthNames.mayBeKey(word) {
            return nil
        } else if let m = MonthNames.single[word] {
            found = (m, index + 1)
        } else if let seconds = MonthNames.twoWord[word], let second = cursor.next(index + 1), let secondWord = cursor.word(second),
                  let m = seconds[secondWord] {
            found = (m, second + 1)
        }
        guard let (m, monthEnd) = found else { return nil }
        var end = monthEnd
        if allowingAlternative, let slash = cursor.next(end), cursor.isPunct(slash, "/"),
           let alternative = monthName(at: cursor.next(slash + 1), allowingAlternative: false), alternative.month == m {
            end = alternative.end
        }
        return (m, end)
    }

    /// The first of `forms` (longest first) whose other words follow the word at `first`: its month and the index
    /// after its last word.
    private func multiWordMonth(_ forms: [(rest: [String], month: Int)], after first: Int) -> (Int, Int)? {
        formLoop: for form in forms {
            var position = first
            for part in form.rest {
                guard let next = cursor.next(position + 1), cursor.word(next) == part else { continue formLoop }
                position = next
            }
            return (form.month, position + 1)
        }
        return nil
    }

    /// A word at `index` that is one of the language's own month names
    /// (``NumberVocabulary/ownMonths``, ``NumberVocabulary/ownMultiWordMonths``)
    /// in a form CLDR does not give, read only between a day (the caller)
    /// and a year in figures after it: a case ending on the month's stem
    /// (Bosnian and Serbian genitives `septembra`, `јула`, `juna` of
    /// `septembar`, `јул`, `juni`: ``MonthInflection``) or an initial
    /// mutation of one letter (Irish `Mheán Fómhair` of `Meán Fómhair`).
    /// Only a word whose reading names one month: the month and the index
    /// after the name.
    /// `yearBefore`: the date's year is already read before its day
    /// (``yearWordDayMonthDate(year:at:)``, `2044 жылғы 1 қаңтардан`), so
    /// no year need follow the month, and the word may add up to four
    /// letters of case ending to its stem (``MonthInflection``).
    func inflectedMonth(at index: Int?, yearBefore: Bool = false) -> (month: Int, end: Int)? {
        guard let index, !vocabulary.ownMonths.isEmpty || !vocabulary.ownMultiWordMonths.isEmpty else { return nil }
        // The year first (a month read so stands before a year in figures): one word or two on, a year, else no
        // look at the word or at the month forms — most small figures are followed by a word and no year.
        if !yearBefore {
            guard let afterWord = cursor.next(index + 1),
                  year(at: afterWord) != nil || (cursor.kind(afterWord) == .word && year(at: cursor.next(afterWord + 1)) != nil) else { return nil }
        }
        guard let word = cursor.word(index), word.unicodeScalars.count >= 3 else { return nil }
        let scalars = Array(word.unicodeScalars)
        var found: (month: Int, end: Int)?
        func take(_ month: Int, _ end: Int) -> Bool {
            if let found, found.month != month { return false }
            found = (month, end)
            return true
        }
        let endingLetters = yearBefore ? 4 : 2
        for (form, month) in vocabulary.ownMonths where MonthInflection.mayBeForm(scalars, of: Array(form.unicodeScalars), endingLetters: endingLetters) {
            guard take(month, index + 1) else { return nil }
        }
        for (first, forms) in vocabulary.ownMultiWordMonths where MonthInflection.mayBeForm(scalars, of: Array(first.unicodeScalars)) {
            guard let (month, end) = multiWordMonth(forms, after: index) else { continue }
            guard take(month, end) else { return nil }
        }
        guard let found, yearBefore || year(at: cursor.next(found.end)) != nil else { return nil }
        return found
    }

    /// A word at `index` that no table gives but that is near one month's
    /// names in the tables (``BorrowedMonthName``: Tagalog `Setyembre`,
    /// Indonesian `Agustus`), read only where a month stands in a date: the
    /// caller has read a day (1–31) before it, and a year in figures follows
    /// it, after a comma if one is written (`14 Setyembre 2027`). A number
    /// word of the language is not read so. The month and the index after the word.
    func similarMonth(at index: Int?) -> (month: Int, end: Int)? {
        // The year first: most words after a small figure have none after them, and are not compared.
        guard let index, figureYear(after: index) != nil, let month = borrowedMonth(at: index) else { return nil }
        return (month, index + 1)
    }

    /// A date whose month is written first in a word no table gives
    /// (``similarMonth(at:)``): the word at `index`, a day of one or two
    /// digits (1–31), a comma if one is written, and a year in figures
    /// (`Agustus 14, 2027`); the date and the index after it.
    func similarMonthFirstDate(at index: Int) -> (NumberDate, Int)? {
        guard let di = cursor.next(index + 1), let dayToken = cursor.token(di), dayToken.kind == .number, dayToken.fraction == nil,
              !dayToken.grouped, dayToken.integerPart.utf8.count <= 2, let day = dayToken.integerValue, (1...31).contains(day),
              let (yearValue, y) = figureYear(after: di), let month = borrowedMonth(at: index) else { return nil }
        return (NumberDate(year: yearValue, month: month, day: day, unchecked: ()), y + 1)
    }

    /// A year in figures (four digits, ungrouped, no fraction, ``NumberDate/figureYears``) right after the token at
    /// `index`, after a comma if one is written: its value and its index.
    func figureYear(after index: Int) -> (value: Int, index: Int)? {
        var y = cursor.next(index + 1)
        if cursor.isPunct(y, NumberValueReader.commas) { y = cursor.next(y! + 1) }
        guard let y, let value = year(at: y), NumberDate.figureYears.contains(value), let token = cursor.token(y),
              !token.grouped, token.fraction == nil else { return nil }
        return (value, y)
    }

    /// The month the word at `index` (of ``BorrowedMonthName/minimumLetters`` scalars or more) names by its likeness
    /// to the tables' month names (``BorrowedMonthName``), when no table of the language gives the word.
    private func borrowedMonth(at index: Int) -> Int? {
        guard let token = cursor.token(index), token.kind == .word, token.range.count >= BorrowedMonthName.minimumLetters,
              let word = cursor.word(index), vocabulary.words[word] == nil else { return nil }
        return borrowedMonths.month(of: word)
    }

    /// `word` without the one-letter Hebrew prefix it begins with (`ב`, `ל`,
    /// `מ`, `ו`, `ה`: `במרץ` "in March"), if it does and more than one letter follows.
    private func withoutHebrewProclitic(_ word: String) -> String? {
        guard let first = word.unicodeScalars.first, NumberValueReader.hebrewProclitics.contains(first),
              word.unicodeScalars.count > 2 else { return nil }
        return String(word.unicodeScalars.dropFirst())
    }

    func year(at index: Int?) -> Int? {
        guard let token = cursor.token(index), let value = token.integerValue, token.integerPart.utf8.count == 4 else { return nil }
        return value
    }

    /// `10 December 1948`, `10 de diciembre de 1948`, `1er janvier 2007`,
    /// `10. Dezember 1948`, `10 декабря 1948 года`, `١٠ كانون الأول/ديسمبر ١٩٤٨`, `१० दिसम्बर १९४८`.
    func dayFirstDate(day: Int, at index: Int) -> (NumberDate, Int)? {
        let j = monthPlace(afterDay: index)
        guard let (m, afterMonth) = month(at: j) ?? inflectedMonth(at: j) ?? similarMonth(at: j) else { return nil }
        var y = cursor.next(afterMonth)
        if cursor.isPunct(y, NumberValueReader.commas) { y = cursor.next(y! + 1) }
        if cursor.isWord(y, NumberValueReader.dateLinkWords) { y = cursor.next(y! + 1) }
        y = afterLanguageLinkWords(y)
        if let yearValue = year(at: y) ?? romanYear(at: y) {
            return (NumberDate(year: yearValue, month: m, day: day, unchecked: ()), y! + 1)
        }
        if let (yearValue, end) = wordYear(at: y) { return (NumberDate(year: yearValue, month: m, day: day, unchecked: ()), end) }
        return (NumberDate(year: nil, month: m, day: day, unchecked: ()), afterMonth)
    }

    /// The index where a date that starts with the day at `index` writes its
    /// month: after the day's ending or mark (`1er`, `10.`, `14טן`), a comma,
    /// the word for day and a link word (`the 14th day of`), and the link
    /// words of the language (`de`, `d’`, `da`); nil at the text's end.
    func monthPlace(afterDay index: Int) -> Int? {
        /// Whether the token at `i` is an ordinal mark or ending (`º`, `ª`, `o`) joined to the point before it.
        func ordinalMark(at i: Int) -> Bool {
            guard let token = cursor.token(i) else { return false }
            return (token.kind == .punct && NumberValueReader.ordinalMarks.contains(token.text))
                || (token.kind == .word && NumberValueReader.ordinalSuffixes.contains(cursor.word(i) ?? ""))
        }
        var j = cursor.next(index + 1)
        if let jj = j, jj == index + 1, let token = cursor.token(jj),
           (token.kind == .word && NumberValueReader.ordinalSuffixes.contains(cursor.word(jj) ?? "")) || (token.kind == .punct && NumberValueReader.dayMarks.contains(token.text)) {
            // A point after the day in a language that writes the day bare ends a sentence ("item 27. May I …"), unless
            // an ordinal mark follows it (`1.º de mayo`).
            if token.text == ".", !vocabulary.pointAfterDay, !ordinalMark(at: jj + 1) { return nil }
            j = cursor.next(jj + 1)
            // 1.º, 1.ª (Spanish, Portuguese: CLDR's ordinal `1.º`): a point, then the ordinal mark joined to it.
            if token.text == ".", let mark = j, mark == jj + 1, ordinalMark(at: mark) {
                j = cursor.next(mark + 1)
            }
        } else if let jj = j, jj == index + 1, let ending = shortEnding(at: cursor.isPunct(jj, "-") ? jj + 1 : jj), cursor.isAttached(ending) {
            // An ending of the day the tables do not list, joined to it (`14טן`, `14mh`, `14ê`, `14-a`): a month must follow.
            j = cursor.next(ending + 1)
        }
        // 14, सितंबर 2027
        if cursor.isPunct(j, NumberValueReader.commas) { j = cursor.next(j! + 1) }
        // the 14th day of, an 14ú lá de: the word for day before a link word.
        if cursor.isWord(j, MonthNameTable.dayNouns), let link = cursor.next(j! + 1), cursor.isWord(link, NumberValueReader.dateLinkWords) {
            j = link
        }
        if cursor.isWord(j, NumberValueReader.dateLinkWords) {
            j = cursor.next(j! + 1)
        } else if let jj = j, cursor.isWord(jj, vocabulary.monthLinkWords), cursor.isPunct(jj + 1, NumberValueReader.apostrophes) {
            // An elided preposition before the month (`1 d’abril`).
            j = cursor.next(jj + 2)
        } else if cursor.isWord(j, vocabulary.monthLinkWords) {
            // The preposition CLDR writes before the month (`14 da settember`, `14 Oṣù Owewe`).
            j = cursor.next(j! + 1)
        }
        return afterLanguageLinkWords(j)
    }

    /// The index of a word of one to three letters at `index` (an ending
    /// written on a day: `טן`, `mh`, `ê`, `a`), else nil.
    private func shortEnding(at index: Int) -> Int? {
        guard let token = cursor.token(index), token.kind == .word, token.range.count <= 3,
              !NumberTokenizer.isHan(cursor.scalars[token.range.lowerBound]) else { return nil }
        return index
    }

    /// `2027 m. balandžio 2 d.` (Lithuanian), `2027. április 2.` (Hungarian):
    /// the year first, its point or one short word with a point (`m.`), the
    /// month, then the day of one or two digits with its point or a short
    /// abbreviation (`d.`); the date and the index after it.
    func yearFirstDate(year: Int, at index: Int) -> (NumberDate, Int)? {
        if let date = yearWordDayMonthDate(year: year, at: index) { return date }
        var j = cursor.next(index + 1)
        if cursor.isPunct(j, ".") {
            j = cursor.next(j! + 1)
        } else if let word = j, cursor.kind(word) == .word, (cursor.token(word)?.range.count ?? 5) <= 4, cursor.isPunct(word + 1, "."),
                  month(at: word) == nil {
            j = cursor.next(word + 2)
        }
        guard let (m, afterMonth) = month(at: j), let di = cursor.next(afterMonth), let token = cursor.token(di), token.fraction == nil,
              token.integerPart.utf8.count <= 2, let d = token.integerValue, (1...31).contains(d) else { return nil }
        var end = di + 1
        if cursor.isPunct(end, ".") {
            end += 1
        } else if let word = cursor.next(end), cursor.kind(word) == .word, (cursor.token(word)?.range.count ?? 3) <= 2, cursor.isPunct(word + 1, ".") {
            end = word + 2
        }
        return (NumberDate(year: year, month: m, day: d, unchecked: ()), end)
    }

    /// `2044 шинал 14 май`, `2044 жылғы 14 мамыр`: the year, one word of letters in lower case (the language's
    /// "of the year"), then the day and its month, with no year of its own after the month. The word is any word,
    /// so a figure of 1–31 and a month name right after it are what make the date.
    private func yearWordDayMonthDate(year: Int, at index: Int) -> (NumberDate, Int)? {
        guard let word = cursor.next(index + 1), word > index + 1, let wordToken = cursor.token(word), wordToken.kind == .word,
              (2...14).contains(wordToken.range.count), ScalarClass.isLowercase(cursor.scalars[wordToken.range.lowerBound]),
              month(at: word) == nil,
              let di = cursor.next(word + 1), di > word + 1, let token = cursor.token(di), token.kind == .number, token.fraction == nil,
              !token.grouped, token.integerPart.utf8.count <= 2, let day = token.integerValue, (1...31).contains(day) else { return nil }
        let j = monthPlace(afterDay: di)
        guard let (m, afterMonth) = month(at: j) ?? inflectedMonth(at: j, yearBefore: true) else { return nil }
        var y = cursor.next(afterMonth)
        if cursor.isPunct(y, NumberValueReader.commas) { y = cursor.next(y! + 1) }
        guard self.year(at: y) == nil else { return nil }
        return (NumberDate(year: year, month: m, day: day, unchecked: ()), afterMonth)
    }

    /// `July 12, 2006`, `December 10th, 1948`, `julio de 2006`, `December 1948`.
    func monthFirstDate(month m: Int, after index: Int) -> (NumberDate, Int)? {
        var j = cursor.next(index)
        if let jj = j, let d = cursor.integer(jj), (1...31).contains(d), cursor.token(jj)?.integerPart.utf8.count ?? 3 <= 2 {
            var y = cursor.next(jj + 1)
            if let suffix = cursor.word(jj + 1), NumberValueReader.ordinalSuffixes.contains(suffix) {
                y = cursor.next(jj + 2)
            }
            if cursor.isPunct(y, NumberValueReader.commas) { y = cursor.next(y! + 1) }
            if let yearValue = year(at: y) { return (NumberDate(year: yearValue, month: m, day: d, unchecked: ()), y! + 1) }
            return nil
        }
        if cursor.isWord(j, NumberValueReader.dateLinkWords) { j = cursor.next(j! + 1) }
        j = afterLanguageLinkWords(j)
        if let yearValue = year(at: j) ?? romanYear(at: j) { return (NumberDate(year: yearValue, month: m, day: nil, unchecked: ()), j! + 1) }
        if let (yearValue, end) = wordYear(at: j) { return (NumberDate(year: yearValue, month: m, day: nil, unchecked: ()), end) }
        return nil
    }

    /// A year written in two to six number words of the language after a
    /// month (Latin `bis millesimo vicesimo sexto`, 2026; `millesimo
    /// nongentesimo quadragesimo octavo`, 1948; English `two thousand
    /// twenty-six`): each word multiplies what was read when it is larger
    /// (`bis millesimo`, 2 × 1000) and adds to it when it is smaller than
    /// the word before (`millesimo nongentesimo`, 1000 + 900); a year from
    /// 1000 to 2999, and the index after its last word.
    func wordYear(at index: Int?) -> (Int, Int)? {
        // In the words of the language's own table only (``wordDayDate(at:)``).
        guard vocabulary.hasOwnWords, !vocabulary.words.isEmpty, var at = index, cursor.kind(at) == .word else { return nil }
        var value = 0, last = 0, count = 0, end = at
        while count < 6, let word = cursor.word(at), let next = vocabulary.words[word] {
            if count == 0 {
                value = next
            } else if next > value {
                value *= next
            } else if next < last {
                value += next
            } else {
                break
            }
            last = next
            count += 1
            end = at + 1
            var following = cursor.next(at + 1)
            if cursor.isPunct(following, NumberValueReader.dashes), cursor.isAttached(following) { following = cursor.next(following! + 1) }
            // A joiner inside the year (`two thousand and fifteen`).
            if cursor.isWord(following, NumberWordTable.joiners) { following = cursor.next(following! + 1) }
            guard let f = following, cursor.kind(f) == .word else { break }
            at = f
        }
        guard count >= 2, (1000...2999).contains(value) else { return nil }
        return (value, end)
    }

    /// The index after at most two of the language's own date link words
    /// (``NumberVocabulary/dateLinkWords``: Latin `mensis`, `anno Domini`)
    /// starting at `index`; `index` when there are none.
    func afterLanguageLinkWords(_ index: Int?) -> Int? {
        guard !vocabulary.dateLinkWords.isEmpty else { return index }
        var j = index
        for _ in 0..<2 where cursor.isWord(j, vocabulary.dateLinkWords) { j = cursor.next(j! + 1) }
        return j
    }

    /// The value of a word of upper-case Roman numerals at `index` that is a
    /// year (1000–2999: `MMXXVI`), written after a month.
    func romanYear(at index: Int?) -> Int? {
        guard let token = cursor.token(index), token.kind == .word, token.range.count >= 2, token.range.count <= 12,
              cursor.scalars[token.range.lowerBound] == "M", let value = upperCaseRoman(token), (1000...2999).contains(value) else { return nil }
        return value
    }

    /// The value of `token` when it is a word of upper-case Roman numerals.
    private func upperCaseRoman(_ token: NumberToken) -> Int? {
        let scalars = cursor.scalars[token.range]
        guard scalars.count <= 12, scalars.allSatisfy({ "IVXLCDM".unicodeScalars.contains($0) }) else { return nil }
        return RomanNumeral.value(ignoringCase: ScalarText.string(scalars))
    }

    /// A date whose day is written in upper-case Roman numerals (`XII`) or in
    /// number words of the language (`duodecimo`, `twelfth`, `doce`, two
    /// words joined: `vicesimo primo`, `tertio decimo`, `twenty-first`),
    /// followed by its month and year (`die XII mensis Maii, anno MMXXVI`,
    /// `the twelfth of May 2026`): the date and the index after it. Only a
    /// date with its year: a number word before a month name alone may count
    /// something else (`the second May meeting`). A day in number words only
    /// in a language with number words of its own (``NumberVocabulary/hasOwnWords``):
    /// in another the words of every table only account for figures, and a
    /// word of one language in the text of another (Spanish `un` after a
    /// Tzeltal word, `15 yu un diciembre 2042`) is no day.
    func wordDayDate(at index: Int) -> (NumberDate, Int)? {
        guard let token = cursor.token(index), token.kind == .word else { return nil }
        var day: Int?, last = index
        let first = cursor.scalars[token.range.lowerBound]
        if token.range.count <= 6, first == "I" || first == "V" || first == "X" {
            day = upperCaseRoman(token)
        } else if token.range.count <= 8, MonthNameTable.mayStartFirstDayWord(first), let word = cursor.word(index),
                  MonthNameTable.firstDayWords.contains(word) {
            // یکم جنوری ۲۰۲۴, पहली जनवरी 2024, premier janvier 2024: the first of the month in a word of its own.
            day = 1
        } else if vocabulary.hasOwnWords, cursor.mayBeWord(index, in: vocabulary.wordShapes), let value = dayWord(at: index) {
            day = value
            // A second word that completes the day: a unit after twenty or thirty, ten after a unit (Latin `tertio decimo`).
            var second = cursor.next(index + 1)
            if cursor.isPunct(second, NumberValueReader.dashes), cursor.isAttached(second) { second = cursor.next(second! + 1) }
            if let s = second, cursor.mayBeWord(s, in: vocabulary.wordShapes), let unit = dayWord(at: s),
               (value == 20 || value == 30) && unit < 10 || value < 10 && unit == 10 {
                day = value + unit
                last = s
            }
        }
        guard let day, (1...31).contains(day), let (date, end) = dayFirstDate(day: day, at: last), date.year != nil else { return nil }
        return (date, end)
    }

    /// The value of the number word at `index` when it may be a day of the month (1–31, no numeric adjective).
    private func dayWord(at index: Int) -> Int? {
        guard let word = cursor.word(index), let value = vocabulary.words[word], (1...31).contains(value),
              !vocabulary.weakWords.contains(word) else { return nil }
        return value
    }

    /// An hour on a clock that counts from 6 a.m. (``ClockReckoning``): the
    /// language's hour word at `index` (`saa`, `ssaawa`), the hour in figures
    /// or in a number word (`4`, `4:05`, `4.05`, `nne`), then a part of the
    /// day (`asubuhi`, `ez'oku makya`) or minutes: the time on the 24-hour
    /// clock (`10:05`), the figure as written read as an hour from midnight
    /// (`saa 4 asubuhi`: `4:00`) and the index after what was read. On a
    /// clock whose part of the day comes first (``ClockReckoning/Clock/dayPartFirst``):
    /// the part of the day at `index`, the hour, then the hour word (Amharic
    /// `ከጠዋቱ 4 ሰዓት`, 10:00).
    func reckonedTime(at index: Int, on clock: ClockReckoning.Clock) -> (String, asWritten: String, Int)? {
        guard let token = cursor.token(index), token.kind == .word else { return nil }
        if clock.dayPartFirst {
            guard let word = cursor.word(index), let part = clock.dayParts[word], let n = cursor.next(index + 1),
                  let (hours, minutes, afterFigure) = clockFigure(at: n), let after = cursor.next(afterFigure),
                  cursor.isWord(after, clock.hourWords), let hour = ClockReckoning.hour(hours, on: clock, in: part) else { return nil }
            let minuteText = (minutes ?? 0) < 10 ? "0\(minutes ?? 0)" : "\(minutes!)"
            return ("\(hour):\(minuteText)", "\(hours):\(minuteText)", after + 1)
        }
        guard token.range.count <= 8, cursor.isWord(index, clock.hourWords), let n = cursor.next(index + 1),
              let (hours, minutes, figureEnd) = clockFigure(at: n) else { return nil }
        var end = figureEnd
        // The part of the day, after a few linking words and apostrophes (`za asubuhi`, `ez'omu ttuntu`).
        var part: ClockReckoning.DayPart?
        var p = cursor.next(end)
        for _ in 0..<5 {
            guard let at = p else { break }
            if let word = cursor.word(at) {
                if let found = clock.dayParts[word] {
                    part = found
                    end = at + 1
                    break
                }
                guard clock.links.contains(word) else { break }
            } else if !cursor.isPunct(at, NumberValueReader.apostrophes) {
                break
            }
            p = cursor.next(at + 1)
        }
        guard part != nil || minutes != nil, let hour = ClockReckoning.hour(hours, on: clock, in: part) else { return nil }
        let minuteText = (minutes ?? 0) < 10 ? "0\(minutes ?? 0)" : "\(minutes!)"
        return ("\(hour):\(minuteText)", "\(hours):\(minuteText)", end)
    }

    /// The hour written at `index` on a clock that counts from 6 a.m.: in
    /// figures (`4`, `4:05`, `4.05`) or a number word (`nne`), its minutes,
    /// and the index after it.
    private func clockFigure(at n: Int) -> (hours: Int, minutes: Int?, end: Int)? {
        guard let figure = cursor.token(n) else { return nil }
        var hours: Int, minutes: Int?, end = n + 1
        if figure.kind == .number {
            guard !figure.grouped, figure.integerPart.utf8.count <= 2, let value = figure.integerValue else { return nil }
            hours = value
            if let fraction = figure.fraction {
                guard fraction.utf8.count == 2, let value = Int(fraction), value < 60 else { return nil }
                minutes = value
            } else if cursor.isPunct(n + 1, ":"), let minuteToken = cursor.token(n + 2), minuteToken.kind == .number, minuteToken.fraction == nil,
                      minuteToken.integerPart.utf8.count == 2, let value = minuteToken.integerValue, value < 60 {
                minutes = value
                end = n + 3
            }
        } else if figure.kind == .word, let word = cursor.word(n), let value = vocabulary.words[word], !vocabulary.weakWords.contains(word) {
            hours = value
        } else {
            return nil
        }
        return (hours, minutes, end)
    }

    /// Times of day: `10:30`, `10.00 horas`, `10 h 30`, `10h`, `10 a.m.`,
    /// `1.30 p.m.`, `10 de la noche`, `10 heures du soir` (normalized to 24 hours).
    func time(at index: Int) -> (String, Int)? {
        let read = clockTime(at: index)
        // A part of the day after a 12-hour time or a bare figure (``NumberValueReader/dayParts``).
        guard let next = cursor.next(read?.1 ?? index + 1), let (offset, after) = phrase(NumberValueReader.dayParts, at: next) else {
            return read
        }
        var hours: Int, minutes = "00"
        if let (clock, _) = read {
            let parts = clock.split(separator: ":")
            guard parts.count == 2, let value = Int(parts[0]) else { return read }
            hours = value
            minutes = String(parts[1])
        } else {
            guard let token = cursor.token(index), token.fraction == nil, !token.grouped, token.integerPart.utf8.count <= 2,
                  let value = token.integerValue else { return nil }
            hours = value
        }
        guard (1...12).contains(hours) else { return read }
        if hours < 12 { hours += offset }
        return ("\(hours):\(minutes)", after)
    }

    /// A time written with minutes, an hour word, a.m. or p.m., or a Han period of the day.
    private func clockTime(at index: Int) -> (String, Int)? {
        guard let token = cursor.token(index), token.integerPart.utf8.count <= 2, let hours = Int(token.integerPart), hours <= 24 else {
            return nil
        }
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var minutes = 0
        var end = index + 1
        var explicitMinutes = false
        if token.fraction == nil, cursor.isPunct(index + 1, ":"), let minuteToken = cursor.token(index + 2), minuteToken.kind == .number,
           minuteToken.fraction == nil, minuteToken.integerPart.utf8.count == 2, let value = minuteToken.integerValue, value < 60 {
            minutes = value
            end = index + 3
            explicitMinutes = true
        } else if let fraction = token.fraction {
            guard fraction.utf8.count == 2, let value = Int(fraction), value < 60 else { return nil }
            minutes = value
            explicitMinutes = true
        }
        // a.m. / p.m.
        if hours <= 12, let a = cursor.next(end), let word = cursor.word(a), NumberValueReader.meridiemWords.contains(word) {
            var after = a + 1
            var valid = word.utf8.count == 2
            if word.utf8.count == 1, cursor.isPunct(after, "."), cursor.isWord(after + 1, "m") {
                after += 2
                if cursor.isPunct(after, ".") { after += 1 }
                valid = true
            }
            if valid {
                let twentyFour = word.hasPrefix("p") ? (hours == 12 ? 12 : hours + 12) : (hours == 12 ? 0 : hours)
                return ("\(twentyFour):\(twoDigits(minutes))", after)
            }
        }
        // Greek π.μ. / μ.μ. (before and after noon)
        if hours <= 12, let a = cursor.next(end), let word = cursor.word(a), NumberValueReader.greekMeridiemWords.contains(word),
           cursor.isPunct(a + 1, "."), cursor.isWord(a + 2, "μ") {
            var after = a + 3
            if cursor.isPunct(after, ".") { after += 1 }
            let twentyFour = word == "μ" ? (hours == 12 ? 12 : hours + 12) : (hours == 12 ? 0 : hours)
            return ("\(twentyFour):\(twoDigits(minutes))", after)
        }
        // 10 h 30, 10h30, 10 h, 10 heures, 10 horas
        if !explicitMinutes, let h = cursor.next(end), let hourWord = cursor.word(h), NumberValueReader.hourWords.contains(hourWord) {
            let clock = hours + dayPeriodOffset(before: index, hours: hours, hourWord: hourWord)
            // 15 h 30, 15 h. 30; after an abbreviated or Han hour word one digit is a minute too (`15 h 5`, `3时5分`)
            var minuteIndex = cursor.next(h + 1)
            if cursor.isPunct(minuteIndex, "."), cursor.isAttached(minuteIndex) { minuteIndex = cursor.next(minuteIndex! + 1) }
            let minuteDigits = NumberValueReader.shortHourWords.contains(hourWord) ? 1...2 : 2...2
            if let m = minuteIndex, let minuteToken = cursor.token(m), minuteToken.fraction == nil, let value = minuteToken.integerValue,
               minuteDigits.contains(minuteToken.integerPart.utf8.count), value < 60 {
                return ("\(clock):\(twoDigits(value))", m + 1)
            }
            return ("\(clock):00", h + 1)
        }
        if explicitMinutes {
            if end == index + 3 { return ("\(hours):\(twoDigits(minutes))", end) }
            let after = cursor.next(end)
            if cursor.isWord(after, NumberValueReader.hourWords) { return ("\(hours):\(twoDigits(minutes))", end) }
            // 10.00 a 13.00 horas: a time when the figure after the connector is one.
            if cursor.isWord(after, NumberValueReader.timeWords), let second = cursor.next(after! + 1), let secondToken = cursor.token(second),
               secondToken.kind == .number, secondToken.fraction?.utf8.count == 2, isTimeEnd(after: second) {
                return ("\(hours):\(twoDigits(minutes))", end)
            }
        }
        return nil
    }

    /// The hours a Chinese or Japanese period of the day written before a
    /// 12-hour figure adds (`下午3时` is 15:00, `上午10时` 10:00, `午後3時`
    /// 15:00): 12 for the afternoon and evening, else 0.
    private func dayPeriodOffset(before index: Int, hours: Int, hourWord: String) -> Int {
        guard hours < 12, NumberValueReader.hanHourWords.contains(hourWord),
              let second = cursor.previous(index), let first = cursor.previous(second),
              cursor.isAttached(second), let period = cursor.word(first).flatMap({ head in cursor.word(second).map { head + $0 } })
        else { return 0 }
        return NumberValueReader.afternoonPeriods.contains(period) ? 12 : 0
    }

    /// Whether the figure at `index` is followed by an hour word or a.m./p.m.
    private func isTimeEnd(after index: Int) -> Bool {
        let after = cursor.next(index + 1)
        if cursor.isWord(after, NumberValueReader.hourWords) { return true }
        guard let word = cursor.word(after) else { return false }
        if word == "am" || word == "pm" { return true }
        return (word == "a" || word == "p") && cursor.isPunct(after! + 1, ".") && cursor.isWord(after! + 2, "m")
    }

    /// `217 A (III)`, `217 ألف (د-3)`, `217 А (III)`.
    func resolution(at index: Int) -> (String, Int)? {
        guard let number = cursor.integer(index), let li = cursor.next(index + 1), let letterWord = cursor.token(li), letterWord.kind == .word
        else { return nil }
        var letter: Character?
        let written = cursor.scalars[letterWord.range]
        if written.count == 1, let only = written.first {
            let scalar = NumberTokenizer.latinLookalike(only) ?? only
            if scalar.value >= 0x41 && scalar.value <= 0x5A { letter = Character(scalar) }
        } else if let name = ArabicText.letterNames[cursor.word(li) ?? ""] {
            letter = name
        }
        guard let letter, let open = cursor.next(li + 1), cursor.isPunct(open, "("), let inside = cursor.next(open + 1),
              let insideToken = cursor.token(inside) else { return nil }
        var session: Int?
        var close: Int?
        if insideToken.kind == .word {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: cursor.scalars[insideToken.range])
            if let roman = RomanNumeral.value(ignoringCase: String(view)) {
                session = roman
                close = cursor.next(inside + 1)
            } else if cursor.word(inside) == "د" {
                var s = cursor.next(inside + 1)
                if cursor.isPunct(s, NumberValueReader.dashes) { s = cursor.next(s! + 1) }
                if let value = cursor.integer(s) { session = value; close = cursor.next(s! + 1) }
            }
        }
        guard let session, let close, cursor.isPunct(close, ")") else { return nil }
        return ("\(number)\(letter)(\(session))", close + 1)
    }
}
