/// Pass 2c: a treaty's or resolution's preamble written as clauses one under
/// the other without blank lines is counted by what the document shows: each
/// clause starts on its own line after a line that ends with a comma or
/// semicolon. In a hard-wrapped text the wrap width alone would join such
/// lines when they run close to it ("Recalling … Velmar," / "Noting that …",
/// "ссылаясь на …," / "отмечая, что …"), so a version printed wrapped would
/// count fewer preambular paragraphs than one that sets them apart.
///
/// The preamble is found by its shape, in any language: an opening (one line
/// ending with a comma, `PreambularOpening` or at most
/// `PreambleOpeningSplitter.maximumWords` words without a digit), then
/// lines up to a line ending with a colon (the words of agreement, "Have
/// agreed as follows:", "согласились о нижеследующем:"), an article line
/// (`ArticleLine`) or a resolution's first operative paragraph (`1.`).
/// Inside it, in hard-wrapped text (`clauseStarts`), a unit is cut before a
/// line when the line above ends with a clause's comma or semicolon and
/// could have taken the line's first word within the wrap width, or — the
/// line above being full, where the comma may be one inside the clause
/// ("… замедляют паводки," / "смягчают засухи …") — when the line's first
/// word starts another clause of the preamble too (`وإذ`, `som`), or its
/// second word is that of another clause's opening phrase ("ورغبة منها" after
/// "واقتناعا منها"); the lines
/// between two such starts are one unit. In text not hard-wrapped (one clause
/// a line), a unit is cut when the line starts with a letter of the case the
/// first clause starts with (a capital in English or Spanish, lower case in
/// Russian or German, any letter in a script without case): a wrap inside a
/// clause ("… in" / "particular …") cuts nothing. The words of agreement
/// after the last clause are cut off too, when they start with a capital or
/// with the clauses' case.
enum PreambleClauseSplitter {
    /// Lines of the preamble looked at after its opening.
    static let maximumPreambleLines = 240
    /// Lines before the opening looked at.
    static let maximumOpeningLine = 60
    /// Longest words of agreement (scalars).
    static let maximumAgreementLength = 80
    /// Most lines a quotation inside a clause runs over before its closing mark.
    static let maximumQuotedLines = 3

    /// Cuts (and, in hard-wrapped text, joins) the units of a treaty's or resolution's preamble so that each
    /// clause is one unit, in place.
    static func split(_ bytes: [UInt8], _ lines: [TextLine], _ units: inout [RawBlock]) {
        guard let opening = openingLine(bytes, lines) else { return }
        // The mark that ends the opening ends the preamble's clauses too: the document teaches it (Ethiopic `፣`,
        // Myanmar `၊`, the Tibetan shad `།`, a comma of a script no list names) as the ones read everywhere
        // (`,`, `،`, `，`, `、`, `;`).
        let mark = HardWrapContinuation.lastMark(bytes, lines[opening])
        // A footnote marker after the mark ("… 2015,1") leaves the clause ended.
        let endsClause = { (line: TextLine) in
            HardWrapContinuation.endsWithClauseMark(bytes, line) || (mark != nil && HardWrapContinuation.lastMark(bytes, line) == mark)
                || FootnotedClauseMark.endsWithMarkedClauseMark(bytes, line.contentStart, line.contentEnd)
        }
        var end = opening + 1
        var closed = false
        var agreement = false
        // Whether a quotation opened on an earlier line is still open: a title quoted over lines ("… entitled "Our
        // common harvest:" / "seeds for the future",") ends no clause and no preamble at its colon or full stop.
        var quotedLines = 0
        while end < lines.count, end - opening <= maximumPreambleLines {
            let line = lines[end]
            if line.isBlank {
                end += 1
                continue
            }
            // A quotation left open over more lines than a title takes was a stray mark (an inch sign): it opens nothing.
            quotedLines = QuotationBalance.openAfter(bytes, line, open: quotedLines > 0) ? quotedLines + 1 : 0
            if quotedLines > maximumQuotedLines { quotedLines = 0 }
            let insideQuotation = quotedLines > 0
            let scalars = ScalarText.scalars(bytes, line.contentStart, min(line.contentEnd, line.contentStart + 4 * (ArticleLine.maximumLength + ArticleLine.maximumTitleLength)))
            // A clause that ends with a colon before lettered items ("… of Ruritania and Syldavia:" / "(a) That …;") is no
            // words of agreement: the items belong to the preamble.
            if ArticleLine.match(scalars) != nil || (!insideQuotation && scalars.count <= maximumAgreementLength && scalars.last.map(ScalarClass.isColon) == true
                                                     && !precedesItem(bytes, lines, end)) {
                closed = true
                agreement = ArticleLine.match(scalars) == nil
                break
            }
            // A resolution's first operative paragraph ("1. Decides …", "1 - يقرر …") closes its preamble; another
            // numbered paragraph or a sentence's end means no preamble of clauses. A wrapped line may start with a
            // figure that is no label ("2790 (2029) and …").
            if let label = HardWrapContinuation.numberLabel(bytes, line) {
                guard !label.parenthesized, label.value == 1 else { return }
                closed = true
                break
            }
            // A sentence's end or a colon (a clause's semicolon is none: "(a) … free of charge;"; nor a colon before
            // lettered items) means no preamble of clauses, but for the last clause's full stop right before the first
            // operative paragraph ("… in 2041." / "1. Calls upon …") and a stop after a one-letter word, an abbreviation
            // ("… 8 декември 2037 г." / "относно …").
            if !insideQuotation, ScalarText.endsWithTerminalPunctuation(scalars), HardWrapContinuation.lastMark(bytes, line) != mark, !endsWithOneLetterWordStop(scalars),
               !precedesFirstOperativeParagraph(bytes, lines, end), !endsWithSemicolon(scalars),
               !(scalars.last.map(ScalarClass.isColon) == true && precedesItem(bytes, lines, end)) { return }
            end += 1
        }
        guard closed, let clauseCase = clauseLetterCase(bytes, lines, from: opening + 1, to: end, endsClause) else { return }
        let width = wrapsItsClauses(bytes, lines, opening: opening, end: end, endsClause) ? HardWrapContinuation(bytes, lines).width : nil
        var cuts = Set<Int>()
        if let width {
            cuts = clauseStarts(bytes, lines, opening: opening, end: end, width: width, capitalized: clauseCase == .upper, endsClause)
        } else {
            for index in (opening + 1)..<end where !lines[index].isBlank && !lines[index - 1].isBlank {
                guard endsClause(lines[index - 1]),
                      letterCase(bytes, lines[index]) == clauseCase else { continue }
                cuts.insert(index)
            }
        }
        // Clauses set apart by blank lines that nearly all end alike (Jingpho "… nna,", Quechua "… -spa,"): a line inside
        // one that ends with a comma but not as they end goes on into the next line, even a short line over a capitalised
        // word (a month, a State's name: "… 2045 ning," / "April shata 3 ya …").
        let alikeEndings = setApartEndings(bytes, lines, opening: opening, end: end, endsClause)
        if let alikeEndings {
            cuts = cuts.filter { index in
                index == opening + 1 || lines[index - 1].isBlank || opensItem(bytes, lines[index])
                    || alikeEndings.ends(ClauseEndingWords.lastWord(bytes, lines[index - 1]))
            }
        }
        // The words of agreement after the last clause are a unit of their own ("… на ремонт," / "согласились о нижеследующем:"),
        // unless the wrap broke them off the last clause's line ("… होकर," full / "निम्नलिखित पर सहमत हुए हैं:").
        // Words in lower case after clauses that start with a capital ("…," / "have agreed as follows:") are the last
        // clause's own words, wrapped: they stay in it.
        if agreement, !lines[end - 1].isBlank, endsClause(lines[end - 1]),
           let wordsCase = letterCase(bytes, lines[end]), wordsCase == clauseCase || wordsCase == .upper,
           // In a hard-wrapped preamble, not after a full line: the wrap broke the last clause's line run into them.
           width.map({ HardWrapContinuation.couldTakeFirstWord(
               bytes, previousLength: HardWrapContinuation.length(bytes, lines[end - 1].start, lines[end - 1].contentEnd),
               previousEnd: lines[end - 1].contentEnd, lines[end].contentStart, lines[end].contentEnd, width: $0) }) ?? true {
            cuts.insert(end)
        }
        // The first operative paragraph starts a unit of its own.
        if closed, !agreement, !lines[end - 1].isBlank { cuts.insert(end) }
        // In hard-wrapped text the clauses' lines between the cuts are one unit each: units the wrap width alone
        // left apart inside a clause are joined.
        let joining = width != nil || alikeEndings != nil ? (opening + 2)..<end : 0..<0
        // A line that opens with a figure under a line of a clause that stops on a word or figure, no mark after it,
        // goes on in that clause, wrapped or not ("2047 и гӹц Бордурин корны бригадывлӓн" / "1640 пӓшӓзӹштӹ …,"): a
        // clause ends with its mark, and a figure has no case to open one with.
        let figureLines = Set(((opening + 2)..<max(opening + 2, end)).filter { index in
            !lines[index].isBlank && HardWrapContinuation.endsInWordOrFigure(bytes, lines[index - 1])
                && HardWrapContinuation.leadingFigureInAnyDigits(bytes, lines[index]) != nil
        })
        guard !cuts.isEmpty || !joining.isEmpty || !figureLines.isEmpty else { return }
        var result: [RawBlock] = []
        result.reserveCapacity(units.count + cuts.count)
        for unit in units {
            if let last = result.last, joining.contains(unit.lines.lowerBound) || figureLines.contains(unit.lines.lowerBound),
               last.lines.upperBound == unit.lines.lowerBound,
               !cuts.contains(unit.lines.lowerBound), !lines[unit.lines.lowerBound - 1].isBlank {
                result[result.count - 1] = RawBlock(lines: last.lines.lowerBound..<unit.lines.upperBound,
                                                    wrappedLines: last.wrappedLines + unit.wrappedLines + 1)
                continue
            }
            let inside = unit.lines.filter { cuts.contains($0) && $0 > unit.lines.lowerBound }
            guard !inside.isEmpty else {
                result.append(unit)
                continue
            }
            var start = unit.lines.lowerBound
            for cut in inside + [unit.lines.upperBound] {
                result.append(RawBlock(lines: start..<cut, wrappedLines: min(unit.wrappedLines, cut - start - 1)))
                start = cut
            }
        }
        units = result
    }

    /// Whether the next non-blank line after line `index` opens with a subparagraph's label (`(a)`, `a)`, `(ii)`).
    private static func precedesItem(_ bytes: [UInt8], _ lines: [TextLine], _ index: Int) -> Bool {
        var next = index + 1
        while next < lines.count, lines[next].isBlank { next += 1 }
        return next < lines.count && opensItem(bytes, lines[next])
    }

    /// Whether `line` opens with a subparagraph's label (`(a)`, `a)`, `(ii)`).
    private static func opensItem(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        let head = ScalarText.scalars(bytes, line.contentStart, min(line.contentEnd, line.contentStart + 64))
        guard case .subparagraph? = LabelParser.parse(head, language: nil)?.form else { return false }
        return true
    }

    /// Whether `scalars` end with a semicolon (Latin, Arabic, full-width).
    private static func endsWithSemicolon(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let last = scalars.last else { return false }
        return last == ";" || last == "؛" || last == "；"
    }

    /// Whether `scalars` end with a full stop right after a word of one letter ("2037 г.", "J."): an abbreviation.
    private static func endsWithOneLetterWordStop(_ scalars: [Unicode.Scalar]) -> Bool {
        let count = scalars.count
        return count >= 3 && scalars[count - 1] == "." && scalars[count - 2].properties.isAlphabetic && ScalarClass.isWhitespace(scalars[count - 3])
    }

    /// Whether the next non-blank line after line `index` is a resolution's first operative paragraph (`1.`, not in
    /// parentheses).
    private static func precedesFirstOperativeParagraph(_ bytes: [UInt8], _ lines: [TextLine], _ index: Int) -> Bool {
        var next = index + 1
        while next < lines.count, lines[next].isBlank { next += 1 }
        guard next < lines.count, let label = HardWrapContinuation.numberLabel(bytes, lines[next]) else { return false }
        return !label.parenthesized && label.value == 1
    }

    /// Whether the preamble's lines `opening+1..<end` are wrapped inside their clauses: at least half as many of its
    /// lines run on after a word or figure (no punctuation) as end with a clause mark before another line of it. A
    /// preamble set one clause a line, wrapped by hand here and there ("… в" / "особенности …"), is not: there a
    /// full line's comma still ends its clause.
    private static func wrapsItsClauses(_ bytes: [UInt8], _ lines: [TextLine], opening: Int, end: Int,
                                        _ endsClause: (TextLine) -> Bool) -> Bool {
        var runningOn = 0, clauseEnds = 0
        for index in (opening + 1)..<(end - 1) where !lines[index].isBlank && !lines[index + 1].isBlank {
            if endsClause(lines[index]) {
                clauseEnds += 1
            } else if HardWrapContinuation.endsInWordOrFigure(bytes, lines[index]) {
                runningOn += 1
            }
        }
        return runningOn > 0 && runningOn * 2 >= clauseEnds
    }

    /// In a text hard-wrapped at `width`, the lines of the preamble `opening+1..<end` that start a clause: the first
    /// line after the opening or after a blank line, and a line after a line ending with a clause's comma or semicolon
    /// that stops short of the width (it could have taken the line's first word: the wrap did not break it there).
    /// After a full line ending so, the line starts a clause only when its first word starts another clause of the
    /// preamble too (`وإذ`, `som`, `Se`): a wrap may break a clause after any of its commas ("… замедляют паводки," /
    /// "смягчают засухи …"), so the case of the line tells nothing.
    /// Where the clauses start with a capital (`capitalized`), a capitalised word after a full line starts one too,
    /// unless the preamble writes it capitalised inside a line (a name: "… of the" / "Republic of …").
    private static func clauseStarts(_ bytes: [UInt8], _ lines: [TextLine], opening: Int, end: Int, width: Int,
                                     capitalized: Bool, _ endsClause: (TextLine) -> Bool) -> Set<Int> {
        var starts = Set<Int>()
        var undecided: [Int] = []
        var openers = Set<[Unicode.Scalar]>()
        // The second words of the clauses that surely start: a preamble repeats its opening phrase's shape ("واقتناعا
        // منها" / "ورغبة منها", "إذ تشير" / "وإذ تدرك"), its first word changing while the word after it stays.
        var openerSeconds = Set<[Unicode.Scalar]>()
        for index in (opening + 1)..<end where !lines[index].isBlank {
            let previous = lines[index - 1]
            let starting: Bool
            if index == opening + 1 || previous.isBlank {
                starting = true
            } else if opensItem(bytes, lines[index]), endsClause(previous)
                        || ScalarText.scalars(bytes, max(previous.contentStart, previous.contentEnd - 8), previous.contentEnd).last.map(ScalarClass.isColon) == true {
                // A lettered item of a clause's list ("… Syldavia:" / "(a) That …;" / "(b) …,") is a unit of its own.
                starting = true
            } else if endsClause(previous) {
                let full = !HardWrapContinuation.couldTakeFirstWord(
                    bytes, previousLength: HardWrapContinuation.length(bytes, previous.start, previous.contentEnd),
                    previousEnd: previous.contentEnd, lines[index].contentStart, lines[index].contentEnd, width: width)
                if full { undecided.append(index) }
                starting = !full
            } else {
                starting = false
            }
            guard starting else { continue }
            starts.insert(index)
            if let word = firstWord(bytes, lines[index]) { openers.insert(word) }
            if let word = secondWord(bytes, lines[index]) { openerSeconds.insert(word) }
        }
        var names: Set<[Unicode.Scalar]>?
        // A clause's end teaches its last word: clauses written verb last end as the document's other clauses end
        // ("… በማስታወስ፣", "… qayd etib," / "… e'tirof etib,", Jingpho "… dum nna," / "… tsang nna,").
        var endings = ClauseEndingWords()
        var clauseLastWords: [[Unicode.Scalar]] = []
        for start in starts where start > opening + 1 && !lines[start - 1].isBlank && endsClause(lines[start - 1]) {
            if let word = ClauseEndingWords.lastWord(bytes, lines[start - 1]) { clauseLastWords.append(word) }
        }
        if !lines[end - 1].isBlank, endsClause(lines[end - 1]), let word = ClauseEndingWords.lastWord(bytes, lines[end - 1]) {
            clauseLastWords.append(word)
        }
        for word in clauseLastWords { endings.insert(word) }
        // Capitalised clauses written verb last, nearly all ending alike: there a clause may open with a name (its
        // subject or object first), and a name's capital tells nothing; the ending decides.
        let capitalizedVerbLast = capitalized && ClauseEndingWords.endAlike(clauseLastWords)
        for index in undecided {
            guard let word = firstWord(bytes, lines[index]) else { continue }
            if openers.contains(word) {
                starts.insert(index)
            } else if capitalizedVerbLast, letterCase(bytes, lines[index]) == .upper {
                if endings.ends(ClauseEndingWords.lastWord(bytes, lines[index - 1])) { starts.insert(index) }
            } else if capitalized, letterCase(bytes, lines[index]) == .upper {
                if names == nil { names = capitalizedInsideLines(bytes, lines, (opening + 1)..<end) }
                if names?.contains(word) == false { starts.insert(index) }
            } else if !capitalized, endings.ends(ClauseEndingWords.lastWord(bytes, lines[index - 1])) {
                starts.insert(index)
            } else if !capitalized, let second = secondWord(bytes, lines[index]), openerSeconds.contains(second) {
                starts.insert(index)
            }
        }
        return starts
    }

    /// The endings of the clauses of `opening+1..<end` surely ended — a line ending with a clause mark over a blank line,
    /// or the preamble's last — when at least `ClauseEndingWords.alikeClauses` of them nearly all end alike
    /// (`ClauseEndingWords.endAlike`); `nil` otherwise (a preamble without blank lines between its clauses has one such end).
    private static func setApartEndings(_ bytes: [UInt8], _ lines: [TextLine], opening: Int, end: Int,
                                        _ endsClause: (TextLine) -> Bool) -> ClauseEndingWords? {
        var lastWords: [[Unicode.Scalar]] = []
        for index in (opening + 1)..<end where !lines[index].isBlank && (index + 1 == end || lines[index + 1].isBlank) && endsClause(lines[index]) {
            if let word = ClauseEndingWords.lastWord(bytes, lines[index]) { lastWords.append(word) }
        }
        guard ClauseEndingWords.endAlike(lastWords) else { return nil }
        var endings = ClauseEndingWords()
        for word in lastWords { endings.insert(word) }
        return endings
    }

    /// The capitalised words that stand inside a line (after another word) in `range`.
    static func capitalizedInsideLines(_ bytes: [UInt8], _ lines: [TextLine], _ range: Range<Int>) -> Set<[Unicode.Scalar]> {
        var words = Set<[Unicode.Scalar]>()
        for index in range where !lines[index].isBlank {
            let scalars = ScalarText.scalars(bytes, lines[index].contentStart, lines[index].contentEnd)
            var at = scalars.firstIndex(where: ScalarClass.isWhitespace) ?? scalars.count
            while at < scalars.count {
                while at < scalars.count, !ScalarClass.isWordLetter(scalars[at]) { at += 1 }
                let start = at
                while at < scalars.count, ScalarClass.isWordLetter(scalars[at]) { at += 1 }
                if start < at, ScalarClass.isUppercase(scalars[start]) { words.insert(Array(scalars[start..<at])) }
            }
        }
        return words
    }

    /// The line's second word (after the first word and a space, up to a space or a clause mark), when it has three
    /// letters at least and nothing but letters.
    private static func secondWord(_ bytes: [UInt8], _ line: TextLine) -> [Unicode.Scalar]? {
        let head = ScalarText.scalars(bytes, line.contentStart, min(line.contentEnd, line.contentStart + 96))
        guard let space = head.firstIndex(where: ScalarClass.isWhitespace) else { return nil }
        let rest = head[space...].drop(while: ScalarClass.isWhitespace)
        let word = rest.prefix { !ScalarClass.isWhitespace($0) }
        guard word.count >= 3, word.allSatisfy(ScalarClass.isWordLetter) else { return nil }
        return Array(word)
    }

    /// The line's first word (up to a space or a clause mark), when it has two scalars at least.
    private static func firstWord(_ bytes: [UInt8], _ line: TextLine) -> [Unicode.Scalar]? {
        let head = ScalarText.scalars(bytes, line.contentStart, min(line.contentEnd, line.contentStart + 64))
        let word = head.prefix { !ScalarClass.isWhitespace($0) && $0 != "," && $0 != "،" && $0 != "，" && $0 != ";" }
        return word.count >= 2 ? Array(word) : nil
    }

    /// The opening: a line ending with a comma, after a blank line or a line
    /// that ends no clause, that is an opening (`PreambularOpening`) or short,
    /// without digits, starting with a capital or a caseless letter.
    private static func openingLine(_ bytes: [UInt8], _ lines: [TextLine]) -> Int? {
        for index in lines.indices.prefix(maximumOpeningLine) where !lines[index].isBlank {
            let line = lines[index]
            guard line.contentEnd - line.contentStart <= PreambleOpeningSplitter.maximumOpeningLength * 4,
                  HardWrapContinuation.endsWithComma(bytes, line)
                    || HardWrapContinuation.lastMark(bytes, line).map(ScalarClass.isClauseComma) == true else { continue }
            if index > 0, !lines[index - 1].isBlank, HardWrapContinuation.endsWithClauseMark(bytes, lines[index - 1]) { return nil }
            let scalars = ScalarText.scalars(bytes, line.contentStart, line.contentEnd)
            guard scalars.count <= PreambleOpeningSplitter.maximumOpeningLength else { return nil }
            if PreambularOpening.isOpening(scalars) { return index }
            let words = scalars.split(whereSeparator: ScalarClass.isWhitespace)
            guard words.count <= PreambleOpeningSplitter.maximumWords, !scalars.contains(where: { ScalarClass.digit($0) != nil }),
                  let first = ScalarText.firstLetter(scalars), ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first)
            else { return nil }
            return index
        }
        return nil
    }

    private enum LetterCase: Equatable { case upper, lower, caseless }

    /// The case the clauses of `start..<end` start with: that of the first line that starts a clause (the first
    /// line, a line after a blank line or after one that ends a clause) with a letter. A clause may open with a
    /// figure or a date ("2034-yil 20-dekabrdagi …", "2034年12月20日の…"), which has no case.
    private static func clauseLetterCase(_ bytes: [UInt8], _ lines: [TextLine], from start: Int, to end: Int,
                                         _ endsClause: (TextLine) -> Bool) -> LetterCase? {
        var first: Int?
        for index in start..<end where !lines[index].isBlank {
            if first == nil { first = index }
            guard index == first || lines[index - 1].isBlank || endsClause(lines[index - 1]) else { continue }
            if let found = letterCase(bytes, lines[index]) { return found }
        }
        // Clauses that all open with a figure: no case tells a clause's start.
        return first == nil ? nil : .caseless
    }

    /// The case of the line's first scalar when it is a letter, else `nil`.
    private static func letterCase(_ bytes: [UInt8], _ line: TextLine) -> LetterCase? {
        guard let first = ScalarText.firstScalar(bytes, line.contentStart, line.contentEnd), first.properties.isAlphabetic else { return nil }
        if ScalarClass.isUppercase(first) { return .upper }
        if ScalarClass.isLowercase(first) { return .lower }
        return ScalarClass.isCaselessLetter(first) ? .caseless : nil
    }
}
