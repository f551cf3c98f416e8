/// The characters block ids are made of: ASCII letters and digits, `-`, `_`
/// and `.`. An id of these characters that starts with a letter is an XML
/// NCName, as XCES and TMX ids must be.
package enum BlockIDCharacters {
    /// Whether `scalar` may appear in a block id.
    @inline(__always)
    package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            || scalar == "-" || scalar == "_" || scalar == "."
    }

    /// `text` with every character a block id may not contain replaced by `replacement`.
    package static func replacingDisallowed(in text: String, with replacement: Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isAllowed(scalar) ? scalar : replacement)
        }
        return String(out)
    }
}
