/// Tells, in a text typed or saved with hard line breaks (no form feeds, not
/// read as PDF-extracted), which line of a run goes on from the line above
/// instead of starting a block of its own. Clean UN texts put one unit on a
/// line; a hard-wrapped text breaks a long unit over several lines, and a
/// wrapped line may start in upper case (a German noun, a name), so the
/// lower-case test of `RawBlockBuilder` alone does not see it.
///
/// Two signs, both only for a line that has no label of its own:
///
/// - the wrap width: the text is hard-wrapped at `width` scalars (its longest
///   line, at most `maximumWidth`, with several lines that stop short of the
///   next word without ending a sentence); a line that does not end a
///   sentence and could not have taken the next line's first word within the
///   width was broken by the wrap, so the next line goes on;
///   A header line (`HeaderLineRecognizer`) and a table-of-contents row
///   (a number after a dot leader) are whole lines, whatever their length;
/// - a hanging indent: a line indented exactly under the text after the
///   label of the line above ("12. The …" / "    continued"), or under an
///   indented line that went on so, goes on.
struct HardWrapContinuation {
    /// Texts whose longest line is longer than this are one unit a line (clean text).
    static let maximumWidth = 160
    /// Texts whose longest line is narrower than this, in display columns, are no wrap (a list of short lines).
    static let minimumWidth = 30
    /// A wrap measured on the lines that run on is refuted by a line under one of them longer than it by more than
    /// its quotient by this (a fifth).
    static let overrunDivisor = 5
    /// Lines broken by the wrap needed before the width counts.
    static let minimumWrappedLines = 2
    /// Lines that stop on a word before a line in lower case needed when the longest line tells no wrap.
    static let minimumLowercaseWraps = 3

    /// The wrap width, when the text looks hard-wrapped.
    let width: Int?

    init(_ bytes: [UInt8], _ lines: [TextLine]) {
        designationsOpenTurns = Self.holdsTurns(bytes, lines)
        let sectionHead = Self.sectionHead(bytes, lines)
        self.sectionHead = sectionHead
        // A line with a dot leader in its middle (a verbatim record's masthead "President: Mr. X ........ (Y)") is no
        // running text: its length tells nothing of the wrap. A contents row, which ends with its leader and page, does.
        var longest = 0
        for line in lines where !line.isBlank && !Self.holdsInnerDotLeader(bytes, line.contentStart, line.contentEnd) {
            longest = max(longest, Self.length(bytes, line.start, line.contentEnd))
        }
        // The shortest wrap counts display columns: a Han text wrapped at 30 full-width columns has lines of 15 scalars.
        // A line takes at least one column a scalar, so only a text of short lines is measured again.
        var longestColumns = longest
        if longest < Self.minimumWidth {
            for line in lines where !line.isBlank && !Self.holdsInnerDotLeader(bytes, line.contentStart, line.contentEnd) {
                longestColumns = max(longestColumns, Self.columns(bytes, line.start, line.contentEnd))
            }
        }
        // A text with no blank lines whose lines show no right margin (`LinePerUnitText`: every line that stops on a word
        // before an unlabelled line is followed by a line that ends a sentence, and could have taken its first word within
        // the longest line that ends one) sets one unit a line: an annotated agenda's item titles over their annotations.
        linesWhole = LinePerUnitText.holds(bytes, lines)
        guard !linesWhole, longestColumns >= Self.minimumWidth, longest <= Self.maximumWidth else {
            width = nil
            numberedParagraphsSetApart = false
            paragraphEndsSetApart = false
            rightMargin = nil
            names = []
            return
        }
        // Lines that stop short of the next line's first word, mid-sentence, followed by a line without a label;
        // lines that stop on a word or figure, followed by a line that goes on in lower case; the longest line
        // followed by a line without a label that it may run on into.
        // Numbered paragraphs' first lines (a paragraph number or a section-numbered label, `19.2⇥…`) that fill half
        // the longest line at least and stop on a word or figure before a line without a label: a clean text's
        // paragraph ends its line with its sentence.
        var wrapped = 0, wrappedMidClause = 0, wrappedBeforeLowercase = 0, longestRunningOn = 0, longestRunningOnColumns = 0
        var numberedRunningOn = 0
        // The longest line under a line that runs on: in a wrap, no longer than the wrap.
        var longestGoingOn = 0
        for index in lines.indices.dropLast() where !lines[index].isBlank && !lines[index + 1].isBlank {
            let line = lines[index], next = lines[index + 1]
            if (Self.endsSentence(bytes, line) && !Self.endsInDotLeader(bytes, line)) || Self.startsWithLabel(bytes, next) { continue }
            let length = Self.length(bytes, line.start, line.contentEnd)
            // A masthead line set in two columns ("総会　　　　Distr.: General" over its date) runs on into no text: its
            // length tells nothing of the wrap.
            if !Self.hasColumnGap(bytes, line) {
                longestRunningOn = max(longestRunningOn, length)
                longestRunningOnColumns = max(longestRunningOnColumns,
                                              length < Self.minimumWidth ? Self.columns(bytes, line.start, line.contentEnd) : length)
                longestGoingOn = max(longestGoingOn, Self.length(bytes, next.start, next.contentEnd))
            }
            if length + 1 + Self.firstWordLength(bytes, next) > longest {
                wrapped += 1
                if !Self.endsWithClauseMark(bytes, line) { wrappedMidClause += 1 }
            }
            if Self.endsInWordOrFigure(bytes, line), Self.startsLowercase(bytes, next) { wrappedBeforeLowercase += 1 }
            if length * 2 >= longest, Self.endsInWordOrFigure(bytes, line), Self.sectionLabel(bytes, next) == nil,
               Self.numberLabel(bytes, line).map({ !$0.parenthesized }) ?? (sectionHead != nil && Self.sectionLabel(bytes, line)?.section == sectionHead),
               !LabelOnlyLine.isLabelOnly(bytes, line.contentStart, line.contentEnd), !Self.hasColumnGap(bytes, line) {
                numberedRunningOn += 1
            }
        }
        // A text wrapped by hand unevenly, under a masthead or heading line longer than its wrap, shows its wrap
        // by the lines that go on in lower case after a word, or by numbered paragraphs set apart by blank lines
        // that run on over a line: its width is that of its longest running-on line.
        let setApart = Self.setsNumberedParagraphsApart(bytes, lines, sectionHead: sectionHead)
        // A wrap is blind to punctuation: some of its breaks fall between two words of a clause. Lines that only
        // "break" after a clause's comma or semicolon (a preamble set one clause a line, `… 상기하며,` / `2027년 3월 …`)
        // are whole clauses, however near the longest line they stop.
        if wrapped >= Self.minimumWrappedLines, wrappedMidClause > 0 {
            width = longest
        } else if longestRunningOnColumns >= Self.minimumWidth, wrappedBeforeLowercase >= Self.minimumLowercaseWraps
                    || (setApart.setApart && setApart.runningOn >= Self.minimumWrappedLines)
                    || numberedRunningOn >= Self.minimumWrappedLines,
                  // Lines under the running-on lines far longer than the longest of them were set whole: an item's title
                  // over its annotation ("1.⇥Ouverture de la session" / a sentence of 90 letters), no wrap at that width.
                  longestGoingOn <= longestRunningOn + longestRunningOn / Self.overrunDivisor {
            width = longestRunningOn
        } else {
            width = nil
        }
        numberedParagraphsSetApart = width != nil && setApart.setApart
        paragraphEndsSetApart = width.map { Self.setsParagraphEndsApart(bytes, lines, width: $0) } ?? false
        let margin = width == nil ? nil : Self.rightMargin(bytes, lines)
        rightMargin = margin?.stable == true ? margin?.width : nil
        names = rightMargin == nil ? [] : PreambleClauseSplitter.capitalizedInsideLines(bytes, lines, lines.indices)
    }

    /// Whether the text sets one unit a line with no right margin to wrap at (`LinePerUnitText`); then `width` is nil.
    let linesWhole: Bool

    /// With a right margin, the capitalised words the text writes inside a line, after another word (names:
    /// "Kelvan", "Commissione"); empty otherwise.
    let names: Set<[Unicode.Scalar]>

    /// Whether `previous`, a line that starts in lower case and stops on a word or figure, is the middle of a
    /// sentence that `line` goes on with, a figure, a name or a tail that ends the sentence ("… græsarealer siden" /
    /// "1990, og at …", "… sopineet seuraavasta koskien" / "Kelvan vuoriston jäätiköitä:", "unterstützt den" /
    /// "Resolutionsentwurf."): a hand wrap short of the margin, no unit's end.
    func runsOnIntoFigureOrName(_ bytes: [UInt8], _ previous: TextLine, _ line: TextLine) -> Bool {
        // A caption or title wrapped right before its date ("Kiambatisho cha barua ya tarehe" / "12 Mei 2026 kutoka …").
        if Self.datesRunOn(bytes, previous, line) { return true }
        guard Self.startsLowercase(bytes, previous), Self.endsInWordOrFigure(bytes, previous) else { return false }
        // A tail that ends the sentence ("unterstützt den" / "Resolutionsentwurf.").
        if Self.leadingFigure(bytes, line) != nil || Self.endsSentence(bytes, line) { return true }
        // A clause's tail that opens with no capital ("benævnt" / ""parterne",").
        if Self.endsWithComma(bytes, line),
           let first = ScalarText.scalars(bytes, line.contentStart, min(line.contentEnd, line.contentStart + 4)).first,
           !ScalarClass.isUppercase(first) { return true }
        let head = ScalarText.scalars(bytes, line.contentStart, min(line.contentEnd, line.contentStart + 64))
        let word = Array(head.prefix { ScalarClass.isWordLetter($0) })
        return !word.isEmpty && names.contains(word)
    }

    /// The document's own wrap width in display columns (`columns`) when the text is wrapped by a count of
    /// characters to a stable right margin (`rightMargin(_:_:)`), else nil. Set only where `width` is.
    /// There a line that could have taken the next line's first word within this width was not broken by the wrap:
    /// it ends its unit, whatever the next line begins with (`endsShortOfMargin`).
    let rightMargin: Int?

    /// Lines that go on into a line in lower case or a caseless script needed before a right margin is measured.
    static let minimumMarginLines = 3

    /// The wrap width measured on the lines that go on in the middle of a sentence (a line that stops on a word or
    /// figure, the next line unlabelled and starting in lower case or with a caseless letter, no column gap in
    /// either): their longest, in display columns. The margin is stable when, of those lines at least half as long,
    /// `minimumMarginLines` or more, at most one in five could have taken the next line's first word within that
    /// width: a wrap by count breaks a line only when the next word does not fit, a hand wrap anywhere. A title or
    /// heading longer than the wrap, set on one line, counts for nothing.
    static func rightMargin(_ bytes: [UInt8], _ lines: [TextLine]) -> (width: Int, stable: Bool) {
        var runs: [(columns: Int, fits: Int)] = []
        for index in lines.indices.dropLast() where !lines[index].isBlank && !lines[index + 1].isBlank {
            let line = lines[index], next = lines[index + 1]
            guard endsInWordOrFigure(bytes, line), startsLowercase(bytes, next) || startsCaseless(bytes, next),
                  !startsWithLabel(bytes, next), !hasColumnGap(bytes, line), !hasColumnGap(bytes, next) else { continue }
            let columns = columns(bytes, line.start, line.contentEnd)
            runs.append((columns, columnsTakingFirstWord(bytes, columns: columns, previousEnd: line.contentEnd, of: next)))
        }
        let width = runs.map(\.columns).max() ?? 0
        let counted = runs.filter { $0.columns * 2 >= width }
        let fitting = counted.filter { $0.fits <= width }.count
        return (width, counted.count >= minimumMarginLines && fitting * 5 <= counted.count)
    }

    /// Whether, in a text wrapped to a stable right margin (`rightMargin`), `previous` could have taken the first word
    /// of `line` within it: the wrap did not break `previous`, so its unit ends there, whatever `line` begins with
    /// (a capital, a figure, a date, a word in lower case after a clause's comma). A line longer than the margin (a
    /// title set on one line) was not wrapped either.
    func endsShortOfMargin(_ bytes: [UInt8], _ previous: TextLine, _ line: TextLine) -> Bool {
        guard let rightMargin, !previous.isBlank, !line.isBlank else { return false }
        let columns = Self.columns(bytes, previous.start, previous.contentEnd)
        // A line past the margin of several words was set whole (a title); one word longer than the margin (a Khmer
        // phrase written without spaces) is no sign.
        if columns > rightMargin + Self.marginSlack(rightMargin) {
            return bytes[previous.contentStart..<previous.contentEnd].contains(0x20)
                && ScalarText.scalars(bytes, previous.contentStart, previous.contentEnd).filter(ScalarClass.isWhitespace).count
                    >= Self.minimumWordsOfWholeLine - 1
        }
        // A line well into the margin that stops on a word or figure goes on into a line in lower case or one that
        // opens with a figure (no label): typesetting binds a figure to its word with a no-break space (`ka
        // ditlhaselo tše` / `14 tša dikepe …`, `i le tausaga` / `1998,`), so the wrap may leave room there; no clause
        // ends without its mark. A short line so ended is a masthead or title line (`… sessie` / `17de plenêre …`).
        if columns * 5 >= rightMargin * 3, Self.endsInWordOrFigure(bytes, previous), !Self.startsWithLabel(bytes, line),
           Self.startsLowercase(bytes, line) || Self.leadingFigureInAnyDigits(bytes, line) != nil {
            return false
        }
        // A line that stops on a word or figure may be a hand wrap near the margin ("… en 2035 y en" / "2036, …"): it
        // ends its unit only when the next word would have fitted with room to spare.
        let room = Self.endsInWordOrFigure(bytes, previous) ? Self.marginSlack(rightMargin) : 0
        return Self.columnsTakingFirstWord(bytes, columns: columns, previousEnd: previous.contentEnd, of: line) + room <= rightMargin
    }

    /// Whether `previous` could not have taken the first word of `line` within the right margin, counted in display
    /// columns: the wrap broke it. A Han line of 28 characters fills 56 columns of a margin that a line of 30 scalars
    /// with figures ("1．讲习班来咧3650个…") sets, however short it is counted in scalars.
    /// Only a line with wide characters is measured so; any other is counted against the wrap width as it is.
    func meetsMargin(_ bytes: [UInt8], _ previous: TextLine, _ line: TextLine) -> Bool {
        guard let rightMargin else { return false }
        let columns = Self.columns(bytes, previous.start, previous.contentEnd)
        guard columns > Self.length(bytes, previous.start, previous.contentEnd) else { return false }
        return Self.columnsTakingFirstWord(bytes, columns: columns, previousEnd: previous.contentEnd, of: line) > rightMargin
    }

    /// Display columns a line `columns` wide, ending at `previousEnd`, would fill with the first word of `next` set on
    /// it (`separatorColumns` between them: none next to Han, kana or a full-width mark).
    static func columnsTakingFirstWord(_ bytes: [UInt8], columns: Int, previousEnd: Int, of next: TextLine) -> Int {
        columns + separatorColumns(bytes, previousEnd, next.contentStart, next.contentEnd)
            + firstWordColumns(bytes, next.contentStart, next.contentEnd)
    }

    /// Words of a line longer than the margin read as set whole (a title), not wrapped.
    static let minimumWordsOfWholeLine = 4

    /// Columns a line may run past the measured margin and still be a wrapped line (its last word may end with a
    /// clause mark the measured lines lack): a tenth of the margin, four at least.
    static func marginSlack(_ margin: Int) -> Int { max(4, margin / 10) }

    /// Display columns of `bytes[start..<end]` (`columnWidth` of each scalar).
    static func columns(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var count = 0, at = start
        while at < end {
            let byte = bytes[at]
            if byte < 0x80 {
                count += 1
                at += 1
            } else if byte & 0xC0 == 0x80 {
                at += 1
            } else {
                let (scalar, next) = ScalarText.decode(bytes, at, end)
                count += columnWidth(scalar)
                at = max(next, at + 1)
            }
        }
        return count
    }

    /// Display columns of the first word of `bytes[start..<end]`: one wide character where the wrap may break
    /// anywhere (Han, kana), else up to white space or the first such character.
    static func firstWordColumns(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        if let first = ScalarText.scalars(bytes, start, min(end, start + 4)).first, breaksAnywhere(first) {
            return isWide(first) ? 2 : 1
        }
        var wordEnd = start
        while wordEnd < end, bytes[wordEnd] != 0x20, bytes[wordEnd] != 0x09 {
            if wordEnd > start, bytes[wordEnd] & 0xF0 == 0xE0, breaksAnywhere(ScalarText.decode(bytes, wordEnd, end).scalar) { break }
            wordEnd += 1
        }
        return columns(bytes, start, wordEnd)
    }

    /// Columns between a line ending at `previousEnd` and the first word of `bytes[start..<end]` set on it: none
    /// next to Han, kana or a full-width mark, else one space.
    static func separatorColumns(_ bytes: [UInt8], _ previousEnd: Int, _ start: Int, _ end: Int) -> Int {
        if endsWithFullWidthMark(bytes, previousEnd) { return 0 }
        if let first = ScalarText.scalars(bytes, start, min(end, start + 4)).first, breaksAnywhere(first) { return 0 }
        return 1
    }

    /// Display columns of a scalar: two for Han, kana, Hangul and full-width forms, else one. A combining mark counts
    /// one, as a wrap by count of scalars counts it (Devanagari, Lao, Tamil, Sinhala texts are wrapped so).
    private static func columnWidth(_ scalar: Unicode.Scalar) -> Int {
        isWide(scalar) ? 2 : 1
    }

    /// Han, kana, Hangul and full-width forms: two display columns.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        breaksAnywhere(scalar) || (0xAC00...0xD7A3).contains(scalar.value) || (0x1100...0x115F).contains(scalar.value)
            || (0x3000...0x303F).contains(scalar.value)
    }

    /// Whether the line starts with a letter of a script without case (Arabic, Han, Thai …).
    static func startsCaseless(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        guard let first = ScalarText.scalars(bytes, line.contentStart, min(line.contentEnd, line.contentStart + 4)).first else { return false }
        return ScalarClass.isCaselessLetter(first)
    }

    /// The section whose number the text's section-numbered labels carry (`22` of `22.1⇥…`, `22.2⇥…`, `۲۲-۱ …`):
    /// at least `minimumSetApart` lines open with such a label (`sectionLabel`) and every one carries that first
    /// component; nil otherwise (a decimal numbering whose first component changes, `1.1`, `1.2`, `2.1`, is none).
    /// Such labels open numbered paragraphs, as paragraph numbers do.
    let sectionHead: Int?

    /// `sectionHead` of the text: one pass over its lines, reading those that start with a digit.
    private static func sectionHead(_ bytes: [UInt8], _ lines: [TextLine]) -> Int? {
        var head: Int?, count = 0
        for line in lines where !line.isBlank {
            guard let label = sectionLabel(bytes, line) else { continue }
            if let known = head, known != label.section { return nil }
            head = label.section
            count += 1
        }
        return count >= minimumSetApart ? head : nil
    }

    /// Whether the line opens with a label of the text's section (`sectionHead`).
    func opensSectionParagraph(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        sectionHead != nil && Self.sectionLabel(bytes, line)?.section == sectionHead
    }

    /// Whether the text is a record of turns: two lines or more open with a speaker's designation (`holdsTurns`). A
    /// designation alone on its line goes on into the speech below it only then; a letter's one salutation of the same
    /// shape ("主席先生：", "Señor Presidente:") stands apart from the paragraph under it.
    let designationsOpenTurns: Bool

    /// Lines opening with a designation needed before `designationsOpenTurns` holds.
    static let minimumTurnLines = 2

    /// Whether at least `minimumTurnLines` lines open with a speaker's designation (`SpeakerLine.designationLength`, or
    /// a noted designation ending with a colon in a language whose speaker words no table lists); only lines with a
    /// colon among their first bytes are read.
    private static func holdsTurns(_ bytes: [UInt8], _ lines: [TextLine]) -> Bool {
        var turns = 0
        for line in lines where !line.isBlank && opensTurnWithColon(bytes, line) {
            turns += 1
            if turns >= minimumTurnLines { return true }
        }
        return false
    }

    /// Whether the line opens a speaker's turn with a designation and its colon, the speech on the line or below it
    /// ("The President: …", "السيد نوفاك (روريتانيا) (تكلم بالفرنسية): …").
    static func opensTurnWithColon(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        let end = min(line.contentEnd, line.contentStart + SpeakerLine.maximumLength * 4)
        guard holdsColon(bytes, line.contentStart, end) else { return false }
        let head = ScalarText.scalars(bytes, line.contentStart, end)
        return SpeakerLine.designationLength(head, speechOnTheLine: false) != nil || SpeakerLine.notedDesignation(head)?.endsWithColon == true
    }

    /// Whether `bytes[start..<end]` holds a colon of any script (`ScalarClass.isColon`: ":", "：", Ethiopic "፦" …).
    /// Read through a buffer (every line of the text is asked: no bounds check a byte).
    private static func holdsColon(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        precondition(start >= 0 && end <= bytes.count)
        return bytes.withUnsafeBufferPointer { buffer in
            var index = start
            while index < end {
                let byte = buffer[index]
                if byte == 0x3A { return true }
                // The colons of other scripts are read in three bytes (a lead from E0 to EF).
                if byte & 0xF0 == 0xE0 {
                    let (scalar, next) = ScalarText.decode(buffer, index, end)
                    if ScalarClass.isColon(scalar) { return true }
                    index = next
                } else {
                    index += 1
                }
            }
            return false
        }
    }

    /// Whether the text sets its numbered paragraphs apart by blank lines: at least
    /// `minimumSetApart` lines start with a paragraph number ("12.") and three in four of them
    /// follow a blank line. A unit there runs on to the next blank line or label, so a numbered
    /// paragraph's line that stops short mid-sentence goes on, whatever the width.
    let numberedParagraphsSetApart: Bool

    /// Numbered lines needed before `numberedParagraphsSetApart` counts.
    static let minimumSetApart = 3

    /// Whether the text marks its paragraphs' ends with blank lines (`setsParagraphEndsApart`): then a line that fills
    /// the wrap and ends a sentence is no paragraph's end when a line follows it without a blank line ("… of the two
    /// countries." / "Return is the only answer …").
    let paragraphEndsSetApart: Bool

    /// Whether the lines that end a sentence (no colon: a designation's or a lead-in's) are followed by a blank line,
    /// at least `minimumSetApart` of them, and all but one in ten of those that end short of the wrap (a paragraph's
    /// last line, whatever the next line opens with). Header lines ("Monday, 14 December 2086, 10 a.m." / "New York")
    /// tell nothing.
    static func setsParagraphEndsApart(_ bytes: [UInt8], _ lines: [TextLine], width: Int) -> Bool {
        var marked = 0, unmarked = 0
        for index in lines.indices.dropLast() where !lines[index].isBlank {
            let line = lines[index]
            guard let mark = lastMark(bytes, line), ScalarClass.isTerminalPunctuation(mark), !ScalarClass.isColon(mark),
                  !endsInDotLeader(bytes, line) else { continue }
            var next = index + 1
            while next < lines.count, lines[next].isBlank { next += 1 }
            guard next < lines.count else { continue }
            if index < headerLineLimit,
               HeaderLineRecognizer.recognize(String(decoding: bytes[line.contentStart..<line.contentEnd], as: UTF8.self)) != nil { continue }
            if next > index + 1 {
                marked += 1
            } else if length(bytes, line.start, line.contentEnd) + 1 + firstWordLength(bytes, lines[next]) <= width {
                unmarked += 1
            }
        }
        return marked >= minimumSetApart && unmarked * 10 <= marked
    }

    /// Whether the numbered paragraphs are set apart (`numberedParagraphsSetApart`), and how many of
    /// those set apart stop mid-sentence before a line without a label (run on over a line).
    private static func setsNumberedParagraphsApart(_ bytes: [UInt8], _ lines: [TextLine], sectionHead: Int?) -> (setApart: Bool, runningOn: Int) {
        var numbered = 0, apart = 0, runningOn = 0
        for index in lines.indices.dropFirst() where !lines[index].isBlank {
            let first = bytes[lines[index].contentStart]
            guard (0x30...0x39).contains(first) || first >= 0x80 else { continue }
            // A paragraph number ("12.") or a section-numbered label ("19.1", "19-1"): a numbered paragraph.
            if let label = numberLabel(bytes, lines[index]) {
                guard !label.parenthesized else { continue }
            } else if sectionHead == nil || sectionLabel(bytes, lines[index])?.section != sectionHead {
                continue
            }
            numbered += 1
            guard lines[index - 1].isBlank else { continue }
            apart += 1
            // A label alone on its line ("14.4" / its text) runs on into nothing: its text is the unit's next line.
            if index + 1 < lines.count, !lines[index + 1].isBlank, !endsSentence(bytes, lines[index]),
               !startsWithLabel(bytes, lines[index + 1]),
               !LabelOnlyLine.isLabelOnly(bytes, lines[index].contentStart, lines[index].contentEnd) { runningOn += 1 }
        }
        return (numbered >= minimumSetApart && apart * 4 >= numbered * 3, runningOn)
    }

    /// Whether `line` holds a dot leader with text after it other than a page number ("President: Mr. X ..... (Y)").
    static func holdsInnerDotLeader(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard end > start, bytes[end - 1] == UInt8(ascii: ")"), PDFTextCleanupPass.isSetInColumns(bytes, start, end) else { return false }
        return SpeakerLine.hasDotLeader(ScalarText.scalars(bytes, start, end)[...])
    }

    /// Whether `lines[index]` goes on from `lines[index - 1]` (both non-blank);
    /// `hanging` says whether the line above went on by its hanging indent,
    /// `previousContinued` whether the line above itself went on from the one before it,
    /// `inNumberedParagraph` whether the run of lines was opened by a paragraph number,
    /// `lastFootnote` the number of the last unit opened by a bare number ("2 Data …", a footnote).
    func continues(
        _ bytes: [UInt8], _ lines: [TextLine], _ index: Int, previousHanging: Bool, previousContinued: Bool = false,
        inNumberedParagraph: Bool = false, lastFootnote: Int? = nil
    ) -> (continues: Bool, hanging: Bool) {
        guard index > 0 else { return (false, false) }
        let line = lines[index], previous = lines[index - 1]
        guard !previous.isBlank, !line.isBlank else { return (false, false) }
        // A contents row's leader and page carried over onto a line of their own (". . . . 12") end the row above.
        if Self.isLeaderAndNumberOnly(bytes, line) {
            return (!Self.endsInLeaderAndNumber(bytes, previous) && !Self.isLeaderAndNumberOnly(bytes, previous), false)
        }
        if Self.startsWithLabel(bytes, line) {
            // Under a speaker's designation alone on its line, a number with a word in lower case after it is the
            // speech's first words, a date or an ordinal ("Herra Novak (Syldavija):" / "3. maikuuta 2093 alkaa …"):
            // a turn's speech opens with no paragraph number.
            let opensSpeech = designationsOpenTurns && !previousContinued && Self.isDesignationAlone(bytes, previous)
                && Self.numberLabel(bytes, line).map { !$0.parenthesized && $0.value != 1 } == true
                && Self.textAfterLabelOpensLowercase(bytes, line)
            return (opensSpeech, false)
        }
        // Signatures set side by side ("For the Government of Ruritania      For the Government of Syldavia") are a row of
        // their own, however full: the line under them ("Annex", a name) does not go on from it.
        if SignatureColumns.isColumnRow(bytes, previous.contentStart, previous.contentEnd) { return (false, false) }
        let indent = Self.length(bytes, line.start, line.contentStart)
        if indent >= 2 {
            let previousIndent = Self.length(bytes, previous.start, previous.contentStart)
            if (previousHanging && indent == previousIndent)
                || (Self.startsWithLabel(bytes, previous) && Self.textColumn(bytes, previous) == indent) {
                // A line that ends a sentence where the next line's first word would have fitted ends its unit: an annotated
                // agenda's "1.  Opening of the session." over its annotation set under the same indent, which hangs on.
                return (!endsSentenceShortOfWrap(bytes, previous, line), true)
            }
        }
        // A speaker's designation alone on its line ("Ms. Álvarez (Freedonia) (spoke in Spanish):"): the speech goes on,
        // whether the text is hard-wrapped or sets each paragraph on one line ("Председатель (говорит по-английски):" /
        // "Предоставляю слово …").
        if designationsOpenTurns, Self.length(bytes, previous.contentStart, previous.contentEnd) <= SpeakerLine.maximumLength {
            let scalars = ScalarText.scalars(bytes, previous.contentStart, previous.contentEnd)
            if let length = SpeakerLine.designationLength(scalars, speechOnTheLine: false), length == scalars.count {
                return (true, false)
            }
            if !previousContinued, Self.isDesignationAlone(bytes, previous) { return (true, false) }
        }
        // A contents entry whose title the wrap broke before its leader ("III. Regional cooperation and" /
        // "data sharing . . . . . 6"): the line that ends with the leader and page, indented no deeper, ends the entry.
        if width != nil, Self.startsWithLabel(bytes, previous) || Self.followsLabelAlone(bytes, lines, index - 1),
           Self.endsInLeaderAndNumber(bytes, line),
           indent <= Self.length(bytes, previous.start, previous.contentStart),
           !Self.endsSentence(bytes, previous), !Self.endsInLeaderAndNumber(bytes, previous),
           !LabelOnlyLine.isLabelOnly(bytes, previous.contentStart, previous.contentEnd) {
            return (true, false)
        }
        // A dot leader is no full stop: what it leads to ("… Lind ........" / "(Borduria)") goes on. Where blank lines mark
        // the paragraphs' ends, a sentence's end on a line the wrap filled is none (`paragraphEndsSetApart`); a colon's
        // ends a designation or a signature's "For the Republic of Ruritania:".
        let previousMark = Self.lastMark(bytes, previous)
        guard let width, previousMark.map(ScalarClass.isTerminalPunctuation) != true || Self.endsInDotLeader(bytes, previous)
                || paragraphEndsSetApart && previousMark.map(ScalarClass.isColon) != true && !Self.opensTurnWithColon(bytes, line)
                    && Self.length(bytes, previous.start, previous.contentEnd) + 1 + Self.firstWordLength(bytes, line) > width
        else { return (false, false) }
        // A contents row indented deeper than the line above is an entry of its own ("Anhang" / "    Datenquellen …… 6").
        let head = indent > Self.length(bytes, previous.start, previous.contentStart)
            ? Self.firstWordLength(bytes, line) : Self.unbreakableHeadLength(bytes, line)
        // In a text wrapped to a stable right margin, a line that could have taken the next line's first word (or runs
        // past the margin, a title set on one line) was not broken by the wrap: the next line starts a unit.
        // Inside a numbered paragraph a line that stops on a word, a figure or a comma is mid-sentence, however short (a hand wrap).
        if !(inNumberedParagraph && (Self.endsInWordOrFigure(bytes, previous) || Self.endsWithComma(bytes, previous))), !runsOnIntoFigureOrName(bytes, previous, line),
           endsShortOfMargin(bytes, previous, line) {
            return (false, false)
        }
        guard !Self.endsInLeaderAndNumber(bytes, previous),
              Self.length(bytes, previous.start, previous.contentEnd) + 1 + head > width
                || meetsMargin(bytes, previous, line)
                || goesOnAfterShortLine(bytes, lines, index, previousContinued: previousContinued,
                                        inNumberedParagraph: inNumberedParagraph, lastFootnote: lastFootnote)
        else { return (false, false) }
        // "[without reference to a Main Committee (A/79/L.21)]": an editorial note in brackets opens a unit of its own.
        if Self.opensBracketedNote(bytes, line.contentStart..<line.contentEnd, after: previous.contentStart..<previous.contentEnd) {
            return (false, false)
        }
        // An article line with its title ("Artikel 5 – Beilegung von Streitigkeiten") is complete.
        if Self.length(bytes, previous.contentStart, previous.contentEnd) <= ArticleLine.maximumLength + ArticleLine.maximumTitleLength,
           ArticleLine.mayMatch(bytes, previous.contentStart, previous.contentEnd),
           ArticleLine.match(ScalarText.scalars(bytes, previous.contentStart, previous.contentEnd)) != nil {
            return (false, false)
        }
        // The words of agreement over the first article ("… among the Parties," / "Have agreed as follows:" / "CHAPTER I")
        // do not go on from the preamble's last clause (`WordsOfAgreementLine`).
        if index + 1 < lines.count, !lines[index + 1].isBlank,
           WordsOfAgreementLine.standsApart(bytes, previous: previous.contentStart..<previous.contentEnd, line: line.contentStart..<line.contentEnd,
                                            articleOrDivision: WordsOfAgreementLine.isArticleOrDivision(bytes, lines[index + 1].contentStart..<lines[index + 1].contentEnd)) {
            return (false, false)
        }
        // A header line (organ, session, agenda item, date …) is complete: the next line does not go on from it.
        // A line that went on from the one above is the middle of a unit ("… 28 / أيار/مايو 2025 الموجهة …"), no header line.
        // A line whose year runs on into words ("जनवरी 2026 से 240,000 से अधिक …", "2 नवंबर 2001 को पेरिस में …")
        // is a sentence that holds a date, no date line: in a script without capitals nothing else tells.
        // A long line that names a session inside a sentence the wrap broke ("The session will be opened on Monday, 12 March
        // 2090, at 10 a.m. by the" / "Chair of …", "… second session be held in Klow from 9 to" / "13 April 2091.") is no
        // session line: it stops on a word in lower case that is no session word ("… Fifty-seventh session" is one).
        if index < Self.headerLineLimit, !previousContinued, !Self.startsWithLabel(bytes, previous) {
            let recognized = HeaderLineRecognizer.recognize(String(decoding: bytes[previous.contentStart..<previous.contentEnd], as: UTF8.self))
            if recognized != nil, !(recognized == .field(.date) && Self.yearRunsIntoWords(bytes, previous)),
               !(recognized == .field(.session) && Self.namesSessionInSentence(bytes, previous, width: width)) { return (false, false) }
        }
        // A resolution's adoption line under its title (`AdoptionLine`: a year and another figure, no mark at its end) is
        // complete, however long: the organ's preambular opening under it, in capitals, a few words and a comma
        // ("Drošības padome,"), is a unit of its own.
        if index >= 2, index < Self.headerLineLimit, !previousContinued, !lines[index - 2].isBlank,
           AdoptionLine.standsAlone(bytes, title: lines[index - 2].contentStart..<lines[index - 2].contentEnd,
                                    line: previous.contentStart..<previous.contentEnd, next: line.contentStart..<line.contentEnd) {
            return (false, false)
        }
        // A short session or agenda-item line under a body's name ("Seventy-sixth session") is a header line of its own.
        if index < Self.headerLineLimit, Self.length(bytes, line.start, line.contentEnd) * 5 <= width * 3,
           !Self.endsSentence(bytes, line), !Self.startsWithLabel(bytes, previous) {
            let next = HeaderLineRecognizer.recognize(String(decoding: bytes[line.contentStart..<line.contentEnd], as: UTF8.self))
            if next == .field(.session) || next == .field(.agendaItem) { return (false, false) }
        }
        return (true, false)
    }

    /// Whether `previous` ends a sentence where the wrap would have let it take `line`'s first word: within the
    /// stable right margin (`endsShortOfMargin`), or, with no margin measured, within the wrap width.
    func endsSentenceShortOfWrap(_ bytes: [UInt8], _ previous: TextLine, _ line: TextLine) -> Bool {
        guard Self.endsSentence(bytes, previous), !Self.endsInDotLeader(bytes, previous) else { return false }
        if rightMargin != nil { return endsShortOfMargin(bytes, previous, line) }
        guard let width else { return false }
        return Self.length(bytes, previous.start, previous.contentEnd) + 1 + Self.firstWordLength(bytes, line) <= width
    }

    /// Whether `lines[index]` goes on from a line above that stops short of the width without ending
    /// a sentence (a text wrapped by hand, unevenly): when the line above belongs to a numbered
    /// paragraph of a text that sets its paragraphs apart by blank lines (`numberedParagraphsSetApart`:
    /// "4. Ms. Haddad (Country Rapporteur) said that the" / "Committee welcomed …"), or when the line
    /// starts with a figure, which opens no heading or title ("… entre le" / "1er octobre 2025 …",
    /// "… since" / "1990, and that …"). Not after a footnote rule, a label alone or a table row (a
    /// tab or a column gap), nor for the next footnote ("2 …" after a unit opened by "1 …") or a
    /// masthead line (a date) among the header lines.
    func goesOnAfterShortLine(
        _ bytes: [UInt8], _ lines: [TextLine], _ index: Int, previousContinued: Bool, inNumberedParagraph: Bool, lastFootnote: Int?
    ) -> Bool {
        let line = lines[index], previous = lines[index - 1]
        guard !Self.hasColumnGap(bytes, line), !Self.hasColumnGap(bytes, previous),
              !FootnoteRule.isRule(bytes, previous.contentStart, previous.contentEnd),
              !LabelOnlyLine.isLabelOnly(bytes, previous.contentStart, previous.contentEnd) else { return false }
        if inNumberedParagraph && numberedParagraphsSetApart { return true }
        // "… addressed to the President of the Security" / "Council" / "I have the honour …": the last line of a unit
        // under way (a letter's title) that ends the name its line above broke, before a sentence that opens below it.
        if previousContinued, let width, Self.endsBrokenName(bytes, lines, index, width: width) { return true }
        if let width, Self.closesOpenSentence(bytes, previous, line, width: width, previousContinued: previousContinued) { return true }
        // A figure in the digits of any script goes on (`… संकल्प` / `८८/१४०. द्वारा …`, `… २०४० मा` / `१,२४० बटि …`),
        // as one in ASCII digits does: a wrap breaks before `१,२४०` where it breaks before `1,240`.
        guard let number = Self.leadingFigureInAnyDigits(bytes, line) else { return false }
        if let lastFootnote, number == lastFootnote + 1 { return false }
        guard !inNumberedParagraph else { return true }
        // A day, month and year that run on into words, under a line that stops on a word in lower case, are the
        // middle of a title or caption wrapped by hand ("Kiambatisho cha barua ya tarehe" / "12 Mei 2026 kwenda
        // kwa …"), however short the line above; a masthead date ("41st plenary meeting" / "5 December 2024") runs on into nothing.
        if Self.datesRunOn(bytes, previous, line) { return true }
        // Outside a numbered paragraph, the line above is running text: it went on from the line before it, or
        // fills half the width at least. Short masthead and closing lines ("Verteilung: Allgemein" / "20.12.2024",
        // "41st plenary meeting" / "5 December 2024") stand apart, as do header lines and dates.
        guard previousContinued || Self.length(bytes, previous.start, previous.contentEnd) * 2 >= width ?? 0 else { return false }
        func recognized(_ line: TextLine) -> HeaderLineRecognizer.Recognition? {
            HeaderLineRecognizer.recognize(String(decoding: bytes[line.contentStart..<line.contentEnd], as: UTF8.self))
        }
        // A sentence that names a session is no session line (`namesSessionInSentence`); under a long line of a sentence
        // that stops on a word in lower case, a date is the sentence's ("… held in Klow from 9 to" / "13 April 2091.").
        if let above = recognized(previous),
           !(above == .field(.session) && width.map({ Self.namesSessionInSentence(bytes, previous, width: $0) }) == true) { return false }
        let sentenceRunsOn = width.map { Self.stopsMidSentenceAcrossWidth(bytes, previous, width: $0) } == true
        return Self.yearRunsIntoWords(bytes, line) || sentenceRunsOn || recognized(line) == nil
    }

    /// Most words of a name's end on a line of its own (`endsBrokenName`).
    static let maximumNameTailWords = 2

    /// Whether `lines[index]` ends a name that the line above broke: the line above stops on a capitalized word
    /// with no punctuation after it, this line is one or two capitalized words of letters, no longer than a third of
    /// `width`, that end no sentence and make no header line, and the line below opens with a capital, a sentence
    /// after the unit ("… of the Security" / "Council" / "I have the honour …"). A wrapper narrower than the text's
    /// longest line leaves such a tail room to spare on the line above, so the width alone does not join it.
    static func endsBrokenName(_ bytes: [UInt8], _ lines: [TextLine], _ index: Int, width: Int) -> Bool {
        guard index + 1 < lines.count, !lines[index + 1].isBlank else { return false }
        let line = lines[index], previous = lines[index - 1], next = lines[index + 1]
        guard length(bytes, line.contentStart, line.contentEnd) * 3 <= width,
              let nextFirst = ScalarText.scalars(bytes, next.contentStart, min(next.contentEnd, next.contentStart + 4)).first,
              ScalarClass.isUppercase(nextFirst) else { return false }
        let words = ScalarText.scalars(bytes, line.contentStart, line.contentEnd).split(whereSeparator: ScalarClass.isWhitespace)
        guard (1...maximumNameTailWords).contains(words.count),
              words.allSatisfy({ $0.first.map(ScalarClass.isUppercase) == true && $0.allSatisfy { ScalarClass.isWordLetter($0) || $0 == "-" } })
        else { return false }
        var start = max(previous.contentStart, previous.contentEnd - 64)
        while start > previous.contentStart, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard let lastWord = ScalarText.scalars(bytes, start, previous.contentEnd).split(whereSeparator: ScalarClass.isWhitespace).last,
              lastWord.count >= 2, lastWord.first.map(ScalarClass.isUppercase) == true, lastWord.allSatisfy({ ScalarClass.isWordLetter($0) })
        else { return false }
        return HeaderLineRecognizer.recognize(String(decoding: bytes[line.contentStart..<line.contentEnd], as: UTF8.self)) == nil
    }

    /// Whether `line` is the end of a sentence that `previous` left open, the wrap having broken it
    /// short of the width before a word that is no lower case (a name, a figure), in any language:
    /// "ovat keskenään neuvoteltuaan sopineet seuraavasta koskien" / "Kelvan vuoriston jäätiköitä:".
    /// `line` ends a sentence or a clause (`.`, `:`, `;`, `,`), and `previous` stops on a word or figure
    /// in running text: it starts in lower case (no heading or title does), or it fills half the width at
    /// least, went on from the line above or holds a comma or semicolon before its end, and `line` is a
    /// tail of at most half the width. A heading above a one-line paragraph starts with a capital and holds no clause.
    static func closesOpenSentence(_ bytes: [UInt8], _ previous: TextLine, _ line: TextLine, width: Int, previousContinued: Bool) -> Bool {
        guard endsInWordOrFigure(bytes, previous), endsSentence(bytes, line) || endsWithComma(bytes, line) else { return false }
        if startsLowercase(bytes, previous) { return true }
        guard length(bytes, line.start, line.contentEnd) * 2 <= width, length(bytes, previous.start, previous.contentEnd) * 2 >= width else { return false }
        if previousContinued { return true }
        // A comma or semicolon inside the line: a clause of a sentence under way.
        let scalars = ScalarText.scalars(bytes, previous.contentStart, previous.contentEnd)
        return scalars.dropLast().contains { $0 == "," || $0 == ";" || $0 == "،" || $0 == "，" || $0 == "؛" || $0 == "；" }
    }

    /// Whether the line ends with a comma (`,`, `،`, `，`), closing marks aside.
    static func endsWithComma(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        lastMark(bytes, line).map(SpeakerLine.isComma) ?? false
    }

    /// The line's last scalar before closing quotes and brackets (read from its last few bytes), if any.
    static func lastMark(_ bytes: [UInt8], _ line: TextLine) -> Unicode.Scalar? {
        var start = max(line.contentStart, line.contentEnd - 8)
        while start > line.contentStart, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let scalars = ScalarText.scalars(bytes, start, line.contentEnd)
        return scalars.last { !ScalarClass.isClosingMark($0) }
    }

    /// The value of the ASCII digits the line starts with ("1990,", "38 500", "1° ottobre"), if any (at most six).
    static func leadingFigure(_ bytes: [UInt8], _ line: TextLine) -> Int? {
        leadingFigure(bytes, line.contentStart, line.contentEnd)
    }

    /// The value of the digits of any system the line starts with (`८८/१४०.`, `٢٥`), if any (at most six).
    static func leadingFigureInAnyDigits(_ bytes: [UInt8], _ line: TextLine) -> Int? {
        leadingFigureInAnyDigits(bytes, line.contentStart, line.contentEnd)
    }

    /// The value of the digits of any system `bytes[start..<end]` starts with, if any (at most six).
    static func leadingFigureInAnyDigits(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int? {
        // An ASCII first byte other than a digit starts no figure (no scalar read).
        guard start < end, bytes[start] >= 0x80 || bytes[start] &- 0x30 < 10 else { return nil }
        var value = 0, count = 0
        var reader = FoldedScalarReader(bytes, start, min(end, start + 24))
        while count < 6, let scalar = reader.next(), let digit = ScalarClass.digit(scalar) {
            value = value * 10 + digit
            count += 1
        }
        return count > 0 ? value : nil
    }

    /// The value of the ASCII digits `bytes[start..<end]` starts with, if any (at most six).
    static func leadingFigure(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int? {
        var at = start, value = 0
        while at < end, at - start < 6, (0x30...0x39).contains(bytes[at]) {
            value = value * 10 + Int(bytes[at] - 0x30)
            at += 1
        }
        return at > start ? value : nil
    }

    /// Whether the line's last scalar is a letter or a digit (no punctuation closes it).
    static func endsInWordOrFigure(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        var start = max(line.contentStart, line.contentEnd - 4)
        while start > line.contentStart, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard let last = ScalarText.scalars(bytes, start, line.contentEnd).last else { return false }
        return ScalarClass.isWordLetter(last) || ScalarClass.digit(last) != nil
    }

    /// Whether the line ends with a clause's comma or semicolon, of any script (`,` `;` `،` `؛` `，` `；` `、`,
    /// the Armenian `՝`), closing quotes and brackets after it left aside.
    static func endsWithClauseMark(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        guard let last = lastMark(bytes, line) else { return false }
        switch last.value {
        case 0x2C, 0x3B, 0x060C, 0x061B, 0xFF0C, 0xFF1B, 0x3001, 0x055D: return true
        default: return false
        }
    }

    /// Whether the line starts with a lower-case letter.
    static func startsLowercase(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        firstScalar(bytes, line).map(ScalarClass.isLowercase) ?? false
    }

    /// Whether the line starts with a capital letter.
    static func startsUppercase(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        firstScalar(bytes, line).map(ScalarClass.isUppercase) ?? false
    }

    /// The line's first scalar, decoded from its first four bytes.
    private static func firstScalar(_ bytes: [UInt8], _ line: TextLine) -> Unicode.Scalar? {
        ScalarText.scalars(bytes, line.contentStart, min(line.contentEnd, line.contentStart + 4)).first
    }

    /// Whether the line has a tab or a gap of two spaces or more inside its text, not after the end of a
    /// sentence: the columns of a table row or a contents row.
    static func hasColumnGap(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        var at = line.contentStart
        // The white space after a section-numbered label that opens the line ("22.2⇥The Office …") sets the label
        // apart from its text, no column: the gaps after it count.
        // So does the white space after a paragraph number ("2.    Requests …", as `pdftotext -layout` sets it).
        if at < line.contentEnd, sectionLabel(bytes, line) != nil || numberLabel(bytes, line).map({ !$0.parenthesized }) == true {
            while at < line.contentEnd, bytes[at] != 0x20, bytes[at] != 0x09 { at += 1 }
            while at < line.contentEnd, bytes[at] == 0x20 || bytes[at] == 0x09 { at += 1 }
        }
        while at < line.contentEnd {
            if bytes[at] == 0x09 { return true }
            if bytes[at] == 0x20, at + 1 < line.contentEnd, bytes[at + 1] == 0x20, at > line.contentStart,
               !".:;!?".utf8.contains(bytes[at - 1]) {
                return true
            }
            // Two ideographic spaces after text ("総会　　　　Distr.: General"): a column gap of a full-width masthead.
            if at > line.contentStart, IdeographicSpace.starts(at: at, in: bytes, before: line.contentEnd),
               IdeographicSpace.starts(at: at + 3, in: bytes, before: line.contentEnd),
               !IdeographicSpace.starts(at: at - 3, in: bytes, before: bytes.count) {
                return true
            }
            at += 1
        }
        return false
    }

    /// Whether `line` is a speaker's designation alone on its line that a line of speech may follow, in a language
    /// whose speaker words no table lists: "Mevrouw Lindqvist (Borduria) (spreekt Spaans):" (a name with notes in
    /// parentheses and a colon that take the whole line), or any designation alone in any script, with or without
    /// notes ("Predsednik:", "தலைவர்:", "ಶ್ರೀಮತಿ ಪೆಟ್ರೋವಾ (ಸಿಲ್ಡಾವಿಯಾ):").
    static func isDesignationAlone(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        guard length(bytes, line.contentStart, line.contentEnd) <= SpeakerLine.maximumLength else { return false }
        let scalars = ScalarText.scalars(bytes, line.contentStart, line.contentEnd)
        if let noted = SpeakerLine.notedDesignation(scalars), noted.endsWithColon, endsWithColonAfter(scalars, noted.length) {
            return true
        }
        return SpeakerLine.isDesignationAlone(scalars)
    }

    /// Whether the first letter after the line's label (`3. maikuuta …`) is in lower case.
    static func textAfterLabelOpensLowercase(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        var at = line.contentStart
        while at < line.contentEnd, bytes[at] != 0x20, bytes[at] != 0x09 { at += 1 }
        while at < line.contentEnd, bytes[at] == 0x20 || bytes[at] == 0x09 { at += 1 }
        guard at < line.contentEnd else { return false }
        return ScalarText.scalars(bytes, at, min(line.contentEnd, at + 4)).first.map(ScalarClass.isLowercase) == true
    }

    /// Whether `lines[index]`, which starts with a number label ("1990. gada …", "15. apríla …",
    /// "31. maijam;"), goes on from the line above all the same: a number is a paragraph number only
    /// when it continues the count of its scope (`OpenedNumberCount`: a first one, the next after the
    /// last, the next after an earlier one; `count(true)` counts the numbers in parentheses,
    /// "(2025) and 2877 (2025)", apart), and the line above was broken in mid-sentence: it does not
    /// end a sentence or clause, and could not take the number within the width or belongs to a
    /// numbered paragraph of a text that sets its paragraphs apart (`numberedParagraphsSetApart`).
    /// A real jump in the count ("3." then "5.") follows a paragraph's last line, which ends a sentence.
    func continuesOutOfCount(
        _ bytes: [UInt8], _ lines: [TextLine], _ index: Int, inNumberedParagraph: Bool = false,
        count: (_ parenthesized: Bool) -> OpenedNumberCount
    ) -> Bool {
        guard let width, index > 0 else { return false }
        let line = lines[index], previous = lines[index - 1]
        guard !previous.isBlank, !line.isBlank, let label = Self.numberLabel(bytes, line),
              !count(label.parenthesized).continues(label.value) else { return false }
        let previousLength = Self.length(bytes, previous.start, previous.contentEnd)
        // Inside a numbered paragraph, a number that continues no count after a line that stops on a word or figure
        // is a figure the wrap carried to the line's start ("… at the end of" / "2033. Since then …").
        guard !Self.endsSentence(bytes, previous), !Self.endsInLeaderAndNumber(bytes, previous), previousLength <= width,
              previousLength + 1 + Self.firstWordLength(bytes, line) > width
                || (inNumberedParagraph && numberedParagraphsSetApart && !Self.hasColumnGap(bytes, previous))
                || (inNumberedParagraph && Self.endsInWordOrFigure(bytes, previous) && !Self.hasColumnGap(bytes, previous))
        else { return false }
        // The line above is a label alone ("1.") or a short heading: its text follows, no wrap broke it.
        return !LabelOnlyLine.isLabelOnly(bytes, previous.contentStart, previous.contentEnd)
    }

    /// The value of the line's label when it is a paragraph number ("15.", "15．", "١٥ -") or a number
    /// in parentheses ("(3)"), alone on its line or before its text, else nil.
    static func numberLabel(_ bytes: [UInt8], _ line: TextLine) -> (value: Int, parenthesized: Bool)? {
        var head = ScalarText.scalars(bytes, line.contentStart, min(line.contentEnd, line.contentStart + 48))
        // A label alone on its line ("12.", its text on the next line) is read as the label of that text.
        if LabelOnlyLine.isLabelOnly(head) { head += [" ", "x"] }
        switch LabelParser.parse(head, language: nil)?.form {
        case .number(let value): return (value, false)
        case .subparagraph(let key): return key.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(key).map { ($0, true) } : nil
        default: return nil
        }
    }

    /// The section and count of a section-numbered paragraph's label the line starts with (`19.1⇥The …`,
    /// `१९.१ २०३३ …`, `19-1⇥…`, or the label alone on its line: `SectionNumberedParagraphs.lineLabel`), else nil.
    static func sectionLabel(_ bytes: [UInt8], _ line: TextLine) -> (section: Int, count: Int)? {
        guard line.contentEnd > line.contentStart, (0x30...0x39).contains(bytes[line.contentStart]) || bytes[line.contentStart] >= 0x80
        else { return nil }
        return SectionNumberedParagraphs.lineLabel(ScalarText.scalars(bytes, line.contentStart, min(line.contentEnd, line.contentStart + 48)))
    }

    /// Whether words follow the line's first four-digit year directly ("2026 से 240,000 से", not
    /// "2026", "2006, at 10 a.m." or "2024 (Original: English)"): two words or more, the first of letters.
    static func yearRunsIntoWords(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        let scalars = ScalarText.scalars(bytes, line.contentStart, line.contentEnd)
        var digits = 0
        for (offset, scalar) in scalars.enumerated() {
            digits = ScalarClass.digit(scalar) != nil ? digits + 1 : 0
            guard digits == 4, offset + 1 == scalars.count || ScalarClass.digit(scalars[offset + 1]) == nil else { continue }
            let rest = scalars[(offset + 1)...]
            guard let first = rest.first, ScalarClass.isWhitespace(first) else { return false }
            let words = rest.split(whereSeparator: ScalarClass.isWhitespace)
            // A note in parentheses runs on as words do ("4 May 2034 (see annex).").
            let firstWord = words.first.map { $0.first == "(" || $0.first == "（" ? $0.dropFirst() : $0 } ?? []
            return words.count >= 2 && !firstWord.isEmpty && firstWord.allSatisfy { $0.properties.isAlphabetic || $0.properties.generalCategory == .nonspacingMark
                || $0.properties.generalCategory == .spacingMark }
        }
        return false
    }

    /// Whether `line` opens with a day, month and year that run on into words, under a `previous` line
    /// that stops on a word in lower case ("Kiambatisho cha barua ya tarehe" / "12 Mei 2026 kwenda kwa …"):
    /// the middle of a title or caption, wherever the wrap fell.
    static func datesRunOn(_ bytes: [UInt8], _ previous: TextLine, _ line: TextLine) -> Bool {
        guard let day = leadingFigure(bytes, line), day >= 1, day <= 31 else { return false }
        return yearRunsIntoWords(bytes, line) && yearStartsWithin(bytes, line, dateHeadLength) && endsInLowercaseWord(bytes, previous)
    }

    /// `datesRunOn` for lines given by their content's byte ranges (the lines of a PDF text).
    static func datesRunOn(_ bytes: [UInt8], previous: Range<Int>, line: Range<Int>) -> Bool {
        func content(_ range: Range<Int>) -> TextLine {
            TextLine(start: range.lowerBound, end: range.upperBound, contentStart: range.lowerBound, contentEnd: range.upperBound)
        }
        return datesRunOn(bytes, content(previous), content(line))
    }

    /// Most scalars before the year of a date that opens a line ("12 Mei 2026", "1 septiembre de 2026").
    static let dateHeadLength = 24

    /// Whether the line's first four-digit figure starts within its first `limit` scalars.
    static func yearStartsWithin(_ bytes: [UInt8], _ line: TextLine, _ limit: Int) -> Bool {
        let scalars = ScalarText.scalars(bytes, line.contentStart, min(line.contentEnd, line.contentStart + (limit + 4) * 4))
        var digits = 0
        for (offset, scalar) in scalars.enumerated() {
            digits = ScalarClass.digit(scalar) != nil ? digits + 1 : 0
            if digits == 4 { return offset - 3 <= limit && (offset + 1 == scalars.count || ScalarClass.digit(scalars[offset + 1]) == nil) }
        }
        return false
    }

    /// Whether `line`, which names a session (`HeaderLineRecognizer`), is a sentence's line the wrap broke
    /// (`stopsMidSentenceAcrossWidth`) whose last word ends no session word ("Septuagésimo noveno período de sesiones"
    /// is a session line).
    static func namesSessionInSentence(_ bytes: [UInt8], _ line: TextLine, width: Int) -> Bool {
        stopsMidSentenceAcrossWidth(bytes, line, width: width)
            && !HeaderLineRecognizer.endsWithSessionWord(String(decoding: bytes[line.contentStart..<line.contentEnd], as: UTF8.self).lowercased())
    }

    /// Whether `line` runs across three fifths of `width` or more, with no column gap, and stops on a word in lower
    /// case: a line of running text the wrap broke mid-sentence, no masthead line.
    static func stopsMidSentenceAcrossWidth(_ bytes: [UInt8], _ line: TextLine, width: Int) -> Bool {
        length(bytes, line.start, line.contentEnd) * 5 >= width * 3 && !hasColumnGap(bytes, line) && endsInLowercaseWord(bytes, line)
    }

    /// Whether the line's last word is written in lower case, with no punctuation after it ("ya tarehe", "dated").
    static func endsInLowercaseWord(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        var start = max(line.contentStart, line.contentEnd - 64)
        while start > line.contentStart, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let scalars = ScalarText.scalars(bytes, start, line.contentEnd)
        guard let last = scalars.last, ScalarClass.isWordLetter(last) else { return false }
        guard let word = scalars.split(whereSeparator: ScalarClass.isWhitespace).last, let first = word.first else { return false }
        return ScalarClass.isLowercase(first) && word.allSatisfy { ScalarClass.isWordLetter($0) || $0 == "'" || $0 == "’" }
    }

    /// Whether `line` starts with `[` while `previous` has no bracket left open: an editorial note starts there.
    static func opensBracketedNote(_ bytes: [UInt8], _ line: Range<Int>, after previous: Range<Int>) -> Bool {
        guard !line.isEmpty, bytes[line.lowerBound] == UInt8(ascii: "[") else { return false }
        var depth = 0
        for byte in bytes[previous] {
            if byte == UInt8(ascii: "[") { depth += 1 } else if byte == UInt8(ascii: "]") { depth = max(0, depth - 1) }
        }
        return depth == 0
    }

    /// Header lines are looked for among the first lines only.
    static let headerLineLimit = 60

    /// Whether the line ends in a page or paragraph number after a dot leader
    /// or a tab (a table-of-contents row: complete, whatever its length).
    static func endsInLeaderAndNumber(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        var at = line.contentEnd
        while at > line.contentStart, (0x30...0x39).contains(bytes[at - 1]) || bytes[at - 1] == UInt8(ascii: "-") { at -= 1 }
        guard at < line.contentEnd else { return false }
        while at > line.contentStart, bytes[at - 1] == 0x20 { at -= 1 }
        if at > line.contentStart, bytes[at - 1] == 0x09 { return true }
        return leader(bytes, line.contentStart, at).dots >= 4
    }

    /// Whether the line ends in a dot leader (four dots or more, or ellipses, spaced or not) with nothing after it.
    static func endsInDotLeader(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        leader(bytes, line.contentStart, line.contentEnd).dots >= 4
    }

    /// Whether the line is a dot leader (three dots or more, spaced or not) and a page number, nothing else
    /// (". . . . 12", "........ 12"): the end of a contents row whose leader the wrap carried over.
    static func isLeaderAndNumberOnly(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        var at = line.contentEnd
        while at > line.contentStart, (0x30...0x39).contains(bytes[at - 1]) || bytes[at - 1] == UInt8(ascii: "-") { at -= 1 }
        guard at < line.contentEnd else { return false }
        while at > line.contentStart, bytes[at - 1] == 0x20 || bytes[at - 1] == 0x09 { at -= 1 }
        let leader = leader(bytes, line.contentStart, at)
        return leader.dots >= 3 && leader.start == line.contentStart
    }

    /// The dot leader that ends at `end` (after `start`): where it starts and its dots (an ellipsis "…" counts
    /// three). Single spaces between dots belong to it (". . . .").
    static func leader(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (start: Int, dots: Int) {
        func endsWithEllipsis(_ at: Int) -> Bool {
            at >= start + 3 && bytes[at - 3] == 0xE2 && bytes[at - 2] == 0x80 && bytes[at - 1] == 0xA6
        }
        var at = end, dots = 0, leaderStart = end
        while at > start {
            if bytes[at - 1] == UInt8(ascii: ".") {
                dots += 1
                at -= 1
            } else if endsWithEllipsis(at) {
                dots += 3
                at -= 3
            } else if bytes[at - 1] == 0x20, dots > 0, at - 1 > start, bytes[at - 2] == UInt8(ascii: ".") || endsWithEllipsis(at - 1) {
                at -= 1
                continue
            } else {
                break
            }
            leaderStart = at
        }
        return (leaderStart, dots)
    }

    /// Scalars in `bytes[start..<end]`.
    static func length(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var count = 0
        for offset in start..<end where bytes[offset] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Scalars of the line's first word.
    /// Han, kana and full-width text breaks between any two characters: its first word is one character.
    static func firstWordLength(_ bytes: [UInt8], _ line: TextLine) -> Int {
        firstWordLength(bytes, line.contentStart, line.contentEnd)
    }

    /// Scalars of the first word of the content `bytes[start..<end]` (as `firstWordLength(_:_:)` of a line).
    static func firstWordLength(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        if let first = ScalarText.scalars(bytes, start, min(end, start + 4)).first, breaksAnywhere(first) {
            return 1
        }
        // A figure run into Han ("2027年12月3日安全理事会…") is a word up to the first character the wrap may break before.
        var wordEnd = start
        while wordEnd < end, bytes[wordEnd] != 0x20, bytes[wordEnd] != 0x09 {
            if wordEnd > start, bytes[wordEnd] & 0xF0 == 0xE0, breaksAnywhere(ScalarText.decode(bytes, wordEnd, end).scalar) { break }
            wordEnd += 1
        }
        return length(bytes, start, wordEnd)
    }

    /// Whether a line `previousLength` scalars long, ending at `previousEnd`, could have taken the first word of the
    /// content `bytes[start..<end]` within `width`: the wrap did not break it there. After Han, kana or a full-width
    /// mark ("…完整，") no space stands between the two.
    static func couldTakeFirstWord(_ bytes: [UInt8], previousLength: Int, previousEnd: Int, _ start: Int, _ end: Int, width: Int) -> Bool {
        let spaceless = endsWithFullWidthMark(bytes, previousEnd)
        return previousLength + (spaceless ? 0 : 1) + firstWordLength(bytes, start, end) <= width
    }

    /// Whether the content ending at `end` ends with a Han, kana or full-width character or mark ("…完整，"): text
    /// wrapped anywhere, where a line that ends a clause short of the width by one character did not meet the wrap.
    static func endsWithFullWidthMark(_ bytes: [UInt8], _ end: Int) -> Bool {
        guard end >= 3 else { return false }
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return bytes[start] >= 0xE0 && breaksAnywhere(ScalarText.decode(bytes, start, end).scalar)
    }

    /// Han, kana and full-width forms: text the wrap breaks between any two characters.
    private static func breaksAnywhere(_ scalar: Unicode.Scalar) -> Bool {
        (0x2E80...0x9FFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
    }

    /// Scalars at the line's start that the wrap could not have split: its first word or, on a
    /// contents row whose title ends with that word ("familiares\t23–29\t7", "acogida ...... 10"),
    /// the whole row, since a row keeps its page columns with its title's last word.
    static func unbreakableHeadLength(_ bytes: [UInt8], _ line: TextLine) -> Int {
        let word = firstWordLength(bytes, line)
        guard endsInLeaderAndNumber(bytes, line) else { return word }
        var at = line.contentStart
        while at < line.contentEnd, bytes[at] != 0x20, bytes[at] != 0x09 { at += 1 }
        while at < line.contentEnd, bytes[at] == 0x20 { at += 1 }
        guard at < line.contentEnd, bytes[at] == 0x09 || bytes[at] == UInt8(ascii: ".") || (0x30...0x39).contains(bytes[at]) else { return word }
        return length(bytes, line.contentStart, line.contentEnd)
    }

    /// The column (scalars from the line start) where the text after the line's first word starts.
    static func textColumn(_ bytes: [UInt8], _ line: TextLine) -> Int? {
        var at = line.contentStart
        while at < line.contentEnd, bytes[at] != 0x20, bytes[at] != 0x09 { at += 1 }
        while at < line.contentEnd, bytes[at] == 0x20 || bytes[at] == 0x09 { at += 1 }
        return at < line.contentEnd ? length(bytes, line.start, at) : nil
    }

    /// Whether the line ends a sentence or a clause (`ScalarClass.isTerminalPunctuation`, before closing quotes).
    static func endsSentence(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        lastMark(bytes, line).map(ScalarClass.isTerminalPunctuation) ?? false
    }

    /// Whether `lines[index]` is the text of a label alone on the line above it, or on the line before a blank one
    /// ("II." / "Stato delle saline …", "II." / "" / "Stato delle saline …").
    static func followsLabelAlone(_ bytes: [UInt8], _ lines: [TextLine], _ index: Int) -> Bool {
        var above = index - 1
        if above >= 1, lines[above].isBlank { above -= 1 }
        guard above >= 0, !lines[above].isBlank else { return false }
        return LabelOnlyLine.isLabelOnly(bytes, lines[above].contentStart, lines[above].contentEnd)
    }

    /// Whether `scalars` hold nothing after their first `length` but white space and one colon.
    static func endsWithColonAfter(_ scalars: [Unicode.Scalar], _ length: Int) -> Bool {
        var index = length, colons = 0
        while index < scalars.count {
            if ScalarClass.isColon(scalars[index]) { colons += 1 } else if !ScalarClass.isWhitespace(scalars[index]) { return false }
            index += 1
        }
        return colons == 1
    }

    /// Whether the line starts with a label ("2.", "(b)", "1.1", a bullet, a speaker) or is a label alone.
    static func startsWithLabel(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        let start = WideIndent.skip(bytes, line.contentStart, line.contentEnd)
        let head = ScalarText.scalars(bytes, start, min(line.contentEnd, start + 48))
        return LabelParser.parse(head, language: nil) != nil || LabelOnlyLine.isLabelOnly(head)
            || PDFLabel.startsWithLabel(bytes, start, line.contentEnd)
    }
}
