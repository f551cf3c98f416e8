/// A unit of one short line without figures that one version sets apart and
/// the other leaves out or runs into a neighbouring unit: a title line, a
/// closing formula, a signature, a caption word (`謹啟`, `Kwa heshima`, a
/// name). It says nothing a reviser would miss as a paragraph, so a missing or
/// extra one is reported for information, not as a missing paragraph.
///
/// Known by its shape alone, in any script: an unnumbered paragraph that
/// belongs to no numbered unit, of at most ``maximumWords`` words and
/// ``maximumLength`` scalars other than white space, without a digit of any
/// system.
enum StandaloneShortLine {
    static let maximumWords = 3
    static let maximumLength = 40

    /// Whether block `index` of `version` is such a line.
    static func holds(_ context: CheckContext, _ version: Int, _ index: Int) -> Bool {
        guard context.kind(version, index) == .unnumberedParagraph, !context.isNumberedUnit(version, index),
              context.length(version, index) <= maximumLength else { return false }
        var words = 0, inWord = false
        for scalar in context.text(version, index).unicodeScalars {
            if DecimalDigit.value(scalar) != nil { return false }
            if scalar.properties.isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > maximumWords { return false }
            }
        }
        return words > 0
    }
}
