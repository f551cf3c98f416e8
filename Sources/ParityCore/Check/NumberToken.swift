/// A token of the number extractor's scan: a figure with its separators
/// resolved, a word, a document symbol, white space or one punctuation mark.
struct NumberToken: Sendable {
    enum Kind: Sendable { case number, word, symbol, space, punct }

    var kind: Kind
    /// Number: canonical digits (`1000`, `1.5`); word: lower case (Arabic
    /// normalized); symbol: upper-case Latin form; punct: the mark.
    var text: String
    /// As written.
    var original: String
    /// Number only: digits of the integer part and the fraction, if any.
    var integerPart: String = ""
    var fraction: String?

    /// The integer value of a number token without a fraction (up to 9 digits).
    var integerValue: Int? {
        guard kind == .number, fraction == nil, integerPart.count <= 9 else { return nil }
        return Int(integerPart)
    }
}
