/// The line a resolution's preamble opens with: the organ name followed by
/// a comma — "The General Assembly,", "L'Assemblée générale,", "La Asamblea
/// General,", "Генеральная Ассамблея,", "إن الجمعية العامة،", "大会，", and
/// the same for every organ of `LanguageConventions.organNames`; and a
/// treaty's opening, the parties followed by a comma — "The States Parties
/// to the present Convention,", "Las Partes en el presente Acuerdo,",
/// "Государства-участники настоящей Конвенции,", "本公约缔约国，",
/// "Die Vertragsstaaten dieser Charta –" (German ends it with a spaced dash)
/// (`LanguageConventions.treatyPartyWords`).
enum PreambularOpening {
    /// Scalars an article or particle may add before the organ name ("The", "L'", "إن").
    private static let maximumLead = 4

    private static let compactOrganNames = LanguageConventions.all.flatMap(\.organNames).map(compacted)
    private static let compactPartyWords = LanguageConventions.all.flatMap(\.treatyPartyWords).map(compacted)
    /// Longest treaty opening (scalars).
    private static let maximumTreatyOpening = 100

    /// Whether `text` is such an opening line.
    static func isOpening(_ text: [Unicode.Scalar]) -> Bool {
        guard text.count <= maximumTreatyOpening, let last = text.last else { return false }
        // German ends the opening with a spaced dash: "Die Vertragsstaaten dieser Charta –".
        let spacedDash = (last == "–" || last == "—") && text.count >= 2 && ScalarClass.isWhitespace(text[text.count - 2])
        // A comma of any script: Ethiopic "የፀጥታው ምክር ቤት፣", the Tibetan shad of a script without a comma.
        guard ScalarClass.isClauseComma(last) || spacedDash else { return false }
        let name = compacted(ScalarText.string(text.dropLast()).lowercased())
        if text.count <= 80, compactOrganNames.contains(where: { name.hasSuffix($0) && name.unicodeScalars.count - $0.unicodeScalars.count <= maximumLead }) {
            return true
        }
        // A treaty: the parties come first, after at most an article or a short qualifier ("本公约").
        let scalars = Array(name.unicodeScalars)
        return (0...min(maximumLead, scalars.count)).contains { lead in
            let rest = String(String.UnicodeScalarView(scalars[lead...]))
            return compactPartyWords.contains { rest.hasPrefix($0) }
        }
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
