/// Pass 2: groups lines into raw blocks. Blank lines separate blocks; inside
/// a run of lines, each line starts a new block unless it continues the
/// previous one (it starts in lower case without a label of its own, or the
/// previous line left `**` / `<i>` markup open). UN plain-text exports put
/// one paragraph, heading, header field or list item on each line. The two
/// lines of an old-style masthead pair ("UNITED" / "NATIONS", "Distr." /
/// "GENERAL") stay one block (`MastheadLinePair`). A label alone on its
/// line ("1.", "IV.", "(a)", `LabelOnlyLine`) and the text line after it —
/// also after up to three blank lines — are one block, as are a note's
/// marker alone on its line at the foot and its text line (`NoteMarkerLines`).
/// In a hard-wrapped
/// text, a line broken by the wrap or set under a hanging indent goes on
/// (`HardWrapContinuation`). A page number between dashes
/// (`DashedPageNumber`: "- 2-") is a block of its own.
enum RawBlockBuilder {
    /// Raw blocks of `lines` over `bytes`, in order.
    /// `runningSymbols`: lines that repeat the masthead's symbol below it (`RunningSymbolLines`), each a block of its own.
    static func blocks(_ bytes: [UInt8], _ lines: [TextLine], runningSymbols: Set<Int> = []) -> [RawBlock] {
        var blocks: [RawBlock] = []
        blocks.reserveCapacity(lines.count / 2 + 1)
        var runStart: Int?
        var markupOpen = MarkupState()
        // A label alone on its line ("1.", "IV.", "(a)"): the next text line joins it, also across blank lines.
        var labelAlone: (line: Int, blanks: Int)?
        // The top-level units of a decimal numbering written without a full stop (`1 Scope …` / `1.1 …`) open blocks.
        let heads = BareDecimalHeads.find(bytes, lines)
        // A note's marker alone on its line at the foot (`*` / `A/87/150.`) takes its text line as a label does.
        let noteMarkers = NoteMarkerLines.find(bytes, lines)
        // Captions that open the scopes of a decimal numbering (`Manufa ta 1: …` / `1.1 …`) always open a unit; one
        // alone on its line (`Зорилт 1`) takes its title line below as a label alone does.
        let scopeCaptions = DecimalScopeCaptionLines.find(bytes, lines)
        // A verbatim record's designation alone on its line, a blank line before its speech (`TurnLabelLines`), takes
        // its speech as a label alone does.
        let turnLabels = TurnLabelLines.find(bytes, lines)
        func isLabelAlone(_ line: TextLine, _ index: Int) -> Bool {
            LabelOnlyLine.isLabelOnly(bytes, line.contentStart, line.contentEnd) || heads[index] != nil && BareDecimalHeads.isAlone(bytes, line)
                || noteMarkers.contains(index) || scopeCaptions[index] == true || turnLabels.contains(index)
        }
        let wrap = HardWrapContinuation(bytes, lines)
        // Each line a whole unit: no wrap, and no line that stops on a word runs on into a line in lower case.
        let linesWhole = wrap.width == nil && !runsOnIntoLowercase(bytes, lines)
        var hanging = false
        var wrappedInRun = 0
        // The paragraph numbers that opened blocks: a number that does not continue them may be a wrapped figure.
        var numbers = OpenedNumberCount(), parenthesizedNumbers = OpenedNumberCount()
        // The counts of section-numbered labels (`19.1`, `19-1`), one a section: such a label continuing its count opens a paragraph.
        var sectionNumbers: [Int: OpenedNumberCount] = [:]
        // Whether the run was opened by a paragraph number that continues the count; the number of the last run opened by a bare number (a footnote).
        var runNumbered = false, lastFootnote: Int?
        // Whether the run was opened by a counted bare number (`heads`): such a paragraph runs on to the next head.
        var runOpenedByHead = false
        // The numeric components of the decimal label (`1.1`, `2.1.1`) or counted bare number that opened the run.
        var runDecimal: [Int]?
        // A text that sets its labelled units apart by blank lines (`BlankLineUnits`): whether the run was opened by a
        // label, the decimal label or head that opened it, and the paragraph numbers that opened units so far.
        let unitsSetApart = BlankLineUnits.holds(bytes, lines, heads: heads)
        // Item titles as long as their annotation lines, told by the other items of the same layout (`ItemTitleLayout`).
        let fullTitles = ItemTitleLayout.fullTitles(bytes, lines, width: wrap.width)
        var runLabelled = false, runSequence: [Int]?, setApartNumbers = OpenedNumberCount()
        // Whether the run was opened by a speaker's designation and its colon, in a record whose turns open so.
        var runOpensTurn = false
        func opened(_ index: Int) {
            runNumbered = false
            runOpensTurn = wrap.designationsOpenTurns && HardWrapContinuation.opensTurnWithColon(bytes, lines[index])
            runOpenedByHead = heads[index] != nil
            if unitsSetApart {
                runSequence = heads[index].map { [$0] } ?? BlankLineUnits.sequenceLabel(bytes, lines[index])
                runLabelled = runSequence != nil
                if let label = HardWrapContinuation.numberLabel(bytes, lines[index]), !label.parenthesized {
                    runLabelled = runLabelled || setApartNumbers.continues(label.value)
                    setApartNumbers.open(label.value)
                }
            }
            // Read only where a wrap width is found: the wrapped-figure rule that uses it needs one.
            runDecimal = wrap.width == nil ? nil : heads[index].map { [$0] } ?? DecimalLabelFigure.numericLabel(bytes, lines[index])
            guard wrap.width != nil else { return }
            guard let label = HardWrapContinuation.numberLabel(bytes, lines[index]) else {
                if wrap.opensSectionParagraph(bytes, lines[index]), let section = HardWrapContinuation.sectionLabel(bytes, lines[index]) {
                    // A programme budget's paragraph `19.2`: numbered as a paragraph number is, within its section's count.
                    runNumbered = sectionNumbers[section.section, default: OpenedNumberCount()].continues(section.count)
                    sectionNumbers[section.section, default: OpenedNumberCount()].open(section.count)
                    return
                }
                if !HardWrapContinuation.startsWithLabel(bytes, lines[index]), let figure = HardWrapContinuation.leadingFigureInAnyDigits(bytes, lines[index]) {
                    lastFootnote = figure
                }
                return
            }
            if label.parenthesized {
                // An article's paragraph `(2)` continuing `(1)` is as numbered as `2.` is.
                runNumbered = parenthesizedNumbers.continues(label.value)
                parenthesizedNumbers.open(label.value)
            } else {
                // A paragraph only when its number continues the count ("115. zasadnutie" in a masthead opens none).
                runNumbered = numbers.continues(label.value)
                numbers.open(label.value)
            }
        }
        func close(_ block: RawBlock) {
            var block = block
            block.wrappedLines = wrappedInRun
            blocks.append(block)
            wrappedInRun = 0
        }
        bytes.withUnsafeBufferPointer { buffer in
            for index in lines.indices {
                let line = lines[index]
                if line.isBlank {
                    if let alone = labelAlone, alone.blanks < maximumBlanksAfterLabel {
                        labelAlone = (alone.line, alone.blanks + 1)
                        continue
                    }
                    if let start = runStart { close(RawBlock(lines: start..<(labelAlone.map { $0.line + 1 } ?? index))) }
                    runStart = nil
                    labelAlone = nil
                    markupOpen = MarkupState()
                    continue
                }
                // A page number between dashes ("- 2-") is a block of its own, even mid-sentence.
                if labelAlone == nil, DashedPageNumber.isDashedPageNumber(buffer, line.contentStart, line.contentEnd) {
                    if let start = runStart { blocks.append(RawBlock(lines: start..<index)) }
                    blocks.append(RawBlock(lines: index..<(index + 1)))
                    runStart = nil
                    markupOpen = MarkupState()
                    continue
                }
                if let alone = labelAlone, let start = runStart {
                    labelAlone = nil
                    if heads[index] != nil || scopeCaptions[index] != nil || startsWithLabel(buffer, line) && !startsWithSpacedDash(buffer, line)
                        && !opensWithFigureAfterLabel(bytes, lines[alone.line], line) {
                        // Another label: the one alone stays a block of its own (blank lines after it stay outside).
                        close(RawBlock(lines: start..<(alone.line + 1)))
                        runStart = index
                        opened(index)
                        if isLabelAlone(line, index) { labelAlone = (index, 0) }
                    }
                    markupOpen.scan(buffer, line.contentStart, line.contentEnd)
                    continue
                }
                // A masthead line that is a document symbol alone is a block of its own, whatever the layout around it.
                // So is the symbol repeated further down as a later page's running header.
                if labelAlone == nil, index < mastheadLineLimit && isSymbolLine(bytes, line) || runningSymbols.contains(index) {
                    if let start = runStart { close(RawBlock(lines: start..<index)) }
                    close(RawBlock(lines: index..<(index + 1)))
                    runStart = nil
                    markupOpen = MarkupState()
                    continue
                }
                if let start = runStart {
                    var wrapped = wrap.continues(bytes, lines, index, previousHanging: hanging, previousContinued: start < index - 1,
                                                 inNumberedParagraph: runNumbered, lastFootnote: lastFootnote)
                    if !wrapped.continues,
                       wrap.continuesOutOfCount(bytes, lines, index, inNumberedParagraph: runNumbered, count: { $0 ? parenthesizedNumbers : numbers }) {
                        wrapped = (true, hanging)
                    }
                    // A paragraph opened by a counted bare number (`1⇥…`, `BareDecimalHeads`): a line that starts with a
                    // figure the count did not take ("5 километр аз …", "30 июни …") goes on after a line that ends no sentence.
                    // The head's first child (`1` / `1.1 …`, `༡` / `༡.༡ …`) is a label, however the line above ends.
                    if !wrapped.continues, runOpenedByHead, heads[index] == nil, HardWrapContinuation.leadingFigureInAnyDigits(bytes, line) != nil,
                       !lines[index - 1].isBlank, !HardWrapContinuation.endsSentence(bytes, lines[index - 1]),
                       heads[start].map({ DecimalLabelFigure.numericLabel(bytes, line) != [$0, 1] }) ?? true {
                        wrapped = (true, hanging)
                    }
                    // A paragraph opened by a decimal label (`1.1 Each State should map` / `12,000 villages …`): a line that
                    // starts with a figure that cannot continue the label sequence goes on, however short the line above.
                    if !wrapped.continues, wrap.width != nil, let label = runDecimal, heads[index] == nil,
                       DecimalLabelFigure.isWrappedFigure(bytes, line, after: label),
                       !HardWrapContinuation.endsSentence(bytes, lines[index - 1]), !isLabelAlone(lines[index - 1], index - 1),
                       !HardWrapContinuation.hasColumnGap(bytes, line), !HardWrapContinuation.hasColumnGap(bytes, lines[index - 1]) {
                        wrapped = (true, hanging)
                    }
                    // Units set apart by blank lines (`BlankLineUnits`): inside a labelled unit, a line that starts with a figure
                    // continuing no open count goes on after a line that ends no sentence ("… should keep" / "60 days …").
                    if !wrapped.continues, unitsSetApart, runLabelled, heads[index] == nil,
                       HardWrapContinuation.leadingFigureInAnyDigits(bytes, line) != nil,
                       !HardWrapContinuation.endsSentence(bytes, lines[index - 1]), !isLabelAlone(lines[index - 1], index - 1),
                       !HardWrapContinuation.hasColumnGap(bytes, line), !HardWrapContinuation.hasColumnGap(bytes, lines[index - 1]),
                       !BlankLineUnits.continuesOpenCount(bytes, line, sequence: runSequence, count: setApartNumbers) {
                        wrapped = (true, hanging)
                    }
                    // Units set apart by blank lines: a labelled unit that has run on over lines already goes on under a line
                    // that stops on a word or figure, whatever the next line opens with ("… in resolution" / "A/RES/2026/27."):
                    // no paragraph ends without a mark, and no heading stands in its unit without a blank line.
                    if !wrapped.continues, unitsSetApart, runLabelled, start < index - 1, heads[index] == nil, scopeCaptions[index] == nil,
                       HardWrapContinuation.endsInWordOrFigure(bytes, lines[index - 1]), !HardWrapContinuation.startsWithLabel(bytes, line),
                       !HardWrapContinuation.hasColumnGap(bytes, line), !HardWrapContinuation.hasColumnGap(bytes, lines[index - 1]),
                       !BlankLineUnits.continuesOpenCount(bytes, line, sequence: runSequence, count: setApartNumbers) {
                        wrapped = (true, hanging)
                    }
                    // A turn's speech wrapped by hand in a record whose turns open with a designation and its colon: under a
                    // line of the turn that stops on a word or figure, no mark, a line that opens no turn and no label goes on,
                    // whatever it opens with (a figure, a symbol, a letter of a caseless script: "… لعرض مشروع القرار" /
                    // "A/126/L.29.", "… بنسبة" / "14 في المائة …"): a speech's sentence does not end without a mark.
                    if !wrapped.continues, runOpensTurn, HardWrapContinuation.endsInWordOrFigure(bytes, lines[index - 1]),
                       !HardWrapContinuation.startsWithLabel(bytes, line), !HardWrapContinuation.opensTurnWithColon(bytes, line),
                       !HardWrapContinuation.hasColumnGap(bytes, line), !HardWrapContinuation.hasColumnGap(bytes, lines[index - 1]) {
                        wrapped = (true, hanging)
                    }
                    // A dash the wrap set first ("… на пиысь 64 процент" / "— нывбабаяс.", a copula or an aside) goes on in a
                    // wrapped text after a line that fills the wrap and stops on a word or figure, in a run no dash opened: a
                    // list's dash item follows a colon, a clause's end, another item or a short line. An en or em dash only:
                    // a hyphen-minus opens a bullet.
                    if !wrapped.continues, let width = wrap.width,
                       HardWrapContinuation.length(bytes, lines[index - 1].start, lines[index - 1].contentEnd) * 3 >= width * 2,
                       PDFLabel.dashLength(bytes, line.contentStart, line.contentEnd) == 3,
                       PDFLabel.dashLength(bytes, lines[start].contentStart, lines[start].contentEnd) == 0,
                       HardWrapContinuation.endsInWordOrFigure(bytes, lines[index - 1]), !HardWrapContinuation.endsSentence(bytes, lines[index - 1]),
                       !HardWrapContinuation.hasColumnGap(bytes, lines[index - 1]) {
                        wrapped = (true, hanging)
                    }
                    // A figure inside an annotation indented under its item (`IndentedBlockFigure`) goes on.
                    if !wrapped.continues, IndentedBlockFigure.goesOn(bytes, lines, index) { wrapped = (true, hanging) }
                    // A line of sentence length runs on into its wrapped rest (`SentenceLengthLine`): no title is so long.
                    if !wrapped.continues, SentenceLengthLine.runsOn(bytes, lines[index - 1], line, linesWhole: linesWhole) { wrapped = (true, hanging) }
                    // An item's title that only looks full, over its annotation, in a layout the other items show.
                    if wrapped.continues, fullTitles.contains(index - 1) { wrapped = (false, false) }
                    // The masthead line naming the presiding officer ("Mũsumbĩ: Ms. Lindqvist (Freedonia)", a function no table
                    // knows) opens a line of its own under a full line: a wrap breaks no sentence into a function and its colon.
                    if wrapped.continues, index < mastheadLineLimit, isPresidingLine(bytes, line) { wrapped = (false, false) }
                    // The columns of one masthead line, split apart (`MastheadLineSplitter`), never wrap into each other.
                    if wrapped.continues, index < mastheadLineLimit, !bytes[lines[index - 1].end..<line.start].contains(where: { $0 == 0x0A || $0 == 0x0D }) {
                        wrapped = (false, false)
                    }
                    hanging = wrapped.hanging
                    // One unit a line (no wrap): a line ending with a clause's comma after a line that ends so is the next
                    // clause of a list or preamble, also in lower case ("Անվտանգության խորհուրդը," / "… հիշեցնելով,").
                    // A text wrapped by hand, unevenly, may break any line after a comma: there the wrap decides.
                    // In a text whose lines are whole (`runsOnIntoLowercase`), any line after a clause's comma starts a unit:
                    // the clause marker of a verb-final language is the clause's last word, so the next clause may open in
                    // lower case on any word ("… тооцҗ," / "хойр орна … седҗ,", "… dikkate alarak," / "iki ülke … arzu ederek,"),
                    // and so may the words of agreement after the last clause ("aşağıdaki hususlarda mutabık kalmışlardır:").
                    // Only inside a run of clauses (the line above follows a clause too): a title's "Rezolūcija 2904 (2026)," /
                    // "ko Drošības padome …" goes on.
                    let clauseAfterClause = wrap.width == nil
                        && endsWithClauseMark(buffer, lines[index - 1])
                        && (endsWithClauseMark(buffer, line)
                            || linesWhole && index >= 2 && !lines[index - 2].isBlank && endsWithClauseMark(buffer, lines[index - 2]))
                    if clauseAfterClause { wrapped = (false, false); hanging = false }
                    // In a text wrapped to a stable right margin, a line that ends a clause (a comma, a semicolon) and could have taken
                    // the next line's first word ends its unit, also before a line in lower case ("… delle due Parti," /
                    // "hanno convenuto quanto segue:", a German "… über die ländliche Entwicklung," / "besorgt darüber, …").
                    // Only after a clause that ran on over lines (a title's first line "Rezolūcija 2904 (2026)," goes on into
                    // "ko Drošības padome …"), outside a numbered paragraph (where a comma is mid-sentence).
                    let endsAtClause = wrap.rightMargin != nil && start < index - 1 && !runNumbered && !runOpenedByHead
                        && runDecimal == nil
                        && endsWithClauseMark(buffer, lines[index - 1])
                        && wrap.endsShortOfMargin(bytes, lines[index - 1], line)
                    let lowerCase = continuesSentence(buffer, line) && !clauseAfterClause && !endsAtClause
                    if heads[index] != nil || scopeCaptions[index] != nil || !markupOpen.isOpen && !lowerCase && !wrapped.continues
                        && !(index < mastheadLineLimit && MastheadLinePair.joins(buffer, lines[index - 1], line)) {
                        close(RawBlock(lines: start..<index))
                        runStart = index
                        opened(index)
                        if isLabelAlone(line, index) { labelAlone = (index, 0) }
                    } else if wrapped.continues || (lowerCase && wrap.width != nil) {
                        wrappedInRun += 1
                    }
                } else {
                    runStart = index
                    opened(index)
                    hanging = false
                    if isLabelAlone(line, index) { labelAlone = (index, 0) }
                }
                markupOpen.scan(buffer, line.contentStart, line.contentEnd)
            }
        }
        if let start = runStart { close(RawBlock(lines: start..<(labelAlone.map { $0.line + 1 } ?? lines.count))) }
        return blocks
    }

    /// Whether some line of the text stops on a word or figure (no punctuation) and the next line goes on in lower case
    /// ("… in" / "particular …"): a line broken inside its sentence or clause, by a wrap or by hand. A text where no line
    /// does so, and that shows no wrap width, sets each paragraph or clause on a line of its own, whatever the case of
    /// the line's first letter. A line set in two columns ("Centésimo … período      Centésimo … año" / "de sesiones",
    /// a masthead) wraps its left column's cell, not the text: it tells nothing.
    static func runsOnIntoLowercase(_ bytes: [UInt8], _ lines: [TextLine]) -> Bool {
        guard lines.count >= 2 else { return false }
        for index in 1..<lines.count where !lines[index].isBlank && !lines[index - 1].isBlank {
            if HardWrapContinuation.endsInWordOrFigure(bytes, lines[index - 1]), HardWrapContinuation.startsLowercase(bytes, lines[index]),
               !HardWrapContinuation.hasColumnGap(bytes, lines[index - 1]) {
                return true
            }
        }
        return false
    }

    /// Whether `line`, under the number alone on its line `label` (`5.`), starts with a figure that continues no
    /// count and so is the text of that number, no label of its own: a year and its stop as a date written year
    /// first opens it (`5.` / `2036. január 1-jétől …`, `2036. godā …`). A number of four digits or more numbers no
    /// paragraph; under a paragraph number `n` alone, a number that neither opens a count (`1.`) nor goes on from `n`
    /// by a step of at most three (a paragraph left without text, `5.` / `6.`) is no label either. The numbering
    /// sequence decides, not the words after the figure.
    static func opensWithFigureAfterLabel(_ bytes: [UInt8], _ label: TextLine, _ line: TextLine) -> Bool {
        guard let figure = HardWrapContinuation.numberLabel(bytes, line), !figure.parenthesized else { return false }
        if figure.value >= 1000 { return true }
        guard let alone = HardWrapContinuation.numberLabel(bytes, label), !alone.parenthesized else { return false }
        return figure.value != 1 && !(figure.value > alone.value && figure.value <= alone.value + maximumCountStep)
    }

    /// The largest step between two numbers of one count (a paragraph one version leaves out: `1 2 4`).
    static let maximumCountStep = 3

    /// At most this many blank lines may stand between a label alone and its text.
    static let maximumBlanksAfterLabel = 3

    /// Whether a line starts with a label of its own ("2.", "(b)", a bullet).
    private static func startsWithLabel(_ buffer: UnsafeBufferPointer<UInt8>, _ line: TextLine) -> Bool {
        var head: [Unicode.Scalar] = []
        let start = WideIndent.skip(buffer, line.contentStart, line.contentEnd)
        _ = ScalarText.appendFolded(buffer, start, min(line.contentEnd, start + 48), into: &head, lastWasSpace: false)
        return LabelParser.parse(head, language: nil) != nil || LabelOnlyLine.isLabelOnly(head)
    }

    /// Whether a line ends with a comma or semicolon (`,` `;` `،` `؛` `，` `；`, the ideographic comma `、` of Japanese), as
    /// the clauses of a preamble or a list do.
    static func endsWithClauseMark(_ buffer: UnsafeBufferPointer<UInt8>, _ line: TextLine) -> Bool {
        endsWithClauseMark(buffer, line.contentStart, line.contentEnd)
    }

    /// Whether `buffer[start..<end]` ends with a comma or semicolon (`endsWithClauseMark(_:_:)`).
    static func endsWithClauseMark(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var end = end
        while end > start, buffer[end - 1] == 0x20 || buffer[end - 1] == 0x09 || buffer[end - 1] == 0x0D { end -= 1 }
        guard end > start else { return false }
        let last = buffer[end - 1]
        if last == UInt8(ascii: ",") || last == UInt8(ascii: ";") { return true }
        guard end - start >= 2 else { return false }
        // ، (D8 8C) and ؛ (D8 9B); ， (EF BC 8C) and ； (EF BC 9B); 、 (E3 80 81).
        if buffer[end - 2] == 0xD8, last == 0x8C || last == 0x9B { return true }
        guard end - start >= 3 else { return false }
        if buffer[end - 3] == 0xE3, buffer[end - 2] == 0x80, last == 0x81 { return true }
        return buffer[end - 3] == 0xEF && buffer[end - 2] == 0xBC && (last == 0x8C || last == 0x9B)
    }

    /// Whether a line starts with an en or em dash and white space: after a
    /// label alone it is the rest of the label (`I. –` set apart from its
    /// text, as French statutes number an article's paragraphs), no bullet.
    private static func startsWithSpacedDash(_ buffer: UnsafeBufferPointer<UInt8>, _ line: TextLine) -> Bool {
        var head: [Unicode.Scalar] = []
        let start = WideIndent.skip(buffer, line.contentStart, line.contentEnd)
        _ = ScalarText.appendFolded(buffer, start, min(line.contentEnd, start + 8), into: &head, lastWasSpace: false)
        return head.count >= 2 && (head[0] == "–" || head[0] == "—") && ScalarClass.isWhitespace(head[1])
    }

    /// Whether `line` is a document symbol alone (`A/81/207`, `S/RES/2931 (2026)`), as a masthead sets it.
    static func isSymbolLine(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        let length = line.contentEnd - line.contentStart
        guard length >= 3, length <= 48, (0x41...0x5A).contains(bytes[line.contentStart]),
              bytes[line.contentStart..<line.contentEnd].contains(0x2F), bytes[line.contentEnd - 1] != 0x2E,
              !CitedFootnoteMarker.endsWithFigureStopMarker(bytes, line.contentStart, line.contentEnd) else { return false }
        return HeaderLineRecognizer.isSymbol(String(decoding: bytes[line.contentStart..<line.contentEnd], as: UTF8.self))
    }

    /// Old-style mastheads stand in the first lines only.
    static let mastheadLineLimit = 60

    /// Whether the line names the presiding officer as a whole masthead line (`SpeakerLine.isWholePresidingLine`).
    private static func isPresidingLine(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        let end = min(line.contentEnd, line.contentStart + SpeakerLine.maximumLength * 4)
        guard bytes[line.contentStart..<end].contains(where: { $0 == 0x3A || $0 >= 0xE0 }) else { return false }
        return SpeakerLine.isWholePresidingLine(ScalarText.scalars(bytes, line.contentStart, line.contentEnd))
    }

    /// Whether a line starts in lower case and has no label of its own (nor is a label alone).
    private static func continuesSentence(_ buffer: UnsafeBufferPointer<UInt8>, _ line: TextLine) -> Bool {
        // An ASCII first byte is the first scalar (no white space starts a line's content): a capital, a digit or a mark is no lower case.
        guard line.contentStart < line.contentEnd else { return false }
        let first = buffer[line.contentStart]
        if first < 0x80, !(first >= 0x61 && first <= 0x7A) { return false }
        var head: [Unicode.Scalar] = []
        _ = ScalarText.appendFolded(buffer, line.contentStart, min(line.contentEnd, line.contentStart + 48), into: &head, lastWasSpace: false)
        guard let first = head.first, ScalarClass.isLowercase(first) else { return false }
        // A list label alone on its line ("a)", "(b)") starts an item.
        return LabelParser.parse(head, language: nil) == nil && !LabelOnlyLine.isLabelOnly(head)
    }

    /// Tracks whether `**bold**` or an HTML-like tag is open at a line end.
    struct MarkupState {
        var boldOpen = false
        var tagDepth = 0
        var isOpen: Bool { boldOpen || tagDepth > 0 }

        mutating func scan(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
            var index = start
            while index < end {
                let byte = b[index]
                if byte == 0x2A, index + 1 < end, b[index + 1] == 0x2A,
                   index + 2 >= end || b[index + 2] != 0x2A, index == start || b[index - 1] != 0x2A {
                    let before: UInt8? = index > start ? b[index - 1] : nil
                    let after: UInt8? = index + 2 < end ? b[index + 2] : nil
                    if !boldOpen, let after, !ByteClass.isASCIIWhitespace(after),
                       before == nil || ByteClass.isASCIIWhitespace(before!) || before == 0x28 {
                        boldOpen = true
                    } else if boldOpen, let before, !ByteClass.isASCIIWhitespace(before) {
                        boldOpen = false
                    }
                    index += 2
                    continue
                }
                if byte == 0x3C, index + 2 < end {
                    let closing = b[index + 1] == 0x2F
                    let nameStart = closing ? index + 2 : index + 1
                    var nameEnd = nameStart
                    while nameEnd < end, nameEnd < nameStart + 6, (0x61...0x7A).contains(b[nameEnd]) { nameEnd += 1 }
                    if nameEnd < end, b[nameEnd] == 0x3E, nameEnd > nameStart {
                        let name = Array(b[nameStart..<nameEnd])
                        if name == [0x69] || name == [0x62] || name == Array("em".utf8) || name == Array("strong".utf8) {
                            tagDepth = max(0, tagDepth + (closing ? -1 : 1))
                        }
                        index = nameEnd + 1
                        continue
                    }
                }
                index += 1
            }
        }
    }
}
