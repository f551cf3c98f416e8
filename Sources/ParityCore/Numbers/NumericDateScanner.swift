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
        guard separator == "." || separator == "/" || separator == "-" else { return nil }
        p += 1
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
}
