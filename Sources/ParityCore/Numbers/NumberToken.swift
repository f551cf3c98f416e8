/// A token of the number extractor's scan: a figure with its separators
/// resolved, a date written in figures, a word, a document symbol, white
/// space or one punctuation mark.
struct NumberToken: Sendable {
    enum Kind: Sendable { case number, date, word, symbol, space, punct }

    var kind: Kind
    /// Number: canonical digits (`1000`, `1.5`); date: `1948-12-10`; symbol:
    /// upper-case Latin form; punct: the mark. Word: empty; the cursor makes
    /// a word's text when asked (``NumberTokenCursor/word(_:)``).
    var text: String
    /// Where the token is in the text, in Unicode scalars.
    var range: Range<Int>
    /// What only figures and dates carry, boxed: most tokens are words,
    /// spaces and marks, and a token is copied and destroyed with one
    /// reference instead of three strings.
    private let details: Details?

    private final class Details: Sendable {
        let integerPart: String
        let fraction: String?
        let grouped: Bool
        let alternative: String?
        let spaceGroups: [String]?
        let groupingUndecided: Bool

        init(integerPart: String, fraction: String?, grouped: Bool, alternative: String?, spaceGroups: [String]?, groupingUndecided: Bool) {
            self.integerPart = integerPart
            self.fraction = fraction
            self.grouped = grouped
            self.alternative = alternative
            self.spaceGroups = spaceGroups
            self.groupingUndecided = groupingUndecided
        }
    }

    init(kind: Kind, text: String, range: Range<Int>, integerPart: String = "", fraction: String? = nil, grouped: Bool = false,
         alternative: String? = nil, spaceGroups: [String]? = nil, groupingUndecided: Bool = false) {
        self.kind = kind
        self.text = text
        self.range = range
        details = integerPart.isEmpty && fraction == nil && !grouped && alternative == nil
            ? nil : Details(integerPart: integerPart, fraction: fraction, grouped: grouped, alternative: alternative,
                            spaceGroups: spaceGroups, groupingUndecided: groupingUndecided)
    }

    /// Number only: ASCII digits of the integer part and of the fraction, if any.
    var integerPart: String { details?.integerPart ?? "" }
    var fraction: String? { details?.fraction }
    /// Number only: whether thousands separators were written (`1,000`, `1 000`).
    var grouped: Bool { details?.grouped ?? false }
    /// Date only: the month-first reading of a date whose order of day and month is undecided.
    var alternative: String? { details?.alternative }
    /// Number only: the digit groups of a figure grouped by spaces alone (`1 120 340`: `1`, `120`, `340`), nil otherwise.
    var spaceGroups: [String]? { details?.spaceGroups }
    /// Number only: whether the figure is grouped by spaces in a language that groups digits with a mark
    /// (``NumberTokenizer/spaceGroupsUsual``): whether it is one figure or several is undecided.
    var groupingUndecided: Bool { details?.groupingUndecided ?? false }

    /// The integer value of a number token without a fraction (up to 9 digits).
    var integerValue: Int? {
        guard kind == .number, fraction == nil, integerPart.utf8.count <= 9 else { return nil }
        return Int(integerPart)
    }
}
