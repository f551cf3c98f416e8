extension String {
    /// The string with every run of white space (Unicode `White_Space`) folded
    /// to one space and both ends trimmed: `" a \n\t b "` → `"a b"`.
    package func foldingWhitespace() -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
