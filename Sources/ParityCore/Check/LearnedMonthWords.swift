/// Month words one version of a document writes that no table reads and
/// no likeness to the tables' months reads either (a language's own names:
/// Slovene `rožnika`, `vinotoka`), learned from the other version as the
/// check goes through the linked passages in order (issue 10).
///
/// A passage that writes a day, such a word and a year in figures
/// (``ExtractedNumber/unreadMonthWord``: `15. rožnika 2026`, or in another
/// order: `rožnika 15, 2026`, `2026 rožnika 15`) whose linked
/// passage states exactly one date of that day and year (`15 June 2026`)
/// teaches the word that date's month, for the rest of the document pair.
/// Later passages' dates written with the word are then read as dates of
/// that month (``applied(to:)``) and compared like any other: a different
/// month there is a date difference. The passage that teaches the word is
/// compared as it was read (a day and a year that the other passage's date
/// holds: no finding). A word two linked dates would teach different
/// months is not learned.
struct LearnedMonthWords {
    /// The month each learned word (lower case) names.
    private var months: [String: Int] = [:]

    /// `values` with each day whose unread month word is learned and the
    /// year after it read as one date of that month. A learned word whose
    /// date there meets, in `other` (the linked passage), the one date of its
    /// day and year in another month is a month name only if the document
    /// writes that other month with a word of its own: then the two dates
    /// differ. Otherwise the word stands with two months, so it names none
    /// (Veps `heinkuun 1 päiväl 2037`, "on the 1st day of July", puts the
    /// month before the day and the word for "day" after it): it is
    /// forgotten and read as no month.
    mutating func applied(to values: [ExtractedNumber], against other: [ExtractedNumber]) -> [ExtractedNumber] {
        guard !months.isEmpty, values.contains(where: { $0.unreadMonthWord != nil }) else { return values }
        for index in values.indices {
            guard let (word, day, year) = Self.unreadDate(values, at: index), let month = months[word],
                  let linked = Self.onlyMonth(of: day, year, in: other), linked != month,
                  !months.contains(where: { $0.key != word && $0.value == linked }) else { continue }
            months[word] = nil
        }
        guard !months.isEmpty else { return values }
        var result: [ExtractedNumber] = []
        result.reserveCapacity(values.count)
        var index = 0
        while index < values.count {
            if let (word, day, year) = Self.unreadDate(values, at: index), let month = months[word] {
                let first = values[index], second = values[index + 1], written = first.unreadMonthWord ?? ""
                let text: String, start: Int
                switch first.unreadMonthWordPlace {
                case .afterDay, .afterYear:
                    (text, start) = (first.written + " " + written + " " + second.written, first.scalarRange.lowerBound)
                case .beforeDay:
                    (text, start) = (written + " " + first.written + " " + second.written, first.scalarRange.lowerBound - first.unreadMonthWordLead)
                }
                var date = ExtractedNumber(kind: .date, canonical: NumberDate(year: year, month: month, day: day, unchecked: ()).canonical,
                                           written: text, scalarRange: start..<second.scalarRange.upperBound)
                date.startsRange = second.startsRange
                result.append(date)
                index += 2
            } else {
                result.append(values[index])
                index += 1
            }
        }
        return result
    }

    /// Learns the words of `values` (one passage, as read) that no month is
    /// learned for yet, each from the one date of its day and year among
    /// `other` (the linked passage of the other version).
    mutating func learn(from values: [ExtractedNumber], against other: [ExtractedNumber]) {
        guard values.contains(where: { $0.unreadMonthWord != nil }) else { return }
        // The month each word's dates in this passage teach; 0 for none, or months that differ.
        var taught: [String: Int] = [:]
        for index in values.indices {
            guard let (word, day, year) = Self.unreadDate(values, at: index), months[word] == nil else { continue }
            let month = Self.onlyMonth(of: day, year, in: other) ?? 0
            if let known = taught[word], known != month { taught[word] = 0 } else { taught[word] = month }
        }
        for (word, month) in taught where month != 0 { months[word] = month }
    }

    /// The month of the one date of `day` and `year` among `values` (a complete date, read with one reading); nil when
    /// there is none or more than one.
    private static func onlyMonth(of day: Int, _ year: Int, in values: [ExtractedNumber]) -> Int? {
        let dates = values.filter { $0.kind == .date && $0.alternative == nil && dayAndYear($0.canonical)?.day == day
            && dayAndYear($0.canonical)?.year == year }
        return dates.count == 1 ? dayAndYear(dates[0].canonical)?.month : nil
    }

    /// The word (lower case), day and year of the value at `index` when it
    /// is a day with an unread month word and the next value is the year
    /// (four digits) after the word or after the day
    /// (``ExtractedNumber/MonthWordPlace``), or when it is a year with an
    /// unread month word after it and the next value is the day (1–31).
    static func unreadDate(_ values: [ExtractedNumber], at index: Int) -> (word: String, day: Int, year: Int)? {
        guard let word = values[index].unreadMonthWord, index + 1 < values.count,
              values[index + 1].kind.comparisonClass == "number" else { return nil }
        let (dayValue, yearValue) = values[index].unreadMonthWordPlace == .afterYear ? (values[index + 1], values[index]) : (values[index], values[index + 1])
        guard yearValue.canonical.utf8.count == 4, let year = Int(yearValue.canonical), dayValue.canonical.utf8.count <= 2,
              let day = Int(dayValue.canonical), (1...31).contains(day) else { return nil }
        return (word.lowercased(), day, year)
    }

    /// The year, month and day of a complete date's canonical form (`2026-06-15`).
    private static func dayAndYear(_ canonical: String) -> (year: Int, month: Int, day: Int)? {
        let parts = canonical.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return (year, month, day)
    }
}
