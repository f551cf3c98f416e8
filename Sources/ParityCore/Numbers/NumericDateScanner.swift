/// Reads a date written in figures at one place of a text: day first
/// (`10.12.1948`, `10/12/1948`, `10-12-1948`) or year first (`1948-12-10`,
/// `1948.12.10`, `1948/12/10`), in any decimal digit system. Both separators
/// must be the same; the year has four digits. When the day-first reading
/// is impossible (`12/31/1948`) the month-first one is taken.
///
/// A date with the year last whose first two parts could each be the day
/// (`10/12/1948`) is read by the language's convention when it has one
/// (`dayFirst`); otherwise both readings are kept: the day-first one as the
/// date and the month-first one as its `alternative`, and the checker
/// matches either. A date written with points (`10.12.1948`) is always day
/// first: no convention writes the month first with points. Reads at most
/// ten scalars: constant time.
///
/// The month may be an upper-case Roman numeral, as Central and Eastern
/// European, Italian and Latin usage writes it: day, month and year
/// (`12.V.2026`, `12-V-2026`, `12/V/2026`, `12. V. 2026`, `12 V 2026`) or month and year
/// (`XII.2026`, `XII/2026`: ``scanRomanMonth(_:at:)``). A Roman month is
/// never the day, so the order is never in doubt.
enum NumericDateScanner {
    /// The date starting at `start`, the other reading when the order of day
    /// and month is undecided, and the index after it, if there is one.
    /// `dayFirst`: whether the language reads `10/12/1948` day first.
    static func scan(_ scalars: [Unicode.Scalar], at start: Int, dayFirst: Bool) -> (date: NumberDate, alternative: NumberDate?, end: Int)? {
        let n = scalars.count
        func digits(_ from: Int, max: Int) -> (value: Int, count: Int) {
            var value = 0, count = 0, p = from
            while p < n, count <= max, let d = DecimalDigit.value(scalars[p]) {
                value = value * 10 + d
                count += 1
                p += 1
            }
            return (value, count)
        }
        let first = digits(start, max: 4)
        guard first.count == 4 || first.count == 1 || first.count == 2 else { return nil }
        var p = start + first.count
        guard p < n else { return nil }
        let separator = scalars[p]
        // `12 V 2026`: a Roman month between single spaces.
        if separator == " ", first.count <= 2, let (month, end) = romanMonthRun(scalars, at: p + 1), end < n, scalars[end] == " ",
           let year = year(scalars, at: end + 1, separator: "-", spaced: false) {
            return NumberDate(year: year.value, month: month, day: first.value).map { ($0, nil, year.end) }
        }
        guard separator == "." || separator == "/" || separator == "-" else { return nil }
        p += 1
        if first.count <= 2, let (month, end) = romanMonth(scalars, at: p, separator: separator),
           let year = year(scalars, at: end, separator: separator) {
            return NumberDate(year: year.value, month: month, day: first.value).map { ($0, nil, year.end) }
        }
        let second = digits(p, max: 2)
        guard second.count == 1 || second.count == 2 else { return nil }
        p += second.count
        guard p < n, scalars[p] == separator else { return nil }
        p += 1
        let third = digits(p, max: 4)
        p += third.count
        // Not part of a longer figure or symbol: 1.2.2006.5, 10/12/1948/Add.1.
        if p < n, DecimalDigit.value(scalars[p]) != nil { return nil }
        if p + 1 < n, scalars[p] == separator, DecimalDigit.value(scalars[p + 1]) != nil || ScalarClass.isLatinLetter(scalars[p + 1]) {
            return nil
        }
        let date: NumberDate?
        var alternative: NumberDate?
        if first.count == 4, third.count == 1 || third.count == 2 {
            date = NumberDate(year: first.value, month: second.value, day: third.value)
        } else if first.count <= 2, third.count == 4 {
            let dayFirstReading = NumberDate(year: third.value, month: second.value, day: first.value)
            let monthFirstReading = NumberDate(year: third.value, month: first.value, day: second.value)
            date = dayFirstReading ?? monthFirstReading
            if !dayFirst, separator != ".", dayFirstReading != nil, monthFirstReading != dayFirstReading { alternative = monthFirstReading }
        } else {
            date = nil
        }
        guard let date else { return nil }
        return (date, alternative, p)
    }

    /// A date of a Roman month and a year starting at `start` (`XII.2026`,
    /// `V/2026`, `XII. 2026`): the month's first letter after a word boundary,
    /// the year four digits. The date (without its day) and the index after it.
    static func scanRomanMonth(_ scalars: [Unicode.Scalar], at start: Int) -> (date: NumberDate, end: Int)? {
        guard start == 0 || !isLetterOrDigit(scalars[start - 1]),
              let (month, end) = romanMonthRun(scalars, at: start), end < scalars.count else { return nil }
        let separator = scalars[end]
        guard separator == "." || separator == "/" || separator == "-",
              let year = year(scalars, at: end + 1, separator: separator, spaced: separator == ".") else { return nil }
        return (NumberDate(year: year.value, month: month, day: nil, unchecked: ()), year.end)
    }

    /// An upper-case Roman numeral of a month (I–XII) at `start`, not run
    /// into other letters, and the index after it.
    private static func romanMonthRun(_ scalars: [Unicode.Scalar], at start: Int) -> (Int, Int)? {
        var end = start
        while end < scalars.count, end - start < 4, scalars[end] == "I" || scalars[end] == "V" || scalars[end] == "X" { end += 1 }
        guard end > start, end == scalars.count || !isLetterOrDigit(scalars[end]),
              let month = RomanNumeral.value(of: scalars[start..<end]), month <= 12 else { return nil }
        return (month, end)
    }

    /// The Roman month of a day-first date after its first separator (`V.`
    /// of `12.V.2026`, `V. ` of `12. V. 2026`): the month and the index of
    /// the year's first digit's separator.
    private static func romanMonth(_ scalars: [Unicode.Scalar], at start: Int, separator: Unicode.Scalar) -> (Int, Int)? {
        var p = start
        // `12. V. 2026`: a space after each point.
        if separator == ".", p < scalars.count, scalars[p] == " " { p += 1 }
        guard let (month, end) = romanMonthRun(scalars, at: p), end < scalars.count, scalars[end] == separator else { return nil }
        // The same spacing after both separators.
        if (p > start) != (end + 1 < scalars.count && scalars[end + 1] == " ") { return nil }
        return (month, end + 1)
    }

    /// A four-digit year (1000–2999) at `start`, after a space when
    /// `spaced` allows one, that runs into no further figure or symbol part;
    /// the year and the index after it.
    private static func year(_ scalars: [Unicode.Scalar], at start: Int, separator: Unicode.Scalar, spaced: Bool = true) -> (value: Int, end: Int)? {
        var p = start
        if spaced, separator == ".", p < scalars.count, scalars[p] == " " { p += 1 }
        var value = 0, count = 0
        while p < scalars.count, count < 5, let d = DecimalDigit.value(scalars[p]) {
            value = value * 10 + d
            count += 1
            p += 1
        }
        guard count == 4, (1000...2999).contains(value) else { return nil }
        if p < scalars.count, isLetterOrDigit(scalars[p]) { return nil }
        if p + 1 < scalars.count, scalars[p] == separator || scalars[p] == "/",
           DecimalDigit.value(scalars[p + 1]) != nil { return nil }
        return (value, p)
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        NumberTokenizer.isWordScalar(scalar) || DecimalDigit.value(scalar) != nil
    }
}
