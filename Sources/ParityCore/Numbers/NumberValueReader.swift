/// Reads the tokens of one text into values, left to right. Each pattern
/// (dates, times, percentages, amounts, ordinals, resolutions, ranges,
/// Chinese numerals) starts at the current token and reads a bounded number
/// of tokens through the bounds-checked ``NumberTokenCursor``; a run of
/// Chinese numerals is read once. Linear in the number of tokens.
struct NumberValueReader {
    let cursor: NumberTokenCursor
    private let sharedVocabulary: SharedNumberVocabulary
    var vocabulary: NumberVocabulary { sharedVocabulary.value }
    private var result: [ExtractedNumber] = []
    /// The last date written year first with a word after its day (`2046 йылдың 12 июниндеги`): the index of that
    /// word, the year and its year word, which a day after it may share (``ExtractedNumber/unreadMonthSharedYear``).
    private var yearFirstTrail: (wordIndex: Int, year: Int, yearWord: String)?
    /// The second day of a list of two days written year first before one word (`2046 йылдың 20 эм 21 майында`): its
    /// index, the index of the word after it, the year and the year word, which that day shares.
    private var yearFirstListDay: (dayIndex: Int, wordIndex: Int, year: Int, yearWord: String)?
    /// The index of the figure that ends the month phrase of the last date read in parts (`3` of `1 mlan 3 thŭn
    /// 2098`): the month, no day of a date of its own.
    private var monthPhraseFigure: Int?
    /// The borrowed months already read in this text (``BorrowedMonthMemo``).
    let borrowedMonths = BorrowedMonthMemo()

    init(cursor: NumberTokenCursor, vocabulary: SharedNumberVocabulary) {
        self.cursor = cursor
        sharedVocabulary = vocabulary
    }

    /// Percent and per mille signs; ``percentSigns`` holds them as the punctuation tokens' texts.
    static let percentSignScalars: Set<Unicode.Scalar> = ["%", "٪", "％", "‰"]
    static let percentSigns: Set<String> = Set(percentSignScalars.map(String.init))
    static let dateLinkWords: Set<String> = ["de", "del", "of", "du", "года", "г"]
    /// Commas written between a month and its year (`14 ستمبر، 2027`, `July 12, 2006`).
    static let commas: Set<String> = [",", "،", "，", "、"]
    /// Apostrophes after an elided preposition (`d’abril`).
    static let apostrophes: Set<String> = ["’", "'"]
    /// Connectors between two times (`10.00 a 13.00 horas`).
    static let timeWords: Set<String> = ["a", "to", "à", "до", "-", "إلى", "至"]
    /// Words that make the figure before them a time of day.
    static let hourWords: Set<String> = ["h", "hrs", "horas", "hora", "hours", "heures", "heure", "час", "часов", "часа", "ч", "ساعة", "الساعة", "时", "点", "時", "uhr"]
    /// Hour words after which a one-digit figure is the minutes (`15 h 5`, `3时5分`).
    static let shortHourWords: Set<String> = ["h", "ч", "时", "点", "時"]
    /// Han hour words, after which a period of the day before the figure sets its half of the day.
    static let hanHourWords: Set<String> = ["时", "点", "時"]
    /// Parts of the day written after a 12-hour figure, with the hours they
    /// add: 12 for the afternoon and evening (`10 de la noche`, `10 heures
    /// du soir`, `10 часов вечера`, `10 da noite`, `10 Uhr abends`,
    /// `10 مساء`), 0 for the morning. Words that also say something else are
    /// not listed: Russian `ночи` (`2 часа ночи` is 2:00), `дня` (`2 дня` is
    /// two days).
    static let dayParts = WordPhraseTable([
        "in the evening": 12, "in the afternoon": 12, "at night": 12, "in the morning": 0,
        "de la noche": 12, "de la tarde": 12, "de la mañana": 0, "de la madrugada": 0,
        "du soir": 12, "du matin": 0,
        "da noite": 12, "da tarde": 12, "da manhã": 0, "da madrugada": 0,
        "вечера": 12, "утра": 0,
        "abends": 12, "nachmittags": 12, "morgens": 0, "vormittags": 0,
        "مساء": 12, "مساءا": 12, "صباحا": 0,
    ])
    /// Chinese and Japanese periods of the day in the afternoon and evening (`下午3时` = 15:00).
    static let afternoonPeriods: Set<String> = ["下午", "晚上", "傍晚", "午後", "夜間"]
    /// Ordinal endings written on the figure: `17th`, `1er`, `17e`, `17.º`, `17-й`, `12ης` (Greek, every gender and case), `14ú` (Irish).
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "er", "re", "e", "ème", "eme", "ère", "es", "o", "a", "os", "as",
                                               "º", "ª", "°", "й", "я", "е", "го", "м", "х", "ый", "ой", "ая", "ого",
                                               "ος", "ου", "ο", "ον", "οι", "ων", "ους", "η", "ης", "ες", "α", "ú"]
    static let dashes: Set<String> = ["-", "–", "‐"]
    /// Marks written after a day's figure: the point (`10. Dezember`), ordinal signs, and the Arabic date separator (`۱؍ ستمبر`, U+060D).
    static let dayMarks: Set<String> = [".", "º", "°", "\u{060D}"]
    static let meridiemWords: Set<String> = ["a", "p", "am", "pm"]
    /// First letters of the Greek `π.μ.` (before noon) and `μ.μ.` (after noon).
    static let greekMeridiemWords: Set<String> = ["π", "μ"]
    /// One-letter Hebrew prefixes written on the word they govern (`במרץ` "in March").
    static let hebrewProclitics: Set<Unicode.Scalar> = ["ב", "ל", "מ", "ו", "ה"]
    static let currencyLinkWords: Set<String> = ["de", "of", "d"]
    static let ordinalMarks: Set<String> = ["º", "ª", "°"]
    /// Han characters after `第` and a numeral that make it a reference to a part of a text.
    static let hanReferenceMarks: Set<String> = ["条", "條", "款", "章", "节", "節", "项", "項", "段", "编", "編", "卷", "部", "篇", "目", "点"]

    /// A time written minutes first, as Arabic UN documents write it
    /// (`00/10` 10:00, `30/15` 15:30, `30/9` 9:30): two digits of minutes
    /// under 60, a slash, one or two digits of hours up to 24 (the symbol's
    /// ASCII text); `H:MM`, else nil. Read as a time after an hour word
    /// (``hourWords``), or where the linked passage states that time
    /// (``NumberComparison``): never as a document symbol.
    static func minutesFirstTime(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count == 4 || bytes.count == 5, bytes[2] == UInt8(ascii: "/"),
              bytes.indices.allSatisfy({ $0 == 2 || (bytes[$0] >= 0x30 && bytes[$0] <= 0x39) }) else { return nil }
        let minutes = Int(bytes[0] - 0x30) * 10 + Int(bytes[1] - 0x30)
        let hours = bytes[3...].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        guard minutes < 60, hours <= 24, !(hours == 24 && minutes > 0) else { return nil }
        return "\(hours):" + String(decoding: bytes[0...1], as: UTF8.self)
    }

    private mutating func emit(_ kind: ExtractedNumber.Kind, _ canonical: String, _ from: Int, _ to: Int) {
        result.append(ExtractedNumber(kind: kind, canonical: canonical, written: cursor.written(from, to), scalarRange: cursor.scalarRange(from, to)))
    }

    mutating func readAll() -> [ExtractedNumber] {
        var k = 0
        while k < cursor.count {
            k = max(k + 1, readValue(at: k))
        }
        return result
    }

    /// Reads the value starting at token `k`, if any; the index after it.
    private mutating func readValue(at k: Int) -> Int {
        guard let token = cursor.token(k) else { return k + 1 }
        switch token.kind {
        case .symbol:
            // الساعة 00/10, الساعة 30/15: Arabic UN documents write a time minutes first after the word for hour.
            if let previous = cursor.previous(k), cursor.isWord(previous, NumberValueReader.hourWords),
               let clock = NumberValueReader.minutesFirstTime(token.text) {
                emit(.time, clock, k, k + 1)
                return k + 1
            }
            emit(.symbol, token.text, k, k + 1)
            return k + 1
        case .date:
            emit(.date, token.text, k, k + 1)
            result[result.count - 1].alternative = token.alternative
            return k + 1
        case .number:
            let end = readNumber(at: k, token)
            markUnreadMonthWord(day: k, token)
            markWordAfterFigure(k, end)
            return end
        case .word:
            return readWord(at: k, token)
        case .punct:
            return percentBefore(sign: k) ?? k + 1
        case .space:
            return k + 1
        }
    }

    /// When the value just read is the figure at `k` alone, a day (1–31, one
    /// or two digits) that a word of three letters or more follows where a
    /// date writes its month (``monthPlace(afterDay:)``), then a year in
    /// figures, the word read as no month: marks the value with the word
    /// (``ExtractedNumber/unreadMonthWord``). So too a day after such a word
    /// and before a year (`rožnika 15, 2026`), and a year before such a
    /// word and a day (`2026 rožnika 15`: the year is marked,
    /// ``ExtractedNumber/MonthWordPlace``). A number word or date link word
    /// of the language is no month word.
    private mutating func markUnreadMonthWord(day k: Int, _ token: NumberToken) {
        guard let last = result.last, last.scalarRange.lowerBound == token.range.lowerBound, !token.grouped, token.fraction == nil else { return }
        if last.kind == .year, let j = unreadWordAfterYear(k) {
            // 2026 rožnika 15, 2026. rožnika 15.: the year, the word, then the day.
            result[result.count - 1].unreadMonthWord = cursor.written(j, j + 1)
            result[result.count - 1].unreadMonthWordPlace = .afterYear
            if let d = cursor.next(j + 1), let (second, w) = secondDayOfAList(after: d), let year = Int(last.canonical) {
                // 2046 йылдың 20 эм 21 майында: two days joined by a short word before one word, both of that word's
                // month; the first date keeps the word, the second day shares the year (``yearFirstListDay``).
                result[result.count - 1].unreadMonthWord! += " " + cursor.written(w, w + 1)
                yearFirstListDay = (second, w, year, cursor.written(j, j + 1))
                return
            }
            // 2026 წლის 15 თიბათვეს: a word after the day as well, the month where the word after the year is the
            // document's year word (``LearnedMonthWords``).
            if let d = cursor.next(j + 1), let w = cursor.next(cursor.isPunct(d + 1, ".") ? d + 2 : d + 1), isUnreadMonthWord(at: w, connects: true),
               let dayToken = cursor.token(d), let wordToken = cursor.token(w) {
                result[result.count - 1].unreadMonthWord! += " " + cursor.written(w, w + 1)
                result[result.count - 1].unreadMonthWordTrail = wordToken.range.upperBound - dayToken.range.upperBound
                if let year = Int(last.canonical) { yearFirstTrail = (w, year, cursor.written(j, j + 1)) }
            }
            return
        }
        guard last.kind == .number || last.kind == .ordinal, token.integerPart.utf8.count <= 2, let day = token.integerValue,
              (1...31).contains(day), k != monthPhraseFigure else { return }
        if let list = yearFirstListDay, list.dayIndex == k, last.kind == .number, let dayWord = cursor.token(list.wordIndex) {
            // 21 of `2046 йылдың 20 эм 21 майында`: the year and the word of the first day's date.
            yearFirstListDay = nil
            result[result.count - 1].unreadMonthWord = list.yearWord + " " + cursor.written(list.wordIndex, list.wordIndex + 1)
            result[result.count - 1].unreadMonthSharedYear = list.year
            result[result.count - 1].unreadMonthWordTrail = dayWord.range.upperBound - token.range.upperBound
            yearFirstTrail = (list.wordIndex, list.year, list.yearWord)
        } else if let j = monthPlace(afterDay: k), isUnreadMonthWord(at: j), figureYear(after: j) != nil {
            result[result.count - 1].unreadMonthWord = cursor.written(j, j + 1)
        } else if let trail = yearFirstTrail, last.kind == .number, followsInAList(k, trail.wordIndex), let j = cursor.next(k + 1),
                  isUnreadMonthWord(at: j, connects: true), figureYear(after: j) == nil, let dayWord = cursor.token(j) {
            // 2046 йылдың 12 июниндеги ве 21 майындагы: the next day of a list of dates written year first, its year shared.
            result[result.count - 1].unreadMonthWord = trail.yearWord + " " + cursor.written(j, j + 1)
            result[result.count - 1].unreadMonthSharedYear = trail.year
            result[result.count - 1].unreadMonthWordTrail = dayWord.range.upperBound - token.range.upperBound
            yearFirstTrail = (j, trail.year, trail.yearWord)
        } else if let j = monthPlace(afterDay: k), isUnreadMonthWord(at: j, connects: true), let phrase = monthPhrase(from: j) {
            // 15 mwezi wa tatu 2026, 15 mwezi wa 3 2026: a month written in words, and a figure, no table reads.
            result[result.count - 1].unreadMonthWord = phrase.text
            result[result.count - 1].unreadMonthNumbers = phrase.numbers
            result[result.count - 1].unreadMonthFigure = phrase.figure != nil
            monthPhraseFigure = phrase.figure
        } else if last.kind == .number, let j = cursor.previous(k), isUnreadMonthWord(at: j, connects: true), figureYear(after: k) != nil,
                  cursor.kind(cursor.previous(j)) != .number {
            // rožnika 15, 2026: the word, the day, a comma if one is written, then the year; no figure before the word
            // (`15 rožnika 15, 2026` is no date of this order).
            result[result.count - 1].unreadMonthWord = cursor.written(j, j + 1)
            result[result.count - 1].unreadMonthWordPlace = .beforeDay
            result[result.count - 1].unreadMonthWordLead = token.range.lowerBound - (cursor.token(j)?.range.lowerBound ?? token.range.lowerBound)
        }
    }

    /// When the value just read is the plain figure at `k` alone (`end` the
    /// index after it), a word of two letters or more after it that no
    /// number table reads (not Han): kept on the value
    /// (``ExtractedNumber/wordAfterFigure``), where the check may learn it as
    /// the version's per-cent word (``LearnedPercentWords``). Only a text
    /// whose language reads no per-cent word of its own keeps it.
    private mutating func markWordAfterFigure(_ k: Int, _ end: Int) {
        guard !vocabulary.hasOwnPercentWords, end == k + 1, let last = result.last, last.kind == .number,
              last.unreadMonthWord == nil, let token = cursor.token(k), last.scalarRange.lowerBound == token.range.lowerBound,
              let w = cursor.next(end), let wordToken = cursor.token(w), wordToken.kind == .word, wordToken.range.count >= 2,
              !NumberTokenizer.isHan(cursor.scalars[wordToken.range.lowerBound]), let word = cursor.word(w), vocabulary.words[word] == nil,
              // A word between two figures links them (`45 od 100`, a count out of a hundred): no per-cent word.
              cursor.kind(cursor.next(w + 1)) != .number
        else { return }
        result[result.count - 1].wordAfterFigure = word
    }

    /// The day at `d` of a date written year first when it is the first of
    /// two days joined by a comma or one short word (one to four letters, or
    /// one of the language's range words or conjunctions: Nogai `эм`, Tatar
    /// `һәм`, "and") before one word that may be their month (no figure year
    /// after it: `2046 йылдың 20 эм 21 майында`): the index of the second
    /// day and of the word.
    private func secondDayOfAList(after d: Int) -> (day: Int, word: Int)? {
        func isDay(_ index: Int?) -> Bool {
            guard let token = cursor.token(index), token.kind == .number, !token.grouped, token.fraction == nil,
                  token.integerPart.utf8.count <= 2, let day = token.integerValue else { return false }
            return (1...31).contains(day)
        }
        guard isDay(d), let c = cursor.next(d + 1), let joiner = cursor.token(c) else { return nil }
        if joiner.kind == .word {
            guard !NumberTokenizer.isHan(cursor.scalars[joiner.range.lowerBound]), let text = cursor.word(c),
                  joiner.range.count <= 4 || vocabulary.connectors.contains(text) || RangeWords.conjunctions.contains(text) else { return nil }
        } else if !cursor.isPunct(c, NumberValueReader.commas) {
            return nil
        }
        guard let second = cursor.next(c + 1), isDay(second), let w = cursor.next(second + 1), isUnreadMonthWord(at: w, connects: true),
              figureYear(after: w) == nil else { return nil }
        return (second, w)
    }

    /// Whether the day at `k` follows the word at `word` directly, or after a
    /// comma or one short word between them (a conjunction of one to three
    /// letters, Nogai `ве`, or one of the language's range words or
    /// conjunctions): the next date of a list.
    private func followsInAList(_ k: Int, _ word: Int) -> Bool {
        guard let p = cursor.previous(k) else { return false }
        if p == word { return true }
        guard cursor.previous(p) == word else { return false }
        if cursor.isPunct(p, NumberValueReader.commas) { return true }
        guard let token = cursor.token(p), token.kind == .word, let text = cursor.word(p) else { return false }
        return token.range.count <= 3 || vocabulary.connectors.contains(text) || RangeWords.conjunctions.contains(text)
    }

    /// Two to four words from the word at `j`, the last of them may be a
    /// figure 1–12 of one or two digits, then a year in figures (after a
    /// comma if one is written): a month written as a phrase no table reads
    /// (`mwezi wa tatu 2026`, `mwezi wa 3 2026`, `ukwezi kwa gatatu 2026`,
    /// `tháng Ba năm 2026`); the figure may be followed by one word before
    /// the year, the year's (`mlan 3 thŭn 2098`, `tháng 3 năm 2026`). The
    /// words as written joined by one space up to the figure, the number
    /// 1–12 each reads as (``monthNumber(at:)``; 0 for none), and the index
    /// of the figure if the phrase ends with one. No Han character, no punctuation.
    private func monthPhrase(from j: Int) -> (text: String, numbers: [Int], figure: Int?)? {
        var parts: [String] = [], numbers: [Int] = [], at = j
        for _ in 0..<4 {
            guard let token = cursor.token(at) else { return nil }
            if token.kind == .word {
                guard !NumberTokenizer.isHan(cursor.scalars[token.range.lowerBound]) else { return nil }
                parts.append(cursor.written(at, at + 1))
                numbers.append(monthNumber(at: at))
            } else if token.kind == .number, !parts.isEmpty, !token.grouped, token.fraction == nil, token.integerPart.utf8.count <= 2,
                      let value = token.integerValue, (1...12).contains(value) {
                guard figureYear(after: at) != nil
                        || cursor.next(at + 1).map({ isUnreadMonthWord(at: $0, connects: true) && figureYear(after: $0) != nil }) == true
                else { return nil }
                return (parts.joined(separator: " ") + " " + token.text, numbers + [value], at)
            } else {
                return nil
            }
            if parts.count >= 2, figureYear(after: at) != nil { return (parts.joined(separator: " "), numbers, nil) }
            guard let next = cursor.next(at + 1) else { return nil }
            at = next
        }
        return nil
    }

    /// The number 1–12 the word at `index` reads as in a month written as a
    /// phrase: a number word of the language's own table, or the word that
    /// ends its CLDR months of one pattern (``NumberVocabulary/monthOrdinals``,
    /// Kamba `katatũ` of `mwai wa katatũ`, compared without diacritics); 0 for none.
    private func monthNumber(at index: Int) -> Int {
        guard let word = cursor.word(index) else { return 0 }
        if vocabulary.hasOwnWords, let value = vocabulary.words[word], (1...12).contains(value), !vocabulary.weakWords.contains(word) { return value }
        return vocabulary.monthOrdinals.isEmpty ? 0 : vocabulary.monthOrdinals[DiacriticFolding.folded(word)] ?? 0
    }

    /// Whether the token at `index` is a word of three letters or more that
    /// may be a month no table reads: no number word or date link word of
    /// the language, and, where the word stands before the day or after the
    /// year (`connects`), no range word or conjunction (`2026 and 15`).
    private func isUnreadMonthWord(at index: Int, connects: Bool = false) -> Bool {
        guard let wordToken = cursor.token(index), wordToken.kind == .word, wordToken.range.count >= 3,
              !NumberTokenizer.isHan(cursor.scalars[wordToken.range.lowerBound]), let word = cursor.word(index), vocabulary.words[word] == nil,
              !NumberValueReader.dateLinkWords.contains(word) else { return false }
        return !connects || !(vocabulary.connectors.contains(word) || RangeWords.conjunctions.contains(word))
    }

    /// The index of a word no table reads written after the year at `k`, its
    /// point if one is written, and before a day of one or two digits (1–31)
    /// that no other figure continues (`2026 rožnika 15`, `2026. rožnika 15.`).
    private func unreadWordAfterYear(_ k: Int) -> Int? {
        var j = cursor.next(k + 1)
        if cursor.isPunct(j, "."), j == k + 1 { j = cursor.next(j! + 1) }
        // 2046-нчы йылны 21 …: an ordinal ending joined to the year by a hyphen (one to four letters).
        if cursor.isPunct(j, "-"), j == k + 1, let ending = cursor.token(k + 2), ending.kind == .word, ending.range.count <= 4,
           !NumberTokenizer.isHan(cursor.scalars[ending.range.lowerBound]) {
            j = cursor.next(k + 3)
        }
        guard let w = j, isUnreadMonthWord(at: w, connects: true), let d = cursor.next(w + 1), let dayToken = cursor.token(d), dayToken.kind == .number,
              !dayToken.grouped, dayToken.fraction == nil, dayToken.integerPart.utf8.count <= 2, let day = dayToken.integerValue,
              (1...31).contains(day), !cursor.isPunct(d + 1, "/"), !cursor.isPunct(d + 1, ":") else { return nil }
        // `2060 byacing 6 ryax 30`: a month's number, a word and a day after it are a numbered month, not this
        // day; the figures are left as they are, for the other version's date to account for them.
        if day <= 12, let w2 = cursor.next(d + 1), cursor.kind(w2) == .word, let n = cursor.next(w2 + 1), let next = cursor.token(n),
           next.kind == .number, !next.grouped, next.fraction == nil, next.integerPart.utf8.count <= 2,
           let second = next.integerValue, (1...31).contains(second) { return nil }
        return w
    }

    private mutating func readNumber(at k: Int, _ token: NumberToken) -> Int {
        if let (value, end) = hanDate(at: k) {
            emit(value.month == nil ? .year : .date, value.canonical, k, end)
            // 2019年6月3日至14日: the second day is in the same month.
            if value.day != nil, let connector = cursor.next(end), isConnector(connector), let di = cursor.next(connector + 1),
               let d = cursor.integer(di), (1...31).contains(d), let ri = cursor.next(di + 1), isDateMark(ri, \.day) {
                emit(.date, NumberDate(year: value.year, month: value.month, day: d, unchecked: ()).canonical, di, ri + 1)
                return ri + 1
            }
            return end
        }
        if let (value, end) = numberedMonthDate(at: k) {
            emit(.date, value.canonical, k, end)
            return end
        }
        if let (value, end) = time(at: k) {
            emit(.time, value, k, end)
            return end
        }
        if let end = percentEnd(after: k) {
            emit(.percentage, token.text, k, end)
            return end
        }
        if let day = token.integerValue, (1...31).contains(day), token.integerPart.utf8.count <= 2, let (date, end) = dayFirstDate(day: day, at: k) {
            emit(.date, date.canonical, k, end)
            return end
        }
        if let (value, end) = resolution(at: k) {
            emit(.resolution, value, k, end)
            return end
        }
        // milioni 12, euro milioni 12, obukadde 2.8, nde dollar 1.7: a scale word before the figure.
        if !vocabulary.scalesBefore.isEmpty, let (exponent, currency, start) = scaleBefore(k) {
            emit(.amount, DecimalScaling.canonical(integer: token.integerPart, fraction: token.fraction, exponent: exponent), start, k + 1)
            result[result.count - 1].currency = currency ?? nil
            return k + 1
        }
        if var (exponent, currency, end) = scale(after: k) {
            var value = DecimalScaling.canonical(integer: token.integerPart, fraction: token.fraction, exponent: exponent)
            // ४१ करोड २० लाख (41 crore 20 lakh): a figure with a smaller scale word after it adds to the amount.
            while exponent > 0, currency == nil, let (sum, smaller, sumCurrency, sumEnd) = smallerScaleAddend(to: value, exponent: exponent, after: end) {
                (value, exponent, currency, end) = (sum, smaller, sumCurrency, sumEnd)
            }
            // 1萬2000, 2亿3400: units written right after a Han scale unit add to the amount.
            if currency == nil, let (sum, unitsCurrency, unitsEnd) = hanUnitsAddend(to: value, exponent: exponent, after: end) {
                (value, currency, end) = (sum, unitsCurrency, unitsEnd)
            }
            emit(.amount, value, k, end)
            result[result.count - 1].currency = currency ?? nil
            return end
        }
        if let end = ordinalEnd(after: k) {
            emit(.ordinal, token.text, k, end)
            return end
        }
        // A figure before a range connector takes the unit of the figure after it (0.15 to 0.20 per cent,
        // 3 to 14 June 2019); German writes the day with a point (3. bis 14. Juni, 10.–21. März).
        var afterFigure = k + 1
        if cursor.isPunct(afterFigure, "."), cursor.token(afterFigure + 1)?.kind == .space || isConnector(afterFigure + 1) { afterFigure += 1 }
        let isYear = !token.grouped && token.fraction == nil && token.integerPart.utf8.count == 4 && NumberDate.figureYears.contains(token.integerValue ?? 0)
        if isYear, let (date, end) = yearFirstDate(year: token.integerValue!, at: k) {
            emit(.date, date.canonical, k, end)
            return end
        }
        if let connector = cursor.next(afterFigure), isConnector(connector), let second = cursor.next(connector + 1),
           let secondToken = cursor.token(second), secondToken.kind == .number {
            // A year before a connector ends a clause of its own ("del 12,5 % en 2018 al 40,2 %"): it takes no unit from the figure after it.
            let secondIsYear = !secondToken.grouped && secondToken.fraction == nil && secondToken.integerPart.utf8.count == 4
                && NumberDate.figureYears.contains(secondToken.integerValue ?? 0)
            let takesUnit = !isYear || secondIsYear
            if let day = token.integerValue, (1...31).contains(day), let secondDay = secondToken.integerValue, (1...31).contains(secondDay),
               let (date, _) = dayFirstDate(day: secondDay, at: second), date.month != nil {
                emit(.date, NumberDate(year: date.year, month: date.month, day: day, unchecked: ()).canonical, k, k + 1)
                return afterFigure
            }
            if takesUnit, percentEnd(after: second) != nil {
                emit(.percentage, token.text, k, k + 1)
                return k + 1
            }
            if takesUnit, let (exponent, currency, _) = scale(after: second), exponent > 0 {
                let value = DecimalScaling.canonical(integer: token.integerPart, fraction: token.fraction, exponent: exponent)
                emit(.amount, value, k, k + 1)
                // 5 to 10 million dollars: the first end is in dollars too, unless it writes its own sign ($5 to 10 million).
                let own = currencyBefore(k)
                result[result.count - 1].currency = own != nil ? own! : currency ?? nil
                return k + 1
            }
        }
        emit(isYear ? .year : .number, token.text, k, k + 1)
        if let groups = token.spaceGroups {
            result[result.count - 1].spaceGroups = groups
            result[result.count - 1].groupingUndecided = token.groupingUndecided
        }
        return k + 1
    }

    private mutating func readWord(at k: Int, _ token: NumberToken) -> Int {
        // A Han character that neither starts a value nor is a numeral: most of Chinese text.
        let first = cursor.scalars[token.range.lowerBound]
        if NumberTokenizer.isHan(first), first != "第", first != "百", !ChineseNumeral.isNumeral(first) { return k + 1 }
        // saa 4 asubuhi, ssaawa 4:05 ez'oku makya: an hour on a clock that counts from 6 a.m.
        if let clock = vocabulary.clock, let (time, asWritten, end) = reckonedTime(at: k, on: clock) {
            emit(.time, time, k, end)
            // The figure read as written is the other reading (`saa 4` taken for 4 o'clock): the time is not read without doubt.
            result[result.count - 1].alternative = asWritten
            return end
        }
        // die XII mensis Maii anno MMXXVI, die duodecimo mensis Maii: a day in Roman numerals or in words.
        if let (date, end) = wordDayDate(at: k) {
            emit(.date, date.canonical, k, end)
            return end
        }
        if cursor.mayBeWord(k, in: vocabulary.monthShapes), let (m, afterMonth) = month(at: k), let (date, end) = monthFirstDate(month: m, after: afterMonth) {
            emit(date.month == nil ? .year : .date, date.canonical, k, end)
            return end
        }
        // Agustus 14, 2027: a month no table gives, near one month's names in the tables (``BorrowedMonthName``).
        if let (date, end) = similarMonthFirstDate(at: k) {
            emit(.date, date.canonical, k, end)
            return end
        }
        // སྤྱི་ལོ་༢༠༢༦ ཟླ་༣ ཚེས་༩ (Tibetan, Dzongkha): each part after its word; a year before takes the place of the year read.
        if let words = vocabulary.markedDateWords, let (date, end) = markedDate(at: k, words) {
            var start = k, value = date
            if value.year == nil, let (yi, year) = yearBeforeMarkedDate(k, words), let last = result.last,
               last.kind == .year, let yearToken = cursor.token(yi), last.scalarRange == yearToken.range {
                result.removeLast()
                start = yi
                value = NumberDate(year: year, month: date.month, day: date.day, unchecked: ())
            }
            emit(.date, value.canonical, start, end)
            return end
        }
        // tháng 3 năm 2026
        if let (date, end) = numberedMonthDate(at: k) {
            emit(.date, date.canonical, k, end)
            return end
        }
        if let end = percentWordBefore(at: k) { return end }
        // 百分之二十, 百分之20
        if first == "百", token.range.count == 1, cursor.word(k + 1) == "分", cursor.word(k + 2) == "之" {
            if let number = cursor.token(k + 3), number.kind == .number {
                emit(.percentage, number.text, k, k + 4)
                return k + 4
            }
            if let (value, end) = chineseNumeral(at: k + 3), value >= 0 {
                // 百分之九点五: the decimals after 点, digit by digit.
                if let (decimals, decimalEnd) = chineseDecimals(at: end) {
                    emit(.percentage, "\(value).\(decimals)", k, decimalEnd)
                    return decimalEnd
                }
                emit(.percentage, String(value), k, end)
                return end
            }
        }
        // 第三条, 第17条, 第十七
        if first == "第", token.range.count == 1, resolution(at: k + 1) == nil {
            if let number = cursor.token(k + 1), number.kind == .number, number.fraction == nil {
                let isReference = cursor.word(k + 2).map(NumberValueReader.hanReferenceMarks.contains) ?? false
                emit(isReference ? .reference : .ordinal, number.text, k, isReference ? k + 3 : k + 2)
                return isReference ? k + 3 : k + 2
            }
            if let (value, end) = chineseNumeral(at: k + 1), value >= 0 {
                let isReference = cursor.word(end).map(NumberValueReader.hanReferenceMarks.contains) ?? false
                emit(isReference ? .reference : .ordinal, String(value), k, isReference ? end + 1 : end)
                return isReference ? end + 1 : end
            }
        }
        // A run of Chinese numerals: a date or year (一九四八年十二月十日, 二〇〇六年), read once.
        if ChineseNumeral.isNumeral(first), let (value, end) = chineseNumeral(at: k) {
            if let (date, dateEnd) = chineseNumeralDate(year: value, afterYear: end) {
                emit(date.month == nil ? .year : .date, date.canonical, k, dateEnd)
                // 二〇五九年六月十日和十一日: the second day, in numerals too, is in the same month.
                if date.day != nil, let connector = cursor.next(dateEnd), isConnector(connector),
                   let (d, afterDay) = chineseNumeral(at: connector + 1), (1...31).contains(d), isDateMark(afterDay, \.day) {
                    emit(.date, NumberDate(year: date.year, month: date.month, day: d, unchecked: ()).canonical, connector + 1, afterDay + 1)
                    return afterDay + 1
                }
                return dateEnd
            }
            return end
        }
        return k + 1
    }

    private func isConnector(_ index: Int) -> Bool {
        guard let token = cursor.token(index) else { return false }
        switch token.kind {
        case .word: return vocabulary.connectors.contains(cursor.word(index) ?? "")
        case .punct: return RangeWords.marks.contains(token.text)
        default: return false
        }
    }

    /// A percent sign written before its figure (Turkish `%12,5`, Basque
    /// `% 37`), at `k`: the sign of no figure before it (a sign after a
    /// figure was read with it), joined to the figure or after no figure.
    private mutating func percentBefore(sign k: Int) -> Int? {
        guard let sign = cursor.token(k), sign.kind == .punct, sign.range.count == 1,
              NumberValueReader.percentSignScalars.contains(cursor.scalars[sign.range.lowerBound]), let n = cursor.next(k + 1), let number = cursor.token(n),
              number.kind == .number, n == k + 1 || cursor.token(cursor.previous(k))?.kind != .number else { return nil }
        emit(.percentage, number.text, k, n + 1)
        return n + 1
    }

    /// A percent word written before its figure (``PercentWords/wordsBefore``) at `k`: the index after the figure.
    private mutating func percentWordBefore(at k: Int) -> Int? {
        guard let n = cursor.next(k + 1), cursor.kind(n) == .number, let number = cursor.token(n), let token = cursor.token(k) else { return nil }
        let scalars = cursor.scalars[token.range]
        // Only a word of a length some percent word has is made into a string.
        let isPercentWord = PercentWords.wordsBeforeInRuns.contains { $0.elementsEqual(scalars.suffix($0.count)) }
            || (PercentWords.wordsBeforeLengths.contains(scalars.count) && cursor.word(k).map(PercentWords.wordsBefore.contains) == true)
        guard isPercentWord else { return nil }
        emit(.percentage, number.text, k, n + 1)
        return n + 1
    }

    /// The index after a percent sign or phrase following the figure at `index`.
    func percentEnd(after index: Int) -> Int? {
        // "95-процентный", "95-prozentige": a percent adjective joined by a hyphen.
        if cursor.isPunct(index + 1, "-"), let word = cursor.word(index + 2), PercentWords.prefixes.contains(where: word.hasPrefix) {
            return index + 3
        }
        guard let j = cursor.next(index + 1) else { return nil }
        if cursor.isPunct(j, NumberValueReader.percentSigns) { return j + 1 }
        guard let word = cursor.word(j) else { return nil }
        if PercentWords.prefixes.contains(where: word.hasPrefix) { return j + 1 }
        guard let (_, count) = phrase(vocabulary.percents, at: j) else { return nil }
        return count
    }

    /// A phrase of `table` starting at the word at `index`: its value and the index after it.
    func phrase(_ table: WordPhraseTable, at index: Int) -> (Int, Int)? {
        guard let first = cursor.word(index), table.starts(with: first) else { return nil }
        // Positions of the following words, skipping spaces (at most a few are looked at).
        var positions: [Int] = [index]
        let match = table.match(first: first) { offset in
            while positions.count <= offset {
                guard let next = cursor.next(positions[positions.count - 1] + 1), cursor.word(next) != nil else { return nil }
                positions.append(next)
            }
            return cursor.word(positions[offset])
        }
        guard let match else { return nil }
        return (match.value, positions[match.words - 1] + 1)
    }

    /// A scale word and/or currency after the figure at `index` (or a
    /// currency sign or ISO code before it): the power of ten, the currency
    /// (an ISO 4217 code or a family, ``CurrencyWords``) when one was named,
    /// and the index after the last word read.
    func scale(after index: Int) -> (exponent: Int, currency: String??, end: Int)? {
        var exponent = 0
        var end = index + 1
        // nil: no currency; .some(nil): a currency whose identity is not known (`Z$`).
        var currency: String?? = currencyBefore(index)
        var scaleStart = cursor.next(index + 1)
        // 740多万, 2000余万: "more than" between the figure and its scale word.
        if let k = scaleStart, cursor.isWord(k, NumberValueReader.approximationWords), let after = cursor.next(k + 1),
           phrase(vocabulary.scales, at: after) != nil {
            scaleStart = after
        }
        if let j = scaleStart, let (value, after) = phrase(vocabulary.scales, at: j) {
            exponent = value
            end = after
        } else if let j = scaleStart, let word = cursor.word(j), let value = vocabulary.scales.inflectedOneWord(word) {
            exponent = value
            end = j + 1
        } else if let j = scaleStart, let value = hanScaleExponent(at: j) {
            exponent = value
            end = j + 1
        }
        // de dólares, of dollars, 美元, долларов, USD; after the point of an abbreviated scale word (`млрд. долл.`).
        var c = cursor.next(end)
        if exponent > 0, cursor.isPunct(c, "."), cursor.isAttached(c) { c = cursor.next(c! + 1) }
        if cursor.isWord(c, NumberValueReader.currencyLinkWords) { c = cursor.next(c! + 1) }
        if let (value, after) = phrase(NumberValueReader.currencies, at: c ?? -1) {
            currency = .some(NumberValueReader.currencyIdentities[value])
            end = after
        } else if let c, let code = isoCode(at: c) {
            currency = .some(code)
            end = c + 1
        } else if let c, let token = cursor.token(c), token.kind == .punct, let sign = CurrencyWords.signs[token.text],
                  exponent > 0 || cursor.isAttached(c) || !(cursor.token(cursor.next(c + 1))?.kind == .number) {
            // A sign after the figure, unless it is the sign of the next figure (`5 $100`).
            currency = .some(sign)
            end = c + 1
        }
        guard exponent > 0 || currency != nil else { return nil }
        return (exponent, currency, end)
    }

    /// `value` (a figure times 10^`exponent`) plus the figure after `index`
    /// when a scale word of a smaller power follows that figure and the figure
    /// is below the ratio of the two scales (`४१ करोड २० लाख` = 412,000,000,
    /// `۹ کروڑ ۶۰ لاکھ یورو` = 96,000,000 euros): the sum, the smaller power,
    /// the currency named after it and the index after the last word read.
    private func smallerScaleAddend(to value: String, exponent: Int, after index: Int) -> (String, Int, String??, Int)? {
        guard let j = cursor.next(index), let token = cursor.token(j), token.kind == .number, token.fraction == nil, !token.grouped,
              let addend = token.integerValue, let (smaller, currency, end) = scale(after: j), smaller > 0, smaller < exponent,
              let ratio = Int(DecimalScaling.canonical(integer: "1", fraction: nil, exponent: exponent - smaller)), addend < ratio,
              let total = Int(value), let part = Int(DecimalScaling.canonical(integer: String(addend), fraction: nil, exponent: smaller))
        else { return nil }
        let (sum, overflow) = total.addingReportingOverflow(part)
        return overflow ? nil : (String(sum), smaller, currency, end)
    }

    /// The power of ten of a Han numeral unit of a thousand or more (`千`,
    /// `万`, `萬`, `亿`, `億`, ``ChineseNumeral/unitValue(_:)``) written as
    /// one word at `index` right after a figure (`1萬`, `3億`): a scale in
    /// any language that writes Han characters (Chinese, Japanese,
    /// Cantonese, Min Nan ...), whether or not it has a table of its own.
    func hanScaleExponent(at index: Int) -> Int? {
        guard cursor.isAttached(index), let token = cursor.token(index), token.kind == .word, token.range.count == 1,
              let unit = ChineseNumeral.unitValue(cursor.scalars[token.range.lowerBound]), unit >= 1000 else { return nil }
        switch unit {
        case 1000: return 3
        case 10_000: return 4
        default: return 8
        }
    }

    /// Whether the word at `index` is a scale of one Han character or Hangul
    /// syllable attached to the figure before it (`1萬`, `3億`, `1만`): the
    /// myriad scales after which East Asian scripts write the units without a
    /// space (`1萬2000`, `1만2000`).
    private func isOneCharacterScale(at index: Int) -> Bool {
        guard cursor.isAttached(index), let token = cursor.token(index), token.kind == .word, token.range.count == 1 else { return false }
        let scalar = cursor.scalars[token.range.lowerBound]
        return NumberTokenizer.isHan(scalar) || (0xAC00...0xD7A3).contains(scalar.value)
    }

    /// The units written right after a one-character scale ending at `index`
    /// (`1萬2000` = 12 000, `1만2000`, `3億5000` = 300 005 000): a whole figure attached
    /// to the unit on both sides, below its power of ten, with no scale of its
    /// own (`1万2千` is read by ``smallerScaleAddend(to:exponent:after:)``):
    /// the sum, the currency named after the units and the index after them.
    private func hanUnitsAddend(to value: String, exponent: Int, after index: Int) -> (String, String??, Int)? {
        guard index >= 1, exponent >= 3, isOneCharacterScale(at: index - 1), cursor.isAttached(index), let token = cursor.token(index),
              token.kind == .number, token.fraction == nil, !token.grouped, let units = token.integerValue,
              let limit = Int(DecimalScaling.canonical(integer: "1", fraction: nil, exponent: exponent)), units < limit,
              let total = Int(value) else { return nil }
        let (sum, overflow) = total.addingReportingOverflow(units)
        guard !overflow else { return nil }
        guard let (unitsExponent, currency, end) = scale(after: index) else { return (String(sum), nil, index + 1) }
        // Units with a scale of their own were read by ``smallerScaleAddend(to:exponent:after:)`` if they could be.
        return unitsExponent == 0 ? (String(sum), currency, end) : nil
    }

    /// The currency written just before the figure at `index`: a sign
    /// (`$`, `€`), a sign with the letters that say which dollar (`US$`,
    /// unknown letters: a currency of unknown identity), or an ISO code
    /// (`USD 100`, `CHF 2,5 millions`).
    private func currencyBefore(_ index: Int) -> String?? {
        guard let before = cursor.previous(index), let token = cursor.token(before) else { return nil }
        if token.kind == .word { return isoCode(at: before).map { .some($0) } }
        guard token.kind == .punct, let sign = CurrencyWords.signs[token.text] else { return nil }
        guard sign == "$", let letters = cursor.token(before - 1), letters.kind == .word, cursor.isAttached(before) else { return .some(sign) }
        return .some(CurrencyWords.signPrefixes[ScalarText.string(cursor.scalars[letters.range])])
    }

    /// The ISO 4217 code written in capitals at `index` (``CurrencyWords/codes``).
    private func isoCode(at index: Int) -> String? {
        guard let token = cursor.token(index), token.kind == .word, token.range.count == 3,
              cursor.scalars[token.range].allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A }) else { return nil }
        let code = ScalarText.string(cursor.scalars[token.range])
        return CurrencyWords.codes.contains(code) ? code : nil
    }

    /// A scale word written before the figure at `index` (``NumberVocabulary/scalesBefore``:
    /// `milioni 12`), with a currency word before it (`euro milioni 12`) or
    /// between it and the figure (`nde dollar 1.7`): the power of ten, the
    /// currency and the index of the first word read.
    func scaleBefore(_ index: Int) -> (exponent: Int, currency: String??, start: Int)? {
        guard let p = cursor.previous(index), cursor.token(p)?.kind == .word else { return nil }
        func oneWord(_ table: WordPhraseTable, _ at: Int?) -> Int? {
            guard let at, let (value, end) = phrase(table, at: at), end == at + 1 else { return nil }
            return value
        }
        if let exponent = oneWord(vocabulary.scalesBefore, p) {
            if let c = cursor.previous(p), let currency = oneWord(NumberValueReader.currencies, c) {
                return (exponent, .some(NumberValueReader.currencyIdentities[currency]), c)
            }
            return (exponent, nil, p)
        }
        if let currency = oneWord(NumberValueReader.currencies, p), let s = cursor.previous(p), let exponent = oneWord(vocabulary.scalesBefore, s) {
            return (exponent, .some(NumberValueReader.currencyIdentities[currency]), s)
        }
        return nil
    }

    /// Words for "more than" that Chinese and Japanese set between a figure and its scale word (`740多万`, `2000余万`).
    static let approximationWords: Set<String> = ["多", "余", "餘"]

    /// Currency phrases of every language, each valued by its index in ``currencyIdentities``.
    static let currencies: WordPhraseTable = currencyTable.table
    static let currencyIdentities: [String] = currencyTable.identities

    private static let currencyTable: (table: WordPhraseTable, identities: [String]) = {
        var phrases: [String: Int] = [:], identities: [String] = []
        // In a fixed order, so that a phrase of two languages always reads the same.
        for code in CurrencyWords.names.keys.sorted() {
            for (name, currency) in CurrencyWords.names[code]!.sorted(by: { $0.key < $1.key }) where phrases[name] == nil {
                phrases[name] = identities.count
                identities.append(currency)
            }
        }
        return (WordPhraseTable(phrases), identities)
    }()

    /// The index after an ordinal ending attached to the figure at `index`
    /// (`17th`, `1er`, `17°`, `17-й`); `°C` is a temperature.
    func ordinalEnd(after index: Int) -> Int? {
        guard let token = cursor.token(index), token.fraction == nil, let suffix = cursor.token(index + 1), cursor.isAttached(index + 1) else {
            return nil
        }
        if suffix.kind == .word, NumberValueReader.ordinalSuffixes.contains(cursor.word(index + 1) ?? "") { return index + 2 }
        if suffix.kind == .punct, NumberValueReader.ordinalMarks.contains(suffix.text) {
            if let after = cursor.word(index + 2), cursor.isAttached(index + 2) || ["c", "f", "k"].contains(after) { return nil }
            return index + 2
        }
        // 17-й, 17-го
        if suffix.kind == .punct, suffix.text == "-", let ending = cursor.word(index + 2), cursor.isAttached(index + 2),
           ["й", "я", "е", "го", "м", "х", "му", "ми"].contains(ending) {
            return index + 3
        }
        return nil
    }
}
