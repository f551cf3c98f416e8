/// Month words one version of a document writes that no table reads
/// (a language's own names: Slovene `rožnika`, Georgian `თიბათვე`; months
/// written as "month of N": Swahili `mwezi wa tatu`, `mwezi wa 3`,
/// Kinyarwanda `ukwezi kwa gatatu`, Vietnamese `tháng Ba`), learned from the
/// dates of the other version's linked passages across the whole document
/// (issue 10).
///
/// A passage that writes a day and a year in figures around such words
/// (``ExtractedNumber/unreadMonthWord``: `15. rožnika 2026`, `rožnika 15,
/// 2026`, `2026 rožnika 15`, `15 mwezi wa tatu 2026`, `2026 წლის 15
/// თიბათვეს`) is evidence when its linked passage states exactly one date
/// of that day and year: the words stand for that date's month
/// (``collect(from:against:)``). Once every passage is collected,
/// ``settle()`` decides what the document shows:
///
/// - a **numbered month**: where a word of the phrase reads as a number
///   1–12 (a figure, a number word of the language's table, or the ordinal
///   that ends the language's CLDR months of one pattern, Kamba `mwai wa
///   katatũ`), the phrase with that place left open (`mwezi wa #`) is a
///   pattern; a pattern whose number is the linked month at least once and
///   at least as often as not reads every date written so as that month;
/// - a **year word**: a word between the year and the day of the dates
///   written year first (Georgian `2026 წლის 15 თიბათვეს`, "of the year
///   2026, 15 June"; Nogai-like `2046 йылдың 21 майындагы`) that stands in
///   dates of two months or more, or before two different words after the
///   day; each form of it counts alone (`йылдың`, `йылы`), so a version
///   that writes the year word in two cases keeps both; the word after the
///   day is the month then;
/// - a **month word** (a word, or the words of a phrase no number reads,
///   Kinyarwanda `ukwezi kwa gatatu`, whose number word no table gives):
///   words that differ only by an ending of a few letters are one word
///   (`თიბათვე`, `თიბათვეს`, `თიბათვის`); a word claims a month when all or
///   most of its dates are of that month; it names the one month of its
///   dates that no other word of the document claims, and none when that
///   leaves none or two (a word that stands with two months no other word
///   claims, Veps `päiväl`, "day", is no month). A word whose every date is
///   of a month another word of the same pattern claims more often (at
///   least twice), the two not sharing their first five letters, is not
///   that month (two words of one pattern name two months): a date written
///   with it there is a date difference.
///
/// The dates are then read whole (``applied(to:against:)``) and compared
/// like any other: a date of another month or day there is a difference,
/// wherever in the document it stands; a date that agrees with the
/// evidence gives no finding.
struct LearnedMonthWords {
    /// One date read in parts: the words (lower case) between or around its
    /// day and year, the number 1–12 each reads as (0 none), whether it is
    /// written year first, and the month of the linked passage's one date
    /// of its day and year.
    private struct Occurrence: Hashable {
        let words: [String]
        let numbers: [Int]
        let yearFirst: Bool
        let linked: Int
    }

    /// The words written after the day of the dates written year first, by the word after their year, whether or not
    /// the linked passage dates them (``settle()`` tells the year word by them).
    private var yearFirstTrails: [String: Set<String>] = [:]
    /// The evidence collected, each distinct occurrence with how often it was seen.
    private var evidence: [Occurrence: Int] = [:]
    /// Patterns (`mwezi wa #`) whose number is the month.
    private var patterns: Set<String> = []
    /// The year words of the dates written year first the document shows.
    private var yearWords: Set<String> = []
    /// Each word (its family and form) → the form that stands for its inflected forms.
    private var lexemes: [String: String] = [:]
    /// The month each word (``lexemes``'s forms) names.
    private var months: [String: Int] = [:]
    /// The month a word is not, where another word of its pattern claims it.
    private var notMonths: [String: Int] = [:]
    /// By family (the words of a pattern), the month each word claims: all or most of its dates'.
    private var claims: [String: [(lexeme: String, month: Int, count: Int)]] = [:]
    /// The words whose month is firm (``isFirm(claimed:of:total:word:)``): a date of theirs of another month is a
    /// difference, whether or not another word claims that month.
    private var firm: Set<String> = []
    /// The words of the dates read in parts seen so far, each with what the month tables say of it: the months whose
    /// whole name it begins with (``BorrowedMonthName/leadingMonths(of:)``) and the months whose stem it begins with
    /// (``BorrowedMonthName/stemMonths(of:)``), looked up once a word (``collect(from:against:)``), so that
    /// ``settle()``, which a row-by-row reader calls after each row, costs no lookup in the tables.
    private var tableMonths: [String: (leading: Set<Int>, stem: Set<Int>)] = [:]
    /// The words of the evidence, by the form that stands for them (``lexemes``), as ``settle()`` last saw them.
    private var evidenced: Set<String> = []

    /// Collects the evidence of `values` (one passage, as read) against `other` (the linked passage of the other version).
    mutating func collect(from values: [ExtractedNumber], against other: [ExtractedNumber]) {
        guard values.contains(where: { $0.unreadMonthWord != nil }) else { return }
        for index in values.indices {
            guard let date = Self.unreadDate(values, at: index) else { continue }
            for word in date.words where tableMonths[word] == nil {
                tableMonths[word] = (BorrowedMonthName.leadingMonths(of: word), BorrowedMonthName.stemMonths(of: word))
            }
            if date.yearFirst, date.words.count == 2 {
                yearFirstTrails[date.words[0], default: []].insert(date.words[1])
            }
            guard let linked = Self.onlyMonth(of: date.day, date.year, in: other) else { continue }
            evidence[Occurrence(words: date.words, numbers: date.numbers, yearFirst: date.yearFirst, linked: linked), default: 0] += 1
        }
    }

    /// Collects the evidence of one passage and settles what all the evidence so far shows (for a reader that goes
    /// through a document row by row: ``DifferingNumbers/MonthMemory``).
    mutating func learn(from values: [ExtractedNumber], against other: [ExtractedNumber]) {
        let before = evidence.count
        collect(from: values, against: other)
        if evidence.count != before || values.contains(where: { $0.unreadMonthWord != nil }) { settle() }
    }

    /// Decides, from all the evidence collected, the patterns, the year word and the month words (see the type).
    mutating func settle() {
        // Numbered patterns: how often each pattern's number is the linked month, and how often not.
        var agree: [String: Int] = [:], disagree: [String: Int] = [:]
        for (occurrence, count) in evidence {
            for (pattern, number) in Self.patterns(occurrence.words, occurrence.numbers) {
                if number == occurrence.linked { agree[pattern, default: 0] += count } else { disagree[pattern, default: 0] += count }
            }
        }
        patterns = Set(agree.filter { $0.value >= disagree[$0.key, default: 0] }.keys)
        // The year words: a word after the year of dates written year first, in dates of two months or more, or
        // before two words or more after the day (each form of the year word: `йылдың`, `йылы`).
        // A word after the year that names no month's stem, before a word after the day that does, is one too
        // (`2046 йылдың 12 июниндеги`: `июн…` is June's stem in the tables).
        var yearFirstMonths: [String: Set<Int>] = [:]
        for occurrence in evidence.keys where occurrence.yearFirst && occurrence.words.count == 2 {
            yearFirstMonths[occurrence.words[0], default: []].insert(occurrence.linked)
        }
        yearWords = Set(yearFirstTrails.filter { word, trails in
            yearFirstMonths[word, default: []].count >= 2 || trails.count >= 2
                || (stemMonths(of: word).isEmpty && trails.contains { !stemMonths(of: $0).isEmpty })
        }.keys)
        // Month words: the evidence of each word, its inflected forms together.
        var byWord: [String: [Int: Int]] = [:]
        for (occurrence, count) in evidence where numberedMonth(occurrence.words, occurrence.numbers) == nil {
            guard let key = word(occurrence.words, yearFirst: occurrence.yearFirst) else { continue }
            byWord[key, default: [:]][occurrence.linked, default: 0] += count
        }
        lexemes = Self.lexemes(of: Array(byWord.keys))
        var byLexeme: [String: [Int: Int]] = [:]
        for (key, counts) in byWord {
            let lexeme = lexemes[key] ?? key
            for (month, count) in counts { byLexeme[lexeme, default: [:]][month, default: 0] += count }
        }
        evidenced = Set(byLexeme.keys)
        // A word that begins with the whole name of one month (`майында`, `ივნისის`) names it, unless three of its
        // dates or more teach another month and none that one (two may be the two days of one list that differs).
        var named: [String: Int] = [:]
        for (lexeme, counts) in byLexeme {
            guard let month = namedMonth(ofKey: lexeme), counts[month] != nil || counts.values.reduce(0, +) < 3 else { continue }
            named[lexeme] = month
        }
        // The month each word claims (all or most of its dates), by family (the words of its pattern).
        claims = [:]
        for (lexeme, counts) in byLexeme {
            let total = counts.values.reduce(0, +)
            if let month = named[lexeme] {
                claims[String(Self.family(of: lexeme)), default: []].append((lexeme, month, counts[month] ?? 0))
            } else if let best = counts.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }), best.value * 2 > total {
                claims[String(Self.family(of: lexeme)), default: []].append((lexeme, best.key, best.value))
            }
        }
        months = [:]
        notMonths = [:]
        firm = []
        for (lexeme, counts) in byLexeme {
            if let month = named[lexeme] {
                // The word names its month: a date of it of another month is a difference.
                months[lexeme] = month
                firm.insert(lexeme)
                continue
            }
            let family = claims[String(Self.family(of: lexeme))] ?? []
            let others = family.filter { $0.lexeme != lexeme }
            let open = counts.keys.filter { month in !others.contains { $0.month == month } }
            let own = family.first { $0.lexeme == lexeme }
            if let own, open.contains(own.month), isFirm(claimed: own.count, total: counts.values.reduce(0, +), month: own.month, word: lexeme) {
                // Several dates agree and the word is that month's name with an ending: its one other date is a difference.
                months[lexeme] = own.month
                firm.insert(lexeme)
            } else if open.count == 1 {
                months[lexeme] = open[0]
            } else if counts.count == 1, let only = counts.first,
                      others.contains(where: { $0.month == only.key && $0.count >= 2 && $0.count > only.value
                          && Self.commonPrefixLength(Self.wordPart(of: $0.lexeme), Self.wordPart(of: lexeme)) < 5 }) {
                notMonths[lexeme] = only.key
            }
        }
    }

    /// Whether a word keeps the month it claims (`claimed` of its `total` dates) though one date of it is of another
    /// month no other word claims: two dates or more agree, one at most does not, and the word begins with the stem
    /// of that month's name in the tables of its script and of no other month's (``BorrowedMonthName/stemMonths(of:)``:
    /// Altai `апрелинде`, Russian `апрель` with a case ending), or three dates or more agree. A word of no month's
    /// stem that stands with two months (Veps `päiväl`, "day") is no month.
    private func isFirm(claimed: Int, total: Int, month: Int, word: String) -> Bool {
        guard claimed >= 2, total - claimed <= 1 else { return false }
        return claimed >= 3 || stemMonths(of: String(Self.wordPart(of: word))) == [month]
    }

    /// The months whose stem `word` begins with (``BorrowedMonthName/stemMonths(of:)``), as collected.
    private func stemMonths(of word: String) -> Set<Int> {
        tableMonths[word]?.stem ?? BorrowedMonthName.stemMonths(of: word)
    }

    /// The one month whose whole name the word of `key` begins with (``BorrowedMonthName/leadingMonths(of:)``), for a
    /// word that is the month of its date alone: one word after the day, or after the year word of a date written year
    /// first (not the last word of a phrase, `mwezi wa tatu`).
    private func namedMonth(ofKey key: String) -> Int? {
        let family = Self.family(of: key)
        guard family.isEmpty || yearWords.contains(String(family)) else { return nil }
        let word = String(Self.wordPart(of: key))
        let leading = tableMonths[word]?.leading ?? BorrowedMonthName.leadingMonths(of: word)
        return leading.count == 1 ? leading.first : nil
    }

    /// `values` with each date read in parts whose month the evidence settles (``settle()``) read as one date of
    /// that month; a date written with a word that is not the month of the linked passage's date (`other`), where
    /// another word claims that month, as a date of no month (month `00`), which no date of the other version is.
    func applied(to values: [ExtractedNumber], against other: [ExtractedNumber]) -> [ExtractedNumber] {
        guard !patterns.isEmpty || !months.isEmpty || !notMonths.isEmpty || !tableMonths.isEmpty,
              values.contains(where: { $0.unreadMonthWord != nil }) else {
            return values
        }
        var result: [ExtractedNumber] = []
        result.reserveCapacity(values.count)
        var index = 0
        while index < values.count {
            guard let date = Self.unreadDate(values, at: index), let read = month(of: date, against: other) else {
                result.append(values[index])
                index += 1
                continue
            }
            let first = values[index], last = values[index + date.span - 1], written = first.unreadMonthWord ?? ""
            let text: String, start: Int
            switch first.unreadMonthSharedYear == nil ? first.unreadMonthWordPlace : .afterDay {
            case .afterDay where first.unreadMonthSharedYear != nil:
                // 21 майындагы of `2046 йылдың 12 июниндеги ве 21 майындагы`: the day and its word.
                (text, start) = (first.written + " " + (written.split(separator: " ").last.map(String.init) ?? ""), first.scalarRange.lowerBound)
            case .afterDay:
                (text, start) = (first.written + " " + written + " " + last.written, first.scalarRange.lowerBound)
            case .afterYear:
                // 2026 წლის 15 თიბათვეს: the word after the year, the day, then the word after the day.
                let parts = written.split(separator: " ", maxSplits: 1)
                text = parts.count == 2
                    ? first.written + " " + parts[0] + " " + last.written + " " + parts[1] : first.written + " " + written + " " + last.written
                start = first.scalarRange.lowerBound
            case .beforeDay:
                (text, start) = (written + " " + first.written + " " + last.written, first.scalarRange.lowerBound - first.unreadMonthWordLead)
            }
            var whole = ExtractedNumber(kind: .date, canonical: NumberDate(year: date.year, month: read, day: date.day, unchecked: ()).canonical,
                                        written: text, scalarRange: start..<(last.scalarRange.upperBound + first.unreadMonthWordTrail))
            whole.startsRange = last.startsRange
            result.append(whole)
            index += date.span
        }
        return result
    }

    /// The month of a date read in parts as the evidence settles it: its pattern's number, its word's month, or 0
    /// where its word is not the month of the one date of its day and year in `other`; nil when nothing is settled.
    private func month(of date: UnreadDate, against other: [ExtractedNumber]) -> Int? {
        if let month = numberedMonth(date.words, date.numbers) { return month }
        guard let key = word(date.words, yearFirst: date.yearFirst) else { return nil }
        let lexeme = lexemes[key] ?? key
        if let month = months[lexeme] {
            if firm.contains(lexeme) { return month }
            // A date of another month that no other word claims: the word stands with two months, so it names none
            // here (evidence collected so far, read row by row; the whole document's evidence settles this itself).
            if let linked = Self.onlyMonth(of: date.day, date.year, in: other), linked != month,
               !(claims[String(Self.family(of: lexeme))] ?? []).contains(where: { $0.lexeme != lexeme && $0.month == linked }) { return nil }
            return month
        }
        if let month = notMonths[lexeme], Self.onlyMonth(of: date.day, date.year, in: other) == month { return 0 }
        // A word no linked date teaches that begins with the whole name of one month (its date there may be of
        // another year than the linked one's: the date is then compared whole).
        if !evidenced.contains(lexeme), let month = namedMonth(ofKey: key) { return month }
        return nil
    }

    /// The month the settled patterns read in `words`, when they read one.
    private func numberedMonth(_ words: [String], _ numbers: [Int]) -> Int? {
        guard !patterns.isEmpty else { return nil }
        let read = Set(Self.patterns(words, numbers).filter { patterns.contains($0.pattern) }.map(\.number))
        return read.count == 1 ? read.first : nil
    }

    /// The word a date read in parts writes its month with, with its family (the words of its pattern) before a
    /// separator: the one word; the last word of a phrase after the others (`ukwezi kwa` + `gatatu`); in a date
    /// written year first, the word after the year, or the word after the day when the word after the year is the
    /// document's year word (nil when no word follows the day then).
    private func word(_ words: [String], yearFirst: Bool) -> String? {
        guard let last = words.last else { return nil }
        if yearFirst {
            // The year word is no month: the word after the day is, if one is written.
            if yearWords.contains(words[0]) { return words.count == 2 ? words[0] + Self.separator + last : nil }
            return Self.separator + words[0]
        }
        return words.dropLast().joined(separator: " ") + Self.separator + last
    }

    private static let separator = "\u{1F}"

    /// The family of a word (``word(_:yearFirst:)``): the words of its pattern.
    private static func family(of key: String) -> Substring {
        key[..<(key.firstIndex(of: Character(separator)) ?? key.endIndex)]
    }

    /// The word of a key (``word(_:yearFirst:)``), without its family.
    private static func wordPart(of key: String) -> Substring {
        key[key.index(after: key.firstIndex(of: Character(separator)) ?? key.startIndex)...]
    }

    /// The patterns of `words`: for each word that reads as a number 1–12, the words with that place left open
    /// (`mwezi wa #`) and the number.
    private static func patterns(_ words: [String], _ numbers: [Int]) -> [(pattern: String, number: Int)] {
        guard words.count >= 2, numbers.count == words.count else { return [] }
        return numbers.indices.filter { (1...12).contains(numbers[$0]) }.map { place in
            var open = words
            open[place] = "#"
            return (open.joined(separator: " "), numbers[place])
        }
    }

    /// Each word → the form that stands for it and the words of its family that differ from it only by an ending
    /// (``sameWord(_:_:)``); a word of no such group stands for itself.
    private static func lexemes(of keys: [String]) -> [String: String] {
        var result: [String: String] = [:]
        // Only words that share their family and their first five letters may be forms of one word.
        var buckets: [String: [String]] = [:]
        for key in keys.sorted() {
            let word = wordPart(of: key)
            guard !word.contains(" "), word.unicodeScalars.count >= 7 else { continue }
            buckets[String(family(of: key)) + separator + String(String.UnicodeScalarView(word.unicodeScalars.prefix(5))), default: []].append(key)
        }
        for (_, group) in buckets where group.count >= 2 {
            for key in group where result[key] == nil {
                result[key] = key
                for other in group where result[other] == nil && sameWord(key, other) { result[other] = key }
            }
        }
        return result
    }

    /// Whether two words of seven letters or more differ only by endings of at most four letters after a common
    /// stem that leaves each at most two letters short of the shorter (`თიბათვე`, `თიბათვეს`, `თიბათვის`;
    /// `მირკანისიდან`, `მირკანისამდე`).
    private static func sameWord(_ a: String, _ b: String) -> Bool {
        let common = commonPrefixLength(a, b), lengths = (a.unicodeScalars.count, b.unicodeScalars.count)
        return common >= min(lengths.0, lengths.1) - 2 && max(lengths.0, lengths.1) - common <= 4
    }

    private static func commonPrefixLength<A: StringProtocol, B: StringProtocol>(_ a: A, _ b: B) -> Int {
        var count = 0
        for (x, y) in zip(a.unicodeScalars, b.unicodeScalars) {
            guard x == y else { break }
            count += 1
        }
        return count
    }

    /// The month of the one date of `day` and `year` among `values` (a complete date, read with one reading); nil when
    /// there is none or more than one.
    private static func onlyMonth(of day: Int, _ year: Int, in values: [ExtractedNumber]) -> Int? {
        var found: Int?
        for value in values where value.kind == .date && value.alternative == nil {
            guard let parts = dayAndYear(value.canonical), parts.day == day, parts.year == year else { continue }
            guard found == nil else { return nil }
            found = parts.month
        }
        return found
    }

    /// A date read in parts: its day, year, words (lower case), the number each word reads as, whether it is
    /// written year first, and how many values it spans (the day and the year, and the figure of `mwezi wa 3`).
    struct UnreadDate {
        let words: [String], numbers: [Int], day: Int, year: Int, yearFirst: Bool, span: Int
    }

    /// The date read in parts that starts at `index`: a day with unread month words and the year (four digits) as the
    /// next value (after the month's figure, when the words end with one: ``ExtractedNumber/unreadMonthFigure``), or
    /// a year with unread words after it and the day (1–31) as the next value.
    static func unreadDate(_ values: [ExtractedNumber], at index: Int) -> UnreadDate? {
        guard let written = values[index].unreadMonthWord else { return nil }
        if let year = values[index].unreadMonthSharedYear {
            // The next day of a list of dates written year first: its year shared, its word keyed as the first date's.
            let words = written.lowercased().split(separator: " ").map(String.init)
            guard words.count == 2, values[index].canonical.utf8.count <= 2, let day = Int(values[index].canonical), (1...31).contains(day)
            else { return nil }
            return UnreadDate(words: words, numbers: [0, 0], day: day, year: year, yearFirst: true, span: 1)
        }
        let figure = values[index].unreadMonthFigure, span = figure ? 3 : 2
        guard index + span - 1 < values.count, values[index + span - 1].kind.comparisonClass == "number" else { return nil }
        let words = written.lowercased().split(separator: " ").map(String.init)
        if figure {
            guard let number = words.last, values[index + 1].kind.comparisonClass == "number", values[index + 1].canonical == number else { return nil }
        }
        let yearFirst = values[index].unreadMonthWordPlace == .afterYear
        let (dayValue, yearValue) = yearFirst ? (values[index + 1], values[index]) : (values[index], values[index + span - 1])
        guard yearValue.canonical.utf8.count == 4, let year = Int(yearValue.canonical), dayValue.canonical.utf8.count <= 2,
              let day = Int(dayValue.canonical), (1...31).contains(day) else { return nil }
        let numbers = values[index].unreadMonthNumbers.count == words.count ? values[index].unreadMonthNumbers : Array(repeating: 0, count: words.count)
        return UnreadDate(words: words, numbers: numbers, day: day, year: year, yearFirst: yearFirst, span: span)
    }

    /// The year, month and day of a complete date's canonical form (`2026-06-15`).
    private static func dayAndYear(_ canonical: String) -> (year: Int, month: Int, day: Int)? {
        let parts = canonical.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return (year, month, day)
    }
}
