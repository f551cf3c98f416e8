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
    /// Number only: ASCII digits of the integer part and of the fraction, if any.
    var integerPart: String = ""
    var fraction: String?
    /// Number only: whether thousands separators were written (`1,000`, `1 000`).
    var grouped = false
    /// Date only: the month-first reading of a date whose order of day and month is undecided.
    var alternative: String?

    /// The integer value of a number token without a fraction (up to 9 digits).
    var integerValue: Int? {
        guard kind == .number, fraction == nil, integerPart.utf8.count <= 9 else { return nil }
        return Int(integerPart)
    }
}
