/// The words of agreement of a treaty or agreement set on a line of their own ("Have agreed as follows:",
/// "согласились о нижеследующем:") right over its first article or division, in a hard-wrapped text: a short line
/// ending with a colon under a line that ends a preambular clause with its comma or semicolon. They end the
/// preamble, whatever word they open with, so they do not go on from the clause above.
enum WordsOfAgreementLine {
    /// Whether the line `line` stands so between `previous` and `next` (byte ranges of `bytes`; `articleOrDivision`
    /// says whether `next` is an article or division line, asked last: most lines fail the cheaper tests first).
    static func standsApart(
        _ bytes: [UInt8], previous: Range<Int>, line: Range<Int>, articleOrDivision: @autoclosure () -> Bool
    ) -> Bool {
        guard line.count <= 4 * BlockClassifier.formulaMaximumLength,
              bytes.withUnsafeBufferPointer({ RawBlockBuilder.endsWithClauseMark($0, previous.lowerBound, previous.upperBound) })
        else { return false }
        let scalars = ScalarText.scalars(bytes, line.lowerBound, line.upperBound)
        guard scalars.count <= BlockClassifier.formulaMaximumLength,
              let last = scalars.last(where: { !ScalarClass.isWhitespace($0) }), ScalarClass.isColon(last) else { return false }
        return articleOrDivision()
    }

    /// Whether `next` is an article line ("Article 1. Purpose") or a division line ("CHAPTER I").
    static func isArticleOrDivision(_ bytes: [UInt8], _ next: Range<Int>) -> Bool {
        let (start, end) = (next.lowerBound, next.upperBound)
        if ArticleLine.mayMatch(bytes, start, end), ArticleLine.match(ScalarText.scalars(bytes, start, end)) != nil { return true }
        return DivisionLine.mayMatch(bytes, start, end) && DivisionLine.match(ScalarText.scalars(bytes, start, end)) != nil
    }
}
