/// The label of a paragraph inserted between two numbered ones: the number of
/// the paragraph it follows and a Latin multiplicative suffix — `3 bis`,
/// `3 ter`, `12 quater`, `3bis.`, `5 bis)` — as the documents of every
/// language write it when a paragraph is added to an adopted text without
/// renumbering the rest. The suffix is Latin in every language and script
/// (`3 bis` in a Russian or Arabic version too), so the suffixes are no word
/// list of one language but the one closed series the convention uses.
///
/// A label so read numbers a paragraph only where its number is the running
/// count of its scope (`BlockClassifier`): `3 bis` after paragraph 3 (or
/// after `3 bis`), and the count goes on at 4. Its label is written in one
/// way whatever the version writes (`3 bis`): the number, a space, the suffix
/// in lower case; its label path and id run them together (`3bis`, `p3bis`).
enum InsertedParagraphLabel {
    /// The Latin multiplicative adverbs, by rank: `bis` is the second
    /// paragraph numbered N, `ter` the third …
    static let suffixes: [String] = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies",
                                     "decies", "undecies", "duodecies"]

    /// A label read: the number it follows, the suffix (lower case), the
    /// scalars of the label itself (`3 bis.`) and of the label and the white
    /// space after it.
    struct Match: Sendable, Hashable {
        var number: Int
        var suffix: String
        var labelEnd: Int
        var length: Int

        /// The label as `.expect` files and the outline write it: `3 bis`.
        var normalized: String { String(number) + " " + suffix }
        /// The label path and id part: `3bis`.
        var path: String { String(number) + suffix }
    }

    /// The inserted-paragraph label `text` starts with: one to three digits of
    /// any script, an optional space, a suffix of `suffixes` (any case), then
    /// an optional full stop, closing parenthesis or script full stop, then
    /// white space and text. `3 bisogni` and `3 terre` are no labels (a letter
    /// follows the suffix), nor `3 bis` at the end of the text.
    static func match(_ text: [Unicode.Scalar]) -> Match? {
        var index = 0
        while index < text.count, index < 4, ScalarClass.digit(text[index]) != nil { index += 1 }
        guard index > 0, index <= 3, let number = Numerals.decimalValue(text[0..<index]), number > 0 else { return nil }
        if index < text.count, text[index] == " " || text[index] == "\u{00A0}" { index += 1 }
        let suffixStart = index
        while index < text.count, index - suffixStart < 12, isASCIILetter(text[index]) { index += 1 }
        guard index > suffixStart, let suffix = suffix(text[suffixStart..<index]) else { return nil }
        if index < text.count, text[index] == "." || text[index] == ")" || LabelParser.isLabelMark(text[index]) { index += 1 }
        let labelEnd = index
        guard index < text.count, ScalarClass.isWhitespace(text[index]) else { return nil }
        while index < text.count, ScalarClass.isWhitespace(text[index]) { index += 1 }
        guard index < text.count else { return nil }
        return Match(number: number, suffix: suffix, labelEnd: labelEnd, length: index)
    }

    /// The rank of a suffix (2 for `bis`, 3 for `ter` …).
    static func rank(_ suffix: String) -> Int? {
        suffixes.firstIndex(of: suffix).map { $0 + 2 }
    }

    /// The rank of `letters` when they are a suffix of the series in any case
    /// (`bis`, `TER`), else `nil`.
    static func suffixRank(_ letters: ArraySlice<Unicode.Scalar>) -> Int? {
        guard letters.count <= 12, letters.allSatisfy(isASCIILetter) else { return nil }
        return suffix(letters).flatMap(rank)
    }

    private static func suffix(_ letters: ArraySlice<Unicode.Scalar>) -> String? {
        var word = ""
        for scalar in letters { word.unicodeScalars.append(scalar.value < 0x5B ? Unicode.Scalar(scalar.value + 0x20)! : scalar) }
        return suffixes.contains(word) ? word : nil
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }
}
