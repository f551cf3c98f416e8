/// The line a resolution's preamble opens with: the organ name followed by
/// a comma — "The General Assembly,", "L'Assemblée générale,", "La Asamblea
/// General,", "Генеральная Ассамблея,", "إن الجمعية العامة،", "大会，", and
/// the same for every organ of `LanguageConventions.organNames`.
enum PreambularOpening {
    /// Scalars an article or particle may add before the organ name ("The", "L'", "إن").
    private static let maximumLead = 4

    private static let compactOrganNames = LanguageConventions.all.flatMap(\.organNames).map(compacted)

    /// Whether `text` is such an opening line.
    static func isOpening(_ text: [Unicode.Scalar]) -> Bool {
        guard text.count <= 80, let last = text.last, last == "," || last == "،" || last == "，" || last == "、" else { return false }
        let name = compacted(ScalarText.string(text.dropLast()).lowercased())
        return compactOrganNames.contains { name.hasSuffix($0) && name.unicodeScalars.count - $0.unicodeScalars.count <= maximumLead }
    }

    /// `text` without white space, with the typographic apostrophe as `'`.
    private static func compacted(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !ScalarClass.isWhitespace(scalar) {
            scalars.append(scalar == "\u{2019}" ? "'" : scalar)
        }
        return String(scalars)
    }
}
