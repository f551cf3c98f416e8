extension String {
    /// The string with every run of white space (Unicode `White_Space`) folded
    /// to one space and both ends trimmed: `" a \n\t b "` → `"a b"`.
    package func foldingWhitespace() -> String {
        if isFoldedASCII { return self }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.isASCII ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether the string is ASCII without white space other than single
    /// spaces between other characters (folding would not change it).
    private var isFoldedASCII: Bool {
        var previousWasSpace = true
        for byte in utf8 {
            if byte >= 0x80 || (0x09...0x0D).contains(byte) { return false }
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
        }
        return !previousWasSpace || utf8.isEmpty
    }
}
