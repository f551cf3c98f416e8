/// Note markers a document writes as a number in parentheses: its footnotes
/// are labelled `(1)`, `(2)`, and its text cites them glued to a word or a
/// figure (`vodel(2).`, `89/144(1)`), as a superscript becomes in plain text.
/// Such a citation is no figure of the sentence; the other version cites its
/// note by a superscript (`2034²`) or a sign, which are no figures either.
///
/// A `(2)` set apart by a space (`option (2)`), or in a document without a
/// note labelled `(2)`, stays a figure.
enum ParenthesizedNoteMarkers {
    /// The numbers of the footnotes among `blocks` whose label is a number in
    /// parentheses (`(1)`, `(２)`, digits of any system), as canonical figures.
    static func markers(of blocks: [Block]) -> Set<String> {
        var markers = Set<String>()
        for block in blocks where block.kind == .footnote {
            guard let label = block.label, let number = number(inParentheses: Array(label.unicodeScalars)) else { continue }
            markers.insert(String(number))
        }
        return markers
    }

    /// The number written in `scalars` as `(n)` (one to three digits), surrounding white space aside.
    static func number(inParentheses scalars: [Unicode.Scalar]) -> Int? {
        var body = scalars[...]
        while let first = body.first, ScalarClass.isWhitespace(first) { body = body.dropFirst() }
        while let last = body.last, ScalarClass.isWhitespace(last) { body = body.dropLast() }
        guard body.count >= 3, body.count <= 5, body.first == "(", body.last == ")" else { return nil }
        var number = 0
        for scalar in body.dropFirst().dropLast() {
            guard let digit = ScalarClass.digit(scalar) else { return nil }
            number = number * 10 + digit
        }
        return number > 0 ? number : nil
    }

    /// `values` of `text` without the figures that cite one of `markers`: a
    /// whole figure in parentheses glued to the letter or digit before it
    /// (`vodel(2)`, `89/144(1)`).
    static func removingCitations(_ values: [ExtractedNumber], in text: String, markers: Set<String>) -> [ExtractedNumber] {
        guard !markers.isEmpty, values.contains(where: { $0.kind == .number && markers.contains($0.canonical) }) else { return values }
        let scalars = ScalarText.scalars(of: text)
        return values.filter { value in
            guard value.kind == .number, markers.contains(value.canonical) else { return true }
            return !isGluedCitation(value.scalarRange, in: scalars)
        }
    }

    /// Whether `range` of `scalars` is enclosed in parentheses whose opening one is glued to a letter or a digit.
    static func isGluedCitation(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        let open = range.lowerBound - 1, close = range.upperBound
        guard open >= 1, close < scalars.count, scalars[open] == "(", scalars[close] == ")" else { return false }
        let before = scalars[open - 1]
        return before.properties.isAlphabetic || ScalarClass.digit(before) != nil
    }
}
