import ParityCore

/// Makes any string usable as an XML NCName-style block id.
enum XMLNameSanitizer {
    /// `text` with every character outside `[A-Za-z0-9._-]` replaced by `-`,
    /// prefixed with `tu-` when it does not start with a letter.
    static func ncName(_ text: String) -> String {
        let name = BlockIDCharacters.replacingDisallowed(in: text, with: "-")
        guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return "tu-" + name }
        return name
    }
}
