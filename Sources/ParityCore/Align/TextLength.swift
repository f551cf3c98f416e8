/// How long a block's text is for alignment: Unicode scalars that are not
/// white space. The language pair's expected ratio (estimated per document)
/// absorbs the difference between alphabetic and CJK writing.
public enum TextLength {
    /// Non-white-space Unicode scalars in `text`.
    public static func of(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace { count += 1 }
        return count
    }
}
