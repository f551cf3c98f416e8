/// The item titles of an annotated agenda whose titles are as long as its annotation lines, told by the document's
/// consensus: each item is its number and title on one line (`3.⇥Adoption of the agenda …`, `2) Adoption of the
/// agenda.`), its annotation indented under it (a tab, spaces), with no blank lines. A hard wrap breaks a line only
/// where the next word does not fit, so a title line that could have taken the annotation's first word is a title;
/// one that could not may be a paragraph's first line, broken by the wrap. Where the document's other items show the
/// layout — at least `minimumShortTitles` numbered lines that could have taken the next word, each over an annotation
/// at one indentation, and at most half as many that could not — a numbered line over an annotation at that same
/// indentation is a title too, however full it looks: the layout, not the length, tells.
///
/// A title line here opens with a paragraph number, stands left of the line under it and ends on a word, a figure or
/// a full stop (no comma, colon or semicolon: a clause goes on). The line under it opens an annotation: no label, not
/// in lower case, and it ends a sentence or runs on (`opensAnnotation`). A title
/// wrapped over two lines (`3.⇥Annahme der Tagesordnung und` / `⇥Organisation der Arbeit` / `⇥Dem Ausschuss …`) has a
/// short second line that ends no sentence: no annotation opens there.
enum ItemTitleLayout {
    /// Numbered lines that could have taken the next word needed before the layout counts.
    static let minimumShortTitles = 2

    /// The indices of numbered lines that are item titles although they could not take the next line's first word
    /// within `width` (above); empty where the document shows no such layout.
    static func fullTitles(_ bytes: [UInt8], _ lines: [TextLine], width: Int?) -> Set<Int> {
        guard let width, lines.count >= 3 else { return [] }
        // Per indentation of the annotation: the titles that could take the next word, and the lines that look full.
        var short: [Int: Int] = [:]
        var full: [Int: [Int]] = [:]
        for index in lines.indices.dropLast() {
            let line = lines[index], next = lines[index + 1]
            guard !line.isBlank, !next.isBlank, let label = HardWrapContinuation.numberLabel(bytes, line), !label.parenthesized,
                  !LabelOnlyLine.isLabelOnly(bytes, line.contentStart, line.contentEnd),
                  HardWrapContinuation.endsInWordOrFigure(bytes, line) || HardWrapContinuation.endsSentence(bytes, line),
                  !HardWrapContinuation.startsWithLabel(bytes, next), !HardWrapContinuation.startsLowercase(bytes, next)
            else { continue }
            let indent = HardWrapContinuation.length(bytes, next.start, next.contentStart)
            guard indent > HardWrapContinuation.length(bytes, line.start, line.contentStart),
                  opensAnnotation(bytes, lines, index + 1, width: width) else { continue }
            let length = HardWrapContinuation.length(bytes, line.start, line.contentEnd)
            if length + 1 + HardWrapContinuation.firstWordLength(bytes, next) <= width {
                short[indent, default: 0] += 1
            } else {
                full[indent, default: []].append(index)
            }
        }
        var titles: Set<Int> = []
        for (indent, lines) in full where short[indent, default: 0] >= minimumShortTitles && lines.count * 2 <= short[indent, default: 0] {
            titles.formUnion(lines)
        }
        return titles
    }

    /// Whether `lines[index]` opens an annotation: it ends a sentence, or it fills half the width at least and runs on
    /// into the next line at its indentation, which goes on in lower case or with a figure (`… whose cost is` /
    /// `⇥2.7 million dollars.`). A title's wrapped rest is short, or runs on into the annotation's capital.
    private static func opensAnnotation(_ bytes: [UInt8], _ lines: [TextLine], _ index: Int, width: Int) -> Bool {
        let line = lines[index]
        if HardWrapContinuation.endsSentence(bytes, line) { return true }
        guard index + 1 < lines.count, !lines[index + 1].isBlank, HardWrapContinuation.endsInWordOrFigure(bytes, line) else { return false }
        let next = lines[index + 1]
        return HardWrapContinuation.length(bytes, line.start, line.contentEnd) * 2 >= width
            && HardWrapContinuation.length(bytes, next.start, next.contentStart) == HardWrapContinuation.length(bytes, line.start, line.contentStart)
            && (HardWrapContinuation.startsLowercase(bytes, next) || HardWrapContinuation.leadingFigureInAnyDigits(bytes, next) != nil)
    }
}
