/// A number or symbol found in a block's text, for highlighting differences.
public struct NumericToken: Hashable, Sendable {
    /// Scalar offsets of the token in the text.
    public var range: Range<Int>
    /// The token normalised for comparison across languages: digits in ASCII,
    /// thousands separators removed (`1 000`, `1.000`, `1,000`, `١٬٠٠٠` → `1000`),
    /// symbols folded to one form (`٪`, `％` → `%`).
    public var value: String

    /// Creates a token.
    public init(range: Range<Int>, value: String) {
        self.range = range
        self.value = value
    }
}
