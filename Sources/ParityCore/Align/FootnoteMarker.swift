/// Normalizes footnote markers so that `¹`, `1`, `(1)`, `[1]` and `1/` are
/// the same marker, and `*`, `**` keep their identity.
public enum FootnoteMarker {
    /// The normalized marker: digits as ASCII, symbols kept, brackets and
    /// white space dropped.
    public static func normalize(_ marker: String) -> String {
        var result = ""
        for scalar in marker.unicodeScalars {
            if let digit = digitValue(scalar) {
                result.unicodeScalars.append(Unicode.Scalar(UInt8(48 + digit)))
            } else if scalar.properties.isWhitespace || "()[]{}/.".unicodeScalars.contains(scalar) {
                continue
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        // "01" and "1" are the same marker.
        if !result.isEmpty, result.unicodeScalars.allSatisfy({ $0.value >= 48 && $0.value <= 57 }) {
            while result.count > 1, result.hasPrefix("0") { result.removeFirst() }
        }
        return result
    }

    /// The value of a decimal digit in any of the forms footnote markers take:
    /// the digits `ScalarClass.digit` reads, superscript and subscript digits.
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        if let digit = ScalarClass.digit(scalar) ?? SuperscriptDigits.value(of: scalar) { return digit }
        return (0x2080...0x2089).contains(scalar.value) ? Int(scalar.value - 0x2080) : nil
    }
}
