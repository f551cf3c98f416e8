/// Removes the characters that XML 1.0 cannot carry: C0 controls other than
/// tab, line feed and carriage return, and the non-characters U+FFFE and
/// U+FFFF. (Lone surrogates cannot occur in a Swift `String`.)
enum XMLCharacterFilter {
    /// The string with every character XML 1.0 forbids removed, and the removed scalars.
    static func clean(_ string: String) -> (text: String, dropped: [Unicode.Scalar]) {
        var string = string
        let isClean = string.withUTF8 { bytes in !bytes.contains(where: needsAttention) } || !containsForbiddenScalar(string)
        if isClean { return (string, []) }
        var dropped: [Unicode.Scalar] = []
        var kept = String.UnicodeScalarView()
        for scalar in string.unicodeScalars {
            if isAllowed(scalar) { kept.append(scalar) } else { dropped.append(scalar) }
        }
        return (String(kept), dropped)
    }

    /// Whether XML 1.0 allows the scalar (`Char` production).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value == 0x9 || value == 0xA || value == 0xD }
        return value != 0xFFFE && value != 0xFFFF
    }

    /// Whether the string needs the slow path: a C0 control byte or the lead
    /// byte 0xEF that starts U+FFFE/U+FFFF (and many allowed characters).
    private static func needsAttention(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x9 && byte != 0xA && byte != 0xD) || byte == 0xEF
    }

    private static func containsForbiddenScalar(_ string: String) -> Bool {
        string.unicodeScalars.contains { !isAllowed($0) }
    }
}
