/// A value found in a block's text, read by the rules of the block's
/// language: an integer, a decimal, a percentage, an amount, a date, a year,
/// an ordinal, an article or paragraph reference, a time, a document symbol
/// or a resolution number. Versions are compared on ``comparisonKey``, so
/// "20%" = "20 por ciento", "100.000 millones" = "100 billion",
/// "10.12.1948" = "10 de diciembre de 1948", "第三条" = "Article 3".
public struct ExtractedNumber: Hashable, Sendable, Codable {
    /// What the value is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// An integer or decimal figure: `240`, `1 000`, `1,5`.
        case number
        /// A figure with a scale word or currency: `$100 billion`, `100.000 millones de dólares`, `100亿美元`.
        case amount
        /// A year on its own: `2030`, `二〇〇六年`.
        case year
        /// An ordinal: `17th`, `17°`, `17e`, `17-й`, `第十七`.
        case ordinal
        /// An article, paragraph or chapter reference in words around a numeral: `第三条`.
        case reference
        /// A percentage: `20%`, `20 per cent`, `20 por ciento`, `百分之二十`.
        case percentage
        /// A date or part of one: `12 July 2006`, `julio de 2006`, `10.12.1948`, `2006年7月12日`.
        case date
        /// A time of day: `10.00`, `10:30`.
        case time
        /// A document symbol or resolution number: `A/60/871`, `60/227`.
        case symbol
        /// A resolution number with letter and session: `217 A (III)`, `217 ألف (د-3)`.
        case resolution

        /// Kinds whose values compare with one another: a figure is the same
        /// value whether it is written as an ordinal, a year, an amount or a
        /// reference (`17°` = `seventeenth`, `第三条` = `3`).
        public var comparisonClass: String {
            switch self {
            case .number, .amount, .year, .ordinal, .reference: return "number"
            case .symbol, .resolution: return rawValue
            case .percentage, .date, .time: return rawValue
            }
        }
    }

    /// What the value is.
    public var kind: Kind
    /// The language-neutral form: `1000`, `1.5`, `20`, `2006-07-12`,
    /// `2006-07`, `--07-12`, `10:00`, `A/60/871`, `217A(3)`.
    public var canonical: String
    /// The text as written.
    public var written: String
    /// Where the value is written in its block's text, in Unicode scalars.
    public var scalarRange: Range<Int>
    /// Another canonical form the written text may mean: the month-first
    /// reading of a numeric date whose order the language does not decide
    /// (`10/12/1948` in English: `1948-12-10` or `1948-10-12`).
    public var alternative: String?
    /// Amounts only: the currency named with the figure, an ISO 4217 code
    /// (`EUR`) or a family of codes (`dollar`, `$`: ``CurrencyWords``); nil
    /// when no currency is named or its identity is unknown. Not part of
    /// ``comparisonKey``: amounts of equal value whose currencies cannot be
    /// the same are a difference of their own (``NumberComparison``).
    public var currency: String?
    /// Whether the value is written in number words (`seventeenth`,
    /// `treinta`), not in figures.
    public var isSpelledOut = false
    /// Whether a range connector joins this value to the next one: the two
    /// are the ends of a range (`2016-2017`, `3 to 14 June`, `del 3 al 14`, `3日至14日`).
    public var startsRange = false
    /// Plain figures grouped by spaces alone (`1 120 340`): the digit groups
    /// as written (`1`, `120`, `340`), so that the spaces may be read as gaps
    /// between figures (table columns a PDF extraction set apart by single
    /// spaces: `1 120 340` is then 1120 and 340, or 1 and 120340); nil otherwise.
    public var spaceGroups: [String]?
    /// Whether the figure is grouped by spaces in a language that groups
    /// digits with a mark (`120 340` in Spanish): whether it is one figure or
    /// several is undecided, so it makes no error (``NumberComparison``).
    public var groupingUndecided = false
    /// A day in figures followed, where a date writes its month, by a word
    /// that neither the tables nor the likeness to their months read
    /// (``BorrowedMonthName``), or by two to four words, the last may be a
    /// figure (`15 mwezi wa tatu 2026`, `15 mwezi wa 3 2026`: words joined
    /// by one space), then a year in figures (`15. rožnika 2026`),
    /// or such a word, the day and the year (`rožnika 15, 2026`), or the
    /// year, the word and the day (`2026 rožnika 15`), with the word after
    /// the day if one follows (`2026 წლის 15 თიბათვეს`): the word as written,
    /// on the value written first of the day and the year
    /// (``unreadMonthWordPlace``); nil otherwise. The check may learn the month the
    /// word names from the linked passage of the other version (``LearnedMonthWords``).
    public var unreadMonthWord: String?
    /// Where the date read in parts writes its ``unreadMonthWord``.
    public var unreadMonthWordPlace: MonthWordPlace = .afterDay
    /// How many scalars before this value its ``unreadMonthWord`` starts,
    /// when the word comes first (``MonthWordPlace/beforeDay``); 0 otherwise.
    public var unreadMonthWordLead = 0

    /// The number 1–12 each word of a ``unreadMonthWord`` of several words
    /// reads as (a figure, a number word of the language, an ordinal that
    /// ends the language's CLDR months: `mwezi wa tatu`, `mwai wa katatu`),
    /// 0 for a word that reads as none; empty for one word.
    public var unreadMonthNumbers: [Int] = []
    /// Whether the ``unreadMonthWord`` ends with a figure (`15 mwezi wa 3
    /// 2026`), read as a value of its own between the day and the year.
    public var unreadMonthFigure = false
    /// In a date written year first whose ``unreadMonthWord`` holds a second
    /// word after the day (`2026 წლის 15 თიბათვეს`), how many scalars after
    /// the day that word ends; 0 otherwise.
    public var unreadMonthWordTrail = 0

    /// The word written right after a plain figure (`෪෦ පතිසතං`), normalized,
    /// in a language that reads no per-cent word of its own; nil otherwise.
    /// The check may learn it as the version's per-cent word from the linked
    /// passages' percentages (``LearnedPercentWords``).
    public var wordAfterFigure: String?

    /// The year of the date written year first just before a day with a
    /// word no table reads after it and no year of its own, in a list of
    /// dates that share the year (`2046 йылдың 12 июниндеги ве 21
    /// майындагы`, "of 12 June and 21 May of the year 2046"): the day is
    /// read with that year (``unreadMonthWord`` then holds the first date's
    /// year word and this day's word, ``unreadMonthWordTrail`` where the
    /// word ends); nil otherwise.
    public var unreadMonthSharedYear: Int?

    /// Where a date whose month word no table reads writes that word, and
    /// which of its two values (day, year) carries it.
    public enum MonthWordPlace: String, Codable, Sendable, Hashable {
        /// `15. rožnika 2026`: on the day, the year the next value.
        case afterDay
        /// `rožnika 15, 2026`: on the day, the word before it, the year the next value.
        case beforeDay
        /// `2026 rožnika 15`, `2026. rožnika 15.`: on the year, the day the next value.
        case afterYear
    }

    /// Creates a value.
    public init(kind: Kind, canonical: String, written: String, scalarRange: Range<Int> = 0..<0, alternative: String? = nil) {
        self.kind = kind
        self.canonical = canonical
        self.written = written
        self.scalarRange = scalarRange
        self.alternative = alternative
    }

    /// Kind and canonical form: `number:1000`, `date:1948-12-10`.
    public var key: String { kind.rawValue + ":" + canonical }

    /// The key under which two versions' values are compared: the kind's
    /// comparison class and the canonical form.
    public var comparisonKey: String { kind.comparisonClass + ":" + canonical }

    /// The readings of a figure grouped by spaces as several figures
    /// (``spaceGroups``): every way of cutting its groups at one space or
    /// more, each a list of canonical figures (the decimal part, if any, on
    /// the last); empty for other values. A figure of `g` groups has
    /// at most 2^(g−1) − 1 such readings (no figure of a reading starts with a
    /// zero); figures of more than six groups are not cut.
    public var spaceGroupReadings: [[String]] {
        guard let groups = spaceGroups, groups.count >= 2, groups.count <= 6 else { return [] }
        let fraction = canonical.firstIndex(of: ".").map { String(canonical[canonical.index(after: $0)...]) }
        var readings: [[String]] = []
        for cuts in 1..<(1 << (groups.count - 1)) {
            var parts: [String] = [], current = groups[0]
            for index in 1..<groups.count {
                if cuts & (1 << (index - 1)) != 0 {
                    parts.append(DecimalScaling.canonical(integer: current, fraction: nil))
                    current = groups[index]
                } else {
                    current += groups[index]
                }
            }
            parts.append(DecimalScaling.canonical(integer: current, fraction: fraction))
            // A figure of its own does not start with a zero (`1 000 340` is no 1 and 340).
            let startsWithZero = (1..<groups.count).contains { cuts & (1 << ($0 - 1)) != 0 && groups[$0].hasPrefix("0") }
            if !startsWithZero { readings.append(parts) }
        }
        return readings
    }
}
