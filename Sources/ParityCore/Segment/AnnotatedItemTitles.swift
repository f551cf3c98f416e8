/// An item's title on its line and, on the next, a sentence of its own about it — an annotated agenda
/// (`᥇.⇥ᤀᤰᤌᤢᤱ …` / `ᤁᤠᤰᤋᤢ … ।`), a list of decisions with their titles — in a script without capitals.
///
/// In a cased script the annotation's capital tells that it opens a paragraph. A caseless line after a
/// numbered paragraph or an item that ends no sentence is read as going on from it (a page break, an
/// uneven wrap), so the annotation would be run into its item's title. The document itself tells the
/// two apart when it repeats the shape:
///
/// - an item's title is a label and its text on one line (or a label alone over one line), ending with
///   no punctuation (no full stop of any script, colon, semicolon or comma);
/// - the unit under it opens with a caseless letter, carries no label, and ends a sentence with the
///   script's full stop (`.`, `।`, `။`, `።`, `。` …) — or, in a script that ends its sentences with no
///   mark (Thai), runs up to the next item or a rule;
/// - the title was not broken by a wrap: it stops short of half the document's width (the hard wrap's
///   width, or its longest line when it is set one unit a line), or could have taken the first word of
///   the unit under it within that width; in a text that shows no right margin at all (`LinePerUnitText`),
///   no title was broken, however long.
///
/// When at least `minimumPairs` titles stop short of half the width so, every unit under a title of that
/// shape is an annotation: a paragraph of its own. A paragraph hard-wrapped in such a script keeps its
/// lines: its first line fills the width (the wrap broke it there), and the lines under it do not each end
/// a sentence.
enum AnnotatedItemTitles {
    /// Item titles with an annotation under them, set well short of the width, needed before the shape counts.
    static let minimumPairs = 2

    /// Indices of the units that are annotations under an item title, when the document repeats the shape
    /// (empty otherwise).
    static func annotations(_ bytes: [UInt8], _ lines: [TextLine], _ units: [RawBlock]) -> Set<Int> {
        guard units.count > 2 else { return [] }
        var candidates: [(annotation: Int, titleLength: Int, firstWord: Int, blankBetween: Bool)] = []
        for index in units.indices.dropLast() {
            guard let title = titleLine(bytes, lines, units[index]) else { continue }
            let next = units[index + 1]
            guard let first = next.lines.first(where: { !lines[$0].isBlank }), let last = next.lines.last(where: { !lines[$0].isBlank }),
                  opensCaselessText(bytes, lines[first], figureFirst: true),
                  endsSentence(bytes, lines[last]) || closesBeforeLabel(bytes, lines, units, after: index + 1) else { continue }
            let line = lines[title]
            candidates.append((index + 1, HardWrapContinuation.length(bytes, line.start, line.contentEnd),
                               HardWrapContinuation.firstWordLength(bytes, lines[first]),
                               (units[index].lines.upperBound..<next.lines.lowerBound).contains { lines[$0].isBlank }))
        }
        guard candidates.count >= minimumPairs else { return [] }
        let wrap = HardWrapContinuation(bytes, lines)
        // A text that sets one unit a line with no right margin (`LinePerUnitText`) wrapped no title: every unit under one
        // is its annotation, however long the titles.
        if wrap.linesWhole { return Set(candidates.map(\.annotation)) }
        let width = wrap.width ?? longestLine(bytes, lines)
        // A title over a blank line was broken by no wrap (a wrap leaves no blank line), however long.
        let wellShort = candidates.filter { $0.blankBetween || $0.titleLength * 2 <= width }
        guard wellShort.count >= minimumPairs else { return [] }
        // A title that could have taken the annotation's first word was not broken there by the wrap; nor was one that
        // stops short of half the width (Thai runs its words together: its "first word" is the run up to a space).
        return Set(candidates.filter { $0.blankBetween || $0.titleLength * 2 <= width || $0.titleLength + 1 + $0.firstWord <= width }
            .map(\.annotation))
    }

    /// Splits the units that hold an item's title and, on the next line with no blank line between, its annotation
    /// (`1、会议开幕` / `会议由主席…宣布开幕。`), in a text that sets its items apart by blank lines: the title on one line
    /// with its label, ending with no punctuation, well short of half the width; the annotation opening with a caseless
    /// letter (or a figure glued to one) and its last line ending a sentence. Only when at least `minimumPairs` items show
    /// the shape (counting titles and annotations that are units already): then each such unit is split in two, the
    /// annotation a unit of its own, as `annotations(_:_:_:)` reads it.
    static func splitTitledUnits(_ bytes: [UInt8], _ lines: [TextLine], _ units: inout [RawBlock]) {
        guard units.count > 2, lines.contains(where: \.isBlank) else { return }
        var splits: [(unit: Int, at: Int, titleLength: Int)] = []
        for (index, unit) in units.enumerated() where unit.lines.count >= 2 {
            let first = unit.lines.lowerBound, second = first + 1
            // The first line alone is a title as `titleLine` reads one: a label and its text, ending with no punctuation.
            guard !lines[second].isBlank, titleLine(bytes, lines, RawBlock(lines: first..<second)) != nil,
                  opensCaselessText(bytes, lines[second], figureFirst: true),
                  let last = unit.lines.last(where: { !lines[$0].isBlank }), endsSentence(bytes, lines[last]) else { continue }
            splits.append((index, second, HardWrapContinuation.length(bytes, lines[first].start, lines[first].contentEnd)))
        }
        guard !splits.isEmpty else { return }
        let width = HardWrapContinuation(bytes, lines).width ?? longestLine(bytes, lines)
        let titled = splits.filter { $0.titleLength * 2 <= width }
        // Items whose title and annotation are units already show the shape too.
        var pairs = titled.count
        for index in units.indices.dropLast() where pairs < minimumPairs {
            guard let title = titleLine(bytes, lines, units[index]), units[index].lines.count == 1,
                  HardWrapContinuation.length(bytes, lines[title].start, lines[title].contentEnd) * 2 <= width,
                  let first = units[index + 1].lines.first(where: { !lines[$0].isBlank }),
                  opensCaselessText(bytes, lines[first], figureFirst: true) else { continue }
            pairs += 1
        }
        guard !titled.isEmpty, pairs >= minimumPairs else { return }
        // One pass, each unit moved once.
        var result: [RawBlock] = []
        result.reserveCapacity(units.count + titled.count)
        var next = 0
        for (index, unit) in units.enumerated() {
            guard next < titled.count, titled[next].unit == index else {
                result.append(unit)
                continue
            }
            result.append(RawBlock(lines: unit.lines.lowerBound..<titled[next].at))
            result.append(RawBlock(lines: titled[next].at..<unit.lines.upperBound, wrappedLines: max(0, unit.wrappedLines - 1)))
            next += 1
        }
        units = result
    }

    /// The line holding an item's title when `unit` is one: a label and its text on one line (or a label alone
    /// on its line over one line of text) that ends with no punctuation — no full stop, colon, semicolon or comma.
    private static func titleLine(_ bytes: [UInt8], _ lines: [TextLine], _ unit: RawBlock) -> Int? {
        var text: [Int] = []
        for index in unit.lines where !lines[index].isBlank {
            text.append(index)
            if text.count > 2 { return nil }
        }
        guard let first = text.first, HardWrapContinuation.startsWithLabel(bytes, lines[first]) else { return nil }
        let firstAlone = LabelOnlyLine.isLabelOnly(bytes, lines[first].contentStart, lines[first].contentEnd)
        guard text.count == 1 ? !firstAlone : firstAlone else { return nil }
        let line = lines[text[text.count - 1]]
        guard !ScalarText.endsWithTerminalPunctuation(bytes, line.contentStart, line.contentEnd),
              !HardWrapContinuation.endsWithClauseMark(bytes, line) else { return nil }
        return text[text.count - 1]
    }

    /// Whether `line` opens text in a caseless script: no label of its own, its first letter caseless; with
    /// `figureFirst`, also after a figure that opens it (`2045年拟议预算…`).
    private static func opensCaselessText(_ bytes: [UInt8], _ line: TextLine, figureFirst: Bool = false) -> Bool {
        // A Latin letter first is no caseless script's.
        guard line.contentEnd > line.contentStart, !(0x61...0x7A).contains(bytes[line.contentStart] | 0x20) else { return false }
        let head = ScalarText.scalars(bytes, line.contentStart, min(line.contentEnd, line.contentStart + 48))
        // A figure glued to the caseless letter after it is no label (`2045年…`).
        if figureFirst, let afterFigure = head.firstIndex(where: { ScalarClass.digit($0) == nil }), afterFigure > 0 {
            return ScalarClass.isCaselessLetter(head[afterFigure])
        }
        guard !HardWrapContinuation.startsWithLabel(bytes, line) else { return false }
        guard let letter = ScalarText.firstLetter(head) else { return false }
        return ScalarClass.isCaselessLetter(letter)
    }

    /// Whether `line` ends a sentence (`.`, `।`, `။`, `።`, `。` …), also before a footnote's call.
    private static func endsSentence(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        let scalars = ScalarText.scalars(bytes, line.contentStart, line.contentEnd)
        return ScalarText.endsSentence(scalars) || ScalarText.endsSentenceBeforeFootnoteMarker(scalars)
    }

    /// Whether the unit after `units[index]` opens with a label (the next item) or holds no letter (a footnote rule), or
    /// there is none: the end of an annotation in a script that ends its sentences with no mark (Thai, Lao) or with a mark
    /// that also ends clauses (the Tibetan shad). Up to `maximumFurtherParagraphs` units of caseless text may stand
    /// between (an annotation of several paragraphs, `༢.⇥…།` / `…།` / `…།` / `༣.⇥…`).
    private static func closesBeforeLabel(_ bytes: [UInt8], _ lines: [TextLine], _ units: [RawBlock], after index: Int) -> Bool {
        var next = index + 1
        while next < units.count, next - index <= maximumFurtherParagraphs + 1 {
            guard let first = units[next].lines.first(where: { !lines[$0].isBlank }) else { return true }
            let line = lines[first]
            if HardWrapContinuation.startsWithLabel(bytes, line) { return true }
            if opensCaselessText(bytes, line) {
                next += 1
                continue
            }
            var reader = FoldedScalarReader(bytes, line.contentStart, line.contentEnd)
            while let scalar = reader.next() {
                if scalar.properties.isAlphabetic { return false }
            }
            return true
        }
        return next >= units.count
    }

    /// Further paragraphs of caseless text an annotation may hold before the next item (`closesBeforeLabel`).
    static let maximumFurtherParagraphs = 3

    /// The longest line, in scalars with its indent, of a text set one unit a line.
    private static func longestLine(_ bytes: [UInt8], _ lines: [TextLine]) -> Int {
        var longest = 0
        for line in lines where !line.isBlank { longest = max(longest, HardWrapContinuation.length(bytes, line.start, line.contentEnd)) }
        return longest
    }
}
