/// A date as a number value: day, month and year, any of which may be
/// absent (`julio de 2006`, `12 July`, `1948年`). Its canonical form is
/// ISO-like: `2006-07-12`, `2006-07`, `--07-12`.
struct NumberDate: Hashable, Sendable {
    var year: Int?
    var month: Int?
    var day: Int?

    /// The years a bare four-digit figure is taken to be (`2027`, `1948`): a figure of four digits in this range,
    /// written without separators, may be a year (a date's year, a year misprinted with a glued marker, a year
    /// that ends a clause); outside it (`1406`, `2500`) it is a quantity. One range for every reader and check.
    static let figureYears: ClosedRange<Int> = 1800...2199

    /// A date with every part given, if the parts are in range (years 1000–2999).
    init?(year: Int, month: Int, day: Int) {
        guard (1000...2999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// A date with some parts absent; no range check.
    init(year: Int?, month: Int?, day: Int?, unchecked: Void) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2006-07-12`, `2006-07`, `--07-12`, `2006`.
    var canonical: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        switch (year, month, day) {
        case let (y?, m?, d?): return "\(y)-\(two(m))-\(two(d))"
        case let (y?, m?, nil): return "\(y)-\(two(m))"
        case let (nil, m?, d?): return "--\(two(m))-\(two(d))"
        case let (y?, nil, _): return "\(y)"
        case let (nil, m?, nil): return "--\(two(m))"
        default: return ""
        }
    }

    /// Whether the year is given: a date without one cannot be told apart
    /// from the same day of another year.
    var isComplete: Bool { year != nil && month != nil }
}
