/// A line of a table's caption: the number, title and unit lines printed
/// above a table (`Table 26.1`, `Financial resources by object of
/// expenditure`, `(Thousands of United States dollars)`), which versions set
/// apart differently (one block a line, the unit line after a blank line, the
/// whole caption on one line: `Tabelle 26.1: Finanzmittel nach Ausgabenart`,
/// the unit in parentheses at the end of the title). A caption line one
/// version sets apart and the other runs into the next caption line says
/// nothing a reviser would miss: it is reported for information.
///
/// Known by its shape and place alone, in any language and script: an
/// unnumbered paragraph that belongs to no numbered unit, of at most
/// ``maximumLength`` scalars, that ends no sentence, followed within
/// ``maximumLines`` blocks, all of them such lines too, by a table row (a
/// block that ends in two figure columns, ``TableRowText``: the header row of
/// years `2033 2034` or the first row of amounts).
enum TableCaptionLine {
    static let maximumLength = 160
    static let maximumLines = 4

    /// Whether block `index` of `version` is such a line.
    static func holds(_ context: CheckContext, _ version: Int, _ index: Int) -> Bool {
        let blocks = context.versions[version].blocks
        guard isCaptionShape(context, version, index) else { return false }
        var next = index + 1
        while next < blocks.count, next <= index + maximumLines {
            if blocks[next].kind == .pageFurniture {
                next += 1
                continue
            }
            guard blocks[next].kind == .unnumberedParagraph, !context.isNumberedUnit(version, next) else { return false }
            if TableRowText.endsInFigureColumns(Array(blocks[next].text.unicodeScalars)) { return true }
            guard isCaptionShape(context, version, next) else { return false }
            next += 1
        }
        return false
    }

    private static func isCaptionShape(_ context: CheckContext, _ version: Int, _ index: Int) -> Bool {
        guard context.kind(version, index) == .unnumberedParagraph, !context.isNumberedUnit(version, index),
              context.length(version, index) <= maximumLength else { return false }
        let scalars = Array(context.text(version, index).unicodeScalars)
        return !scalars.isEmpty && !ScalarText.endsSentence(scalars) && !TableRowText.endsInFigureColumns(scalars)
    }
}
