/// Pass 3: decides what each raw block is — header line, title, table of
/// contents, heading (with level and normalized path), numbered paragraph,
/// subparagraph, footnote, annex caption or unnumbered text — using the
/// label, the zone of the document, and the numbering sequences of
/// paragraphs and headings.
struct BlockClassifier {
    let decoded: DecodedText
    let lines: [TextLine]
    let units: [RawBlock]
    let language: Language?
    /// Indices of the lines that `MastheadLineSplitter` cut off a symbol or
    /// `Distr.` group: they stand where the organ stands.
    var organParts: Set<Int> = []
    /// Indices of the lines that repeat the masthead's symbol below it, alone (`RunningSymbolLines`): a later page's
    /// running header, furniture once the body has begun.
    var runningSymbols: Set<Int> = []
    /// The top-level units of a decimal numbering written without a full stop (`BareDecimalHeads`): line index → number.
    let bareHeads: [Int: Int]
    /// Paragraphs numbered with their section's number (`14.1`, `SectionNumberedParagraphs`), by unit index.
    let sectionParagraphs: [Int: SectionNumberedParagraphs.Paragraph]
    /// Units that are the annotation under an item's title in a caseless script (`AnnotatedItemTitles`): paragraphs of their own.
    let annotations: Set<Int>
    /// Whether a blank line ends the unit above it: the text is read as the input sets it and none of its blank lines
    /// falls inside a sentence (`BlankLineBreaks`). Then no caseless unit after a blank line goes on from the one above.
    let blankLinesEndUnits: Bool
    /// Whether the document numbers its paragraphs with numerals that are not positional (`一、`, `፩.`:
    /// `NumeralParagraphLabels`): such a label is then a paragraph's number, not a level-1 heading's.
    let numeralParagraphs: Bool
    /// Whether the text writes no sentence marks (`writesNoSentenceMarks`): a turn's speech there ends with none.
    let unpunctuatedText: Bool

    /// `readsItemAnnotations`: whether to look for annotations under item titles (`AnnotatedItemTitles`), which reads
    /// the lines' lengths as the input sets them (not in a PDF clean-up's lines, where the clean-up decides the breaks).
    init(decoded: DecodedText, lines: [TextLine], units: [RawBlock], language: Language?, organParts: Set<Int> = [],
         runningSymbols: Set<Int> = [], readsItemAnnotations: Bool = true) {
        self.decoded = decoded
        self.lines = lines
        self.units = units
        self.language = language
        self.organParts = organParts
        self.runningSymbols = runningSymbols
        bareHeads = BareDecimalHeads.find(decoded.utf8, lines)
        sectionParagraphs = SectionNumberedParagraphs.find(decoded.utf8, lines, units)
        annotations = readsItemAnnotations ? AnnotatedItemTitles.annotations(decoded.utf8, lines, units) : []
        blankLinesEndUnits = readsItemAnnotations && !BlankLineBreaks.fallInsideSentences(decoded.utf8, lines, units)
        numeralParagraphs = sectionParagraphs.isEmpty && NumeralParagraphLabels.numberParagraphs(decoded.utf8, lines, units)
        unpunctuatedText = Self.writesNoSentenceMarks(decoded.utf8, lines, units)
    }

    /// Whether fewer than a third of the text's units of `sentenceMarkUnitLength` bytes or more end with a sentence's
    /// mark of any script (Thai and Lao write none; a text in a script that does ends most of its paragraphs with one).
    static func writesNoSentenceMarks(_ bytes: [UInt8], _ lines: [TextLine], _ units: [RawBlock]) -> Bool {
        var long = 0, marked = 0
        for unit in units where !unit.lines.isEmpty {
            let (start, end) = (lines[unit.lines.lowerBound].contentStart, lines[unit.lines.upperBound - 1].contentEnd)
            guard end - start >= sentenceMarkUnitLength else { continue }
            long += 1
            if ScalarText.lastScalar(bytes, start, end, skipping: ScalarClass.isClosingMark).map(ScalarClass.isSentenceEnd) == true { marked += 1 }
        }
        return long > 0 && marked * 3 < long
    }

    /// Fewest bytes of a unit counted by `writesNoSentenceMarks`.
    static let sentenceMarkUnitLength = 40

    private enum Zone { case front, tableOfContents, body }

    /// Longest heading text (scalars) accepted for a numbered or unnumbered sub-heading.
    static let subheadingMaximumLength = 200

    /// Drafts for all raw blocks, in order. Every raw block yields exactly one draft.
    func classify() -> [DraftBlock] {
        var state = State()
        // Units are read once each, in order, with a lookahead of a few: a small ring keeps them.
        let ringSize = 8
        var ring = [UnitText?](repeating: nil, count: ringSize)
        var ringIndex = [Int](repeating: -1, count: ringSize)
        let labelEchoes = contentsLabelEchoes()
        let numbered = numberedUnits()
        var wordLabels = learnedWordLabels()
        if wordLabels.isEmpty { wordLabels.learnTerminated(labelEchoes) }
        if wordLabels.isEmpty { wordLabels.learnHeads(ordinalWordHeads(numbered: numbered)) }
        state.wordLabels = wordLabels
        func unit(_ index: Int) -> UnitText {
            let slot = index % ringSize
            if ringIndex[slot] == index, let cached = ring[slot] { return cached }
            var made = UnitText(units[index], lines: lines, decoded: decoded, language: language, wordLabels: wordLabels,
                                bareHead: bareHeads[units[index].lines.lowerBound])
            if numeralParagraphs, let label = made.label, NumeralParagraphLabels.isNumeralLabel(label), case .ordinal(let value) = label.form {
                made.label?.form = .number(value)
            }
            ring[slot] = made
            ringIndex[slot] = index
            return made
        }
        /// The next raw block after `index` that is not a footnote.
        func next(after index: Int) -> UnitText? {
            var candidate = index + 1
            while candidate < units.count, candidate <= index + 4 {
                let text = unit(candidate)
                if !text.isFootnote { return text }
                candidate += 1
            }
            return nil
        }

        var contentsAnnexes: [Int] = []
        (state.contents, state.leaderlessEntries) = contentsBlocks(echoes: labelEchoes, partCaptions: &state.partCaptions,
                                                                   contentsUnits: &state.contentsUnits, annexCaptions: &contentsAnnexes)
        var (articles, articleLabels, insertedArticles) = articleTitles()
        var divisions = divisionTitles(excluding: state.contentsUnits)
        // A part the contents set between its chapters without a page is a caption over chapters numbered on
        // through the parts (`ContentsPartCaption`), not a numbered division.
        for index in state.partCaptions.keys where divisions[index]?.match.kind == .part { divisions[index] = nil }
        // Lettered sections (`Section A.`, `Раздел Б.`, `الفرع باء -`, `B节`) whose letters start again under each
        // chapter, or whose word the tables know for sections, are no captions numbered in one count
        // (`NumberedCaptionSequence`): no chapters, articles or annexes.
        let letteredSections = letteredSectionCandidates(articles: articles, divisions: divisions)
        let letteredSectionUnits = LetteredSectionSequence.sectionUnits(letteredSections, tableWords: Self.sectionWords)
        var sections: [(index: Int, caption: NumberedCaptionSequence.Caption)] = []
        for (index, caption) in numberedCaptions(articles: articles, divisions: divisions, excluding: letteredSectionUnits) {
            let number = caption.match.number
            switch caption.kind {
            case .article:
                articles[index] = number
                if caption.match.hasRest { articleLabels[index] = captionLabel(index, caption.match.labelLength) }
            case .chapter, .goal:
                let kind: DivisionLine.Kind = caption.kind == .goal ? .goal : .chapter
                let numeral = kind == .goal ? "g" + String(number) : RomanNumeral.spelling(number)
                divisions[index] = DivisionSequence.Division(
                    match: DivisionLine.Match(kind: kind, number: number, labelLength: caption.match.labelLength),
                    idPath: kind.pathPrefix + String(number), labelPath: numeral)
            case .annex:
                state.inferredAnnexes[index] = caption.label
            case .section:
                sections.append((index, caption))
            }
        }
        // A section hangs under the chapter or part above it, a level below (`II.A`).
        for (index, caption) in sections {
            guard let outer = divisions.filter({ $0.key < index && $0.value.match.kind != .goal && $0.value.match.kind != .section })
                .max(by: { $0.key < $1.key })?.value else { continue }
            let number = caption.match.number
            let depth = outer.labelPath.split(separator: ".").count + 1
            divisions[index] = DivisionSequence.Division(
                match: DivisionLine.Match(kind: .section, number: number, labelLength: caption.match.labelLength),
                idPath: outer.idPath + "." + DivisionLine.Kind.section.pathPrefix + String(number),
                labelPath: outer.labelPath + "." + DivisionSequence.nestedLabel(number, depth: depth), level: min(depth, 3))
        }
        // Lettered sections under the chapters now known (by their words or their numbering).
        for (index, section) in LetteredSectionSequence.kept(letteredSections, chapters: divisions, tableWords: Self.sectionWords)
            where articles[index] == nil && divisions[index] == nil {
            divisions[index] = section
            state.inferredAnnexes[index] = nil
        }
        state.numbered = numbered
        (state.speakerWords, state.notedDesignationsOpenTurns, state.namesSpeakersFirst, state.turnShape) = learnedSpeakerWords(firstNumbered: state.numbered.first { $0.number == 1 }?.index ?? units.count)
        for index in restartCaptions(articles: articles, divisions: divisions, annexes: state.inferredAnnexes, numbered: state.numbered) {
            state.inferredAnnexes[index] = ""
        }
        // Unnumbered annexes the contents name and the body repeats (`ContentsAnnexCaption`), whatever their word.
        for index in contentsAnnexes where articles[index] == nil && divisions[index] == nil && state.inferredAnnexes[index] == nil
            && state.partCaptions[index] == nil && CaptionRecognizer.annexCaptionLabel(scalars: captionLine(index)) == nil {
            state.inferredAnnexes[index] = ""
        }
        // A summary record numbers every paragraph of its body: what stands before paragraph 1 (the agenda item of the
        // contents repeated over the body, "… (continued)") is its masthead, never an unnumbered annex's caption.
        let captionStart = summaryRecordMasthead() ? state.numbered.first?.index ?? 0 : 0
        let echoes = echoCaptions(articles: articles, divisions: divisions).filter { state.inferredAnnexes[$0] == nil && $0 >= captionStart }
        // Numbered when every caption writes its number next to its word, 1, 2, 3 … in order (`… I goşundysy`, `… II goşundysy`).
        let echoNumbers = echoes.map { AnnexCaptionEcho.ownNumber(captionText($0)) }
        let numberedEchoes = echoes.count >= 2 && echoNumbers.enumerated().allSatisfy { $0.element == RomanNumeral.spelling($0.offset + 1) }
        for (position, index) in echoes.enumerated() {
            state.inferredAnnexes[index] = numberedEchoes ? echoNumbers[position]! : ""
        }
        // Captions that repeat the document's own title, measured by letters and figures (`TitleRepeatCaption`).
        let repeated = echoes.isEmpty && !state.inferredAnnexes.values.contains("")
            ? titleRepeatCaptions(articles: articles, divisions: divisions, numbered: state.numbered)
                .filter { state.inferredAnnexes[$0] == nil && $0 >= captionStart }
            : []
        let repeatedNumbers = repeated.map { AnnexCaptionEcho.ownNumber(captionText($0)) }
        let numberedRepeats = repeated.count >= 2
            && repeatedNumbers.enumerated().allSatisfy { $0.element == RomanNumeral.spelling($0.offset + 1) }
        for (position, index) in repeated.enumerated() {
            state.inferredAnnexes[index] = numberedRepeats ? repeatedNumbers[position]! : ""
        }
        if echoes.isEmpty, repeated.isEmpty, !state.inferredAnnexes.values.contains(""),
           let index = referencedCaption(articles: articles, divisions: divisions, numbered: state.numbered)
            ?? closedBodyCaption(articles: articles, divisions: divisions, numbered: state.numbered)
            ?? firstCountCaption(articles: articles, divisions: divisions, numbered: state.numbered)
            ?? captionAfterSignatures(articles: articles, divisions: divisions)
            ?? signedLetterCaption(articles: articles, divisions: divisions, numbered: state.numbered)
            ?? titlePrefixCaption(articles: articles, divisions: divisions, numbered: state.numbered),
           state.inferredAnnexes[index] == nil, index >= captionStart {
            // A caption of one word and its own number (`Кожулта I`) keeps the number as the annex's label.
            state.inferredAnnexes[index] = units[index].lines.count == 1 ? Self.captionWordNumber(captionLine(index)) ?? "" : ""
        }
        if let siblings = siblingWordCaptions(annexes: state.inferredAnnexes, articles: articles, divisions: divisions, numbered: state.numbered) {
            state.inferredAnnexes = Dictionary(uniqueKeysWithValues: siblings.map { ($0.index, $0.label) })
        }
        var drafts: [DraftBlock] = []
        drafts.reserveCapacity(units.count)
        let firstArticle = articles.keys.min()
        /// The unit that is the title of the article or division above it.
        var titleLine = -1
        /// The unit that holds an annex word alone over the annex caption after it.
        var annexWordLine = -1
        /// The last unit of an annex caption that opened with an annex word alone, while caption lines may follow it.
        var annexCaptionEnd = -1
        for index in units.indices {
            // `Première partie` / `Contexte`: a part caption the contents list between chapters, one unnumbered heading.
            if let span = state.partCaptions[index], articles[index] == nil, divisions[index] == nil,
               annexCaptionLabel(unit(index), index: index, state: state) == nil {
                state.zone = .body
                var draft = unnumberedHeading(unit(index), state: &state)
                draft.serial = index
                if span == 2 {
                    draft.append(self.draft(.heading, unit(index + 1), body: false))
                    titleLine = index + 1
                }
                state.previousKind = draft.kind
                state.previousText = draft.content
                drafts.append(draft)
                continue
            }
            if let division = divisions[index] {
                var draft = divisionHeading(unit(index), division, index: index, state: &state)
                draft.serial = index
                // "CAPÍTULO I" / "DISPOSICIONES GENERALES": the title on the next line is the chapter's, as on its
                // line in another version ("CHAPTER I. GENERAL PROVISIONS"), not a heading of its own.
                if draft.content.isEmpty, index + 1 < units.count, articles[index + 1] == nil, divisions[index + 1] == nil,
                   state.inferredAnnexes[index + 1] == nil, isDivisionTitleLine(unit(index + 1)) {
                    draft.append(self.draft(.heading, unit(index + 1), body: false))
                    titleLine = index + 1
                }
                state.previousKind = draft.kind
                state.previousText = draft.content
                drafts.append(draft)
                continue
            }
            if index == titleLine {
                // Its text is the article's or the division's (below, above): no draft of its own.
                continue
            }
            if let number = articles[index] {
                var draft = article(unit(index), number: number, label: articleLabels[index], inserted: insertedArticles[index], state: &state)
                draft.serial = index
                // "Artikel 1" / "Begriffsbestimmungen": the title on the next line is the article's, as on its line
                // in another version ("Article 1. Use of terms"), not a paragraph of its own.
                if articleLabels[index] == nil, index + 1 < units.count, articles[index + 1] == nil, divisions[index + 1] == nil,
                   isArticleTitleLine(unit(index + 1)) {
                    draft.append(self.draft(.article, unit(index + 1), body: false))
                    titleLine = index + 1
                }
                state.article = index
                state.previousKind = draft.kind
                state.previousText = draft.content
                drafts.append(draft)
                continue
            }
            let text = unit(index)
            // "附件" / "…的普通照会的附件", "Lampiran" / "Lampiran nota verbal …": the annex word alone over an annex
            // caption that repeats it is the first line of that caption, one annex (`annexWordAbove`).
            if annexWordAbove(text, index: index, next: index + 1 < units.count ? unit(index + 1) : nil, state: state) {
                annexWordLine = index
                continue
            }
            // "Lampiran" / the note's title repeated / "Informasi dari Borduria" / title / "1⇥…": under an annex word alone,
            // the caption lines before the annex's title line are the caption's, however many (`annexCaptionLine`).
            if annexCaptionEnd >= 0, annexCaptionEnd == index - 1, let last = drafts.last, last.kind == .annex,
               !runningSymbols.contains(units[index].lines.lowerBound), annexCaptionLine(index, numbered: state.numbered) {
                drafts[drafts.count - 1].append(self.draft(.annex, text, body: false))
                annexCaptionEnd = index
                continue
            }
            // The first article may stand under the first part or chapter heading (and its title line).
            state.articleFollows = articles[index + 1] != nil
                || divisions[index + 1] != nil && (articles[index + 2] != nil || articles[index + 3] != nil)
                || index + 2 == firstArticle && captionLinesBeforeArticle(after: index, gap: 2, unit: unit)
                || index + 3 == firstArticle && captionLinesBeforeArticle(after: index, gap: 3, unit: unit)
            var draft = classify(text, index: index, state: &state, next: { next(after: index) },
                                 ahead: { index + $0 < units.count ? unit(index + $0) : nil })
            draft.serial = index
            // "… General Assembly ౧౧" / "December ౨౦౩౧": an adoption line hard-wrapped before its year goes on into the
            // line that holds the year (`MastheadSessionLines`).
            if state.adoptionTakesNext {
                state.adoptionTakesNext = false
                draft.append(self.draft(.metadata, unit(index + 1), body: false))
                titleLine = index + 1
            }
            // `پہلا۔` / `تعارف`: a label the contents taught, alone on its line, over its title.
            if draft.kind == .heading, draft.content.isEmpty, state.wordLabels.readsTerminated, text.label != nil,
               index + 1 < units.count, articles[index + 1] == nil, divisions[index + 1] == nil,
               state.partCaptions[index + 1] == nil, isDivisionTitleLine(unit(index + 1)) {
                draft.append(self.draft(.heading, unit(index + 1), body: false))
                titleLine = index + 1
            }
            if annexWordLine >= 0, annexWordLine == index - 1, draft.kind == .annex {
                var caption = self.draft(.annex, unit(index - 1), body: false)
                caption.label = draft.label
                caption.annex = draft.annex
                caption.append(draft)
                caption.serial = index - 1
                draft = caption
            }
            if draft.kind == .annex, draft.label == nil, isOneWordLine(annexWordLine >= 0 && annexWordLine == index - 1 ? index - 1 : index) {
                annexCaptionEnd = index
            }
            // An inferred caption of one line that ends no sentence, over caption lines and a title before the count
            // (`… স্থায়ী মিছনৰ` / `পৰা … টোকাৰ সংলগ্নী` / title / `১।`): the caption goes on (`annexCaptionLine`).
            if draft.kind == .annex, draft.label == nil, state.inferredAnnexes[index] == "", units[index].lines.count == 1,
               !endsSentence(index), index + 1 < units.count, annexCaptionLine(index + 1, numbered: state.numbered) {
                annexCaptionEnd = index
            }
            if draft.mayContinue, draft.kind == .unnumberedParagraph, state.previousKind == .paragraph || state.previousKind == .listItem,
               !state.previousText.endsSentence {
                // The rest of the paragraph above (`PageBreakJoiner` joins it): items after it are still that paragraph's.
                state.previousText = DraftText(state.previousText.scalars + [" "] + draft.text)
            } else if draft.kind != .footnote, draft.kind != .pageFurniture {
                state.previousKind = draft.kind
                state.previousText = draft.content
            }
            drafts.append(draft)
        }
        if state.recordKind != nil, let note = RecordNote.endNote(drafts) { drafts[note].kind = .pageFurniture }
        ClosingDateLine.mark(&drafts)
        return drafts
    }

    private struct State {
        var zone = Zone.front
        var numbering = HeadingNumbering()
        /// The mark ending a sentence or clause that the last level-1 heading ends with (Tibetan's shad `།`), if any.
        var sectionHeadingEnd: Unicode.Scalar?
        var tocNumbering = HeadingNumbering()
        var lastParagraph = 0
        var listParent: Int?
        var titleSeen = false
        var annex: String?
        var previousKind: BlockKind?
        /// Kept as UTF-8: most blocks never need its scalars.
        var previousText = DraftText([])
        /// Serial of the article whose body is being read, if any.
        var article: Int?
        /// The article's paragraphs are numbered `(1)`, `(2)`.
        var parenthesizedParagraphs = false
        /// After a preambular opening ("The General Assembly,") and before the
        /// first article, numbered paragraph or heading.
        var inPreamble = false
        /// The goal whose targets are being read (`Goal 3.` → 3), and its serial.
        var goal: Int?
        var goalSerial: Int?
        /// The last decimal label (`1.2`) read in the current goal or document.
        var decimal: [String]?
        /// The last decimal label read before the heading that closed the count (`decimal` is nil under it): the
        /// numbering may go on across the heading (`1.2` under `A.` after `1.1`, `2.1` under `II.` after `1.3`).
        var decimalBeforeHeading: [String]?
        /// The letter and Latin position of the last decimal component lettered in a caseless script (`១.ក` → `a`).
        var decimalScriptLetter: (letter: Unicode.Scalar, position: Int)?
        /// The run of target letters of an Arabic-script language (`۱-الف`, `۱-ب`, `۱-پ`): the components before the
        /// letter, the last letter's place in the run, and whether the run went by the run's order (not the abjad's).
        var decimalArabicRun: (prefix: ArraySlice<String>, position: Int, bySequence: Bool)?
        /// A footnote rule stood above, with only footnotes since.
        var belowFootnoteRule = false
        /// Serial of the speaker turn whose paragraphs are being read, if any.
        var turn: Int?
        /// The next unit is an article title in sequence.
        var articleFollows = false
        /// Annex captions found by their numbering (`NumberedCaptionSequence`), by unit index, with their labels.
        var inferredAnnexes: [Int: String] = [:]
        /// Contents blocks known by their shape (`ContentsBlockShape`).
        var contents: (starts: Set<Int>, captions: Set<Int>) = ([], [])
        /// Contents entries printed without a dot leader (`LeaderlessContentsEntry`), by unit index.
        var leaderlessEntries: [Int: TableOfContentsLineParser.Entry] = [:]
        /// The units of contents blocks known by their shape, from the line before the first entry to the last entry.
        var contentsUnits = Set<Int>()
        /// Body units that repeat a part caption of the contents (`ContentsPartCaption`), with the units each spans.
        var partCaptions: [Int: Int] = [:]
        /// Units that start with a number (`numberedUnits`).
        var numbered: [(index: Int, number: Int)] = []
        /// The items of the current list so far, for the letters placed by their run (`ItemLetterRun`).
        var itemLetterRun = ItemLetterRun()
        /// Heading words the document teaches (`WordLabelSequence`).
        var wordLabels = WordLabelSequence.none
        /// Speaker words the document teaches by the shape of its turns (`SpeakerLine.WordLearner`).
        var speakerWords: Set<[Unicode.Scalar]> = []
        /// How the record's turns open (`SpeakerLine.WordLearner.shape`).
        var turnShape = TurnShape()
        /// Honorifics of the noted designations that opened turns so far (`HonorificTurn`), lower-cased.
        var turnHonorifics: Set<[Unicode.Scalar]> = []
        /// Honorifics after the name of the noted designations that opened turns so far (`HonorificTurn`), lower-cased.
        var turnHonorificsAfterName: Set<[Unicode.Scalar]> = []
        /// A masthead unit gave a record's symbol (`RecordNote.namesRecord`: `A/82/PV.17`, `E/C.12/2027/SR.12`).
        var recordSymbolSeen = false
        /// The session the document's symbol names (`MastheadSessionLines`), once the symbol is read.
        var symbolSession: Int?
        /// The masthead's session line read by that session (`MastheadSessionLines`), and whether its adoption line was read.
        var sessionLine: Int?
        var adoptionLineSeen = false
        /// The adoption line just read was wrapped before its year: the next unit is its end.
        var adoptionTakesNext = false
        /// The kind of record that symbol names (`RecordNote.kind`).
        var recordKind: RecordNote.Kind?
        /// Heads with a name and a note in parentheses open turns (`SpeakerLine.WordLearner.notedDesignationsOpenTurns`).
        var notedDesignationsOpenTurns = false
        /// The document names its speakers first (`SpeakerLine.WordLearner.namesSpeakersFirst`): no designation after opening words.
        var namesSpeakersFirst = false
        /// Footnote markers the text cites, with the byte offset of their first citation (`CitedFootnoteMarker`),
        /// read the first time a unit may be such a footnote.
        var citedMarkers: [Int: Int]?
        /// The footnote rules of the text (unit indices) with the numbers of the markers that open the units
        /// right below each (`(1) …`, `1 …`), read the first time a unit may be a footnote without a rule.
        var markersBelowRules: [(rule: Int, offset: Int, numbers: Set<Int>)]?
        /// The last footnote number found by its citation.
        var lastCitedFootnote = 0
        /// The number of the last numbered footnote, however its marker is written.
        var lastFootnoteNumber = 0

        /// A numbered paragraph opens (`4.`, or one inserted, `3 bis`): it ends
        /// the goal and decimal count being read and the preamble, and the items
        /// that follow are its own (`listParent`, the paragraph's unit index).
        /// A heading closes the decimal count: a label under it may start a count of its own (`1.1`, or `n.1` under
        /// heading `n`) or go on from the one before (`decimalBeforeHeading`).
        mutating func closeDecimalCount() {
            if let decimal { decimalBeforeHeading = decimal }
            decimal = nil
        }

        mutating func enterParagraph(listParent: Int) {
            goal = nil
            goalSerial = nil
            decimal = nil
            decimalBeforeHeading = nil
            self.listParent = listParent
            inPreamble = false
        }
    }

    /// Whether the document's language has no speaker words of its own (no
    /// conventions table, or none known): its designations may follow a verb
    /// (`SpeakerLine.designationAfterOpeningWords`).
    private var speakerWordsUnlisted: Bool {
        guard let language else { return true }
        return !LanguageConventions.listsSpeakerWords(language)
    }

    /// The speaker words learned (`SpeakerLine.WordLearner`) from the first
    /// scalars of every unit that may open a turn, a paragraph number
    /// stripped, one head at a time; units before `firstNumbered` are the masthead.
    private func learnedSpeakerWords(firstNumbered: Int) -> (Set<[Unicode.Scalar]>, Bool, Bool, TurnShape) {
        var learner = SpeakerLine.WordLearner()
        learner.afterOpeningWords = speakerWordsUnlisted
        // Titles repeated before names (`WordLearner.addTitled`) are learned where no table lists the speaker words.
        let learnsTitles = speakerWordsUnlisted
        var lastCandidate = 0
        for (index, unit) in units.enumerated() {
            guard let end = headEnd(unit, scalars: SpeakerLine.maximumLength + 8) else { continue }
            let first = lines[unit.lines.lowerBound]
            // A masthead line of one line; a wrapped one goes on with its dot leader ("President: Mr. X" / "....... (Y)")
            // or after it ("President: Mr. X ......." / "(Y)").
            let inMasthead = index < firstNumbered && (unit.lines.count == 1 || unit.lines.count == 2
                && (wrapsDotLeader(unit.lines.upperBound - 1) || SpeakerLine.hasDotLeader(ScalarText.scalars(decoded.utf8, first.contentStart, first.contentEnd)[...])))
            let headStart = lines[headLine(unit)].contentStart
            // The head's scalars, made once for both the learner's openings and its words.
            var headScalars: [Unicode.Scalar]?
            if !inMasthead, learnsTitles || index >= firstNumbered {
                let scalars = ScalarText.scalars(decoded.utf8, headStart, end)
                headScalars = scalars
                let head = Array(SpeakerLine.withoutLeadingNumber(scalars))
                if learnsTitles { learner.addTitled(head) }
                // Units of the body only: a masthead line "Chairperson: …" opens no unit of the record.
                if index >= firstNumbered { learner.addOpening(head) }
            }
            if let line = labelLine(unit) { learner.addLabelLine(line) }
            // A presiding line wrapped over its dot leader ("Pirmininkas: Okafor" / "……" / "(Syldavija)") names the title too.
            if !inMasthead, index < firstNumbered, unit.lines.count <= 3, let joined = joinedLines(unit) { learner.addPresidingTitle(joined) }
            guard SpeakerLine.mayLearnWords(decoded.utf8, headStart, end, inMasthead: inMasthead) else { continue }
            var head = headScalars ?? ScalarText.scalars(decoded.utf8, headStart, end)
            // "5. திருமதி அமாடி (நாட்டு அறிக்கையாளர்)" / "கேட்டதாவது, …": a designation the wrap broke after its note goes on
            // with the next line's first words.
            let headLineIndex = headLine(unit)
            if index >= firstNumbered, end == lines[headLineIndex].contentEnd, headLineIndex + 1 < unit.lines.upperBound,
               let last = head.last, last == ")" || last == "）" {
                let next = lines[headLineIndex + 1]
                var nextEnd = min(next.contentEnd, next.contentStart + 160)
                while nextEnd > next.contentStart, nextEnd < next.contentEnd, decoded.utf8[nextEnd] & 0xC0 == 0x80 { nextEnd -= 1 }
                head += [" "] + ScalarText.scalars(decoded.utf8, next.contentStart, nextEnd)
            }
            let candidates = learner.candidates.count
            learner.add(Array(SpeakerLine.withoutLeadingNumber(head)), inMasthead: inMasthead)
            if learner.candidates.count > candidates { lastCandidate = index }
        }
        // A presiding officer's masthead line with one name ("Ordförande: Lindqvist") teaches its title when a later unit opens with it.
        if !learner.candidates.isEmpty {
            for unit in units[(lastCandidate + 1)...] {
                guard let end = headEnd(unit, scalars: 64) else { continue }
                let start = lines[headLine(unit)].contentStart
                learner.confirm(Array(SpeakerLine.withoutLeadingNumber(ScalarText.scalars(decoded.utf8, start, end))))
            }
        }
        let words = learner.words
        return (words, learner.notedDesignationsOpenTurns, learner.namesSpeakersFirst, learner.shape(words: words))
    }

    /// The first line of `unit` when it ends with a colon of any script and the unit goes on below it: a label line
    /// that may name a verbatim record's speaker (`LabelLineTurn`), its speech on the next lines; `nil` otherwise.
    private func labelLine(_ unit: RawBlock) -> [Unicode.Scalar]? {
        guard unit.lines.count >= 2 else { return nil }
        let first = lines[unit.lines.lowerBound]
        guard first.contentEnd > first.contentStart, first.contentEnd - first.contentStart <= SpeakerLine.maximumLength * 4,
              unit.lines.dropFirst().contains(where: { !lines[$0].isBlank }) else { return nil }
        let line = ScalarText.scalars(decoded.utf8, first.contentStart, first.contentEnd)
        guard let last = ScalarText.trimmed(line[...]).last, ScalarClass.isColon(last) else { return nil }
        return line
    }

    /// The lines of `unit` one space apart, when they hold at most `SpeakerLine.maximumLength` scalars' worth of bytes.
    private func joinedLines(_ unit: RawBlock) -> [Unicode.Scalar]? {
        var joined: [Unicode.Scalar] = []
        for index in unit.lines where !lines[index].isBlank {
            let line = lines[index]
            guard joined.count + line.contentEnd - line.contentStart <= SpeakerLine.maximumLength * 4 else { return nil }
            if !joined.isEmpty { joined.append(" ") }
            joined += ScalarText.scalars(decoded.utf8, line.contentStart, line.contentEnd)
        }
        return joined
    }

    /// Length of the label line opening the unit at `index` when its name opens the record's turns (`LabelLineTurn`).
    private func labelLineDesignationLength(_ text: UnitText, index: Int, state: State) -> Int? {
        guard !state.turnShape.labelNames.isEmpty, text.label == nil, index < units.count,
              let line = labelLine(units[index]) else { return nil }
        return LabelLineTurn.designationLength(text.full, firstLine: line, shape: state.turnShape)
    }

    /// Where the head of `unit`'s first line ends, at most `scalars` scalars' worth of bytes, cut at a
    /// scalar's start, when that line may open a turn: 4 bytes or more, opening with a capital, a digit (a
    /// paragraph number) or a letter of another script; `nil` otherwise.
    private func headEnd(_ unit: RawBlock, scalars: Int) -> Int? {
        let first = lines[headLine(unit)]
        guard first.contentEnd - first.contentStart >= 4 else { return nil }
        let byte = decoded.utf8[first.contentStart]
        guard byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) else { return nil }
        var end = min(first.contentEnd, first.contentStart + scalars * 4)
        while end > first.contentStart, end < first.contentEnd, decoded.utf8[end] & 0xC0 == 0x80 { end -= 1 }
        return end
    }

    /// The line of `unit` whose head may open a turn: its first line, or, when that line holds a label
    /// alone ("3." / "Oga Kovač (Borduria) talk say …"), the next line of text.
    private func headLine(_ unit: RawBlock) -> Int {
        let first = lines[unit.lines.lowerBound]
        guard unit.lines.count > 1, LabelOnlyLine.isLabelOnly(decoded.utf8, first.contentStart, first.contentEnd) else { return unit.lines.lowerBound }
        for index in (unit.lines.lowerBound + 1)..<unit.lines.upperBound where !lines[index].isBlank { return index }
        return unit.lines.lowerBound
    }

    /// Whether line `index` opens with a dot leader (`SpeakerLine.hasDotLeader`): a masthead line wrapped before it.
    private func wrapsDotLeader(_ index: Int) -> Bool {
        let line = lines[index]
        guard line.contentEnd > line.contentStart, decoded.utf8[line.contentStart] == 0x2E else { return false }  // .
        let head = ScalarText.scalars(decoded.utf8, line.contentStart, min(line.contentEnd, line.contentStart + 16))
        return SpeakerLine.dotLeaderStart(head[...]) == 0
    }

    // MARK: - Articles

    /// Single-line units that are article titles in sequence (`ArticleLine`), by unit index,
    /// the labels of those that carry a title on their line (`Article 3 (Use of terms)` → `Article 3`),
    /// and the suffix of each inserted article (`Article 2 bis` → `bis`).
    private func articleTitles() -> (numbers: [Int: Int], labels: [Int: String], inserted: [Int: String]) {
        var candidates: [ArticleLine.Candidate] = []
        var labels: [Int: String] = [:]
        for (index, unit) in units.enumerated() where unit.lines.count == 1 {
            let line = lines[unit.lines.lowerBound]
            guard line.contentEnd - line.contentStart <= (ArticleLine.maximumLength + ArticleLine.maximumTitleLength) * 4 else { continue }
            if ArticleLine.mayMatch(decoded.utf8, line.contentStart, line.contentEnd),
               let match = ArticleLine.match(ScalarText.scalars(decoded.utf8, line.contentStart, line.contentEnd)) {
                candidates.append(ArticleLine.Candidate(index: index, number: match.number, form: match.form))
                if match.titleStart != nil { labels[index] = match.label }
            }
        }
        guard !candidates.isEmpty else { return ([:], [:], [:]) }
        // Articles restart in every annex (an annexed convention): note where annexes open.
        var annexes: [Int] = []
        for (index, unit) in units.enumerated() where unit.lines.count <= 2 {
            let first = lines[unit.lines.lowerBound]
            let last = lines[unit.lines.upperBound - 1]
            if last.contentEnd - first.contentStart <= 32 * 4,
               ScalarText.firstScalar(decoded.utf8, first.contentStart, last.contentEnd).map(CaptionRecognizer.annexLabelMayStart) ?? true,
               CaptionRecognizer.annexLabel(ScalarText.string(ScalarText.scalars(decoded.utf8, first.contentStart, last.contentEnd))) != nil {
                annexes.append(index)
            }
        }
        // So does an article 1 under a caption no table knows, over its title lines (`Bijlage` / `PROTOCOL` /
        // title / words of agreement / `Artikel 1`), once the count has run past it.
        var highest = 0
        for candidate in candidates {
            if candidate.number == 1, highest >= 2, annexHeadsAbove(candidate.index) { annexes.append(candidate.index - 1) }
            highest = max(highest, candidate.number)
        }
        let kept = ArticleLine.sequence(candidates, restartingAt: annexes.sorted())
        return (kept.numbers, labels, kept.inserted)
    }

    // MARK: - Captions by numbering

    /// The first line of unit `index` without Markdown marks around it.
    private func captionLine(_ index: Int) -> [Unicode.Scalar] {
        let first = lines[units[index].lines.lowerBound]
        let line = ScalarText.scalars(decoded.utf8, first.contentStart, first.contentEnd)
        func isMark(_ scalar: Unicode.Scalar) -> Bool { scalar == "*" || scalar == "_" || scalar == "#" || ScalarClass.isWhitespace(scalar) }
        let start = line.firstIndex { !isMark($0) } ?? line.count
        let end = (line.lastIndex { !isMark($0) } ?? -1) + 1
        return start < end ? Array(line[start..<end]) : []
    }

    /// The text of unit `index`, its lines joined by a space (a caption of a few lines).
    private func captionText(_ index: Int) -> [Unicode.Scalar] {
        let unit = units[index]
        let start = lines[unit.lines.lowerBound].contentStart
        let end = lines[unit.lines.upperBound - 1].contentEnd
        guard end > start else { return [] }
        return ScalarText.scalars(decoded.utf8, start, end).map { ScalarClass.isWhitespace($0) ? " " : $0 }
    }

    /// The caption line of unit `index`, or, when its first line is a number
    /// alone (`5.` / `pants`, `II.` / `kapittul`, a label set on its own line), that number and the
    /// next line: a caption whose word follows its number.
    private func numberFirstCaptionLine(_ index: Int) -> [Unicode.Scalar] {
        numberFirstCaptionLine(index, line: captionLine(index))
    }

    /// `numberFirstCaptionLine(index)` when `line` is `captionLine(index)`, already made (a unit's first line is decoded once).
    private func numberFirstCaptionLine(_ index: Int, line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard units[index].lines.count >= 2, line.count <= 5,
              NumberedCaption.leadingNumber(line) != nil || line.allSatisfy({ ScalarClass.digit($0) != nil }) || NumberedCaption.isRomanLabel(line)
        else { return line }
        guard let next = units[index].lines.dropFirst().first(where: { !lines[$0].isBlank }) else { return line }
        return line + [" "] + ScalarText.scalars(decoded.utf8, lines[next].contentStart, lines[next].contentEnd)
    }

    /// The label part (`Madde 3`) of a caption line that carries a title.
    private func captionLabel(_ index: Int, _ length: Int) -> String {
        ScalarText.string(ScalarText.trimmed(captionLine(index).prefix(length)))
    }

    /// Captions whose word the tables do not know, found by their numbering
    /// (`NumberedCaption`, `NumberedCaptionSequence`), by unit index.
    private func numberedCaptions(articles: [Int: Int], divisions: [Int: DivisionSequence.Division],
                                  excluding: Set<Int> = []) -> [Int: NumberedCaptionSequence.Caption] {
        var candidates: [(index: Int, match: NumberedCaption.Match)] = []
        // A caption linked to its letter may wrap over several lines (`Príloha I k listu …` at 48 columns).
        for (index, unit) in units.enumerated() where unit.lines.count <= 6 && articles[index] == nil && divisions[index] == nil
            && !excluding.contains(index) {
            let first = lines[unit.lines.lowerBound]
            let length = first.contentEnd - first.contentStart
            guard length >= 3 || (length >= 1 && unit.lines.count >= 2), length <= NumberedCaption.maximumLength * 4 else { continue }
            // The first byte decides most lines: a capital, or a letter of a script without case.
            var head = first.contentStart
            while head < first.contentEnd, decoded.utf8[head] == UInt8(ascii: "*") || decoded.utf8[head] == UInt8(ascii: "#")
                || decoded.utf8[head] == UInt8(ascii: "_") || decoded.utf8[head] == UInt8(ascii: " ") { head += 1 }
            guard head < first.contentEnd else { continue }
            let byte = decoded.utf8[head]
            if byte < 0x80, !(byte >= 0x41 && byte <= 0x5A), !(byte >= 0x30 && byte <= 0x39) { continue }
            // The word and what follows it decide most lines: read the line's first bytes (cut at a scalar boundary).
            var prefixEnd = min(first.contentEnd, head + NumberedCaption.maximumWordLength * 4 + 4)
            while prefixEnd < first.contentEnd, prefixEnd > head, decoded.utf8[prefixEnd] & 0xC0 == 0x80 { prefixEnd -= 1 }
            // A number alone on the first line (`5.` / `pants`) may be a caption whose word follows it.
            let labelAlone = unit.lines.count >= 2 && first.contentEnd - head <= 5
            guard labelAlone || NumberedCaption.mayStart(ScalarText.scalars(decoded.utf8, head, prefixEnd)) else { continue }
            let line = captionLine(index)
            guard let match = NumberedCaption.matchEitherWay(line, numberFirstLine: numberFirstCaptionLine(index, line: line)) else { continue }
            // Lines the tables read already (an annex caption, a division or article word, kept or not) are theirs.
            if DivisionLine.match(line) != nil || ArticleLine.match(line) != nil
                || CaptionRecognizer.annexCaptionLabel(scalars: Array(line)) != nil { continue }
            // The title under a division or article (`PARTE I` / `DISPOSIZIONI GENERALI`, `الفصل الأول` / `أحكام عامة`)
            // is no caption numbered by a word, though its first word repeats (`DISPOSIZIONI FINALI`).
            if match.style == .firstWord, index > 0, divisions[index - 1] != nil || articles[index - 1] != nil { continue }
            candidates.append((index, match))
        }
        // Likewise the title under a caption no table knows (`SURA YA I` / `MASHARTI YA JUMLA`, `TÍTULO PRIMERO` /
        // `DISPOSICIONES GENERALES`).
        // (A line numbered by a word is a caption only alone on its line, ending on its word: "Zimekubaliana kama
        // ifuatavyo." or words of agreement ending with a colon stand above no title.)
        let captionUnits = Set(candidates.filter { candidate in
            candidate.match.style != .firstWord || captionLine(candidate.index).last.map { ScalarClass.isWordLetter($0) } == true
        }.map(\.index))
        candidates.removeAll { $0.match.style == .firstWord && captionUnits.contains($0.index - 1) }
        // A caption numbered 1 again right after an annex caption or a line of one word (`Iarscríbhinn` /
        // title / `Airteagal 1`), or under one over a few lines that end no sentence (`Anexă` / `PROTOCOL` /
        // title / words of agreement / `Articolul 1`), opens an annexed text's own count.
        let sequences = NumberedCaptionSequence.sequences(candidates) { index in
            (max(0, index - 3)..<index).contains(where: isAnnexHead) || annexHeadsAbove(index) || captionPhraseClosesAbove(index)
        }
        guard !sequences.isEmpty else { return [:] }
        var knownAnnexes: [Int] = []
        for (index, unit) in units.enumerated() where unit.lines.count <= 6 {
            let first = lines[unit.lines.lowerBound]
            guard first.contentEnd - first.contentStart <= CaptionRecognizer.maximumCaptionLength * 4 else { continue }
            if CaptionRecognizer.annexCaptionLabel(scalars: captionLine(index)) != nil { knownAnnexes.append(index) }
        }
        let context = NumberedCaptionSequence.Context(
            unitCount: units.count,
            number: { index in
                let first = lines[units[index].lines.lowerBound]
                let end = min(first.contentEnd, first.contentStart + 24)
                var cut = end
                while cut > first.contentStart, cut < first.contentEnd, decoded.utf8[cut] & 0xC0 == 0x80 { cut -= 1 }
                return NumberedCaption.leadingNumber(ScalarText.scalars(decoded.utf8, first.contentStart, cut))
            },
            parenthesizedNumber: { index in
                // `(2)`, `(၂)`: up to three digits of any system between parentheses.
                let first = lines[units[index].lines.lowerBound]
                let bytes = decoded.utf8
                var cursor = first.contentStart
                guard cursor < first.contentEnd, bytes[cursor] == UInt8(ascii: "(") else { return nil }
                cursor += 1
                var value = 0, digits = 0
                while cursor < first.contentEnd, digits < 3 {
                    let (scalar, next) = ScalarText.decode(bytes, cursor, first.contentEnd)
                    guard let digit = DecimalDigit.value(scalar) else { break }
                    value = value * 10 + digit
                    digits += 1
                    cursor = next
                }
                guard digits > 0, cursor < first.contentEnd, bytes[cursor] == UInt8(ascii: ")") else { return nil }
                // White space and text after it, or the label alone on its line with its text below.
                if cursor + 1 == first.contentEnd { return units[index].lines.count >= 2 ? value : nil }
                return bytes[cursor + 1] == 0x20 || bytes[cursor + 1] == 0x09 ? value : nil
            },
            opensDecimal: { index, head in
                guard index < units.count else { return false }
                let first = lines[units[index].lines.lowerBound]
                var opening = ScalarText.scalars(decoded.utf8, first.contentStart, min(first.contentEnd, first.contentStart + 48))
                // A label alone on its line (`1.1` / its text): read it with the text after it.
                if opening.count <= 8, units[index].lines.count >= 2, LabelOnlyLine.isLabelOnly(opening) { opening += [" ", "x"] }
                guard let decimal = DecimalLabel.parse(opening) else { return false }
                return decimal.components.count == 2 && decimal.head == head && decimal.components[1] == "1"
            },
            restStartsInLowerCase: { index in
                var line = captionLine(index)
                var found = NumberedCaption.match(line)
                if found == nil || found?.style == .firstWord,
                   case let numberFirstLine = numberFirstCaptionLine(index, line: line),
                   let numberFirst = NumberedCaption.matchNumberFirst(numberFirstLine) {
                    line = numberFirstLine
                    found = numberFirst
                }
                guard let match = found, match.labelLength <= line.count else { return false }
                return ScalarText.firstLetter(Array(line[match.labelLength...])).map(ScalarClass.isLowercase) ?? false
            },
            knownArticles: Set(articles.keys),
            knownArticleNumbers: articles,
            knownDivisions: Set(divisions.filter { $0.value.match.kind == .part || $0.value.match.kind == .chapter }.keys),
            knownAnnexes: knownAnnexes,
            endsSentence: { index in endsSentence(index) },
            endsWithColon: { index in
                let end = lines[units[index].lines.upperBound - 1].contentEnd
                guard end > lines[units[index].lines.lowerBound].contentStart else { return false }
                let last = decoded.utf8[end - 1]
                // `:` or the full-width `：` (EF BC 9A).
                if last == UInt8(ascii: ":") || (last == 0x9A && end >= 3 && decoded.utf8[end - 3] == 0xEF && decoded.utf8[end - 2] == 0xBC) {
                    return true
                }
                // Words of agreement without a colon ("Have agreed as follows."): one short line without a comma, right
                // after a preambular clause (a unit ending with a comma or semicolon).
                guard index > 0, units[index].lines.count == 1 else { return false }
                let start = lines[units[index].lines.lowerBound].contentStart
                guard end - start <= Self.formulaMaximumLength * 4,
                      case let words = ScalarText.scalars(decoded.utf8, start, end),
                      words.count <= Self.formulaMaximumLength, !words.contains(where: SpeakerLine.isComma),
                      let final = words.last, ScalarClass.isFullStop(final) || ScalarClass.isWordLetter(final)
                else { return false }
                let previous = lines[units[index - 1].lines.upperBound - 1]
                if decoded.utf8.withUnsafeBufferPointer({ RawBlockBuilder.endsWithClauseMark($0, previous) }) { return true }
                // A clause mark of another script (Ethiopic `፣`, `ScalarClass.isClauseComma`).
                var tail = max(previous.contentStart, previous.contentEnd - 8)
                while tail > previous.contentStart, decoded.utf8[tail] & 0xC0 == 0x80 { tail -= 1 }
                return ScalarText.scalars(decoded.utf8, tail, previous.contentEnd).last(where: { !ScalarClass.isWhitespace($0) })
                    .map(ScalarClass.isClauseComma) == true
            },
            followsClose: { index in followsLetterClose(index, articles: articles, divisions: divisions) })
        return NumberedCaptionSequence.kept(sequences, context)
    }

    /// `… the assurances of its highest consideration.` / `WORD I`: whether the caption at `index` follows the close
    /// of a letter's or note's body. Going up over footnotes, rules and short units (a signature, `bodyEnd`), the
    /// body's last sentence is reached, unnumbered, under the dated title of a letter or note (`hasDatedTitle`); no
    /// line of one word (an annex caption over an annexed text's title: `Lampiran` / title / `Pasal 1`) and no
    /// caption the tables read stands between.
    private func followsLetterClose(_ index: Int, articles: [Int: Int], divisions: [Int: DivisionSequence.Division]) -> Bool {
        guard let close = bodyEnd(above: index, articles: articles, divisions: divisions),
              NumberedCaption.leadingNumber(captionText(close)) == nil,
              !(close + 1..<index).contains(where: isAnnexHead) else { return false }
        return hasDatedTitle(before: close)
    }

    /// Units whose first line starts with a number of one to three digits and a
    /// label mark (`12.`, `3)`, `٥ -`), by unit index in order, with the number.
    private func numberedUnits() -> [(index: Int, number: Int)] {
        var numbered: [(index: Int, number: Int)] = []
        for (index, unit) in units.enumerated() {
            if let head = bareHeads[unit.lines.lowerBound] {
                numbered.append((index, head))
                continue
            }
            let first = lines[unit.lines.lowerBound]
            guard first.contentEnd > first.contentStart, let byte = decoded.utf8[first.contentStart] as UInt8?,
                  byte >= 0x30 && byte <= 0x39 || byte >= 0x80 else { continue }
            let end = min(first.contentEnd, first.contentStart + 24)
            var cut = end
            while cut > first.contentStart, cut < first.contentEnd, decoded.utf8[cut] & 0xC0 == 0x80 { cut -= 1 }
            let head = ScalarText.scalars(decoded.utf8, first.contentStart, cut)
            if let number = NumberedCaption.leadingNumber(head) {
                numbered.append((index, number))
            } else if numeralParagraphs, let label = LabelParser.parse(head, language: nil), NumeralParagraphLabels.isNumeralLabel(label),
                      case .ordinal(let number) = label.form {
                numbered.append((index, number))
            }
        }
        return numbered
    }

    /// The few numbered units (`numberedUnits`) right after unit `index`:
    /// other masthead lines may stand between (`30.` then `146.` then `1.`).
    private static func numberedSoonAfter(_ index: Int, in numbered: [(index: Int, number: Int)]) -> ArraySlice<(index: Int, number: Int)> {
        // The first numbered unit after `index`, by binary search (units are in order).
        let low = partitionPoint(in: numbered.indices) { numbered[$0].index <= index }
        return numbered[low..<min(numbered.count, low + 4)]
    }

    /// What the numbered units soon after unit `index` do first: go on from
    /// `value` (`true`), start a count at 1 (`false`), or neither (`nil`).
    private static func continuesBeforeRestart(_ value: Int, after index: Int, in numbered: [(index: Int, number: Int)]) -> Bool? {
        for (_, number) in numberedSoonAfter(index, in: numbered) {
            if number == value + 1 { return true }
            if number == 1 { return false }
        }
        return nil
    }

    /// Whether the numbered units after unit `index` (`numberedUnits`) reach a
    /// sequence starting at 1 without continuing `value` (`2027.` … `1.`;
    /// `30.`, `146.` … `1.`): then `value` starts no sequence. A lone `2.` that
    /// nothing follows, or `5.` followed by `6.`, is a paragraph.
    private static func precedesSequenceWithoutContinuing(_ value: Int, after index: Int, in numbered: [(index: Int, number: Int)]) -> Bool {
        continuesBeforeRestart(value, after: index, in: numbered) == false
    }

    /// Whether a number at unit `index` cannot continue the paragraphs of its
    /// scope: a count runs (`lastParagraph` > 0), the number jumps ahead of it
    /// by more than `NumberedCaptionSequence.maximumStep`, and no numbered unit
    /// after it (`numberedUnits`, a few looked at) goes on from it before the
    /// count starts again at 1 or the document ends. "52. plenáris ülés" and
    /// "2026. december 14." after paragraph 5, then an annex's `1.`, are the
    /// closing lines of a resolution; `25.` after `9.` followed by `26.` is a
    /// jump in the count (an extract), and a paragraph.
    static func jumpsWithoutContinuing(_ value: Int, after index: Int, lastParagraph: Int, in numbered: [(index: Int, number: Int)]) -> Bool {
        guard lastParagraph > 0, value > lastParagraph + NumberedCaptionSequence.maximumStep else { return false }
        return continuesBeforeRestart(value, after: index, in: numbered) != true
    }

    /// Whether one of the next few numbered units after unit `index` (`numberedUnits`) is numbered `value + 1`.
    private static func continuedSoon(_ value: Int, after index: Int, in numbered: [(index: Int, number: Int)]) -> Bool {
        numberedSoonAfter(index, in: numbered).contains { $0.number == value + 1 }
    }

    /// Annex captions of two words that share their first word with the one unnumbered caption the document's numbering
    /// gave (`ضمیمه دومی`, found where a count starts again), or with the line right over it when that one is a title
    /// (`ضمیمه دومی` / `سپارشت` / `1. …`): `ضمیمه یکُم` before it, after the body's numbered paragraphs with no numbered
    /// paragraph between, is the caption of an earlier annex (a list, no count of its own). The first word is the annex
    /// word, the second an ordinal no table reads: the captions, and only they, are the annexes, labelled I, II … in
    /// order. Nil when no such line stands, or the inferred captions are more than one or numbered.
    private func siblingWordCaptions(annexes: [Int: String], articles: [Int: Int], divisions: [Int: DivisionSequence.Division],
                                     numbered: [(index: Int, number: Int)]) -> [(index: Int, label: String)]? {
        guard annexes.count == 1, let (caption, label) = annexes.first, label.isEmpty, units[caption].lines.count == 1 else { return nil }
        func words(_ index: Int) -> [[Unicode.Scalar]]? {
            guard units[index].lines.count == 1, articles[index] == nil, divisions[index] == nil else { return nil }
            let line = captionLine(index)
            guard line.count <= 40, !ScalarText.endsWithTerminalPunctuation(line),
                  !line.contains(where: { ScalarClass.digit($0) != nil }) else { return nil }
            let split = line.split(whereSeparator: ScalarClass.isWhitespace).map(Array.init)
            return split.count == 2 && split.allSatisfy({ $0.allSatisfy { $0.properties.isAlphabetic || $0.properties.generalCategory == .nonspacingMark } })
                ? split : nil
        }
        // The body's last numbered paragraph before the caption: the siblings stand after it.
        guard let lastBody = numbered.last(where: { $0.index < caption })?.index else { return nil }
        for own in [caption, caption - 1] where own > lastBody + 1 {
            guard let ownWords = words(own) else { continue }
            let siblings = ((lastBody + 1)..<own).compactMap { index in
                words(index).flatMap { $0[0] == ownWords[0] && $0[1] != ownWords[1] ? (index: index, second: $0[1]) : nil }
            }
            guard !siblings.isEmpty, Set(siblings.map(\.second)).count == siblings.count else { continue }
            return (siblings.map(\.index) + [own]).enumerated().map { ($0.element, RomanNumeral.spelling($0.offset + 1)) }
        }
        return nil
    }

    /// "Allegato", "Bilaga", "Kiambatisho": an unnumbered annex caption in a
    /// language without a table, known by what follows it. Where the body's
    /// count starts again (`1` after `n`, `2` after it, `NumberingScope.runs`)
    /// something opened a new scope; when no article, division or annex
    /// caption stands between, a line of ONE capitalized word (or caseless
    /// letters) just before the new `1` — or before a short title line
    /// there — is the caption of an annex. So is such a line before goal 1 or
    /// article 1 when the body's numbered paragraphs stand before them
    /// (`1.`, `2.` / `இணைப்பு` / title / `இலக்கு 1.` / `1.1`), or its
    /// running text (a note's last sentence / `Atodiad` / title / `Nod 1: …`).
    private func restartCaptions(articles: [Int: Int], divisions: [Int: DivisionSequence.Division], annexes: [Int: String],
                                 numbered allNumbered: [(index: Int, number: Int)]) -> [Int] {
        // Article and division captions whose number comes first (`1. pants`) are no paragraphs of the body.
        let numbered = allNumbered.filter { articles[$0.index] == nil && divisions[$0.index] == nil }
        /// A line of one word right before `opening` (or before a title line there), after `previous`.
        let lastArticle = articles.keys.max()
        func caption(before opening: Int, after previous: Int, restartedArticle: Bool = false) -> Int? {
            func annexCaption(_ index: Int) -> Bool {
                annexes[index] != nil
                    || (units[index].lines.count <= 6 && CaptionRecognizer.annexCaptionLabel(scalars: captionLine(index)) != nil)
            }
            var floor = previous
            if let lastArticle, lastArticle > previous, lastArticle < opening {
                // The last article (under its chapter, if any) stands between: its own text (ending a sentence)
                // comes first, then the caption of an annex after the treaty (`Artículu 4` / its text / the place and
                // date of signature / `Anexu` / title / `1.`). Nothing before the article's text is read as the caption.
                if (lastArticle + 1..<opening).contains(where: { divisions[$0] != nil })
                    || (previous + 1..<opening).contains(where: { articles[$0] == nil && divisions[$0] == nil && annexCaption($0) }) {
                    return nil
                }
                guard let text = (lastArticle + 1..<opening).last(where: endsSentence) else { return nil }
                floor = text
            } else if (previous + 1..<opening).contains(where: { articles[$0] != nil || divisions[$0] != nil || annexCaption($0) }) {
                return nil
            }
            // Paragraphs restart in every article: a restart right after the last article's own numbered paragraph
            // is no evidence of an annex; the treaty's closing text (unnumbered) must stand between.
            let afterArticleParagraph = lastArticle.map { $0 < opening } == true
                && (max(floor, lastArticle ?? 0)..<opening).last(where: endsSentence).map { text in numbered.contains { $0.index == text } } == true
            return headOneWordLine(before: opening, after: floor)
                ?? captionPhraseAfterNotes(before: opening, after: floor, articles: articles, divisions: divisions)
                ?? (afterArticleParagraph ? nil : restartPhraseCaption(before: opening, after: floor))
                ?? (restartedArticle ? restartedArticleCaption(before: opening, after: floor) : nil)
        }
        var captions: [Int] = []
        // The first count of the document starts after the last article: an annex listing its items.
        if let first = numbered.first, first.number == 1, let lastArticle, first.index > lastArticle,
           let found = caption(before: first.index, after: lastArticle - 1) {
            captions.append(found)
        }
        if numbered.count >= 3 {
            let runs = NumberingScope.runs(numbered.map(\.number))
            // A numbered line of the masthead (its date, `1. Dezember 2027`: one line that ends no sentence, before the
            // body's first sentence) counts nothing, so the body's own `1` after it starts no second count (and a
            // masthead line of one word over the title, `Agrarstatistik`, captions no annex).
            let firstSentence = firstBodySentence()
            for position in 1..<numbered.count where runs[position] != runs[position - 1] {
                let previous = numbered[position - 1].index
                if let firstSentence, previous < firstSentence, units[previous].lines.count == 1, !endsSentence(previous) { continue }
                if let found = caption(before: numbered[position].index, after: numbered[position - 1].index), !captions.contains(found) {
                captions.append(found)
            }
            }
        }
        // Goals or articles numbered from 1 after the body's numbered paragraphs: their numbering is a new
        // scope too (an annex of goals and targets, an annexed convention).
        let openings = divisions.filter { $0.value.match.kind == .goal && $0.value.match.number == 1 }.map(\.key)
            + articles.filter { $0.value == 1 }.map(\.key)
        for opening in openings.sorted() {
            // After the body's numbered paragraphs, or after its running text (a note's or letter's
            // unnumbered paragraphs: `… sesiwn.` / `Atodiad` / title / `Nod 1: …`).
            guard let previous = numbered.last(where: { $0.index < opening })?.index ?? bodySentence(before: opening) else {
                // The body's running text ends further up, above its footnotes or a signature.
                if let found = referencedWordCaption(before: opening, articles: articles, divisions: divisions), !captions.contains(found) { captions.append(found) }
                continue
            }
            // An article 1 after the treaty's own articles: an annexed text's count (`restartedArticleCaption`).
            let restarted = articles[opening] != nil && articles.keys.contains { $0 < opening }
            if let found = caption(before: opening, after: previous, restartedArticle: restarted), !captions.contains(found) { captions.append(found) }
        }
        return captions
    }

    /// The document's first unit that ends a sentence of the body's size (`isSentenceSized`): what stands above it is
    /// the masthead and the title.
    private func firstBodySentence() -> Int? {
        units.indices.first { index in
            let unit = units[index]
            let start = lines[unit.lines.lowerBound].contentStart
            let end = lines[unit.lines.upperBound - 1].contentEnd
            guard end > start, endsSentence(index) else { return false }
            return Self.isSentenceSized(ScalarText.scalars(decoded.utf8, start, min(end, start + 4000)))
        }
    }

    /// `3. … sesion.` / `Nainayon a Dokumento` / title / `1.`: where the count starts again after the body's last
    /// paragraph (or after a treaty's signatures), a short caption (`isCaptionPhrase`: one line of a few words, no
    /// figure, no closing punctuation, no label) over the annex's title (`isAnnexTitleLine`) right before the new `1`.
    /// The restart is the evidence, the caption's word unknown; the body has closed right above the caption: going up
    /// from it, over short lines at most (the signatures), a unit that ends a sentence is reached (`followsBodySentence`).
    /// Two lines that open or end alike (`For the Republic …` / `For the Kingdom …`, `linesAlike`) are signatures, no
    /// caption over a title.
    private func restartPhraseCaption(before opening: Int, after floor: Int) -> Int? {
        let caption = opening - 2
        guard caption > floor, caption >= 1, isCaptionPhrase(caption), isAnnexTitleLine(opening - 1),
              !linesAlike(caption - 1, caption), !linesAlike(caption, opening - 1) else { return nil }
        return followsBodySentence(caption, after: floor) ? caption : nil
    }

    /// Most units that may stand between an annex caption and the count it
    /// opens: the annexed text's name, its title, the words of agreement.
    static let annexHeadLimit = 5
    /// Most lines of one of those units (a long title hard-wrapped at 48 columns).
    static let annexHeadLineLimit = 6

    /// The line of one word (`isOneWordLine`) that heads what stands right above
    /// `opening`, after `floor`: right before it or before a title line there, or
    /// farther up over units that end no sentence and hold at most `annexHeadLineLimit` lines
    /// (at most `annexHeadLimit` units), the one farthest up (`Anexă` / `PROTOCOL`
    /// / its title / "Părțile … au convenit după cum urmează:" / `Articolul 1`).
    private func headOneWordLine(before opening: Int, after floor: Int) -> Int? {
        let near = [opening - 2, opening - 1].first { $0 > floor && isOneWordLine($0) }
        var farther: Int?
        var candidate = (near ?? opening) - 1
        while candidate > floor, opening - candidate <= Self.annexHeadLimit {
            if isOneWordLine(candidate) {
                farther = candidate
            } else if endsSentence(candidate) || units[candidate].lines.count > Self.annexHeadLineLimit {
                break
            }
            candidate -= 1
        }
        // Farther up, the caption follows the body's last sentence, a signature between at most: a masthead line
        // (`Deutsch` over the session and title lines, above a report's first paragraph) follows none.
        guard let farther else { return near }
        return followsBodySentence(farther, after: floor) ? farther : near
    }

    /// Whether going up from unit `index`, over units that end no sentence (a signature, a place and date,
    /// at most `annexCaptionGapLimit`), a unit that ends one is reached, `floor` included.
    private func followsBodySentence(_ index: Int, after floor: Int) -> Bool {
        var candidate = index - 1
        while candidate >= max(0, floor), index - candidate <= Self.annexCaptionGapLimit {
            if endsSentence(candidate) { return true }
            if units[candidate].lines.count > Self.annexHeadLineLimit { return false }
            candidate -= 1
        }
        return false
    }

    /// Whether an annex caption (one the tables know, or a line of one word) heads
    /// what stands right above `index` (`headOneWordLine`, `annexHeadLimit`).
    private func annexHeadsAbove(_ index: Int) -> Bool {
        var candidate = index - 1
        while candidate >= 0, index - candidate <= Self.annexHeadLimit {
            if isAnnexHead(candidate) { return true }
            if endsSentence(candidate) || units[candidate].lines.count > Self.annexHeadLineLimit { return false }
            candidate -= 1
        }
        return false
    }

    /// `… equally authentic.` / `For …` / `For …` / `Takardar Rataye` / title / `Article 1`: whether a caption numbered 1
    /// again at `index` follows a short caption of a few words (`isCaptionPhrase`, within `annexHeadLimit` units) after
    /// the body's close. Going up over short units that end no sentence (the annexed text's title, the caption, the
    /// signatures), a unit that ends one is reached; none of those units is a caption numbered in a sequence or read by
    /// the tables (`KAPITULO II` over a chapter whose articles start again is no annex), and two lines that open alike
    /// are signatures, no caption.
    private func captionPhraseClosesAbove(_ index: Int) -> Bool {
        var phrase = false
        var candidate = index - 1
        while candidate >= 0, index - candidate <= Self.annexCaptionGapLimit {
            if endsSentence(candidate) { return phrase }
            guard units[candidate].lines.count <= 3 else { return false }
            let line = captionLine(candidate)
            // A word in the number's place (`.firstWord`) numbers nothing by itself: a title of a few words may read so.
            if NumberedCaption.match(line).map({ $0.style != .firstWord }) == true || DivisionLine.match(line) != nil
                || ArticleLine.match(line) != nil || NumberedCaption.leadingNumber(line) != nil { return false }
            if index - candidate <= Self.annexHeadLimit, isShortCaptionLine(candidate), !linesAlike(candidate - 1, candidate) { phrase = true }
            candidate -= 1
        }
        return false
    }

    /// Whether unit `index` is one short line that may caption an annexed text or title it: a capital or a letter
    /// of a script without case first, no figure, at most `maximumSignatureWords` words, no closing punctuation.
    private func isShortCaptionLine(_ index: Int) -> Bool {
        guard index >= 0, units[index].lines.count == 1 else { return false }
        let line = captionLine(index)
        guard let first = line.first, ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first),
              !line.contains(where: { ScalarClass.digit($0) != nil }), !ScalarText.endsWithTerminalPunctuation(line), !Self.endsClause(line)
        else { return false }
        return line.split(whereSeparator: ScalarClass.isWhitespace).count <= Self.maximumSignatureWords
    }

    /// Whether units `upper` and `lower` are parallel lines, as signatures are: they open alike (`opensAlike`: `For the
    /// Republic …` / `For the Kingdom …`) or, two words or more each, end with the same word (`… կողմից` / `… կողմից`).
    private func linesAlike(_ upper: Int, _ lower: Int) -> Bool {
        guard upper >= 0, lower < units.count else { return false }
        if opensAlike(upper, lower) { return true }
        guard units[upper].lines.count == 1, units[lower].lines.count == 1 else { return false }
        let one = captionLine(upper).split(whereSeparator: ScalarClass.isWhitespace)
        let other = captionLine(lower).split(whereSeparator: ScalarClass.isWhitespace)
        guard one.count >= 2, other.count >= 2, let last = one.last, let otherLast = other.last else { return false }
        return last.elementsEqual(otherLast)
    }

    /// `… equally authentic.` / signatures / `Àfikún àdéhùn` / (title) / `Abala 1`: the caption over an annexed text
    /// whose articles start again at 1 after the treaty's own, whatever its word and however many words it takes. The
    /// units between the body's close (the last unit above that ends a sentence, `floor` at most) and the article are
    /// short lines (`isShortCaptionLine`): signatures (parallel lines, `linesAlike`), the caption, the annexed text's
    /// title. The caption is the line over the title, or the line right above the article where no title stands.
    private func restartedArticleCaption(before opening: Int, after floor: Int) -> Int? {
        var start = opening
        while start - 1 > floor, opening - start < Self.annexHeadLimit, !endsSentence(start - 1) { start -= 1 }
        guard start < opening, start - 1 >= floor, endsSentence(start - 1) || start - 1 == floor else { return nil }
        let between = Array(start..<opening)
        guard between.allSatisfy({ units[$0].lines.count <= 3 }) else { return nil }
        let count = between.count
        let last = between[count - 1]
        if count >= 2 {
            let above = between[count - 2]
            let signatureAbove = count >= 3 && linesAlike(between[count - 3], above)
            if !signatureAbove, !linesAlike(above, last), isAnnexTitleLine(last), isShortCaptionLine(above) { return above }
            if linesAlike(above, last) { return nil }
        }
        return isShortCaptionLine(last) ? last : nil
    }

    /// Whether unit `index` may head an annexed text: a line of one word (`isOneWordLine`) or, in one or two
    /// lines, an annex caption the tables know.
    private func isAnnexHead(_ index: Int) -> Bool {
        isOneWordLine(index)
            || units[index].lines.count <= 2 && CaptionRecognizer.annexCaptionLabel(scalars: captionLine(index)) != nil
    }

    /// Whether unit `index` is a line of ONE capitalized word (or of caseless
    /// letters) alone: `Anexu`, `Atodiad`, `Kiambatisho`, `இணைப்பு`.
    private func isOneWordLine(_ index: Int) -> Bool {
        guard units[index].lines.count == 1 else { return false }
        var line = captionLine(index)
        // A script that closes every title with its full stop (the Tibetan shad: `ཟུར་སྦྲགས།`): the stop after one
        // word ends no sentence. Its syllables may be joined (`NumberedCaption.wordEnd`).
        if let last = line.last, Self.isScriptStop(last) { line.removeLast() }
        if NumberedCaption.wordEnd(line, from: 0) == line.count, line.contains(where: NumberedCaption.isWordJoiner) {
            line = line.filter { !NumberedCaption.isWordJoiner($0) }
        }
        // An apostrophe between two letters writes a glottal stop or an elision inside the word (`Tz'aqat`, `Mba'ejoapy`).
        line = Self.droppingInnerApostrophes(line)
        return line.count >= 2 && line.count <= NumberedCaption.maximumWordLength && line.allSatisfy(NumberedCaption.isWordScalar)
            && line[0].properties.isAlphabetic && (ScalarClass.isUppercase(line[0]) || ScalarClass.isCaselessLetter(line[0]))
    }

    /// `word` without the apostrophes (`'`, `’`, `ʼ`) that stand between two letters, as in a word that writes a
    /// glottal stop so (`Tz'aqat`, `Mba'ejoapy`): they are part of the word, no punctuation.
    static func droppingInnerApostrophes(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard word.contains(where: { $0 == "'" || $0 == "\u{2019}" || $0 == "\u{02BC}" }) else { return word }
        var kept: [Unicode.Scalar] = []
        kept.reserveCapacity(word.count)
        for (offset, scalar) in word.enumerated() {
            if scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}", offset > 0, offset + 1 < word.count,
               ScalarClass.isWordLetter(word[offset - 1]), ScalarClass.isWordLetter(word[offset + 1]) { continue }
            kept.append(scalar)
        }
        return kept
    }

    /// A full stop of a script other than Latin that may close a title (`।`, `።`, the Tibetan shad `།`): by its
    /// Unicode properties, terminal punctuation that is no comma, colon, question or exclamation mark.
    static func isScriptStop(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII, scalar.properties.isTerminalPunctuation, let name = scalar.properties.name else { return false }
        return !name.contains("COMMA") && !name.contains("COLON") && !name.contains("QUESTION") && !name.contains("EXCLAMATION")
    }

    /// Most units between the body's last sentence and an annex caption after
    /// it: the footnotes, their rule, a signature.
    static let annexCaptionGapLimit = 16

    /// Most words of an annex caption of a few words (`captionPhraseAfterNotes`).
    static let captionPhraseWordLimit = 3

    /// `… .¹` / rule / `1 Ne E/…` / `pepa faaopoopo` / title / `Sini Autu 1: …`: an unnumbered annex's caption of
    /// two or three words, in any case, right before `opening` (a count that starts again) or before a title line
    /// there, after `floor`. The body has closed: above the line, over footnotes, rules and short lines only, stands
    /// its last sentence (`bodyEnd`), and either its notes close it (a footnote or a rule stands between) or a
    /// sentence of the body uses every word of the line in lower case (the note's own "… in the annex …").
    private func captionPhraseAfterNotes(before opening: Int, after floor: Int, articles: [Int: Int],
                                         divisions: [Int: DivisionSequence.Division]) -> Int? {
        for candidate in [opening - 1, opening - 2] where candidate > floor && candidate >= 1 {
            if candidate == opening - 2 {
                // A title line between the caption and the count.
                guard units[opening - 1].lines.count <= 3, !endsSentence(opening - 1), !isCaptionPhraseLine(opening - 1) else { continue }
            }
            guard let words = captionPhraseWords(candidate),
                  let lastSentence = bodyEnd(above: candidate, articles: articles, divisions: divisions) else { continue }
            let closedByNotes = (lastSentence + 1..<candidate).contains { index in
                let unit = units[index]
                let start = lines[unit.lines.lowerBound].contentStart
                let end = lines[unit.lines.upperBound - 1].contentEnd
                guard end > start, end - start <= 16_000 else { return false }
                if unit.lines.count == 1, FootnoteRule.isRule(decoded.utf8, start, end) { return true }
                return UnitText(unit, lines: lines, decoded: decoded, language: language, wordLabels: .none).isFootnote
            }
            if closedByNotes { return candidate }
            let lowered = words.map { ScalarLowercasing.lowercased($0[...]) }
            for index in stride(from: lastSentence, through: 0, by: -1) {
                let unit = units[index]
                let start = lines[unit.lines.lowerBound].contentStart
                let end = lines[unit.lines.upperBound - 1].contentEnd
                guard end > start, end - start <= 16_000 else { continue }
                let text = ScalarText.scalars(decoded.utf8, start, end)
                if lowered.allSatisfy({ Self.usesInLowerCase($0, text) }) { return candidate }
            }
        }
        return nil
    }

    /// Whether unit `index` is a line of two or three words (`captionPhraseWords`).
    private func isCaptionPhraseLine(_ index: Int) -> Bool { captionPhraseWords(index) != nil }

    /// The words of unit `index` when it is one line of two to `captionPhraseWordLimit` words of letters (an
    /// apostrophe inside a word kept), starting with a letter, no figure, no punctuation: `pepa faaopoopo`, `Mar Medo`.
    private func captionPhraseWords(_ index: Int) -> [[Unicode.Scalar]]? {
        guard units[index].lines.count == 1 else { return nil }
        let line = captionLine(index)
        guard line.count <= NumberedCaption.maximumWordLength * 2 else { return nil }
        var words: [[Unicode.Scalar]] = [[]]
        for scalar in line {
            if ScalarClass.isWhitespace(scalar) {
                if !words[words.count - 1].isEmpty { words.append([]) }
            } else {
                words[words.count - 1].append(scalar)
            }
        }
        if words.last?.isEmpty == true { words.removeLast() }
        guard (2...Self.captionPhraseWordLimit).contains(words.count) else { return nil }
        for word in words {
            let letters = Self.droppingInnerApostrophes(word)
            guard letters.count >= 2, letters.count <= NumberedCaption.maximumWordLength, letters[0].properties.isAlphabetic,
                  letters.allSatisfy(NumberedCaption.isWordScalar) else { return nil }
        }
        return words
    }

    /// "… are set out in the annex to the present note." / footnotes / `Lampiran` /
    /// title / `Goal 1: …`: the caption of an unnumbered annex that stands
    /// after the body's footnotes or its signature, where no body sentence
    /// stands right before it (`bodySentence`). It is a line of ONE
    /// capitalized word (`isOneWordLine`) right before `opening` or before a
    /// title line there; between it and the body's last sentence (a unit of
    /// at least `echoBodySentenceWords` words that ends one, footnote markers
    /// after its stop left aside) stand only footnotes, rules and units of
    /// fewer words (a signature, a page number, a footnote without a marker),
    /// at most `annexCaptionGapLimit` units, no article or division among them; and the body uses its word in lower
    /// case, as written or inflected (`usesInLowerCase`): the note
    /// refers to its annex. No list of annex words.
    private func referencedWordCaption(before opening: Int, articles: [Int: Int], divisions: [Int: DivisionSequence.Division]) -> Int? {
        var found: Int?
        for candidate in [opening - 2, opening - 1] where candidate >= 1 && isOneWordLine(candidate) {
            if candidate == opening - 2 {
                // A title line between the caption and the opening.
                guard units[opening - 1].lines.count <= 3, !endsSentence(opening - 1), !isOneWordLine(opening - 1) else { continue }
            }
            found = candidate
            break
        }
        guard let caption = found, let lastSentence = bodyEnd(above: caption, articles: articles, divisions: divisions) else { return nil }
        let word = ScalarLowercasing.lowercased(captionLine(caption)[...])
        // The body's sentences, from the last up: one of them names the annex in lower case.
        for index in stride(from: lastSentence, through: 0, by: -1) {
            let unit = units[index]
            let start = lines[unit.lines.lowerBound].contentStart
            let end = lines[unit.lines.upperBound - 1].contentEnd
            guard end > start, end - start <= 16_000 else { continue }
            if Self.usesInLowerCase(word, ScalarText.scalars(decoded.utf8, start, end)) { return caption }
        }
        return nil
    }

    /// The body's last sentence above a caption at `caption`: going up over footnotes, rules and units of
    /// fewer than `echoBodySentenceWords` words (a signature, a page number, a footnote without a marker),
    /// at most `annexCaptionGapLimit` units, no article or division among them, the first unit of at least
    /// that many words, when it ends a sentence (footnote markers after its stop left aside).
    private func bodyEnd(above caption: Int, articles: [Int: Int], divisions: [Int: DivisionSequence.Division]) -> Int? {
        for index in stride(from: caption - 1, through: max(0, caption - Self.annexCaptionGapLimit - 1), by: -1) {
            guard articles[index] == nil, divisions[index] == nil else { return nil }
            let unit = units[index]
            let first = lines[unit.lines.lowerBound]
            let start = first.contentStart
            let end = lines[unit.lines.upperBound - 1].contentEnd
            guard end > start, end - start <= 16_000 else { return nil }
            if unit.lines.count == 1, FootnoteRule.isRule(decoded.utf8, start, end) { continue }
            let text = UnitText(unit, lines: lines, decoded: decoded, language: language, wordLabels: .none)
            if text.isFootnote { continue }
            // A footnote written without a marker of its own, a signature line, a page's number or running
            // header: a unit of a few words.
            guard Self.isSentenceSized(text.full) else {
                guard unit.lines.count <= 3 else { return nil }
                continue
            }
            // Running text that ends no sentence is no body's end.
            return Self.endsSentenceBeforeMarkers(text.full) ? index : nil
        }
        return nil
    }

    /// Fewest scalars of a body's sentence in a script written without spaces between words (Khmer, Thai),
    /// where words cannot be counted.
    static let unspacedSentenceLength = 60

    /// Whether `text` is long enough for a body's sentence: `echoBodySentenceWords` words, or, run together
    /// in a script written without spaces, `unspacedSentenceLength` scalars. A line of a few long words set apart by
    /// spaces (a signatory's title in an agglutinative language, `Бордурияныҥ Бириккен Улустар Организациязындагы
    /// турар туружаачызы`, six words, 66 scalars) is counted by its words.
    static func isSentenceSized(_ text: [Unicode.Scalar]) -> Bool {
        let words = AnnexCaptionEcho.tokens(text).count
        if words >= echoBodySentenceWords { return true }
        guard text.count >= unspacedSentenceLength else { return false }
        return words < spacedLineWords || text.count > words * spacedWordLength
    }

    /// Fewest words of a line that `isSentenceSized` counts by its words only.
    static let spacedLineWords = 4
    /// Most scalars a word of such a line takes on average (with its space and punctuation): more, and the line is
    /// run together in a script written without spaces (Thai, Khmer phrases of many words).
    static let spacedWordLength = 14

    /// "Annex to the note verbale dated …", "… සටහනේ ඇමුණුම", `ឧបសម្ព័ន្ធ*`: the caption of an unnumbered
    /// annex whose numbered paragraphs are the document's first count, under a note or letter of
    /// unnumbered paragraphs (no restart of the count marks it), in any language and script, the annex
    /// word first or last. The document's first numbered unit is a `1` with no article or division
    /// above it; right before it (or before a title line there) stands a caption-like unit: at most a few
    /// lines, no full stop at its end, no number first, starting with a capital or a letter of a script
    /// without case, no caption the tables read. Above it, over footnotes and short lines only (a
    /// signature), the body's last sentence (`bodyEnd`). And the note shows the line to be its annex's:
    /// a sentence of the body uses the line's first or last word while no other line above does (a title, a contents line)
    /// (`AnnexCaptionReference.isUsed`: "(see annex)"), or the line repeats a title line of the front matter that
    /// holds a number, in short (`AnnexCaptionReference.repeatsInShort`: its date and words) or whole, without an
    /// annex word (`AnnexCaptionReference.repeatsWhole`).
    /// Most title lines between an annex word alone and the count it opens (`firstCountCaption`).
    static let annexTitleLineLimit = 4

    private func firstCountCaption(articles: [Int: Int], divisions: [Int: DivisionSequence.Division], numbered: [(index: Int, number: Int)]) -> Int? {
        guard let first = numbered.first, first.number == 1, first.index >= 3, articles[first.index] == nil, divisions[first.index] == nil,
              !articles.keys.contains(where: { $0 < first.index }), !divisions.keys.contains(where: { $0 < first.index }) else { return nil }
        let opening = first.index
        func text(_ index: Int) -> [Unicode.Scalar]? {
            let unit = units[index]
            let start = lines[unit.lines.lowerBound].contentStart
            let end = lines[unit.lines.upperBound - 1].contentEnd
            guard end > start, end - start <= 16_000 else { return nil }
            return ScalarText.scalars(decoded.utf8, start, end).map { ScalarClass.isWhitespace($0) ? " " : $0 }
        }
        // The units that may be the caption, in order: the first that the body shows to be its annex's is. The line
        // right above the count may be the annex's own title under a caption that repeats the note's date over two
        // lines (`… টোকাৰ সংলগ্নী` / title / `১।`): the unit above it is tried next.
        var candidates: [(index: Int, text: [Unicode.Scalar])] = []
        // An annex word alone over several caption lines (`Lampiran` / the note's title repeated / the information's
        // title / `1⇥…`): the word is the caption, however many title lines (up to `annexTitleLineLimit`) stand
        // between it and the count.
        func isTitleLine(_ index: Int) -> Bool {
            guard units[index].lines.count <= 3, let title = text(index) else { return false }
            return !ScalarText.endsSentence(title) && !Self.endsClause(title) && NumberedCaption.leadingNumber(title) == nil
        }
        var gap = 3
        while candidates.isEmpty, gap <= Self.annexTitleLineLimit + 1, opening - gap >= 0, isTitleLine(opening - gap + 1) {
            if isCaptionWordLine(opening - gap), let caption = text(opening - gap),
               CaptionRecognizer.annexCaptionLabel(scalars: Array(caption)) == nil {
                candidates.append((opening - gap, caption))
            }
            gap += 1
        }
        let wordAloneFound = !candidates.isEmpty
        for candidate in [opening - 1, opening - 2] where !wordAloneFound {
            // A line of one word above the line before the count (`Nyongeza` / title / `1.`) is the caption, the
            // line under it the annex's title — unless that line names the letter by its date, as a caption that
            // links its annex does (`(Signed) …` / `Ambassador` / `Annex to the letter dated …` / `1.`).
            if candidate == opening - 1, opening >= 4, isCaptionWordLine(opening - 2) || signedCaptionPhrase(opening - 2),
               let title = text(opening - 1), !title.contains(where: { ScalarClass.digit($0) != nil }) { continue }
            if candidate == opening - 2 {
                // A title line between the caption and the count.
                guard units[opening - 1].lines.count <= 3, let title = text(opening - 1), !ScalarText.endsSentence(title),
                      !Self.endsClause(title) else { continue }
            }
            guard units[candidate].lines.count <= Self.annexHeadLineLimit, let caption = text(candidate),
                  caption.count <= CaptionRecognizer.maximumCaptionLength, !Self.endsClause(caption) else { continue }
            // Emphasis and a footnote marker around the line (`**Annex**`, `ឧបសម្ព័ន្ធ*`) are no part of it.
            let core = ScalarText.trimmed(captionLine(candidate)[...])
            guard !core.isEmpty, !Self.endsSentenceBeforeMarkers(caption), NumberedCaption.leadingNumber(caption) == nil,
                  // A date may come first where the annex word comes last (`2026 සැප්තැම්බර් 8 දිනැති … ඇමුණුම`).
                  let letter = core.first, ScalarClass.isUppercase(letter) || ScalarClass.isCaselessLetter(letter) || ScalarClass.isArabic(letter)
                    || ScalarClass.digit(letter) != nil,
                  CaptionRecognizer.annexCaptionLabel(scalars: Array(core)) == nil else { continue }
            candidates.append((candidate, caption))
        }
        // A caption broken by hand over two lines that are two units (`… স্থায়ী মিছনৰ` / `পৰা … টোকাৰ সংলগ্নী`), over a
        // title line: read as one, its first line the caption's unit (the classifier joins the second to it).
        if !wordAloneFound, opening >= 4, units[opening - 1].lines.count <= 3, let title = text(opening - 1), !ScalarText.endsSentence(title),
           !Self.endsClause(title),
           units[opening - 2].lines.count == 1, units[opening - 3].lines.count == 1,
           let head = text(opening - 3), let tail = text(opening - 2), !ScalarText.endsSentence(head), !ScalarText.endsSentence(tail),
           NumberedCaption.leadingNumber(tail) == nil, !Self.endsClause(tail), head.count + tail.count < CaptionRecognizer.maximumCaptionLength,
           CaptionRecognizer.annexCaptionLabel(scalars: Array(head)) == nil {
            candidates.append((opening - 3, head + [" "] + tail))
        }
        // The first candidate that follows the body's end decides; one that follows running text (a caption line
        // above it) gives way to the next.
        let following = candidates.compactMap { candidate in
            bodyEnd(above: candidate.index, articles: articles, divisions: divisions).map { (candidate.index, candidate.text, $0) }
        }
        // A line that repeats a line of the front matter whole (the note's title or its subject, no annex word) is the
        // caption, the line under it the annex's title, though that line follows the body's end too (over the caption).
        guard let found = following.first(where: { repeatsFrontMatterLine($0.1, above: $0.2, text: text) }) ?? following.first
        else { return nil }
        return bodyShowsCaption(found.0, found.1, opening: opening, articles: articles, divisions: divisions, text: text)
    }

    /// Whether `captionText` repeats whole (`AnnexCaptionReference.repeatsWhole`) a unit of the front matter, the
    /// units before the body's first sentence (up to `lastSentence`) of more than `AnnexCaptionEcho.minimumWords`
    /// words: the letter's or note's dated title, or, under a dated title, another of its lines (the subject).
    private func repeatsFrontMatterLine(_ captionText: [Unicode.Scalar], above lastSentence: Int, text: (Int) -> [Unicode.Scalar]?) -> Bool {
        var dated = false
        var frontLines: [AnnexCaptionEcho.Title] = []
        for index in 0...lastSentence {
            guard let scalars = text(index) else { continue }
            if ScalarText.endsSentence(scalars), Self.isSentenceSized(scalars) { break }
            let line = AnnexCaptionEcho.Title(scalars)
            guard line.words.count > AnnexCaptionEcho.minimumWords else { continue }
            if !line.numbers.isEmpty { dated = true }
            frontLines.append(line)
        }
        return dated && frontLines.contains { AnnexCaptionReference.repeatsWhole(captionText, title: $0) }
    }

    /// Whether the body above the caption at `caption` shows it to be its annex's (`firstCountCaption`): the caption's
    /// first or last word used by the body's sentences and by no other line above, or the front matter's dated title
    /// repeated in short. `caption` when it does.
    private func bodyShowsCaption(_ caption: Int, _ captionText: [Unicode.Scalar], opening: Int, articles: [Int: Int],
                                  divisions: [Int: DivisionSequence.Division], text: (Int) -> [Unicode.Scalar]?) -> Int? {
        guard let lastSentence = bodyEnd(above: caption, articles: articles, divisions: divisions),
              // An annex caption the tables read above (`附件一…` over a title line) opened the annex already.
              !(lastSentence + 1..<opening).contains(where: { CaptionRecognizer.annexCaptionLabel(scalars: captionLine($0)) != nil })
        else { return nil }
        // The body's sentences, and the other lines above the caption: the front matter (a title holding a
        // date), a contents list, headings, whose words the caption may not take as its own.
        var otherWords: [[Unicode.Scalar]] = []
        var titles: [AnnexCaptionEcho.Title] = []
        var bodyWords: [[Unicode.Scalar]] = []
        var inBody = false
        for index in 0...lastSentence {
            guard let scalars = text(index) else { continue }
            let tokens = AnnexCaptionEcho.tokens(scalars)
            let words = tokens.filter { !$0.isNumber }.map(\.text)
            if ScalarText.endsSentence(scalars), Self.isSentenceSized(scalars) {
                inBody = true
                bodyWords += words
            } else {
                otherWords += words
                if !inBody, tokens.contains(where: \.isNumber), words.count > AnnexCaptionEcho.minimumWords { titles.append(AnnexCaptionEcho.Title(scalars)) }
            }
        }
        for word in AnnexCaptionReference.ownWords(captionText)
        where AnnexCaptionReference.isUsed(word, in: bodyWords) && !AnnexCaptionReference.isUsed(word, in: otherWords) {
            return caption
        }
        // The title repeated in short with a word of its own ("Annex to the note verbale dated …"), or whole: a note
        // that opens its annex with its own title and no annex word.
        return titles.contains { AnnexCaptionReference.repeatsInShort(captionText, title: $0) }
            || repeatsFrontMatterLine(captionText, above: lastSentence, text: text) ? caption : nil
    }

    /// `… ndin.` / `(Siifaa) Oumar Diallo` / `𞤇𞤫𞤴𞤣𞤭𞤼𞤼𞤫` / `𞥑.` …: the caption of an unnumbered annex after a
    /// signed letter, whatever its word. The document's first numbered unit is a `1` with no article or division
    /// above it; right before it, or before a title line there, stands a line of one word (`isOneWordLine`); above
    /// that the letter's signature (`signed`), and above the signature the body's last sentence (`bodyEnd`), the
    /// front matter holding the letter's dated title (`hasDatedTitle`). The letter has ended: what it carries after
    /// its signature is its annex.
    private func signedLetterCaption(articles: [Int: Int], divisions: [Int: DivisionSequence.Division], numbered: [(index: Int, number: Int)]) -> Int? {
        guard let first = numbered.first, first.number == 1, first.index >= 3, articles[first.index] == nil, divisions[first.index] == nil,
              !articles.keys.contains(where: { $0 < first.index }), !divisions.keys.contains(where: { $0 < first.index }) else { return nil }
        let opening = first.index
        // A line of one word, or of a word and its own number (`Кожулта I`), is the caption before a short phrase
        // (`Бичикке кожулта`) is; of two short lines over the count, the upper is the caption, the lower its title.
        let candidates = [opening - 1, opening - 2].filter(isCaptionWordLine)
            + [opening - 2, opening - 1].filter { $0 >= 0 && isCaptionPhrase($0) }
        for candidate in candidates {
            // A title line between the caption and the count.
            if candidate == opening - 2,
               units[opening - 1].lines.count > 3 || endsSentence(opening - 1) || isCaptionWordLine(opening - 1) { continue }
            guard let lastSentence = bodyEnd(above: candidate, articles: articles, divisions: divisions) else { continue }
            if signed(after: lastSentence, before: candidate), hasDatedTitle(before: lastSentence) { return candidate }
        }
        return nil
    }

    /// `(Кол салынган) Ивар Кольбен` / rank lines / `__________` / `* A/100/150.` / `… язган хатына косымша` / title /
    /// `1.`: the caption of an unnumbered annex after a signed letter, known because it starts with the letter's title
    /// (`TitlePrefixCaption`: the title's words in order, the last inflected, the annex word added), whatever that word
    /// and whether or not the title holds a date. The document's first numbered unit is a `1` with no article or
    /// division above it; right before it, or before a title line there, stands the caption, ending no sentence (its
    /// first line read alone too: a caption that runs on into the annex's title line in a text without blank lines);
    /// above it the letter's signature (`signed`), and above that the body's last sentence (`bodyEnd`). The title is a
    /// unit of the front matter (before the body's first sentence) that ends no sentence, or the first line of the unit
    /// that opens the body when the title runs on into it.
    private func titlePrefixCaption(articles: [Int: Int], divisions: [Int: DivisionSequence.Division],
                                    numbered: [(index: Int, number: Int)]) -> Int? {
        guard let first = numbered.first, first.number == 1, first.index >= 3, articles[first.index] == nil, divisions[first.index] == nil,
              !articles.keys.contains(where: { $0 < first.index }), !divisions.keys.contains(where: { $0 < first.index }) else { return nil }
        let opening = first.index
        /// A unit's text, whitespace made spaces, if it is of at most a few thousand bytes.
        func text(_ index: Int) -> [Unicode.Scalar]? {
            let unit = units[index]
            let start = lines[unit.lines.lowerBound].contentStart
            let end = lines[unit.lines.upperBound - 1].contentEnd
            guard end > start, end - start <= 16_000 else { return nil }
            return ScalarText.scalars(decoded.utf8, start, end).map { ScalarClass.isWhitespace($0) ? " " : $0 }
        }
        for candidate in [opening - 1, opening - 2] {
            // A title line between the caption and the count.
            if candidate == opening - 2, units[opening - 1].lines.count > 3 || endsSentence(opening - 1) { continue }
            let line = captionLine(candidate)
            guard !line.isEmpty, !ScalarText.endsSentence(line), line.count <= CaptionRecognizer.maximumCaptionLength,
                  let lastSentence = bodyEnd(above: candidate, articles: articles, divisions: divisions),
                  signed(after: lastSentence, before: candidate) else { continue }
            var captions = [line]
            if units[candidate].lines.count > 1, units[candidate].lines.count <= 3, let whole = text(candidate),
               !ScalarText.endsSentence(whole) { captions.append(whole) }
            var titles: [[Unicode.Scalar]] = []
            for index in 0...lastSentence {
                guard let scalars = text(index) else { continue }
                if ScalarText.endsSentence(scalars), Self.isSentenceSized(scalars) {
                    // The title run on into the body's first sentence (a text without blank lines): its first line.
                    if units[index].lines.count > 1 { titles.append(captionLine(index)) }
                    break
                }
                if AnnexCaptionEcho.tokens(scalars).count > AnnexCaptionEcho.minimumWords { titles.append(scalars) }
            }
            if captions.contains(where: { caption in titles.contains { TitlePrefixCaption.startsWithTitle(caption, title: $0) } }) {
                return candidate
            }
        }
        return nil
    }

    /// Whether unit `index` is a short caption phrase (`isCaptionPhrase`, `Бичикке кожулта`) right under a letter's
    /// signature (`signed`), the body's last sentence above it: the line a signed letter's annex opens with.
    private func signedCaptionPhrase(_ index: Int) -> Bool {
        guard index >= 1, isCaptionPhrase(index), !isCaptionPhrase(index + 1),
              let lastSentence = bodyEnd(above: index, articles: [:], divisions: [:]) else { return false }
        return signed(after: lastSentence, before: index)
    }

    /// Whether unit `index` is a line of one word (`isOneWordLine`), or of one word and its own number, a Roman
    /// numeral, digits or a capital letter (`Кожулта I`, `Liitteh A`): a caption no sequence reads when it is the
    /// only one.
    private func isCaptionWordLine(_ index: Int) -> Bool {
        guard index >= 0 else { return false }
        if isOneWordLine(index) { return true }
        guard units[index].lines.count == 1 else { return false }
        return Self.captionWordNumber(captionLine(index)) != nil
    }

    /// The number of a caption of one word and a number (`Кожулта I`, `Liitteh 2`, `Liitteh B`), as an annex label:
    /// a Roman numeral or digits as a Roman numeral (`I`, `II`), a Latin capital as itself; `nil` for another line.
    static func captionWordNumber(_ line: [Unicode.Scalar]) -> String? {
        let words = line.split(whereSeparator: ScalarClass.isWhitespace)
        guard words.count == 2, let first = words[0].first,
              ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first),
              words[0].count >= 2, words[0].count <= NumberedCaption.maximumWordLength,
              words[0].allSatisfy(NumberedCaption.isWordScalar) else { return nil }
        var label = words[1]
        while let last = label.last, last == "." || last == ":" { label = label.dropLast() }
        guard !label.isEmpty else { return nil }
        if label.count <= NumberedCaption.maximumRomanLength, label.allSatisfy({ "IVXLCDM".unicodeScalars.contains($0) }),
           let value = RomanNumeral.value(of: label) {
            return RomanNumeral.spelling(value)
        }
        if label.count <= 2, label.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) {
            let number = label.reduce(0) { $0 * 10 + Int($1.value - 0x30) }
            if number > 0 { return RomanNumeral.spelling(number) }
        }
        if label.count == 1, let letter = label.first, letter.value >= 0x41, letter.value <= 0x5A { return String(Character(letter)) }
        return nil
    }

    /// Whether the front matter above `end` (the units before the body's first sentence) holds a letter's or a
    /// note's title: a unit of more than `AnnexCaptionEcho.minimumWords` words that holds a number (its date,
    /// "Letter dated 12 June 2028 from …"). A report's unnumbered heading after its summary
    /// (`Introduction` / `Background` / `1.`) follows no such title and no signature.
    private func hasDatedTitle(before end: Int) -> Bool {
        for index in 0...end {
            let unit = units[index]
            let start = lines[unit.lines.lowerBound].contentStart
            let stop = lines[unit.lines.upperBound - 1].contentEnd
            guard stop > start, stop - start <= 16_000 else { continue }
            let scalars = ScalarText.scalars(decoded.utf8, start, stop)
            if ScalarText.endsSentence(scalars), Self.isSentenceSized(scalars) { return false }
            let tokens = AnnexCaptionEcho.tokens(scalars)
            if tokens.contains(where: \.isNumber), tokens.filter({ !$0.isNumber }).count > AnnexCaptionEcho.minimumWords { return true }
        }
        return false
    }

    /// Whether a signature stands between the body's last sentence at `lastSentence` and a caption at
    /// `caption`: one unit or more besides footnotes and rules, each of a few words on at most three lines
    /// (the signatory's name, their title), ending no sentence and holding no figure.
    private func signed(after lastSentence: Int, before caption: Int) -> Bool {
        var signature = 0
        for index in (lastSentence + 1)..<caption {
            let unit = units[index]
            let start = lines[unit.lines.lowerBound].contentStart
            let end = lines[unit.lines.upperBound - 1].contentEnd
            guard end > start, end - start <= 16_000 else { continue }
            if unit.lines.count == 1, FootnoteRule.isRule(decoded.utf8, start, end) { continue }
            let text = UnitText(unit, lines: lines, decoded: decoded, language: language, wordLabels: .none)
            if text.isFootnote { continue }
            // A name and a title hold no figure: a job number, a barcode, a page's number or a running symbol is no signature.
            guard unit.lines.count <= 3, !Self.isSentenceSized(text.full), !ScalarText.endsSentence(text.full),
                  !text.full.contains(where: { ScalarClass.digit($0) != nil }) else { return false }
            signature += 1
        }
        return signature > 0
    }

    /// Whether `text` ends a sentence, footnote markers after its last stop
    /// left aside (`… 2027.¹`, `… session.*`, `… vermektedir.1`): `CitedFootnoteMarker.endsSentenceBeforeMarker`.
    static func endsSentenceBeforeMarkers(_ text: [Unicode.Scalar]) -> Bool {
        CitedFootnoteMarker.endsSentenceBeforeMarker(text)
    }

    /// Whether `text` holds `word` (lower-cased), as written or inflected
    /// (`viðauki` / `viðauka`), with a small first letter (or in a script without case).
    static func usesInLowerCase(_ word: [Unicode.Scalar], _ text: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < text.count {
            guard NumberedCaption.isWordScalar(text[index]), ScalarClass.digit(text[index]) == nil else {
                index += 1
                continue
            }
            let start = index
            while index < text.count, NumberedCaption.isWordScalar(text[index]), ScalarClass.digit(text[index]) == nil { index += 1 }
            // The word itself, or inflected: all of it but its last two letters begins the other.
            guard !ScalarClass.isUppercase(text[start]), index - start >= max(3, word.count - 2) else { continue }
            let other = ScalarLowercasing.lowercased(text[start..<index])
            if zip(word, other).prefix(while: { $0 == $1 }).count >= max(3, word.count - 2) { return true }
        }
        return false
    }

    /// Whether unit `index` (of at most a few thousand bytes) ends a sentence.
    private func endsSentence(_ index: Int) -> Bool {
        let unit = units[index]
        let start = lines[unit.lines.lowerBound].contentStart
        let end = lines[unit.lines.upperBound - 1].contentEnd
        guard end > start else { return false }
        // The last bytes decide: cut at a scalar boundary.
        var cut = max(start, end - 64)
        while cut < end, decoded.utf8[cut] & 0xC0 == 0x80 { cut += 1 }
        return ScalarText.endsSentence(ScalarText.scalars(decoded.utf8, cut, end))
    }

    /// The unit of running text right before a caption (and a title line) at
    /// `opening`: among the few units before it, the last that ends a sentence
    /// of at least `echoBodySentenceWords` words.
    private func bodySentence(before opening: Int) -> Int? {
        for index in stride(from: opening - 1, through: max(0, opening - 4), by: -1) {
            let unit = units[index]
            let start = lines[unit.lines.lowerBound].contentStart
            let end = lines[unit.lines.upperBound - 1].contentEnd
            guard end > start, end - start <= 4000 else { continue }
            let text = ScalarText.scalars(decoded.utf8, start, end)
            if ScalarText.endsSentence(text), AnnexCaptionEcho.tokens(text).count >= Self.echoBodySentenceWords { return index }
        }
        return nil
    }

    /// "Príloha k listu zo dňa 20. apríla 2026, ktorý …": an annex caption that
    /// repeats the title of the letter or note it is annexed to
    /// (`AnnexCaptionEcho`), in any language. The title is a line of the front
    /// matter, before the first sentence of the body (a unit of at least
    /// `echoBodySentenceWords` words that ends one; a masthead line may end with
    /// an abbreviation's point, `2026 r.`), that holds a number (its date); the
    /// caption stands after that sentence.
    private func echoCaptions(articles: [Int: Int], divisions: [Int: DivisionSequence.Division]) -> [Int] {
        /// The bytes of a unit of a few lines, short enough for a caption.
        func shortRange(_ index: Int) -> Range<Int>? {
            let unit = units[index]
            guard unit.lines.count <= 6 else { return nil }
            let start = lines[unit.lines.lowerBound].contentStart
            let end = lines[unit.lines.upperBound - 1].contentEnd
            return end > start && end - start <= CaptionRecognizer.maximumCaptionLength * 4 ? start..<end : nil
        }
        /// A short unit's text.
        func shortText(_ index: Int) -> [Unicode.Scalar]? {
            shortRange(index).map { ScalarText.scalars(decoded.utf8, $0.lowerBound, $0.upperBound).map { ScalarClass.isWhitespace($0) ? " " : $0 } }
        }
        /// Whether a short unit may hold a number (the caption repeats the title's date): an ASCII
        /// digit, or a scalar from U+0600 on (lead byte D8 and above), where other scripts' digits are.
        func mayHoldDigit(_ index: Int) -> Bool {
            shortRange(index).map { decoded.utf8[$0].contains { $0 >= 0x30 && $0 <= 0x39 || $0 >= 0xD8 } } ?? false
        }
        var titles: [AnnexCaptionEcho.Title] = []
        var previousText: [Unicode.Scalar]?
        var bodyStart: Int?
        for index in units.indices.prefix(Self.echoTitleSearchLimit) {
            guard let text = shortText(index) else {
                bodyStart = index
                break
            }
            // Footnote markers after the stop (`… কৰিছে।¹`) leave the sentence ended.
            if Self.endsSentenceBeforeMarkers(text), AnnexCaptionEcho.tokens(text).count >= Self.echoBodySentenceWords {
                bodyStart = index
                break
            }
            if !ScalarText.endsSentence(text), text.contains(where: { ScalarClass.digit($0) != nil }),
               AnnexCaptionEcho.tokens(text).count > AnnexCaptionEcho.minimumWords {
                titles.append(AnnexCaptionEcho.Title(text))
            }
            // A title cut in two where a wrapped line begins with its date ("… od" / "12. svibnja 2026. upućeno …").
            if let before = previousText, !ScalarText.endsSentence(text), text.contains(where: { ScalarClass.digit($0) != nil }) {
                titles.append(AnnexCaptionEcho.Title(before + [" "] + text))
            }
            previousText = ScalarText.endsSentence(text) ? nil : text
        }
        guard let bodyStart, !titles.isEmpty else { return [] }
        var captions: [Int] = []
        for index in (bodyStart + 1)..<units.count where articles[index] == nil && divisions[index] == nil {
            let first = lines[units[index].lines.lowerBound]
            guard first.contentEnd > first.contentStart else { continue }
            let byte = decoded.utf8[first.contentStart]
            guard byte >= 0x41 && byte <= 0x5A || byte >= 0x80, mayHoldDigit(index), let text = shortText(index),
                  let letter = text.first, ScalarClass.isUppercase(letter) || ScalarClass.isCaselessLetter(letter) || ScalarClass.isArabic(letter)
                    // The date first where the annex word comes last (`২০২৬ চনৰ ৫ অক্টোবৰৰ … টোকাৰ সংলগ্নী`), in any digits.
                    || ScalarClass.digit(letter) != nil && byte >= 0x80
            else { continue }
            if AnnexCaptionEcho.echoes(text, titles: titles) {
                captions.append(index)
                continue
            }
            // A caption broken by hand over two lines that are two units, the date first and the annex word last
            // (`২০২৬ চনৰ … স্থায়ী মিছনৰ` / `পৰা … টোকাৰ সংলগ্নী`): read as one, its first line the caption's unit (the
            // classifier joins the second to it, `annexCaptionLine`). A heading that repeats an agenda item over the
            // item's title (`POINT 36 DE L'ORDRE DU JOUR` / `Renseignements relatifs …`) starts with a word.
            if ScalarClass.digit(letter) != nil, units[index].lines.count == 1, !ScalarText.endsSentence(text), index + 1 < units.count, units[index + 1].lines.count == 1,
               articles[index + 1] == nil, divisions[index + 1] == nil, let tail = shortText(index + 1), !ScalarText.endsSentence(tail),
               LabelParser.parse(tail, language: nil) == nil, !AnnexCaptionEcho.echoes(tail, titles: titles),
               CaptionRecognizer.annexCaptionLabel(scalars: Array(tail)) == nil,
               AnnexCaptionEcho.echoes(text + [" "] + tail, titles: titles) {
                captions.append(index)
            }
        }
        return captions
    }

    /// `… highest consideration.` / `… ɖo ɖe Dɔwɔƒegã la ƒe kpeɖeŋunya` / title / `1.`: the captions of unnumbered
    /// annexes that repeat the document's own title (`TitleRepeatCaption`: the same figures, most of the same letters),
    /// whatever their annex word and wherever it stands. The title is a run of one to three units of the front matter
    /// (before the body's first sentence) that end no sentence: a title broken over two lines that are two units is
    /// read whole. A caption stands after that sentence, right over the count's `1` or over a few short lines before it
    /// (its second line, the annex's title: at most `annexTitleLineLimit` units that end no sentence and start with
    /// no number); it is one unit, or a unit of one line and the next (a caption broken by hand over two lines).
    private func titleRepeatCaptions(articles: [Int: Int], divisions: [Int: DivisionSequence.Division],
                                     numbered: [(index: Int, number: Int)]) -> [Int] {
        /// A unit's text, whitespace made spaces, if it is of at most `lineLimit` lines and `TitleRepeatCaption.maximumLength` × 4 bytes.
        func text(_ index: Int, lineLimit: Int) -> [Unicode.Scalar]? {
            let unit = units[index]
            guard unit.lines.count <= lineLimit else { return nil }
            let start = lines[unit.lines.lowerBound].contentStart
            let end = lines[unit.lines.upperBound - 1].contentEnd
            guard end > start, end - start <= TitleRepeatCaption.maximumLength * 4 else { return nil }
            return ScalarText.scalars(decoded.utf8, start, end).map { ScalarClass.isWhitespace($0) ? " " : $0 }
        }
        /// Whether a unit may hold a figure: an ASCII digit or a scalar from U+0600 on (lead byte D8 and above).
        func mayHoldDigit(_ index: Int) -> Bool {
            let unit = units[index]
            let start = lines[unit.lines.lowerBound].contentStart
            let end = lines[unit.lines.upperBound - 1].contentEnd
            return end > start && decoded.utf8[start..<end].contains { $0 >= 0x30 && $0 <= 0x39 || $0 >= 0xD8 }
        }
        var front: [[Unicode.Scalar]?] = []
        var bodyStart: Int?
        for index in units.indices.prefix(Self.echoTitleSearchLimit) {
            guard articles[index] == nil, divisions[index] == nil, let scalars = text(index, lineLimit: Self.annexHeadLineLimit) else {
                bodyStart = index
                break
            }
            // A sentence of the body: of `echoBodySentenceWords` words, or, in a script without spaces, of a clause's
            // length (`弗里多尼亚常驻联合国代表团向秘书处致意，…。`).
            if Self.endsSentenceBeforeMarkers(scalars),
               Self.isSentenceSized(scalars) || scalars.count >= Self.unspacedClauseLength && !scalars.contains(" ") {
                bodyStart = index
                break
            }
            // Or ending with a script's mark that Unicode calls terminal but no sentence's end, its sentence told by its
            // size: the Tibetan shad (`… ཞུ་རྒྱུ་ཡིན།`), which ends clauses and sentences alike.
            if let last = scalars.last(where: { !ScalarClass.isWhitespace($0) }), last.value >= 0x80, last.properties.isTerminalPunctuation,
               Self.isSentenceSized(scalars) {
                bodyStart = index
                break
            }
            front.append(ScalarText.endsSentence(scalars) ? nil : scalars)
        }
        guard let bodyStart, bodyStart + 2 < units.count else { return [] }
        var titles: [TitleRepeatCaption.Title] = []
        for start in front.indices {
            var joined: [Unicode.Scalar] = []
            for offset in 0..<Self.titleRepeatUnitLimit where start + offset < front.count {
                guard let part = front[start + offset] else { break }
                joined += joined.isEmpty ? part : [" "] + part
                let title = TitleRepeatCaption.Title(joined)
                if title.isDatedTitle { titles.append(title) }
            }
        }
        guard !titles.isEmpty else { return [] }
        var captions: [Int] = []
        var position = numbered.firstIndex { $0.index > bodyStart } ?? numbered.count
        var index = bodyStart + 1
        while index < units.count {
            defer { index += 1 }
            while position < numbered.count, numbered[position].index <= index { position += 1 }
            guard position < numbered.count else { break }
            let opening = numbered[position]
            guard opening.number == 1, opening.index - index <= Self.annexTitleLineLimit, articles[index] == nil, divisions[index] == nil,
                  articles[opening.index] == nil, divisions[opening.index] == nil, mayHoldDigit(index),
                  let caption = text(index, lineLimit: Self.annexHeadLineLimit), NumberedCaption.leadingNumber(caption) == nil,
                  LabelParser.parse(caption, language: nil) == nil else { continue }
            // Between the caption and the count: its second line, the annex's title — short lines that end no sentence.
            let between = (index + 1)..<opening.index
            guard between.allSatisfy({ candidate in
                guard articles[candidate] == nil, divisions[candidate] == nil, let scalars = text(candidate, lineLimit: 3) else { return false }
                return !ScalarText.endsSentence(scalars) && !Self.endsClause(scalars) && NumberedCaption.leadingNumber(scalars) == nil
            }) else { continue }
            if TitleRepeatCaption.repeats(caption, titles: titles) {
                captions.append(index)
                continue
            }
            // A caption broken by hand over two lines; not a line over a whole caption (a signature, `哈达德（签名）`, over
            // `…的信的附件`): the next line repeating the title alone is the caption.
            if units[index].lines.count == 1, !between.isEmpty, units[index + 1].lines.count == 1, let tail = text(index + 1, lineLimit: 1),
               !TitleRepeatCaption.repeats(tail, titles: titles), TitleRepeatCaption.repeats(caption + [" "] + tail, titles: titles) {
                captions.append(index)
                index += 1
            }
        }
        return captions
    }

    /// Most units of the front matter one title takes (`titleRepeatCaptions`).
    static let titleRepeatUnitLimit = 3
    /// Fewest scalars of a body's sentence written without spaces (`titleRepeatCaptions`): a masthead line holds none.
    static let unspacedClauseLength = 20

    /// Whether a masthead line of a few units at the top names a summary record by its symbol (`RecordNote.kind`:
    /// `E/C.12/2028/SR.41`).
    private func summaryRecordMasthead() -> Bool {
        units.indices.prefix(Self.echoTitleSearchLimit).contains { index in
            let unit = units[index]
            let start = lines[unit.lines.lowerBound].contentStart
            let end = lines[unit.lines.upperBound - 1].contentEnd
            guard end > start, end - start <= 200, decoded.utf8[start..<end].contains(UInt8(ascii: "/")) else { return false }
            return RecordNote.kind(ScalarText.scalars(decoded.utf8, start, end)) == .summary
        }
    }

    /// "Дадатак да вербальнай ноты ад 3 сакавіка 2026 года", "… کا ضمیمہ": the
    /// caption of an unnumbered annex that names its letter or note in short
    /// (too little of the title to echo it), in any language. The body is
    /// running text without numbers — a letter's or note's paragraphs, units
    /// that end a sentence of at least `echoBodySentenceWords` words — and the
    /// document's count starts at 1 after it. The caption stands right before
    /// that `1.` (or before a title line there): a unit of a few lines that
    /// ends no sentence, holds a number (a date) and at least
    /// `AnnexCaptionEcho.minimumWords` other words, and whose first or last
    /// word (the annex word) the body uses in two of its units ("… (see
    /// annex)." / "… and its annex be circulated …", inflected: `dadatak`,
    /// `дадатак да яе`) while no line of the front matter (the title) does.
    private func referencedCaption(articles: [Int: Int], divisions: [Int: DivisionSequence.Division], numbered: [(index: Int, number: Int)]) -> Int? {
        guard let first = numbered.first(where: { articles[$0.index] == nil && divisions[$0.index] == nil }), first.number == 1,
              first.index >= 2 else { return nil }
        let opening = first.index
        func text(_ index: Int) -> [Unicode.Scalar]? {
            let unit = units[index]
            let start = lines[unit.lines.lowerBound].contentStart
            let end = lines[unit.lines.upperBound - 1].contentEnd
            guard end > start, end - start <= 16_000 else { return nil }
            return ScalarText.scalars(decoded.utf8, start, end).map { ScalarClass.isWhitespace($0) ? " " : $0 }
        }
        func words(_ scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
            AnnexCaptionEcho.tokens(scalars).filter { !$0.isNumber }.map(\.text)
        }
        // The captions that may stand before the count, checked first: most documents have none, and then
        // the units before it are not read.
        var candidates: [(index: Int, own: [[Unicode.Scalar]])] = []
        for candidate in [opening - 1, opening - 2] where candidate >= 0 {
            if candidate == opening - 2 {
                // A title line between the caption and the count.
                guard units[opening - 1].lines.count <= 3, let title = text(opening - 1), !ScalarText.endsSentence(title),
                      !Self.endsClause(title) else { continue }
            }
            guard units[candidate].lines.count <= 6, let caption = text(candidate), caption.count <= CaptionRecognizer.maximumCaptionLength,
                  !ScalarText.endsSentence(caption), !Self.endsClause(caption), let letter = ScalarText.firstLetter(caption), caption.first == letter,
                  ScalarClass.isUppercase(letter) || ScalarClass.isCaselessLetter(letter) || ScalarClass.isArabic(letter)
            else { continue }
            let tokens = AnnexCaptionEcho.tokens(caption)
            guard tokens.contains(where: \.isNumber), tokens.filter({ !$0.isNumber }).count > AnnexCaptionEcho.minimumWords,
                  let firstToken = tokens.first, let lastToken = tokens.last else { continue }
            let own = [firstToken, lastToken].filter { !$0.isNumber && $0.text.count >= 4 }.map(\.text)
            if !own.isEmpty { candidates.append((candidate, own)) }
        }
        guard !candidates.isEmpty else { return nil }
        var frontWords: [[Unicode.Scalar]] = []
        var bodyUnits: [[[Unicode.Scalar]]] = []
        var lastSentence: Int?
        for index in 0..<opening {
            if articles[index] != nil || divisions[index] != nil { return nil }
            guard let scalars = text(index) else { return nil }
            let tokens = AnnexCaptionEcho.tokens(scalars)
            if ScalarText.endsSentence(scalars), tokens.count >= Self.echoBodySentenceWords {
                bodyUnits.append(words(scalars))
                lastSentence = index
            } else if lastSentence == nil {
                frontWords += words(scalars)
            }
        }
        guard let lastSentence, bodyUnits.count >= 2 else { return nil }
        for (candidate, own) in candidates where candidate > lastSentence {
            for word in own {
                let mentions = bodyUnits.filter { unit in unit.contains { AnnexCaptionEcho.sameWord(word, $0) } }.count
                if mentions >= 2, !frontWords.contains(where: { AnnexCaptionEcho.sameWord(word, $0) }) { return candidate }
            }
        }
        return nil
    }

    /// Fewest words of the body's first sentence.
    static let echoBodySentenceWords = 8

    /// Whether `text` ends with a clause's comma or semicolon of any script (`… sezonowych wędrówek stad,`,
    /// `… pożarom;`): a preamble's or a list's clause, which a sentence or another clause follows. An annex's caption
    /// and its title line are headings: they end with no clause mark, so such a unit above a count starting at 1 is
    /// no inferred annex caption (`firstCountCaption`, `referencedCaption`) — a resolution's preamble over its
    /// operative paragraphs is read as the preamble it is.
    static func endsClause(_ text: [Unicode.Scalar]) -> Bool {
        guard let last = text.last(where: { !ScalarClass.isWhitespace($0) }) else { return false }
        return last == ";" || last == "؛" || last == "；" || ScalarClass.isClauseComma(last) || FootnotedClauseMark.endsWithMarkedClauseMark(text)
    }

    /// An unnumbered annex caption after a treaty's signatures, whatever its word (`Shtojcë`, `Kiambatisho`): a
    /// treaty ends with its final clause (a unit that ends a sentence after the last article) and the signatures,
    /// two or more short lines that end no sentence and open with the same word ("Për Republikën …" / "Për
    /// Mbretërinë …", "For the Republic …" / "For the Kingdom …"), or lines that set them side by side in columns
    /// opening alike (`SignatureColumns`). What follows the signatures is annexed: a line of
    /// one word right after them, in a capital or a caseless script and without punctuation, followed by a title
    /// line (two words or more, ending no sentence) and further text, is the annex's caption. A signature of one
    /// word ("Syldavia") is followed by no title; running text after the signatures makes no caption.
    private func captionAfterSignatures(articles: [Int: Int], divisions: [Int: DivisionSequence.Division]) -> Int? {
        guard articles.count >= 2, let lastArticle = articles.keys.max(), !divisions.keys.contains(where: { $0 > lastArticle }) else { return nil }
        var finalClause: Int?
        // The signatures' lines as written, a unit of several lines or one a line.
        var signatures: [[Unicode.Scalar]] = []
        func firstWord(_ line: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
            let start = line.firstIndex { !ScalarClass.isWhitespace($0) } ?? line.endIndex
            return line[start...].prefix { !ScalarClass.isWhitespace($0) }
        }
        var index = lastArticle + 1
        while index + 2 < units.count, index <= lastArticle + Self.maximumUnitsAfterLastArticle {
            let text = captionText(index)
            let words = text.split(whereSeparator: ScalarClass.isWhitespace)
            if ScalarText.endsSentence(text) {
                // A sentence after the signatures is running text: the treaty has not ended there.
                guard signatures.isEmpty else { return nil }
                finalClause = index
            } else if finalClause == nil {
                // The last article's title line, before its text.
            } else if let lines = signatureLines(index) {
                signatures += lines
            } else if words.count == 1, units[index].lines.count == 1,
                      signatures.count >= 2 && signatures.allSatisfy({ firstWord($0).elementsEqual(firstWord(signatures[0])) })
                        || !signatures.isEmpty && signatures.allSatisfy(SignatureColumns.openAlike),
                      let first = text.first, ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first),
                      text.allSatisfy({ NumberedCaption.isWordScalar($0) }) {
                let title = captionText(index + 1)
                guard units[index + 1].lines.count <= 3, title.split(whereSeparator: ScalarClass.isWhitespace).count >= 2,
                      !ScalarText.endsWithTerminalPunctuation(title), articles[index + 1] == nil else { return nil }
                return index
            } else {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// The lines of unit `index` as written when each is a signature's: two words or more, at most
    /// `maximumSignatureWords`, ending no sentence ("For the Republic of Ruritania:" ends with the colon the signature
    /// is written under), at most three lines; nil otherwise.
    private func signatureLines(_ index: Int) -> [[Unicode.Scalar]]? {
        guard units[index].lines.count <= 3 else { return nil }
        var result: [[Unicode.Scalar]] = []
        for lineIndex in units[index].lines {
            let line = lines[lineIndex]
            guard line.contentEnd > line.contentStart else { return nil }
            let text = ScalarText.scalars(decoded.utf8, line.contentStart, line.contentEnd)
            let words = text.split(whereSeparator: ScalarClass.isWhitespace).count
            guard words >= 2, words <= Self.maximumSignatureWords,
                  !ScalarText.endsWithTerminalPunctuation(text) || text.last(where: { !ScalarClass.isWhitespace($0) }) == ":"
            else { return nil }
            result.append(text)
        }
        return result
    }

    /// `… equally authentic.` / `For …` / `For …` / `Takardar Rataye` / title / `1.`, `… highest consideration.` /
    /// `Tovana` / title / `1.`: the caption of an unnumbered annex after a body that has closed, whatever its word and
    /// however many words it takes (a short phrase, `captionPhraseMaximumWords`), where the document shows the close.
    /// A count starts at 1 (and goes on to 2) after the body: in a treaty, a count that starts again after the last
    /// article's text (its paragraphs), when an unnumbered unit that ends a sentence (the place and date of signature)
    /// stands between, the signatures after it; in a letter or note of unnumbered paragraphs under a dated title
    /// (`hasDatedTitle`), the document's first count, after the note's paragraphs (the last the complimentary close,
    /// right above the caption).
    /// Right above the count stand a short caption (one line, a few words, no figure, no closing punctuation, no
    /// label) and, under it, the annex's title (at most three lines ending no sentence and no clause); in a treaty the
    /// title may lack. Between the caption and the body's last sentence only short lines stand (signatures, at most
    /// `annexCaptionGapLimit`). A new article's paragraphs follow its article caption, a report's chapter its
    /// numbered heading, a list inside a paragraph no short lines after a closed body: none of them is read so.
    private func closedBodyCaption(articles: [Int: Int], divisions: [Int: DivisionSequence.Division],
                                   numbered allNumbered: [(index: Int, number: Int)]) -> Int? {
        let numbered = allNumbered.filter { articles[$0.index] == nil && divisions[$0.index] == nil }
        let numberedUnits = Set(numbered.map(\.index))
        var openings: [Int] = []
        for position in numbered.indices where numbered[position].number == 1 && position + 1 < numbered.count
            && numbered[position + 1].number == 2 { openings.append(numbered[position].index) }
        let lastArticle = articles.keys.max()
        if let lastArticle {
            guard articles.count >= 2, !divisions.keys.contains(where: { $0 > lastArticle }) else { return nil }
            openings = openings.filter { $0 > lastArticle }
        } else {
            guard let first = numbered.first, first.number == 1, openings.first == first.index,
                  !divisions.keys.contains(where: { $0 < first.index }) else { return nil }
            openings = [first.index]
        }
        for opening in openings where opening >= 3 {
            // The caption over its title, or alone (in a treaty) right above the count. Two short lines that open with
            // the same word are the signatures, no caption over a title.
            var caption: Int?
            if isAnnexTitleLine(opening - 1), isCaptionPhrase(opening - 2), !linesAlike(opening - 3, opening - 2) {
                caption = opening - 2
            } else if lastArticle != nil, isCaptionPhrase(opening - 1) {
                caption = opening - 1
            }
            guard let caption else { continue }
            // Up over the signatures to the body's last sentence.
            var close: Int?
            var candidate = caption - 1
            while candidate >= 0, caption - candidate <= Self.annexCaptionGapLimit {
                guard articles[candidate] == nil, divisions[candidate] == nil,
                      units[candidate].lines.count <= Self.annexHeadLineLimit || endsSentence(candidate) else { break }
                let text = captionText(candidate)
                if Self.endsSentenceBeforeMarkers(text), Self.isSentenceSized(text) {
                    close = candidate
                    break
                }
                guard units[candidate].lines.count <= 3, !Self.isSentenceSized(text), !ScalarText.endsSentence(text) else { break }
                candidate -= 1
            }
            guard let close, !numberedUnits.contains(close),
                  !(close..<opening).contains(where: { CaptionRecognizer.annexCaptionLabel(ScalarText.string(captionLine($0))) != nil })
            else { continue }
            if let lastArticle {
                // The treaty's final clause after the last article's own text (its paragraphs).
                guard close > lastArticle, (lastArticle + 1..<close).contains(where: endsSentence) else { continue }
                return caption
            }
            // A letter's or note's paragraphs under its dated title (its paragraphs may run together where no blank
            // line sets them apart: the close may be all of them). No signature stands between (a letter's signed name
            // and title are read by `signedLetterCaption`): the caption follows the close.
            guard caption == opening - 2, close == caption - 1, hasDatedTitle(before: close) else { continue }
            return caption
        }
        return nil
    }

    /// Most words of an annex caption read by its shape after a closed body (`closedBodyCaption`).
    static let captionPhraseMaximumWords = 4
    /// Most scalars of that caption.
    static let captionPhraseMaximumLength = 48

    /// Whether unit `index` has the shape of a short caption (`closedBodyCaption`): one line of one to
    /// `captionPhraseMaximumWords` words of letters, no figure, opening with a capital or a letter of a script
    /// without case, ending with a letter or a mark (no punctuation), no label, no caption the tables read.
    private func isCaptionPhrase(_ index: Int) -> Bool {
        guard index >= 0, units[index].lines.count == 1 else { return false }
        let line = captionLine(index)
        guard line.count >= 2, line.count <= Self.captionPhraseMaximumLength, let first = line.first, let last = line.last,
              ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first),
              NumberedCaption.isWordScalar(last), !line.contains(where: { ScalarClass.digit($0) != nil }) else { return false }
        let words = line.split(whereSeparator: ScalarClass.isWhitespace)
        guard words.count <= Self.captionPhraseMaximumWords,
              words.allSatisfy({ Self.droppingInnerApostrophes(Array($0)).allSatisfy(NumberedCaption.isWordScalar) }) else { return false }
        return LabelParser.parse(line, language: nil) == nil && CaptionRecognizer.annexCaptionLabel(ScalarText.string(line)) == nil
    }

    /// Whether unit `index` may be an annex's title under its caption: at most three lines, ending no sentence and no
    /// clause, no number or label first.
    private func isAnnexTitleLine(_ index: Int) -> Bool {
        guard index >= 0, units[index].lines.count <= 3 else { return false }
        let text = captionText(index)
        guard !text.isEmpty, text.count <= CaptionRecognizer.maximumCaptionLength else { return false }
        return !ScalarText.endsSentence(text) && !Self.endsClause(text) && NumberedCaption.leadingNumber(text) == nil
            && LabelParser.parse(text, language: nil) == nil
    }

    /// Whether units `upper` and `lower` are lines that open alike, as signatures do (`For the Republic …` / `For the
    /// Kingdom …`): the same first word, or, each line one run of letters (a script written without spaces), the same
    /// first three scalars.
    private func opensAlike(_ upper: Int, _ lower: Int) -> Bool {
        guard upper >= 0, units[upper].lines.count == 1, units[lower].lines.count == 1 else { return false }
        let one = captionLine(upper), other = captionLine(lower)
        let firstWord = one.split(whereSeparator: ScalarClass.isWhitespace).first.map(Array.init) ?? []
        let otherWord = other.split(whereSeparator: ScalarClass.isWhitespace).first.map(Array.init) ?? []
        if !firstWord.isEmpty, firstWord == otherWord, firstWord.count < one.count { return true }
        guard firstWord.count == one.count, otherWord.count == other.count else { return false }
        return one.count >= 3 && other.count >= 3 && one.prefix(3).elementsEqual(other.prefix(3))
            && one.prefix(3).allSatisfy(NumberedCaption.isWordScalar)
    }

    /// Units looked at after a treaty's last article for its final clause, signatures and an annex caption.
    static let maximumUnitsAfterLastArticle = 12
    /// Most words of a signature line ("For the Government of the Republic of Ruritania").
    static let maximumSignatureWords = 12

    /// The title of a letter or note stands within the document's first units.
    static let echoTitleSearchLimit = 40

    // MARK: - Divisions

    /// The section words the tables know, lower-cased (`section`, `sección`, `раздел`, `الفرع`).
    static let sectionWords: Set<String> = Set(LanguageConventions.all.flatMap { $0.sectionWords.map { $0.lowercased() } })

    /// Units of one or two lines whose first line may open a lettered section (`LetteredSectionCaption`),
    /// articles, divisions and annex captions the tables read left out, in order.
    private func letteredSectionCandidates(articles: [Int: Int], divisions: [Int: DivisionSequence.Division])
        -> [(index: Int, match: LetteredSectionCaption.Match)] {
        var candidates: [(index: Int, match: LetteredSectionCaption.Match)] = []
        for (index, unit) in units.enumerated() where unit.lines.count <= 2 && articles[index] == nil && divisions[index] == nil {
            let first = lines[unit.lines.lowerBound]
            var start = first.contentStart
            // Markdown marks and the spaces that centre a caption.
            while start < first.contentEnd, decoded.utf8[start] == UInt8(ascii: "*") || decoded.utf8[start] == UInt8(ascii: "#")
                || decoded.utf8[start] == UInt8(ascii: "_") || decoded.utf8[start] == UInt8(ascii: " ") { start += 1 }
            guard LetteredSectionCaption.mayMatch(decoded.utf8, start, first.contentEnd) else { continue }
            let line = captionLine(index)
            guard let match = LetteredSectionCaption.match(line),
                  CaptionRecognizer.annexCaptionLabel(scalars: Array(line)) == nil else { continue }
            candidates.append((index, match))
        }
        return candidates
    }

    /// Units that open a part, chapter, section or goal in sequence
    /// (`DivisionLine`, `DivisionSequence`), by unit index, with their label path.
    private func divisionTitles(excluding contentsUnits: Set<Int>) -> [Int: DivisionSequence.Division] {
        var candidates: [(index: Int, match: DivisionLine.Match)] = []
        for (index, unit) in units.enumerated() where unit.lines.count <= 2 && !contentsUnits.contains(index) {
            let first = lines[unit.lines.lowerBound]
            let last = lines[unit.lines.upperBound - 1]
            guard last.contentEnd - first.contentStart <= DivisionLine.maximumTitleLength * 4 else { continue }
            // Markdown emphasis or heading marks around the label.
            func isMark(_ scalar: Unicode.Scalar) -> Bool { scalar == "*" || scalar == "_" || ScalarClass.isWhitespace(scalar) }
            // The first scalar decides most lines: read from the line's first bytes (cut at a scalar boundary).
            var headEnd = min(first.contentEnd, first.contentStart + 64)
            while headEnd < first.contentEnd, decoded.utf8[headEnd] & 0xC0 == 0x80 { headEnd -= 1 }
            // Its scalars read one at a time as `ScalarText.scalars` makes them, not built.
            var reader = FoldedScalarReader(decoded.utf8, first.contentStart, headEnd)
            var opening: Unicode.Scalar?
            while let scalar = reader.next() {
                if !isMark(scalar) && scalar != "#" { opening = scalar; break }
            }
            if let opening {
                if !DivisionLine.mayStart(with: opening), !DivisionLine.mayMatchOrdinalFirst(decoded.utf8, first.contentStart, headEnd) { continue }
            } else if headEnd == first.contentEnd, unit.lines.count == 1 {
                continue
            }
            let line = ScalarText.scalars(decoded.utf8, first.contentStart, first.contentEnd)
            let start = line.firstIndex { !isMark($0) && $0 != "#" } ?? line.count
            let end = (line.lastIndex { !isMark($0) } ?? -1) + 1
            var scalars = start < end ? Array(line[start..<end]) : []
            if unit.lines.count == 2 {
                let second = lines[unit.lines.lowerBound + 1]
                let title = ScalarText.scalars(decoded.utf8, second.contentStart, second.contentEnd)
                // "الهدف 1" / "الحد من خسائر …", "Goal 1" / "Reduce …": a label that fills its line, over a title that
                // opens in no lower case, is the division with its title (the line's end is its separator).
                if let alone = DivisionLine.match(scalars), alone.labelLength == scalars.count,
                   let letter = ScalarText.firstLetter(title), !ScalarClass.isLowercase(letter) {
                    candidates.append((index, alone))
                    continue
                }
                scalars += [" "] + title
            }
            if let match = DivisionLine.match(scalars) { candidates.append((index, match)) }
        }
        return candidates.isEmpty ? [:] : DivisionSequence.kept(candidates)
    }

    /// A division heading: `CHAPTER II: PURPOSES AND PRINCIPLES` (text
    /// `PURPOSES AND PRINCIPLES`, label `CHAPTER II:`, path `II`, id `ch2`). It opens a
    /// scope: the article before it is closed, a goal's targets follow it.
    private func divisionHeading(_ text: UnitText, _ division: DivisionSequence.Division, index: Int, state: inout State) -> DraftBlock {
        let match = division.match
        state.zone = .body
        state.listParent = nil
        state.article = nil
        state.turn = nil
        state.inPreamble = false
        state.closeDecimalCount()
        var block = draft(.heading, text, body: false)
        // The label is cut from the text as read without markup, when it reads there too.
        if let again = DivisionLine.match(text.full) {
            block.removeText(0..<again.labelLength)
            block.label = ScalarText.string(ScalarText.trimmed(text.full[0..<again.labelLength]))
        } else if match.labelLength < text.full.count, let again = DivisionLine.match(Array(text.full[0..<match.labelLength])),
                  again.labelLength == match.labelLength {
            // The label alone on the unit's first line, its title on the next.
            var end = again.labelLength
            while end < text.full.count, ScalarClass.isWhitespace(text.full[end]) { end += 1 }
            block.removeText(0..<end)
            block.label = ScalarText.string(ScalarText.trimmed(text.full[0..<again.labelLength]))
        } else if match.kind == .section, let again = LetteredSectionCaption.match(text.full) {
            // A lettered section (`Раздел Б. Совет`, `الفرع باء - المجلس`, `B节 理事会`).
            block.removeText(0..<again.labelLength)
            block.label = ScalarText.string(ScalarText.trimmed(text.full[0..<again.labelLength]))
        } else if let again = NumberedCaption.matchEitherWay(text.full, numberFirstLine: text.full),
                  again.number == match.number || again.style == .firstWord {
            // A caption found by its numbering (`Lengo 1. …`, `제1장`), or by a word its series counts (`TÍTULO SEGUNDO`).
            block.removeText(0..<again.labelLength)
            block.label = ScalarText.string(ScalarText.trimmed(text.full[0..<again.labelLength]))
        }
        block.level = division.level
        block.number = match.number
        block.labelPath = division.labelPath
        block.division = match.kind
        block.divisionID = BlockIdentifiers.pathID(division.idPath)
        block.annex = state.annex
        // Lettered and numbered headings under a chapter or part nest in it (`II.A`, `II.A.1`).
        if match.kind == .chapter || match.kind == .part { _ = state.numbering.enterSection(match.number) }
        if match.kind == .goal {
            state.goal = match.number
            state.goalSerial = index
        } else {
            state.goal = nil
            state.goalSerial = nil
        }
        return block
    }

    /// `PURPOSES AND PRINCIPLES` on its own line under `CHAPTER I`: a short
    /// line without a label or final punctuation, not in lower case, right
    /// after a division heading without a title is that division's title.
    private func isDivisionTitleLine(_ text: UnitText) -> Bool {
        text.label == nil && text.lineCount <= 2 && !text.full.isEmpty && text.full.count <= Self.subheadingMaximumLength / 2
            && !text.isFootnote && !ScalarText.endsWithTerminalPunctuation(text.full) && !text.startsInLowerCase
            && ArticleLine.number(text.full) == nil
    }

    /// An article title: the body of the document from here on. An inserted
    /// article (`Article 2 bis`, `suffix` `bis`) is labelled `2 bis` whatever the
    /// version writes, its path and id `2bis` (`art2bis`), and carries no integer
    /// number, so the article count goes on at 3.
    private func article(_ text: UnitText, number: Int, label: String?, inserted suffix: String? = nil, state: inout State) -> DraftBlock {
        state.zone = .body
        state.listParent = nil
        state.inPreamble = false
        state.turn = nil
        state.lastParagraph = 0
        state.parenthesizedParagraphs = false
        var block = draft(.article, text, body: false)
        block.number = number
        // A titled article keeps its whole line as text; its label is the part that numbers it.
        block.label = label ?? text.fullString
        if let suffix {
            block.number = nil
            block.label = String(number) + " " + suffix
            block.labelPath = String(number) + suffix
        }
        block.annex = state.annex
        return block
    }

    /// "Begriffsbestimmungen", "УПОТРЕБЛЕНИЕ ТЕРМИНОВ", "目标": the title of an
    /// article set on the line under its number — one short line without a
    /// label or final punctuation (no sentence, no list's lead-in ending with a
    /// colon) that starts with a capital or a caseless letter.
    private func isArticleTitleLine(_ text: UnitText) -> Bool {
        guard text.label == nil, text.lineCount == 1, !text.full.isEmpty, text.full.count <= 80, !text.isFootnote,
              !ScalarText.endsWithTerminalPunctuation(text.full), !endsClause(text.full, minimumLength: 0),
              let last = text.full.last, last != ":", last != "：",
              let first = ScalarText.firstLetter(text.full), ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first)
        else { return false }
        // A title in brackets, as Japanese and Chinese statutes set it ("第二条" / "（合同委員会）").
        let bracketed = text.full.first?.properties.generalCategory == .openPunctuation
            && text.full.last?.properties.generalCategory == .closePunctuation
        return first == text.full.first || text.full.first == "*" || text.full.first == "_" || bracketed
    }

    /// An unnumbered sub-heading (level 4) in the current numbering; it ends any list.
    private func unnumberedHeading(_ text: UnitText, state: inout State) -> DraftBlock {
        var block = draft(.heading, text)
        block.level = 4
        block.labelPath = state.numbering.enterUnnumbered()
        block.annex = state.annex
        state.listParent = nil
        return block
    }

    private func draft(_ kind: BlockKind, _ text: UnitText, body: Bool = true) -> DraftBlock {
        let scalars = body ? text.body : text.full
        // Text copied verbatim from the input stays a span of it until the drafts are final (`DraftText`).
        let content = text.verbatimBytes(body: body).map { DraftText(copyOf: decoded.utf8, $0, scalarCount: scalars.count) }
            ?? DraftText(scalars)
        return DraftBlock(serial: 0, kind: kind, content: content, emphasis: body ? text.emphasis : text.fullEmphasis,
                          sourceRanges: [text.sourceRange])
    }

    private func classify(
        _ text: UnitText, index: Int, state: inout State, next: () -> UnitText?, ahead: (Int) -> UnitText?
    ) -> DraftBlock {
        // Job numbers and barcodes can stand anywhere (masthead, footers); a barcode's asterisks are no markup.
        if text.lineCount == 1, let mark = printingMark(index) { return mark }
        // The masthead's symbol repeated in the body, a later page's running header (`RunningSymbolLines`).
        if text.lineCount == 1, state.zone == .body, runningSymbols.contains(units[index].lines.lowerBound) {
            return DraftBlock(serial: 0, kind: .pageFurniture, text: text.full, emphasis: [], sourceRanges: [text.sourceRange])
        }
        // The rule above the footnotes is furniture in clean text too, as in PDF text (`FootnoteRule`).
        if text.lineCount == 1 {
            let line = lines[units[index].lines.lowerBound]
            // So is a page number between dashes ("- 2-"), in any text (`DashedPageNumber`).
            if FootnoteRule.isRule(decoded.utf8, line.contentStart, line.contentEnd)
                || DashedPageNumber.isDashedPageNumber(decoded.utf8, line.contentStart, line.contentEnd) {
                state.belowFootnoteRule = FootnoteRule.isRule(decoded.utf8, line.contentStart, line.contentEnd) || state.belowFootnoteRule
                return DraftBlock(serial: 0, kind: .pageFurniture, text: text.full, emphasis: [], sourceRanges: [text.sourceRange])
            }
        }
        // Footnotes can stand anywhere (page bottoms).
        if case .footnoteMarker(let marker)? = text.form {
            if let number = Self.footnoteNumber(marker) { state.lastFootnoteNumber = number }
            var block = draft(.footnote, text)
            block.label = marker
            block.annex = state.annex
            return block
        }
        // Below the rule, "(1) …" is a footnote as Arabic writes its markers, not an item (a).
        if state.belowFootnoteRule, case .subparagraph? = text.form, let written = text.label?.written,
           Self.isParenthesizedNumber(written) {
            var block = draft(.footnote, text)
            block.label = written
            block.annex = state.annex
            return block
        }
        if state.zone == .body, let block = citedFootnote(text, index: index, state: &state) { return block }
        state.belowFootnoteRule = false
        if state.zone == .tableOfContents {
            if let block = tableOfContentsBlock(text, index: index, state: &state) { return block }
            state.zone = .body
        }
        if text.lineCount <= 2, text.full.count <= 30, CaptionRecognizer.isTableOfContentsCaption(text.fullString),
           let following = next(), CaptionRecognizer.isTableOfContentsColumnCaption(following.fullString)
            || parseTableOfContentsEntry(index + 1) != nil {
            state.zone = .tableOfContents
            return draft(.tocHeading, text, body: false)
        }
        // Contents known by their shape (`ContentsBlockShape`): the caption, whatever its language, then the entries.
        if state.contents.captions.contains(index), text.label == nil, text.lineCount == 1, text.full.count <= 40,
           !ScalarText.endsWithTerminalPunctuation(text.full) {
            state.zone = .tableOfContents
            return draft(.tocHeading, text, body: false)
        }
        if state.contents.starts.contains(index) {
            state.zone = .tableOfContents
            if let block = tableOfContentsBlock(text, index: index, state: &state) { return block }
            state.zone = .body
        }
        // A paragraph numbered with its section's number (`14.1`) is the body's.
        if let paragraph = sectionParagraphs[index] {
            state.zone = .body
            return sectionParagraph(text, paragraph, index: index, state: &state)
        }
        // An annex caption ends the front matter: no masthead holds one.
        let annexLabel = annexCaptionLabel(text, index: index, state: state)
        // No masthead and title run this long (17 units at most in the corpus): past it, the body has started.
        if state.zone == .front, index >= Self.frontMatterUnitLimit { state.zone = .body }
        if state.zone == .front, annexLabel == nil {
            if let block = frontMatterBlock(text, index: index, state: &state, next: next, ahead: ahead) { return block }
        }
        if state.zone == .front { state.zone = .body }
        if let annexLabel {
            state.annex = annexLabel
            state.article = nil
            state.turn = nil
            state.numbering.enterAnnex(annexLabel)
            state.listParent = nil
            state.lastParagraph = 0
            state.parenthesizedParagraphs = false
            // An annex numbers its paragraphs afresh (`1.1`), whatever the body's decimal count.
            state.decimal = nil
            state.decimalBeforeHeading = nil
            // `I. melléklet`: the caption keeps its number, read as the annex's label.
            var block = draft(.annex, text, body: false)
            block.label = annexLabel.isEmpty ? nil : annexLabel
            block.annex = annexLabel
            return block
        }
        return bodyBlock(text, index: index, state: &state, next: next, ahead: ahead)
    }

    /// The annex label of unit `index` when it is an annex caption (the tables' words, or inferred), `""` for one
    /// without a number; `nil` when it is none.
    private func annexCaptionLabel(_ text: UnitText, index: Int, state: State) -> String? {
        // A caption longer than a short one ("Annex II") does not end a sentence: most paragraphs are ruled out without a string.
        (text.label == nil && text.lineCount <= 6 && text.full.count <= CaptionRecognizer.maximumCaptionLength
            && (text.full.count <= 32 || !ScalarText.endsSentence(text.full)) && CaptionRecognizer.annexCaptionMayMatch(text.full)
            ? CaptionRecognizer.annexCaptionLabel(scalars: text.full) : nil) ?? state.inferredAnnexes[index]
    }

    /// Whether unit `index`, right under an annex caption that opened with an annex word alone, is one of its caption
    /// lines: it and every unit up to the count's `1` (at least one more: the last is the annex's title) are short
    /// lines that end no sentence and are numbered by nothing, at most `annexTitleLineLimit` of them.
    private func annexCaptionLine(_ index: Int, numbered: [(index: Int, number: Int)]) -> Bool {
        guard let count = numbered.first(where: { $0.index > index }), count.number == 1,
              count.index - index >= 2, count.index - index <= Self.annexTitleLineLimit else { return false }
        return (index..<count.index).allSatisfy { candidate in
            guard units[candidate].lines.count <= 3 else { return false }
            let start = lines[units[candidate].lines.lowerBound].contentStart
            let end = lines[units[candidate].lines.upperBound - 1].contentEnd
            guard end > start, end - start <= 1_000 else { return false }
            let scalars = ScalarText.scalars(decoded.utf8, start, end)
            return !ScalarText.endsSentence(scalars) && NumberedCaption.leadingNumber(scalars) == nil
                && LabelParser.parse(scalars, language: nil) == nil
        }
    }

    /// Longest annex word alone on its line (`annexWordAbove`), in scalars.
    static let annexWordLength = 24

    /// Whether unit `index` is an annex word alone on its line ("附件", "Annex", "Lampiran") right over an annex
    /// caption without a number that repeats that word first or last ("Annex to the note verbale …",
    /// "…给秘书长的普通照会的附件"): the two are one caption, whatever the language, so one annex and not two
    /// (and the word is no paragraph of the body when no table knows it).
    private func annexWordAbove(_ text: UnitText, index: Int, next: UnitText?, state: State) -> Bool {
        guard let next, text.label == nil, text.lineCount == 1, text.full.count >= 2, text.full.count <= Self.annexWordLength,
              text.full.allSatisfy({ $0.properties.isAlphabetic || $0.properties.generalCategory == .nonspacingMark
                  || $0.properties.generalCategory == .spacingMark }),
              next.label == nil, next.full.count > text.full.count,
              annexCaptionLabel(next, index: index + 1, state: state) == "" else { return false }
        let word = ScalarLowercasing.lowercased(text.full[...])
        let caption = ScalarLowercasing.lowercased(next.full[...])
        if caption.count > word.count, caption[0..<word.count].elementsEqual(word), ScalarClass.isWhitespace(caption[word.count]) { return true }
        let tail = caption.count - word.count
        return caption[tail...].elementsEqual(word) && (ScalarClass.isCaselessLetter(word[0]) || ScalarClass.isWhitespace(caption[tail - 1]))
    }

    // MARK: - Front matter

    /// Most words of a masthead line that names its session by a year ("2036. évi ülésszak").
    static let maximumSessionLineWords = 3

    /// Most units the front matter (masthead, title, notes before the body) may
    /// take. It bounds the header-line and title tests, the costliest per unit,
    /// on a text of tiny paragraphs that never reads as a body.
    static let frontMatterUnitLimit = 200

    /// A job-number or barcode line (`PrintingMark`) as page furniture, its text as written:
    /// only a unit of that one line (a unit may hold wrapped lines after it, which would be lost).
    private func printingMark(_ index: Int) -> DraftBlock? {
        let line = lines[units[index].lines.lowerBound]
        guard units[index].lines.dropFirst().allSatisfy({ lines[$0].isBlank }), line.contentEnd - line.contentStart <= 160,
              PrintingMark.mayBePrintingMarkLine(decoded.utf8, line.contentStart, line.contentEnd) else { return nil }
        let written = String(decoding: decoded.utf8[line.contentStart..<line.contentEnd], as: UTF8.self)
        guard PrintingMark.isPrintingMarkLine(written) else { return nil }
        return DraftBlock(serial: 0, kind: .pageFurniture, text: Array(written.unicodeScalars), emphasis: [],
                          sourceRanges: [decoded.sourceRange(line.contentStart, line.contentEnd)])
    }

    /// A header line, title or front-matter paragraph; `nil` when the body starts here.
    private func frontMatterBlock(
        _ text: UnitText, index: Int, state: inout State, next: () -> UnitText?, ahead: (Int) -> UnitText?
    ) -> DraftBlock? {
        if !state.recordSymbolSeen, text.full.count <= 200, let kind = RecordNote.kind(text.full) {
            state.recordSymbolSeen = true
            state.recordKind = kind
        }
        // "80. Tagung" (a German session line): a number that opens no sequence (not 1) on a line that reads
        // as a header field is that field, not paragraph 80.
        if case .number(let value)? = text.form, value != 1, text.lineCount == 1, text.full.count <= 100,
           case .field(let field)? = HeaderLineRecognizer.recognize(text.fullString) {
            var block = draft(.metadata, text, body: false)
            block.metadataField = field
            return block
        }
        // "12. června 2026": a day, a month the tables do not know and a year is the date, not paragraph 12.
        if case .number(let value)? = text.form, value != 1, value <= 31, text.lineCount == 1, Self.isDayMonthYear(text.body) {
            var block = draft(.metadata, text, body: false)
            block.metadataField = .date
            return block
        }
        // "2026. gada 3. martā", "87. zasadnutie": a short masthead line whose number opens no sequence (not 1)
        // and that no later unit continues before a sequence starts at 1 is a header line.
        if case .number(let value)? = text.form, value != 1, text.lineCount == 1, text.full.count <= 60,
           Self.precedesSequenceWithoutContinuing(value, after: index, in: state.numbered) {
            // The date when its date covers the line (`DateLineShare`); a year in a short phrase names the session
            // ("2036. évi ülésszak"); a year that opens a longer phrase is a title's ("2028. április 5-i szóbeli jegyzék …").
            let date = Self.containsYear(text.full) && DateLineShare.isDateLine(text.full)
            let words = text.full.split(whereSeparator: ScalarClass.isWhitespace).count
            if date || !Self.containsYear(text.full) || words <= Self.maximumSessionLineWords {
                var block = draft(.metadata, text, body: false)
                // "19. (c) napirendi pont": a sub-item letter after the number makes it an agenda item; sessions have none.
                block.metadataField = date ? .date : Self.startsWithItemLetter(text.body) ? .agendaItem : .session
                return block
            }
        }
        // "9. posiedzenie plenarne" in a record without numbered paragraphs: an ordinal before a word in lower
        // case that no unit continues is a masthead line — a header field when it reads as one, else a title line
        // (as "9th plenary meeting" is in a version that writes the ordinal with a suffix).
        if case .number(let value)? = text.form, value != 1, text.lineCount == 1, text.full.count <= 60,
           ScalarText.firstLetter(text.body).map(ScalarClass.isLowercase) == true,
           !Self.continuedSoon(value, after: index, in: state.numbered) {
            if Self.containsYear(text.full), DateLineShare.isDateLine(text.full) {
                var block = draft(.metadata, text, body: false)
                block.metadataField = .date
                return block
            }
            return mastheadLine(text, state: &state)
        }
        // "44. Plenarsitzung" in a record without numbered paragraphs: a short line under a header field or title
        // line that ends no sentence, whose number is not 1 and that no numbered unit follows, continues no count
        // and starts none: a masthead line.
        if case .number(let value)? = text.form, value != 1, text.lineCount == 1, text.full.count <= 60,
           state.previousKind == .metadata || state.previousKind == .title,
           let last = text.full.last, !ScalarClass.isTerminalPunctuation(last),
           Self.numberedSoonAfter(index, in: state.numbered).isEmpty {
            return mastheadLine(text, state: &state)
        }
        // "2026. május 14.", "2026. május 12-i keltezésű levél …": a year that opens a masthead line or the title
        // (the date order of Hungarian, Latvian, Lithuanian, East Asian languages) continues no count; the
        // short line that the date covers (`DateLineShare`) is the date, any other is read as unlabelled front matter.
        var opensWithYear = false
        if case .number(let value)? = text.form, (1900...2099).contains(value),
           text.label.map({ $0.written.unicodeScalars.filter { ScalarClass.digit($0) != nil }.count == 4 }) == true,
           !Self.continuedSoon(value, after: index, in: state.numbered) {
            if text.lineCount == 1, text.full.count <= 60, DateLineShare.isDateLine(text.full) {
                var block = draft(.metadata, text, body: false)
                block.metadataField = .date
                return block
            }
            opensWithYear = true
        }
        switch text.form {
        case .section?, .ordinal?, .letter?, .scriptLetter?, .sequenceLetter?, .subparagraph?, .inserted?: return nil
        case .number? where !opensWithYear: return nil
        default: break
        }
        if PreambularOpening.isOpening(text.full) || opensPreambleByShape(text, next: next, ahead: ahead) { return nil }
        if continuingDecimal(text, state: state) != nil { return nil }
        // A speaker's first words end the front matter; "Chair: Mr. X" in a masthead is no sentence.
        if let length = SpeakerLine.designationLength(text.full, learned: state.speakerWords) ?? labelLineDesignationLength(text, index: index, state: state),
           ScalarText.endsSentence(text.full) || unpunctuatedText && Self.isUnpunctuatedSpeech(text.full[length...]) {
            return nil
        }
        // "Maranao" / "Original: English": a language no table names, one or two words of letters set right above the
        // original language's line, under the date or distribution, is the version's language.
        if state.previousKind == .metadata, isLanguageNameAboveOriginal(text, next: next) {
            var block = draft(.metadata, text, body: false)
            block.metadataField = .language
            return block
        }
        if text.lineCount <= 2, text.full.count <= 200, let recognition = HeaderLineRecognizer.recognize(text.fullString) {
            var block = draft(.metadata, text, body: false)
            switch recognition {
            case .field(let field): block.metadataField = field
            case .organization: block.isOrganizationLine = true
            }
            if recognition == .field(.symbol), state.symbolSession == nil {
                let symbol = HeaderLineRecognizer.primarySymbol(text.fullString)
                state.symbolSession = MastheadSessionLines.session(ofSymbol: Array(symbol.unicodeScalars))
            }
            return block
        }
        if text.lineCount == 1, organParts.contains(units[index].lines.lowerBound) || isSubsidiaryOrgan(text, state: state, next: next) {
            var block = draft(.metadata, text, body: false)
            block.metadataField = .organ
            return block
        }
        if let block = sessionEvidenceLine(text, index: index, state: &state, next: next, ahead: ahead) { return block }
        // "[without reference to a Main Committee (A/79/L.21)]": an editorial note in brackets is no continuation.
        let bracketed = text.full.first == "[" && text.full.last == "]"
        // "принятая Советом Безопасности на его 10012-м заседании 18 марта 2027 года" under the title is title text.
        let adoption = state.titleSeen && text.lineCount == 1 && AdoptionLine.matches(text.full)
        // "принятая Советом Безопасности на его 10412-м заседании" / "21 марта 2064 года" / "Совет Безопасности,": an
        // adoption line broken by hand before its date goes on into the date line under it, above the organ's opening.
        if state.titleSeen, !adoption, isAdoptionLineBeforeItsDate(text, ahead: ahead) {
            state.adoptionTakesNext = true
            return draft(.title, text, body: false)
        }
        // "СОГЛАШЕНИЕ" / "между Правительством … о сотрудничестве в области резьбы по кости": a title's rest on its own
        // line, in lower case right under it, ends with no mark (a preambular clause ends with its comma).
        if text.startsInLowerCase, !bracketed, !adoption, state.titleSeen, state.previousKind == .metadata || state.previousKind == .title,
           text.lineCount <= 3, text.full.count <= 300, !ScalarText.endsWithTerminalPunctuation(text.full), !endsClause(text.full, minimumLength: 0),
           !Self.endsWithSpacedDash(text.full) {
            return draft(.title, text, body: false)
        }
        if text.startsInLowerCase, !bracketed, !adoption {
            var block = draft(.unnumberedParagraph, text, body: false)
            block.mayContinue = true
            return block
        }
        // Chinese says in 40 characters what other languages say in 100.
        let sentenceLength = ScalarText.firstLetter(text.full).map(ScalarClass.isHan) == true ? 40 : 100
        // After the title, a sentence of half that length is running text too: titles end with no full stop
        // (the point of an abbreviation, "… at 10 a.m.", is none).
        let length = state.titleSeen && !Self.endsWithDottedAbbreviation(text.full) ? sentenceLength / 2 : sentenceLength
        let paragraphLike = (ScalarText.endsSentenceBeforeFootnoteMarker(text.full) && text.full.count > length) || text.full.count > 300
        // The ideographic full stop ends a sentence, never a title: a short first paragraph of a Chinese letter
        // whose title line opens with its date (read as the date) is no title.
        let ideographicSentence = !state.titleSeen && text.full.last == "。"
        // A record's note in its masthead ("This record contains the text of speeches …", "This record is subject to
        // correction. Corrections should be submitted …"), in any language: unlabelled sentences under the masthead
        // of a record are front matter, never the first paragraph of a turn.
        let recordNote = paragraphLike && state.recordSymbolSeen && text.label == nil && RecordNote.hasNoteShape(text.full)
        // A summary record numbers every paragraph of its body: what stands unlabelled before its paragraph 1 ("Held
        // at …, at 10 a.m.", the agenda item's title, "The meeting was called to order at 10.05 a.m.") is its
        // masthead, in a language whose words no table knows as in English (`dev/summary-vineyards` gd).
        let summaryMasthead = state.recordKind == .summary && text.label == nil && text.full.count <= 300
            && state.numbered.first(where: { $0.index > index })?.number == 1
        // A verbatim record's body is its turns: what stands unlabelled before the first one (a note of one sentence,
        // "The meeting was called to order at 10.05 a.m.", "Agenda item 64" and its title) is its masthead too. A unit
        // with a colon may be a turn whose designation no table knows yet ("Il Presidente (parla in francese): …").
        let verbatimMasthead = state.recordKind == .verbatim && text.label == nil && text.full.count <= 300
            && !text.full.contains(where: { $0 == ":" || $0 == "：" })
        if (paragraphLike && !recordNote && !summaryMasthead && !verbatimMasthead) || ideographicSentence || endsClause(text.full) { return nil }
        var block = draft(state.titleSeen ? .title : .metadata, text, body: false)
        if !state.titleSeen {
            block.metadataField = .title
            state.titleSeen = true
        }
        return block
    }

    /// A masthead line of a language no table knows read by the document's own evidence (`MastheadSessionLines`): the
    /// session line (the session its symbol names), the agenda-item line right under it, and under them the adoption
    /// line right over the numbered title (`86/45. …`) — the metadata title where no title was read yet, as the English
    /// "Resolution adopted by the General Assembly on …" is, else a masthead line. `nil` for any other line.
    private func sessionEvidenceLine(
        _ text: UnitText, index: Int, state: inout State, next: () -> UnitText?, ahead: (Int) -> UnitText?
    ) -> DraftBlock? {
        guard let session = state.symbolSession, text.label == nil, !state.adoptionLineSeen else { return nil }
        guard let sessionLine = state.sessionLine else {
            guard text.lineCount == 1, MastheadSessionLines.isSessionLine(text.full, session: session) else { return nil }
            state.sessionLine = index
            var block = draft(.metadata, text, body: false)
            block.metadataField = .session
            return block
        }
        // A record's masthead sets its meeting's number there ("Rapat pleno ke-44" under A/81/PV.44): no agenda item.
        if index == sessionLine + 1, !state.recordSymbolSeen, text.lineCount == 1, MastheadSessionLines.isAgendaItemLine(text.full) {
            var block = draft(.metadata, text, body: false)
            block.metadataField = .agendaItem
            return block
        }
        // One unit (a text wrapped by a width joins its lines), or one line wrapped by hand before its date.
        guard index > sessionLine, text.lineCount <= 2, text.full.count <= AdoptionLine.maximumLength,
              !ScalarText.endsSentence(text.full), let following = next() else { return nil }
        if MastheadSessionLines.holdsWholeDate(text.full) {
            guard MastheadSessionLines.opensWithResolutionNumber(following.full, session: session) else { return nil }
        } else {
            // Wrapped before its year: the line under it holds the year and is a date line, and the title follows.
            guard text.lineCount == 1, !MastheadSessionLines.holdsYear(text.full), following.lineCount == 1,
                  following.full.count <= MastheadSessionLines.maximumLineLength, MastheadSessionLines.holdsYear(following.full),
                  DateLineShare.isDateLine(following.full),
                  let title = ahead(2), MastheadSessionLines.opensWithResolutionNumber(title.full, session: session) else { return nil }
            state.adoptionTakesNext = true
        }
        state.adoptionLineSeen = true
        var block = draft(.metadata, text, body: false)
        if !state.titleSeen {
            block.metadataField = .title
            state.titleSeen = true
        }
        return block
    }

    /// "Para Pihak pada Persetujuan ini,": a preamble's opening in a language
    /// without a table of organ names and treaty parties, known by its shape —
    /// one short line (at most `PreambularOpening` length, eight words) that starts with a capital or a
    /// caseless letter, has no comma but the one it ends with (or more, a relative clause's, "De Staate, die bei dä
    /// Charta metmaache,", when the next `clausesConfirmingOpening` units all end with a clause's comma), and is followed
    /// by a preambular paragraph: a longer unit without a label that ends
    /// with a comma, a semicolon or a colon (in upper or lower case: Russian
    /// and Swedish start their preambular paragraphs in lower case).
    /// The parties' short name in parentheses (`(hereinafter "the Parties")`, `（以下简称“双方”）`) is an
    /// aside: the line is measured without it.
    private func opensPreambleByShape(_ text: UnitText, next: () -> UnitText?, ahead: (Int) -> UnitText?) -> Bool {
        guard text.label == nil, text.lineCount == 1, let last = text.full.last, Self.isComma(last) else { return false }
        let core = Self.withoutParentheses(text.full)
        guard core.count <= 80,
              !core.dropLast().contains(where: Self.isComma) || (1...Self.clausesConfirmingOpening).allSatisfy({ offset in
                  ahead(offset).map { $0.label == nil && $0.full.last.map(Self.isComma) == true } == true
              }),
              core.split(whereSeparator: ScalarClass.isWhitespace).count <= 8,
              let first = ScalarText.firstLetter(text.full), ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first),
              let following = next()
        else { return false }
        // "The Conference of the Parties," right over "1. Adopts …": an opening with no preambular clause, whatever
        // body it names, over the first operative paragraph.
        if following.label != nil {
            guard case .number(1)? = following.form, !core.dropLast().contains(where: Self.isComma) else { return false }
            return following.lineCount > 1 || following.body.count > core.count
        }
        guard following.full.count > core.count || !core.contains(where: ScalarClass.isWhitespace) && leadsClausesToAgreement(ahead)
                || leadsClausesToParagraphOne(ahead),
              ScalarText.firstLetter(following.full) != nil, let end = following.full.last
        else { return false }
        return Self.isComma(end) || end == ";" || end == "؛" || end == "；" || end == ":" || end == "："
    }

    /// Whether the units after an opening are two clauses or more, each without a label, of a letter's length at least
    /// and ending with a clause's comma, then the words of agreement ending with a colon: a preamble's whole shape, which
    /// tells an opening written without spaces that is no longer than its clauses (the two Governments named in full over
    /// `希望发展…，` / `考虑到…，` / `达成协议如下：`, where a clause is short in scalars). A spaced opening is measured
    /// against its clause as before: the first line of a wrapped opening ending at a comma is none.
    private func leadsClausesToAgreement(_ ahead: (Int) -> UnitText?) -> Bool {
        var offset = 1
        while offset <= Self.maximumShapedPreambleClauses + 1, let unit = ahead(offset), unit.label == nil, unit.lineCount <= 3 {
            guard let last = unit.full.last(where: { !ScalarClass.isWhitespace($0) }) else { return false }
            if ScalarClass.isColon(last) { return offset > Self.clausesConfirmingOpening }
            guard Self.isComma(last) || last == ";" || last == "；", unit.full.count >= Self.minimumShapedClauseLength else { return false }
            offset += 1
        }
        return false
    }

    /// Whether the units after an opening are `clausesConfirmingOpening` clauses or more, each without a label, of a
    /// letter's length at least and ending with a clause's comma, then paragraph 1: a decision's whole preamble ("The
    /// Conference of the Parties," / "Recalling its decision 8/5," / "Noting that …," / "1. Adopts …"), which tells an
    /// opening longer than its first clause.
    private func leadsClausesToParagraphOne(_ ahead: (Int) -> UnitText?) -> Bool {
        var offset = 1
        while offset <= Self.maximumShapedPreambleClauses + 1, let unit = ahead(offset) {
            if unit.label != nil {
                guard case .number(1)? = unit.form else { return false }
                return offset > Self.clausesConfirmingOpening
            }
            guard unit.lineCount <= 3, let last = unit.full.last(where: { !ScalarClass.isWhitespace($0) }),
                  Self.isComma(last) || last == ";" || last == "；", unit.full.count >= Self.minimumShapedClauseLength else { return false }
            offset += 1
        }
        return false
    }

    /// Whether a turn's speech, in a text that writes no sentence marks (`unpunctuatedText`), is written in a script
    /// without case and with no sentence mark at all (Thai, Lao:
    /// `บอร์ดูเรียได้ซ่อมบ่อน้ำ 120 แห่ง`), of `minimumUnpunctuatedSpeechLength` scalars or more: such a speech ends no
    /// sentence by a mark, and its designation ends the front matter as a full stop would elsewhere.
    static func isUnpunctuatedSpeech(_ speech: ArraySlice<Unicode.Scalar>) -> Bool {
        // A name and its note after a function ("ประธาน: นางลินเดน (ฟรีโดเนีย)", the masthead's presiding officer) is none.
        guard let first = ScalarText.firstLetter(Array(speech.prefix(8))), ScalarClass.isCaselessLetter(first),
              !speech.contains(where: ScalarClass.isTerminalPunctuation), speech.last != ")", speech.last != "）" else { return false }
        return speech.count { !ScalarClass.isWhitespace($0) } >= minimumUnpunctuatedSpeechLength
    }

    /// Fewest scalars (white space aside) of an unpunctuated speech (`isUnpunctuatedSpeech`): a script without case may
    /// write no space between words either, so its length tells, not its words; a name after a function is shorter.
    static let minimumUnpunctuatedSpeechLength = 16

    /// Most clauses read after an opening known by the whole preamble's shape (`leadsClausesToAgreement`).
    static let maximumShapedPreambleClauses = 12
    /// Fewest scalars of such a clause: a name in a list ("Ruritania,") is no clause.
    static let minimumShapedClauseLength = 10

    /// Whether `text`, under the title, is an adoption line broken before its date: one line that holds a number but
    /// no year and ends no sentence, a date line holding the year under it (`DateLineShare`), and the organ's opening
    /// under that (`PreambularOpening`, or an opening by its shape).
    private func isAdoptionLineBeforeItsDate(_ text: UnitText, ahead: (Int) -> UnitText?) -> Bool {
        guard text.lineCount == 1, text.label == nil, text.full.count <= AdoptionLine.maximumLength,
              text.full.contains(where: { ScalarClass.digit($0) != nil }), !MastheadSessionLines.holdsYear(text.full),
              !ScalarText.endsSentence(text.full), let date = ahead(1), date.lineCount == 1, date.label == nil || date.form.map({
                  if case .number = $0 { return true } else { return false } }) == true,
              date.full.count <= MastheadSessionLines.maximumLineLength, MastheadSessionLines.holdsYear(date.full),
              DateLineShare.isDateLine(date.full), let opening = ahead(2) else { return false }
        return PreambularOpening.isOpening(opening.full)
            || opensPreambleByShape(opening, next: { ahead(3) }, ahead: { ahead(2 + $0) })
    }

    /// Whether `text` is a language's name no table knows, by its place: one line of one or two words of letters
    /// (`Maranao`, `Northern Thai`), right above the original language's line (`Original: English`).
    private func isLanguageNameAboveOriginal(_ text: UnitText, next: () -> UnitText?) -> Bool {
        guard text.lineCount == 1, text.label == nil, text.full.count <= Self.languageNameMaximumLength,
              text.full.allSatisfy({ ScalarClass.isWordLetter($0) || ScalarClass.isWhitespace($0) || $0 == "-" }),
              text.full.split(whereSeparator: ScalarClass.isWhitespace).count <= 2,
              // A line that reads as another field ("Fourth session") is that field.
              HeaderLineRecognizer.recognize(text.fullString) == nil,
              let following = next(), following.lineCount == 1,
              HeaderLineRecognizer.originalLanguageValue(following.fullString) != nil else { return false }
        return true
    }

    /// Longest language name read by its place in the masthead (scalars).
    static let languageNameMaximumLength = 24

    /// Clauses ending with a comma that must follow an opening holding a comma of its own (`opensPreambleByShape`).
    static let clausesConfirmingOpening = 2

    /// Whether `text` ends with a letter or a digit (no punctuation: a title's last word).
    static func endsInLetterOrDigit(_ text: [Unicode.Scalar]) -> Bool {
        guard let last = text.last(where: { !ScalarClass.isWhitespace($0) }) else { return false }
        return ScalarClass.isWordLetter(last) || ScalarClass.digit(last) != nil
    }

    /// `text` without what stands in parentheses (`(…)`, `（…）`), unless a parenthesis is left open.
    static func withoutParentheses(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard text.contains(where: { $0 == "(" || $0 == "（" }) else { return text }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.count)
        var depth = 0
        for scalar in text {
            if scalar == "(" || scalar == "（" {
                depth += 1
            } else if depth > 0, scalar == ")" || scalar == "）" {
                depth -= 1
            } else if depth == 0 {
                result.append(scalar)
            }
        }
        return depth == 0 ? result : text
    }

    /// Whether the unit after `index` opens the first article's division by its shape though no sequence made it one:
    /// one or two short lines without final punctuation, then an article ("PRIMEIRA PARTE" / "DISPOSIÇÕES GERAIS" /
    /// "Artigo 1", a part numbered by an ordinal word no table reads). Only before the first article: a caption there
    /// is what the words of agreement open, never a preambular paragraph.
    private func captionLinesBeforeArticle(after index: Int, gap: Int, unit: (Int) -> UnitText) -> Bool {
        (1..<gap).allSatisfy { offset in
            let line = unit(index + offset)
            guard line.label == nil, line.lineCount == 1, line.full.count <= Self.captionLineMaximumLength,
                  let last = line.full.last else { return false }
            return ScalarClass.isWordLetter(last) || ScalarClass.digit(last) != nil
        }
    }

    /// Longest caption or title line before the first article read by its shape (scalars).
    static let captionLineMaximumLength = 60

    /// A comma of any script (`ScalarClass.isClauseComma`): `,`, `،`, `，`, `、`, Ethiopic `፣`, Mongolian `᠂` ….
    private static func isComma(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isClauseComma(scalar)
    }

    /// "Have agreed as follows:", "sind wie folgt übereingekommen:", "兹协议如下：": the
    /// preamble's last line, set apart, short, without a comma, ending with a colon, right
    /// before the first article, opens the articles; it is no preambular paragraph.
    ///
    /// `afterLastClause`: the line stands right before the first article and right after a preambular clause (a unit
    /// ending with a comma or semicolon). There the words of agreement are known by that place and their shape alone —
    /// one short line without a comma — whether they end with a colon, a full stop or nothing ("Have agreed as
    /// follows.", "Zimekubaliana kama ifuatavyo.", "ได้ตกลงกันดังต่อไปนี้"), or any script's full stop (Western Armenian
    /// "Համաձայնեցան հետեւեալին։", Tigrinya "ብዚስዕብ ተሰማሚዖም።": `ScalarClass.isFullStop`).
    private func isOperativeFormula(_ text: UnitText, allowingComma: Bool = false, afterLastClause: Bool = false) -> Bool {
        if afterLastClause, text.lineCount == 1, text.full.count <= Self.formulaMaximumLength, let last = text.full.last,
           ScalarClass.isFullStop(last) || ScalarClass.isWordLetter(last) || Self.isFormulaDash(last),
           !text.full.contains(where: SpeakerLine.isComma), text.label == nil { return true }
        // Right before the first article nothing else ends a preamble with a colon: the words may run longer there
        // (hard-wrapped over two lines, "ovat keskenään neuvoteltuaan sopineet seuraavasta koskien" / "Kelvan vuoriston jäätiköitä:").
        // Words that hold a comma or follow one ("gewillt, … zu gründen – sind wie folgt übereingekommen:") close a
        // preambular paragraph: only words without a comma may run longer.
        let commaFree = !text.full.contains(where: SpeakerLine.isComma)
        let limit = allowingComma && commaFree ? 2 * Self.formulaMaximumLength : Self.formulaMaximumLength
        guard text.lineCount == 1, text.full.count <= limit, let last = text.full.last,
              ScalarClass.isColon(last) || last == "-" && text.full.dropLast().last.map(ScalarClass.isColon) == true
        else { return false }
        guard let comma = text.full.firstIndex(where: SpeakerLine.isComma) else { return true }
        // One comma after the first word, in a script written with spaces ("uzgodniły, co następuje:"); a clause
        // before it ("决心合作保护位于南海的遗址，兹协议如下：") ends a preambular paragraph.
        return allowingComma && !text.full[..<comma].contains(where: ScalarClass.isWhitespace)
            && text.full[comma...].contains(where: ScalarClass.isWhitespace)
            && !text.full[(comma + 1)...].contains(where: SpeakerLine.isComma)
    }

    /// A dash that stands for the colon of words of agreement right before the first article, glued or spaced
    /// (Burmese "… သဘောတူကြသည်-", Shan "… ၼင်ႇၼႆ -", Indian English "as follows:-"). Elsewhere a spaced dash ends a
    /// preambular clause ("… zu verstärken –" over the words of agreement).
    static func isFormulaDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2013}" || scalar == "\u{2014}"
    }

    /// Longest words of agreement (scalars) away from the first article.
    static let formulaMaximumLength = 60

    /// Whether `unit`, after a short line ending with a colon in a preamble, shows that line
    /// to be the words of agreement ("ir vienojušās par turpmāko:" before "I NODAĻA", a
    /// chapter or article heading no table reads): it is no preambular paragraph (it ends
    /// with no comma, semicolon or colon) and no item of a list the line would introduce.
    static func opensOperativePart(_ unit: UnitText) -> Bool {
        switch unit.form {
        case .letter?, .subparagraph?, .bullet?, .footnoteMarker?: return false
        default: break
        }
        guard let last = unit.full.last else { return false }
        return !(isComma(last) || last == ";" || last == "؛" || last == "；" || last == ":" || last == "：")
    }

    /// "… zu verstärken –": German closes its last preambular paragraph with a spaced dash.
    static func endsWithSpacedDash(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count >= 2, let last = scalars.last, last == "–" || last == "—" else { return false }
        return ScalarClass.isWhitespace(scalars[scalars.count - 2])
    }

    /// `(c) napirendi pont`: a lower-case letter in parentheses first, as an agenda sub-item is written.
    static func startsWithItemLetter(_ body: [Unicode.Scalar]) -> Bool {
        body.count >= 3 && body[0] == "(" && ScalarClass.isLowercase(body[1]) && body[2] == ")"
    }

    /// `června 2026`: one word (a month) and a year of four digits, nothing else.
    static func isDayMonthYear(_ body: [Unicode.Scalar]) -> Bool {
        let words = body.split(whereSeparator: ScalarClass.isWhitespace)
        guard words.count == 2, words[0].allSatisfy({ ScalarClass.isWordLetter($0) }), words[1].count == 4,
              let year = Numerals.decimalValue(words[1]) else { return false }
        return (1900...2099).contains(year)
    }

    /// Whether `text` holds a year: four digits from 1900 to 2099 standing alone (`2026.`, `2026 m.`).
    static func containsYear(_ text: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < text.count {
            guard ScalarClass.digit(text[index]) != nil else { index += 1; continue }
            var end = index
            while end < text.count, ScalarClass.digit(text[end]) != nil { end += 1 }
            if end - index == 4, index == 0 || !ScalarClass.isWordLetter(text[index - 1]),
               let year = Numerals.decimalValue(text[index..<end]), (1900...2099).contains(year) { return true }
            index = end
        }
        return false
    }

    /// The number a footnote marker stands for, in superscript or plain digits ("¹²", "12/"); `nil` for "*", "†".
    private static func footnoteNumber(_ marker: String) -> Int? {
        var number = 0
        var digits = 0
        for scalar in marker.unicodeScalars {
            guard let digit = FootnoteMarker.digitValue(scalar) else { continue }
            number = number * 10 + digit
            digits += 1
        }
        return digits > 0 && digits <= 3 ? number : nil
    }

    /// A footnote known by its citation in the text (`CitedFootnoteMarker`): `(1) …` or `1 …` whose number
    /// is cited before it, follows the last such footnote, does not continue the paragraphs' counter, and
    /// does not stand under a list's lead-in.
    ///
    /// Below a footnote rule (after "__________________", and after footnotes that follow it) the
    /// footnote area is known: there a marker that starts the numbered footnotes (1) or continues them
    /// is a footnote without a citation of its own ("* A/81/50." then "1 See decision 79/222.").
    private func citedFootnote(_ text: UnitText, index: Int, state: inout State) -> DraftBlock? {
        guard let marker = CitedFootnoteMarker.leadingMarker(text.full) else { return nil }
        let inFootnoteArea = state.belowFootnoteRule && (marker.number == 1 || marker.number == state.lastFootnoteNumber + 1)
        if !inFootnoteArea {
            guard marker.number == state.lastCitedFootnote + 1,
                  marker.number != state.lastParagraph + 1 || state.lastCitedFootnote > 0 || footnotesEndDocument(from: index, first: marker.number),
                  state.previousText.scalars.last != ":" else { return nil }
            if state.citedMarkers == nil { state.citedMarkers = CitedFootnoteMarker.citations(inUTF8: decoded.utf8) }
            let start = lines[units[index].lines.lowerBound].contentStart
            // No marker of its own: the note's marker glued to a figure after the last note's citation (`… en 20431`).
            let after = state.citedMarkers?[state.lastCitedFootnote] ?? 0
            guard let cited = state.citedMarkers?[marker.number]
                    ?? (after < start ? figureGluedCitation(marker.number, from: after, to: start) : nil),
                  cited < start else { return nil }
            // The note a citation points to is the one below the next rule that has it: a unit before that rule is an
            // item (`(1) …;`), and one after it is not the note of a citation before it (an annex's `1 - …`).
            if state.markersBelowRules == nil { state.markersBelowRules = markersBelowRules() }
            let rules = state.markersBelowRules ?? []
            if rules.contains(where: { $0.rule > index && $0.numbers.contains(marker.number) }) { return nil }
            if let used = rules.last(where: { $0.rule < index && $0.numbers.contains(marker.number) }), cited < used.offset { return nil }
        }
        state.lastCitedFootnote = marker.number
        state.lastFootnoteNumber = marker.number
        state.belowFootnoteRule = true
        var markerEnd = marker.length
        while markerEnd > 0, text.full[markerEnd - 1] == " " || text.full[markerEnd - 1] == "\t" { markerEnd -= 1 }
        // A bare number is the marker a superscript becomes in plain text: it is written as one (`¹`), as footnotes are.
        let written = marker.parenthesized ? ScalarText.string(Array(text.full[..<markerEnd])) : SuperscriptDigits.superscript(marker.number)
        var block = DraftBlock(serial: 0, kind: .footnote, text: Array(text.full[marker.length...]), emphasis: [],
                               sourceRanges: [text.sourceRange])
        block.label = written
        block.annex = state.annex
        return block
    }

    /// The byte offset of the first figure in `decoded.utf8[from..<to]` that carries note `number`'s marker glued to
    /// its end (`FigureGluedCitation`), or nil.
    private func figureGluedCitation(_ number: Int, from: Int, to: Int) -> Int? {
        let bytes = decoded.utf8
        var from = from
        while from < to, bytes[from] & 0xC0 == 0x80 { from += 1 }
        var scalars: [Unicode.Scalar] = [], offsets: [Int] = []
        var at = from
        for scalar in String(decoding: bytes[from..<to], as: UTF8.self).unicodeScalars {
            scalars.append(scalar)
            offsets.append(at)
            at += scalar.utf8.count
        }
        return FigureGluedCitation.first(number, in: scalars).map { offsets[$0.lowerBound] }
    }

    /// Each footnote rule of the text (a unit of one rule line, with the byte offset of its line) with the numbers
    /// of the markers that open the lines below it (`(1) …`, `1 …`), among the next `linesBelowARule` lines: one pass over the units.
    private func markersBelowRules() -> [(rule: Int, offset: Int, numbers: Set<Int>)] {
        var result: [(rule: Int, offset: Int, numbers: Set<Int>)] = []
        for (index, unit) in units.enumerated() where unit.lines.count == 1 {
            let line = lines[unit.lines.lowerBound]
            guard FootnoteRule.isRule(decoded.utf8, line.contentStart, line.contentEnd) else { continue }
            var numbers = Set<Int>()
            for below in lines[(unit.lines.lowerBound + 1)...].prefix(Self.linesBelowARule) where !below.isBlank {
                let head = ScalarText.scalars(decoded.utf8, below.contentStart, min(below.contentEnd, below.contentStart + 64))
                if let marker = CitedFootnoteMarker.leadingMarker(head) { numbers.insert(marker.number) }
            }
            result.append((index, line.contentStart, numbers))
        }
        return result
    }

    /// Lines below a footnote rule whose markers count as its notes (`markersBelowRules`).
    static let linesBelowARule = 40

    /// Most units a run of footnotes at the foot of a document is looked for in (`footnotesEndDocument`).
    static let maximumFootnotesAtTheFoot = 12

    /// Whether the units from `index` to the document's end all open with a marker (`1 …`, `(1) …`) numbered on from
    /// `first`: footnotes at the foot of a document with no rule above them, where the first one has the number the
    /// next paragraph would have (a note verbale of unnumbered paragraphs and `1 See article 9.`).
    private func footnotesEndDocument(from index: Int, first: Int) -> Bool {
        guard units.count - index <= Self.maximumFootnotesAtTheFoot else { return false }
        var expected = first
        for unit in units[index...] {
            let line = lines[unit.lines.lowerBound]
            let head = ScalarText.scalars(decoded.utf8, line.contentStart, min(line.contentEnd, line.contentStart + 64))
            if let marker = CitedFootnoteMarker.leadingMarker(head) {
                guard marker.number == expected else { return false }
                expected += 1
            } else {
                // A page's furniture after the footnotes ("A/81/402", "2/2", "26-14210 (E)"): one line with no word in lower case.
                guard unit.lines.count == 1, !Self.holdsLowercaseWord(head) else { return false }
            }
        }
        return true
    }

    /// Whether `text` holds a word of two letters or more in lower case.
    private static func holdsLowercaseWord(_ text: [Unicode.Scalar]) -> Bool {
        var run = 0
        for scalar in text {
            run = ScalarClass.isLowercase(scalar) ? run + 1 : 0
            if run >= 2 { return true }
        }
        return false
    }

    /// `(1)`, `(12)`, `(١)`: a footnote marker in parentheses.
    static func isParenthesizedNumber(_ written: String) -> Bool {
        let scalars = Array(written.unicodeScalars)
        guard scalars.count >= 3, scalars.first == "(", scalars.last == ")" else { return false }
        return scalars[1..<(scalars.count - 1)].allSatisfy { ScalarClass.digit($0) != nil }
    }

    /// Whether the text's last word is an abbreviation of dotted letter
    /// groups of one or two letters ("a.m.", "p.m.", "U.S.").
    static func endsWithDottedAbbreviation(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.last == "." else { return false }
        var start = scalars.count
        while start > 0, !ScalarClass.isWhitespace(scalars[start - 1]) { start -= 1 }
        let groups = scalars[start..<(scalars.count - 1)].split(separator: ".", omittingEmptySubsequences: false)
        if groups.count == 1, groups[0].count == 1, let letter = groups[0].first, ScalarClass.isLowercase(letter), start >= 2,
           ScalarClass.digit(scalars[start - 2]) != nil {
            // A year's abbreviated word after its figure: "… 11 декември 2039 г.", "… 2039 r.".
            return true
        }
        return groups.count >= 2 && groups.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy { ScalarClass.isWordLetter($0) } }
    }

    /// "Recognizing the urgent need for …,": a line of some length
    /// (`minimumLength` scalars), not all capitals, that ends with a comma or
    /// semicolon is running text. In a caseless script a Roman numeral or an
    /// acronym in capitals ("… अध्याय VII के अंतर्गत …,") does not make the line capitals.
    /// A preamble known by its shape, whatever opens it (a long clause naming the Parties no opening rule knows): before
    /// the first numbered paragraph and the first article, a unit set apart that ends with a comma or semicolon right
    /// after an unnumbered one that ends so is a paragraph of its own ("…, im Folgenden „die Vertragsparteien“ genannt," /
    /// "in Anerkennung der Tatsache, …,"), never the rest of it cut by a page — unless it is the opening's own clause
    /// naming a term in quotation marks (`PreambleOpeningSplitter.namesTerm`: "i det følgende benævnt "parterne",").
    private func isClauseAfterClause(_ text: UnitText, state: State) -> Bool {
        state.previousKind == .unnumberedParagraph && state.lastParagraph == 0 && state.article == nil
            && endsClause(state.previousText.scalars, minimumLength: 0) && endsClause(text.full, minimumLength: 0)
            && !PreambleOpeningSplitter.namesTerm(text.full)
    }

    private func endsClause(_ scalars: [Unicode.Scalar], minimumLength: Int = 40) -> Bool {
        // The ideographic comma ends a Japanese clause ("国際連合憲章第7章の下で行動して、").
        // So does a comma of any other script (Ethiopic "… በማስታወስ፣").
        // A footnote marker after the mark ("… of the Secretary-General,¹") cites a note: the clause ends at its mark.
        guard scalars.count >= minimumLength, let last = scalars.last,
              last == ";" || last == "；" || ScalarClass.isClauseComma(last) || FootnotedClauseMark.endsWithMarkedClauseMark(scalars)
        else { return false }
        return scalars.contains(where: ScalarClass.isLowercase) || !scalars.contains(where: ScalarClass.isUppercase)
            || scalars.contains(where: ScalarClass.isCaselessLetter)
    }

    /// "Commission on Narcotic Drugs" above "Forty-sixth session", or
    /// "Committee on the Rights of the Child" under the header fields: a
    /// short line in the masthead, before any title, without final
    /// punctuation, that is directly followed by the session line or starts
    /// with a body's name (`LanguageConventions.bodyWords`), names the body
    /// the document is of.
    private func isSubsidiaryOrgan(_ text: UnitText, state: State, next: () -> UnitText?) -> Bool {
        guard !state.titleSeen, text.full.count <= 100, !ScalarText.endsWithTerminalPunctuation(text.full),
              let first = ScalarText.firstLetter(text.full),
              ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first)
        else { return false }
        if state.previousKind == .metadata,
           HeaderLineRecognizer.startsWithBodyWord(text.fullString) || HeaderLineRecognizer.endsWithBodyWord(text.fullString) { return true }
        guard let following = next(), following.lineCount <= 2, following.full.count <= 100 else { return false }
        return HeaderLineRecognizer.recognize(following.fullString) == .field(.session)
    }

    // MARK: - Heading words

    /// Heading words the document teaches (`WordLabelSequence`): from units of
    /// one line that start with an Arabic-script word, a dash and a title, whose label no table reads; those a table
    /// reads as an ordinal word (`أولا -`) keep their place in the series.
    private func learnedWordLabels() -> WordLabelSequence {
        var words: [(unit: Int, word: [Unicode.Scalar], known: Int?)] = []
        for (index, unit) in units.enumerated() {
            let textLines = unit.lines.filter { !lines[$0].isBlank }
            guard textLines.count == 1 else { continue }
            let line = lines[textLines[0]]
            let lead = decoded.utf8[line.contentStart]
            guard lead >= 0xD8, lead <= 0xDB else { continue }  // U+0600…U+06FF
            let scalars = ScalarText.scalars(decoded.utf8, line.contentStart, line.contentEnd)
            guard let (word, _) = WordLabelSequence.candidateLabel(scalars) else { continue }
            if let parsed = LabelParser.parse(scalars, language: language) {
                if case .ordinal(let value) = parsed.form { words.append((index, word, value)) }
                continue
            }
            words.append((index, word, nil))
        }
        return WordLabelSequence.learn(words)
    }

    /// Chapter heads numbered by ordinal words in any script (`OrdinalWordHeads`): units of one line of the shape
    /// `WORD. Title` whose label no table reads, each noted with whether the unit after it is body text (a numbered
    /// unit or a unit that ends a sentence).
    private func ordinalWordHeads(numbered: [(index: Int, number: Int)]) -> (words: [[Unicode.Scalar]], separator: OrdinalWordHeads.Separator)? {
        var candidates: [(unit: Int, candidate: OrdinalWordHeads.Candidate, headsBody: Bool)] = []
        var numberedIndex = 0
        for (index, unit) in units.enumerated() {
            let textLines = unit.lines.filter { !lines[$0].isBlank }
            guard textLines.count == 1 else { continue }
            let line = lines[textLines[0]]
            guard line.contentEnd - line.contentStart <= OrdinalWordHeads.maximumLength * 4 else { continue }
            let scalars = ScalarText.scalars(decoded.utf8, line.contentStart, line.contentEnd)
            guard let candidate = OrdinalWordHeads.candidate(scalars), LabelParser.parse(scalars, language: language) == nil else { continue }
            while numberedIndex < numbered.count, numbered[numberedIndex].index <= index { numberedIndex += 1 }
            var headsBody = false
            if index + 1 < units.count {
                if numberedIndex < numbered.count, numbered[numberedIndex].index == index + 1 {
                    headsBody = true
                } else {
                    let next = units[index + 1]
                    let start = lines[next.lines.lowerBound].contentStart
                    let end = lines[next.lines.upperBound - 1].contentEnd
                    headsBody = end > start && ScalarText.endsSentenceBeforeFootnoteMarker(ScalarText.scalars(decoded.utf8, start, end))
                }
            }
            candidates.append((index, candidate, headsBody))
        }
        // The body's count opens with a unit numbered 1 that a 2 follows soon (a masthead date numbers nothing).
        let countStart = numbered.indices.first { position in
            numbered[position].number == 1 && numbered[(position + 1)...].prefix(4).contains { $0.number == 2 }
        }
        return OrdinalWordHeads.series(candidates, firstNumbered: countStart.map { numbered[$0].index })
    }

    // MARK: - Table of contents

    /// Contents blocks known by their shape: units of one line (or a label above it) whose
    /// last line ends in a dot leader and a page number (`ContentsBlockShape`).
    /// Entries without a leader (`LeaderlessContentsEntry`) count as well; they are returned with the blocks.
    /// Entries whose labels the body repeats (`ContentsLabelEcho`) count too, and the blocks' part captions repeated
    /// in the body are returned in `partCaptions` (`ContentsPartCaption`), the blocks' units in `contentsUnits`.
    private func contentsBlocks(echoes: [ContentsLabelEcho.Entry], partCaptions: inout [Int: Int], contentsUnits: inout Set<Int>,
                                annexCaptions: inout [Int])
        -> ((starts: Set<Int>, captions: Set<Int>), [Int: TableOfContentsLineParser.Entry]) {
        var pages: [Int: Int] = [:]
        var leaderless: [Int: TableOfContentsLineParser.Entry] = [:]
        func oneLine(_ index: Int) -> TextLine? {
            let unit = units[index]
            guard unit.lines.count == 1 || labelAloneOver(index) else { return nil }
            let line = lines[unit.lines.upperBound - 1]
            guard line.contentEnd - line.contentStart >= 3, line.contentEnd - line.contentStart <= 400 else { return nil }
            return line
        }
        // A label alone on its line over its title (`I.` / `Bevezetés 2`, `I.` / `Bevezetés`) reads as the line
        // `I. Bevezetés 2`: an entry whose label is set apart as the body's headings are.
        func foldedText(_ index: Int) -> [Unicode.Scalar]? {
            guard let line = oneLine(index) else { return nil }
            var text = ScalarText.scalars(decoded.utf8, line.contentStart, line.contentEnd)
            if units[index].lines.count == 2 {
                let label = lines[units[index].lines.lowerBound]
                text = ScalarText.scalars(decoded.utf8, label.contentStart, label.contentEnd) + [" "] + text
            }
            return LeaderlessContentsEntry.folded(text[...])
        }
        // A page in any script's digits: the line's last byte is an ASCII digit or ends a non-ASCII scalar.
        let entries = LeaderlessContentsEntry.entries(
            count: units.count,
            text: foldedText,
            mayEndInPage: { index in
                guard let line = oneLine(index) else { return false }
                let last = decoded.utf8[line.contentEnd - 1]
                return last >= 0x30 && last <= 0x39 || last >= 0x80
            },
            isLabelled: isLabelledHeading)
        for (index, entry) in entries {
            pages[index] = entry.page
            leaderless[index] = TableOfContentsLineParser.Entry(title: entry.heading, target: TOCTarget(page: String(entry.page)))
        }
        for entry in echoes where pages[entry.unit] == nil {
            pages[entry.unit] = entry.page
            leaderless[entry.unit] = TableOfContentsLineParser.Entry(title: entry.label + [" "] + entry.title,
                                                                     target: TOCTarget(page: String(entry.page)))
        }
        // Contents without pages (`PagelessContentsRun`): headings one after another that the body repeats in order.
        for run in PagelessContentsRun.runs(count: units.count, key: pagelessHeadingKey) {
            for index in run where pages[index] == nil {
                guard let key = pagelessHeadingKey(index) else { continue }
                pages[index] = 0
                leaderless[index] = TableOfContentsLineParser.Entry(title: key, target: TOCTarget())
            }
        }
        for (index, unit) in units.enumerated() where unit.lines.count <= 3 {
            // The columns stand on the last line (the label may stand alone above it, a blank line between).
            let line = lines[unit.lines.upperBound - 1]
            guard line.contentEnd - line.contentStart >= 8, line.contentEnd - line.contentStart <= 600 else { continue }
            // The page in any script's digits (`3`, `٣`, `۳`): the last scalar is a digit.
            var lastStart = line.contentEnd - 1
            while lastStart > line.contentStart, decoded.utf8[lastStart] & 0xC0 == 0x80 { lastStart -= 1 }
            let last = decoded.utf8[lastStart]
            guard last >= 0x30 && last <= 0x39
                || last >= 0x80 && ScalarText.scalars(decoded.utf8, lastStart, line.contentEnd).first.flatMap(ScalarClass.digit) != nil
            else { continue }
            // A dot leader: four dots in a row, or spaced one space apart (". . . ." as a PDF prints it).
            var run = 0
            var spaced = false
            var leader = false
            for position in line.contentStart..<line.contentEnd {
                let byte = decoded.utf8[position]
                if byte == UInt8(ascii: ".") {
                    run += 1
                    spaced = false
                } else if byte == UInt8(ascii: " "), run > 0, !spaced {
                    spaced = true
                } else {
                    run = 0
                    spaced = false
                }
                if run >= 4 {
                    leader = true
                    break
                }
            }
            guard leader, let entry = parseTableOfContentsEntry(index),
                  let written = entry.target.page, let page = Numerals.decimalValue(written.unicodeScalars) else { continue }
            pages[index] = page
        }
        guard pages.count >= ContentsBlockShape.minimumEntries else { return (([], []), [:]) }
        let extents = ContentsBlockShape.extents(unitCount: units.count) { pages[$0] }
        var blocks = ContentsBlockShape.blocks(unitCount: units.count) { pages[$0] }
        // Lines without a page right before an entry of a block (part captions), repeated in the body after it.
        for extent in extents {
            var captions = Set<[Unicode.Scalar]>()
            var lineBefore: [Unicode.Scalar]?
            for index in max(0, extent.lowerBound - 1)..<extent.upperBound where pages[index] == nil && pages[index + 1] != nil {
                guard let line = foldedText(index), line.count <= ContentsPartCaption.maximumLength,
                      !ScalarText.endsWithTerminalPunctuation(line), LabelParser.parse(line, language: language) == nil else { continue }
                captions.insert(ContentsPartCaption.key(line))
                if index == extent.lowerBound - 1 { lineBefore = ContentsPartCaption.key(line) }
            }
            let found = ContentsPartCaption.bodyCaptions(captions, bodyStart: extent.upperBound + 1, unitCount: units.count) { index in
                guard let line = foldedText(index), line.count <= ContentsPartCaption.maximumLength,
                      !ScalarText.endsWithTerminalPunctuation(line) else { return nil }
                return line
            }
            partCaptions.merge(found) { first, _ in first }
            for index in max(0, extent.lowerBound - 1)...extent.upperBound { contentsUnits.insert(index) }
            // An unnumbered annex the contents name after the chapters (`Melléklet` / its title and page), repeated in the body.
            // The pair may have a dot leader of its own (`Priedas` / `Dokumentai … . . . . 3`), so the block takes it
            // in: the pairs are read after the block's last labelled entry.
            var lastLabelled = extent.upperBound
            while lastLabelled > extent.lowerBound,
                  !(pages[lastLabelled] != nil && foldedText(lastLabelled).map(isLabelledHeading) == true) { lastLabelled -= 1 }
            if pages[lastLabelled] == nil || foldedText(lastLabelled).map(isLabelledHeading) != true { lastLabelled = extent.upperBound }
            if let lastPage = pages[lastLabelled] {
                let named = ContentsAnnexCaption.pairs(after: lastLabelled, lastPage: lastPage, unitCount: units.count,
                                                       text: foldedText, isLabelled: isLabelledHeading)
                let bodyAnnexes = ContentsAnnexCaption.bodyCaptions(named.pairs, bodyStart: max(named.end, extent.upperBound) + 1,
                                                                    unitCount: units.count, text: foldedText)
                annexCaptions += bodyAnnexes
                // Inside the block the caption stood as a part caption does (a line without a page over an entry):
                // after the last labelled entry it names an annex, not a part.
                for index in bodyAnnexes { partCaptions.removeValue(forKey: index) }
            }
            // The first part's caption stands before the first entry: the block starts with it, its caption is above.
            if let lineBefore, found.keys.contains(where: { index in
                let text = found[index] == 2 ? (foldedText(index) ?? []) + [" "] + (foldedText(index + 1) ?? []) : foldedText(index) ?? []
                return ContentsPartCaption.key(text) == lineBefore
            }), blocks.starts.contains(extent.lowerBound) {
                blocks.starts.remove(extent.lowerBound)
                blocks.captions.remove(extent.lowerBound - 1)
                blocks.starts.insert(extent.lowerBound - 1)
                if extent.lowerBound >= 2 { blocks.captions.insert(extent.lowerBound - 2) }
            }
        }
        // A column caption set over the page numbers (`Page`, in a language no table knows) stands between the
        // block's caption and its first entry: the short line above it is the caption.
        for caption in blocks.captions where caption > 0 && isIndentedColumnCaption(caption) {
            let above = units[caption - 1]
            if above.lines.count == 1, lines[above.lines.lowerBound].contentEnd - lines[above.lines.lowerBound].contentStart <= 80 {
                blocks.captions.insert(caption - 1)
            }
        }
        // Without a leader the block is less certain of its caption: a known caption, or one word ("Obsah"),
        // not a title line that happens to stand before the first entry.
        for start in blocks.starts where start > 0 && (leaderless[start] != nil || leaderless[start + 1] != nil && pages[start] == nil) {
            guard let caption = foldedText(start - 1) else { continue }
            if !caption.contains(" "), !caption.isEmpty { continue }
            if CaptionRecognizer.isTableOfContentsCaption(ScalarText.string(caption)) { continue }
            blocks.captions.remove(start - 1)
        }
        return (blocks, leaderless)
    }

    /// Unit `index` as a heading a contents without pages lists (`PagelessContentsRun`): one line, or a label alone
    /// over one line (blank lines between allowed), that opens with a heading label (a Roman numeral, a section
    /// letter, an ordinal) followed by a title and ends no sentence; its label and title, white space folded.
    /// Paragraph numbers (`1.`) are left out: an agenda's list of items is no contents of its annotated items.
    private func pagelessHeadingKey(_ index: Int) -> [Unicode.Scalar]? {
        let unit = units[index]
        guard unit.lines.count <= 2 + RawBlockBuilder.maximumBlanksAfterLabel else { return nil }
        var first: TextLine?, last: TextLine?, count = 0
        for lineIndex in unit.lines where !lines[lineIndex].isBlank {
            if first == nil { first = lines[lineIndex] }
            last = lines[lineIndex]
            count += 1
        }
        guard let first, let last, count <= 2, last.contentEnd - first.contentStart <= Self.longestPagelessHeading else { return nil }
        var text = ScalarText.scalars(decoded.utf8, first.contentStart, first.contentEnd)
        if count == 2 {
            guard LabelOnlyLine.isLabelOnly(decoded.utf8, first.contentStart, first.contentEnd) else { return nil }
            text += [" "] + ScalarText.scalars(decoded.utf8, last.contentStart, last.contentEnd)
        }
        let folded = LeaderlessContentsEntry.folded(text[...])
        guard !ScalarText.endsWithTerminalPunctuation(folded),
              let label = LabelParser.parse(folded, language: language), label.length < folded.count else { return nil }
        switch label.form {
        case .section, .ordinal, .letter, .scriptLetter: return folded
        default: return nil
        }
    }

    /// Most bytes of a heading a contents without pages lists, from its label to the end of its title.
    static let longestPagelessHeading = 400

    /// Whether unit `index` is two lines, a label alone (`I.`, `5.`) over one line of text.
    private func labelAloneOver(_ index: Int) -> Bool {
        let unit = units[index]
        guard unit.lines.count == 2 else { return false }
        let label = lines[unit.lines.lowerBound]
        return LabelOnlyLine.isLabelOnly(decoded.utf8, label.contentStart, label.contentEnd)
    }

    /// Contents entries whose labels the body repeats in their order (`ContentsLabelEcho`).
    private func contentsLabelEchoes() -> [ContentsLabelEcho.Entry] {
        func foldedUnit(_ index: Int) -> [Unicode.Scalar]? {
            let textLines = units[index].lines.filter { !lines[$0].isBlank }
            guard !textLines.isEmpty, textLines.count <= 2 else { return nil }
            let first = lines[textLines[0]]
            let last = lines[textLines[textLines.count - 1]]
            guard last.contentEnd - first.contentStart <= 400 else { return nil }
            var text = ScalarText.scalars(decoded.utf8, first.contentStart, first.contentEnd)
            if textLines.count == 2 { text += [" "] + ScalarText.scalars(decoded.utf8, last.contentStart, last.contentEnd) }
            return LeaderlessContentsEntry.folded(text[...])
        }
        var candidates: [ContentsLabelEcho.Entry] = []
        for (index, unit) in units.enumerated() where unit.lines.count == 1 {
            let line = lines[unit.lines.lowerBound]
            guard line.contentEnd - line.contentStart >= 5, line.contentEnd - line.contentStart <= 400 else { continue }
            let last = decoded.utf8[line.contentEnd - 1]
            guard last >= 0x30 && last <= 0x39 || last >= 0x80 else { continue }
            let text = LeaderlessContentsEntry.folded(ScalarText.scalars(decoded.utf8, line.contentStart, line.contentEnd)[...])
            if let entry = ContentsLabelEcho.entry(text, unit: index) { candidates.append(entry) }
        }
        guard candidates.count >= ContentsLabelEcho.minimumEchoes else { return [] }
        return ContentsLabelEcho.echoed(candidates, unitCount: units.count, text: foldedUnit)
    }

    /// Whether `text` opens with a heading label followed by a title.
    private func isLabelledHeading(_ text: [Unicode.Scalar]) -> Bool {
        guard let label = LabelParser.parse(text, language: language), label.length < text.count else { return false }
        switch label.form {
        case .section, .ordinal, .letter, .scriptLetter, .number: return true
        default: return false
        }
    }

    /// Fewest spaces before a column caption set over the page numbers of a contents block.
    static let columnCaptionIndent = 24

    /// Whether unit `index` is one short line indented far to the right, as a contents block's column caption is.
    private func isIndentedColumnCaption(_ index: Int) -> Bool {
        let unit = units[index]
        guard unit.lines.count == 1 else { return false }
        let line = lines[unit.lines.lowerBound]
        return line.contentStart - line.start >= Self.columnCaptionIndent && line.contentEnd - line.contentStart <= 60
    }

    private func parseTableOfContentsEntry(_ index: Int) -> TableOfContentsLineParser.Entry? {
        let unit = units[index]
        let last = lines[unit.lines.upperBound - 1]
        var prefix: [Unicode.Scalar] = []
        if unit.lines.count > 1 {
            let first = lines[unit.lines.lowerBound]
            let beforeLast = lines[unit.lines.upperBound - 2]
            prefix = ScalarText.scalars(decoded.utf8, first.contentStart, beforeLast.contentEnd)
        }
        return TableOfContentsLineParser.parse(decoded.utf8, last.contentStart, last.contentEnd, titlePrefix: prefix)
    }

    private func tableOfContentsBlock(_ text: UnitText, index: Int, state: inout State) -> DraftBlock? {
        if text.full.count <= 60, CaptionRecognizer.isTableOfContentsColumnCaption(text.fullString)
            || isIndentedColumnCaption(index) && parseTableOfContentsEntry(index) == nil {
            return draft(.tocHeading, text, body: false)
        }
        guard let entry = parseTableOfContentsEntry(index) ?? state.leaderlessEntries[index] else {
            // "Annexes", "Přílohy": a short group caption without a page, right before the next entry.
            guard text.label == nil, text.lineCount == 1,
                  text.full.count <= 40 || state.contentsUnits.contains(index) && text.full.count <= ContentsPartCaption.maximumLength,
                  !ScalarText.endsWithTerminalPunctuation(text.full),
                  index + 1 < units.count, parseTableOfContentsEntry(index + 1) != nil || state.leaderlessEntries[index + 1] != nil
            else { return nil }
            var block = DraftBlock(serial: 0, kind: .tocEntry, text: text.full, emphasis: text.fullEmphasis, sourceRanges: [text.sourceRange])
            block.level = 4
            block.labelPath = state.tocNumbering.enterUnnumbered()
            return block
        }
        let (title, emphasis) = InlineMarkupParser.strip(entry.title)
        var block = DraftBlock(serial: 0, kind: .tocEntry, text: title, emphasis: emphasis, sourceRanges: [text.sourceRange])
        block.tocTarget = entry.target
        let label = LabelParser.parse(title, language: language) ?? state.wordLabels.label(title)
        if let label, let (level, value) = headingLevel(label.form, numbering: state.tocNumbering) {
            block.removeText(0..<label.length)
            block.label = label.written
            block.level = level
            block.number = value
            var script: Unicode.Scalar?
            if case .scriptLetter(let letter) = label.form { script = letter }
            block.labelPath = enter(level: level, value: value, numbering: &state.tocNumbering, script: script)
        } else if let annexLabel = CaptionRecognizer.annexLabel(ScalarText.string(title)) {
            state.tocNumbering.enterAnnex(annexLabel)
            block.annex = annexLabel
        } else {
            block.level = 4
            block.labelPath = state.tocNumbering.enterUnnumbered()
        }
        return block
    }

    // MARK: - Body

    /// Level and value of a heading label, or `nil` for labels that are not headings.
    private func headingLevel(_ form: BlockLabel.Form, numbering: HeadingNumbering) -> (Int, Int)? {
        switch form {
        case .section(let roman, let letters): return numbering.resolve(roman: roman, letters: letters)
        case .ordinal(let value): return (1, value)
        case .letter(let value): return (2, value)
        case .scriptLetter(let scalar): return numbering.scriptLetterHeading(scalar)
        case .sequenceLetter: return numbering.sequenceLetterPosition.map { (2, $0) }
        case .number(let value): return (3, value)
        default: return nil
        }
    }

    private func enter(level: Int, value: Int, numbering: inout HeadingNumbering, script: Unicode.Scalar? = nil) -> String {
        switch level {
        case 1: return numbering.enterSection(value, script: script)
        case 2: return numbering.enterLetter(value, script: script)
        case 3: return numbering.enterSubsection(value)
        default: return numbering.enterUnnumbered()
        }
    }

    private func bodyBlock(_ text: UnitText, index: Int, state: inout State, next: () -> UnitText?, ahead: (Int) -> UnitText?) -> DraftBlock {
        if let length = SpeakerLine.designationLength(text.full, learned: state.speakerWords)
            ?? labelLineDesignationLength(text, index: index, state: state) {
            return speakerTurn(text, designationLength: length, index: index, state: &state)
        }
        switch text.form {
        case .scriptLetter(let scalar)?
            where (!ScalarText.endsWithTerminalPunctuation(text.body) && !(text.body.last.map(Self.isComma) ?? false)
                    || endsAsItsSection(text.body, state: state))
                && text.body.count <= Self.subheadingMaximumLength
                && state.numbering.scriptLetterHeading(scalar) != nil:
            // `అ. …` under a level-1 heading, its letter next in its script, ending no sentence or clause: a level-2 heading;
            // `ܐ. …`, `ܒ. …` before any level-1 heading: the level-1 headings (`HeadingNumbering.scriptLetterHeading`).
            // A document that ends its headings with a mark (Tibetan's shad: `II. ལས་འཆར།`) ends its lettered ones so
            // too (`ཀ. དམིགས་ཡུལ།`): a short line ending with the mark its level-1 heading ends with is no sentence or clause.
            let (level, value) = state.numbering.scriptLetterHeading(scalar)!
            return heading(text, level: level, value: value, state: &state, script: scalar)
        case .sequenceLetter?
            where !ScalarText.endsWithTerminalPunctuation(text.body) && text.body.count <= Self.subheadingMaximumLength
                && state.numbering.sequenceLetterPosition != nil:
            // `ئا - …` under a level-1 heading of a learned word sequence: the next level-2 heading.
            return heading(text, level: 2, value: state.numbering.sequenceLetterPosition!, state: &state)
        case .section?, .ordinal?, .letter?:
            if let value = articleParagraphByOrdinal(text, state: state) {
                return articleParagraph(text, number: value, parenthesized: false, index: index, state: &state)
            }
            // "M. Dupont (France) dit que …." is a paragraph of a summary record, not section M:
            // a sentence that is long or whose label is out of sequence is not a heading.
            // Nor is a label far past its sequence, sentence or not: "M. Teodor Vasko" in a list of participants
            // (`M`, thirteenth letter, where `A` or `I` comes next).
            if ScalarText.endsSentence(text.body)
                && (text.body.count > Self.subheadingMaximumLength / 2 || !fitsSequence(text.form!, state.numbering))
                || Self.jumpsPastSequence(text.form!, state.numbering) {
                state.listParent = nil
                var block = draft(.unnumberedParagraph, text, body: false)
                block.annex = state.annex
                return block
            }
            let (level, value) = headingLevel(text.form!, numbering: state.numbering)!
            return heading(text, level: level, value: value, state: &state)
        case .number(let value)?:
            // A paragraph numbered `一、`, `፩.` where the document numbers its paragraphs so is never a heading.
            let numeralParagraph = numeralParagraphs && text.label.map { !$0.written.unicodeScalars.contains(where: { ScalarClass.digit($0) != nil }) } == true
            if !numeralParagraph, isNumberedHeading(value, text, state: state, next: next) {
                return heading(text, level: 3, value: value, state: &state)
            }
            if Self.jumpsWithoutContinuing(value, after: index, lastParagraph: state.lastParagraph, in: state.numbered) {
                // "52. plenáris ülés", "2026. december 14.": a closing line, no paragraph 52 or 2026.
                var block = draft(.unnumberedParagraph, text, body: false)
                block.annex = state.annex
                block.parentSerial = state.turn ?? state.article
                // "… amelyben a készpénz" / "2026. szeptember 30-án …": a wrapped line of the paragraph above goes on.
                // An annotation under its item's title that opens with a year (`2045年拟议预算…`) is a paragraph of its own.
                block.mayContinue = (state.previousKind == .paragraph || state.previousKind == .listItem) && !state.previousText.endsSentence
                    && !annotations.contains(index)
                return block
            }
            var block = draft(.paragraph, text)
            block.number = value
            block.label = text.label?.written
            block.annex = state.annex
            // "4. Mr. Novak (Ruritania) said that …": a summary record's paragraph opens a turn.
            block.speaker = SpeakerLine.reportedDesignationLength(text.body, learned: state.speakerWords, shape: state.turnShape).map { ScalarText.string(text.body[0..<$0]) }
                ?? (speakerWordsUnlisted && !state.namesSpeakersFirst ? SpeakerLine.designationAfterOpeningWords(text.body, learned: state.speakerWords, shape: state.turnShape).map { ScalarText.string(text.body[$0]) } : nil)
                ?? (state.notedDesignationsOpenTurns ? SpeakerLine.notedDesignation(text.body).map { ScalarText.string(text.body[0..<$0.length]) } : nil)
                // "Ponas Kovač pridūrė …" after "Ponas Kovač (Borduria) pasakė …" (`HonorificTurn`); "Pirmininkė pasakė …" (`TitleForm`).
                ?? (HonorificTurn.designationLength(text.body, honorifics: state.turnHonorifics) ?? TitleForm.designationLength(text.body, shape: state.turnShape))
                    .map { ScalarText.string(text.body[0..<$0]) }
                // "Хаддад оьрчӏ хьхьичӏвасса …" after "Оцӏуя оьрчӏ (Фридония), …"; "Председательнал …" under "Председатель: …".
                ?? (HonorificTurn.designationLengthAfterName(text.body, honorifics: state.turnHonorificsAfterName)
                    ?? TitleForm.suffixedDesignationLength(text.body, titles: state.turnShape.presidingTitles))
                    .map { ScalarText.string(text.body[0..<$0]) }
            if block.speaker != nil, let honorific = HonorificTurn.honorific(text.body) { state.turnHonorifics.insert(honorific) }
            if block.speaker != nil, let honorific = HonorificTurn.honorificAfterName(text.body) { state.turnHonorificsAfterName.insert(honorific) }
            block.parentSerial = state.article
            state.enterParagraph(listParent: index)
            state.turn = nil
            state.lastParagraph = value
            state.parenthesizedParagraphs = false
            return block
        case .subparagraph(let key)?:
            if let value = articleParagraphInParentheses(text, state: state) {
                return articleParagraph(text, number: value, parenthesized: true, index: index, state: &state)
            }
            return listItem(text, key: key, state: &state)
        case .bullet?:
            return listItem(text, key: nil, state: &state)
        case .footnoteMarker?:
            return draft(.footnote, text)
        case .inserted(let value, let suffix)? where value > 0 && value == state.lastParagraph:
            // `3 bis` after paragraph 3: a paragraph inserted without renumbering the rest; the count goes on at 4.
            return insertedParagraph(text, value: value, suffix: suffix, index: index, state: &state)
        case .inserted?, .scriptLetter?, .sequenceLetter?:
            // An inserted paragraph's label (`3 bis`) that is not the running count numbers nothing.
            // A caseless letter out of sequence (`అ.` with no level-1 heading before) labels nothing.
            fallthrough
        case nil:
            if let decimal = continuingDecimal(text, state: state) {
                return decimalUnit(text, decimal, index: index, state: &state)
            }
            // An opening by shape after any unit but a clause or sentence under way: a title line left unnumbered above it
            // ("94/31. Мрежи от станции …" / "Общото събрание,") ends with a word.
            if PreambularOpening.isOpening(text.full) || ((state.previousKind != .unnumberedParagraph || Self.endsInLetterOrDigit(state.previousText.scalars))
                                                          && opensPreambleByShape(text, next: next, ahead: ahead)) {
                state.inPreamble = true
            }
            // Where no opening was recognised (a bilateral agreement names both Parties in a long one: "La Repubblica
            // di Ruritania e il Regno di Syldavia, di seguito …,"), the formula right after a clause and right before
            // the first article still ends the preamble.
            let afterClause = state.previousKind == .unnumberedParagraph && state.article == nil && state.articleFollows
                && endsClause(state.previousText.scalars, minimumLength: 0)
            // Right before the first article (or the division holding it) the words may hold a comma after their first word
            // ("uzgodniły, co następuje:").
            let afterLastClause = state.articleFollows && state.previousKind == .unnumberedParagraph
                && endsClause(state.previousText.scalars, minimumLength: 0)
            if state.inPreamble || afterClause,
               isOperativeFormula(text, allowingComma: state.articleFollows, afterLastClause: afterLastClause),
               state.articleFollows || next().map(Self.opensOperativePart) == true {
                let block = unnumberedHeading(text, state: &state)
                state.inPreamble = false
                return block
            }
            // An indented first line (`　　理事会は、…` under an agenda item that ends no sentence) opens a paragraph.
            // So does an annotation under an item's title the document sets so item after item (`AnnotatedItemTitles`).
            // A blank line above ends the unit above, unless the document shows blank lines inside sentences (`BlankLineBreaks`).
            if text.startsInLowerCase || (text.startsCaseless && !text.opensIndented && !annotations.contains(index) && continuesCaseless(state)
                                          && !(blankLinesEndUnits && followsBlankLine(index))) {
                var block = draft(.unnumberedParagraph, text)
                block.parentSerial = state.turn ?? state.article
                // Russian preambular paragraphs start in lower case ("признавая …,"): each is its own paragraph.
                // The opening itself ("Die Vertragsstaaten dieser Charta –") is no sentence to continue either. Nor is
                // the last item of a preambular paragraph's list ("… :" / "(ب) …،" / "با آگاهی …،"): the preamble goes on.
                block.mayContinue = !(state.inPreamble && state.previousKind == .unnumberedParagraph
                    && (endsClause(state.previousText.scalars, minimumLength: 0) || PreambularOpening.isOpening(state.previousText.scalars)
                        || Self.endsWithSpacedDash(state.previousText.scalars))
                    || state.inPreamble && state.previousKind == .listItem && endsClause(state.previousText.scalars, minimumLength: 0)
                        && endsClause(text.full, minimumLength: 0))
                    && !isClauseAfterClause(text, state: state)
                block.annex = state.annex
                return block
            }
            if isUnnumberedHeading(text, state: state, next: next) {
                let block = unnumberedHeading(text, state: &state)
                state.article = nil
                state.turn = nil
                return block
            }
            state.listParent = nil
            // "Agenda item 28" between turns is no part of the last speech.
            if state.turn != nil, text.lineCount == 1, text.full.count <= Self.subheadingMaximumLength / 2,
               !ScalarText.endsWithTerminalPunctuation(text.full) { state.turn = nil }
            var block = draft(.unnumberedParagraph, text)
            block.annex = state.annex
            block.parentSerial = state.turn ?? state.article
            return block
        }
    }

    /// A paragraph inserted after paragraph `value` of its scope (`3 bis`, `3 ter`:
    /// `InsertedParagraphLabel`): numbered by its label, written `3 bis` whatever
    /// the version writes (`3bis.`), its path `3bis` (`p3bis`, `art2-p3bis`). It
    /// carries no integer number, so the numbering checks see 3 then 4, and the
    /// count of its scope stays at `value`.
    private func insertedParagraph(_ text: UnitText, value: Int, suffix: String, index: Int, state: inout State) -> DraftBlock {
        var block = draft(.paragraph, text)
        block.label = String(value) + " " + suffix
        block.labelPath = String(value) + suffix
        block.annex = state.annex
        block.parentSerial = state.article
        state.enterParagraph(listParent: index)
        return block
    }

    /// The paragraph number of an article's paragraph labelled as a level-1
    /// heading would be: `一、`, `二、` (Chinese), `I.`, `II.` (as French law numbers
    /// an article's paragraphs). Under an article, an ordinal or a Roman numeral
    /// that starts the article's count at 1 or goes on from its last paragraph,
    /// before a text that ends a sentence, numbers a paragraph; a heading (a title
    /// ending no sentence) would have closed the article.
    private func articleParagraphByOrdinal(_ text: UnitText, state: State) -> Int? {
        guard state.article != nil, !state.parenthesizedParagraphs, ScalarText.endsSentence(text.body) else { return nil }
        let value: Int
        switch text.form {
        case .ordinal(let ordinal)?: value = ordinal
        case .section(let roman?, _)?: value = roman
        default: return nil
        }
        return value == state.lastParagraph + 1 ? value : nil
    }

    /// Whether a section label is the next level-1 or level-2 label in sequence.
    /// Whether a heading label lies more than `RawBlockBuilder.maximumCountStep` places past the next one of its
    /// sequence at every level it may have (`M.` where `A.` or `I.` comes next; `C.` after `A.` still fits, a
    /// section one version leaves out).
    static func jumpsPastSequence(_ form: BlockLabel.Form, _ numbering: HeadingNumbering) -> Bool {
        let step = RawBlockBuilder.maximumCountStep
        switch form {
        case .section(let roman, let letters):
            return roman.map { $0 > numbering.expectedSection + step - 1 } ?? true
                && !letters.isEmpty && letters.allSatisfy { $0 > numbering.expectedLetter + step - 1 }
        case .letter(let value): return value > numbering.expectedLetter + step - 1
        default: return false
        }
    }

    private func fitsSequence(_ form: BlockLabel.Form, _ numbering: HeadingNumbering) -> Bool {
        switch form {
        case .section(let roman, let letters):
            return roman == numbering.expectedSection || letters.contains(numbering.expectedLetter)
        case .ordinal(let value): return value == numbering.expectedSection
        case .letter(let value): return value == numbering.expectedLetter
        case .scriptLetter(let scalar): return numbering.scriptLetterHeading(scalar) != nil
        case .sequenceLetter: return numbering.sequenceLetterPosition != nil
        default: return false
        }
    }

    /// Whether `body`, a short line (at most half `subheadingMaximumLength`), ends with the mark the current
    /// level-1 heading ends with (`sectionHeadingEnd`): the document ends its headings so.
    private func endsAsItsSection(_ body: [Unicode.Scalar], state: State) -> Bool {
        guard let mark = state.sectionHeadingEnd, body.count <= Self.subheadingMaximumLength / 2 else { return false }
        return Self.finalMark(body) == mark
    }

    /// The punctuation mark ending a sentence or a clause (`ScalarText.endsWithTerminalPunctuation`, `isComma`) that
    /// `scalars` end with, before closing marks and white space (Tibetan's shad `།`, `.`, `,`); nil for none.
    private static func finalMark(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
        guard let last = scalars.last(where: { !ScalarClass.isClosingMark($0) && !ScalarClass.isWhitespace($0) }),
              ScalarText.endsWithTerminalPunctuation(scalars) || isComma(last) else { return nil }
        return last
    }

    private func heading(_ text: UnitText, level: Int, value: Int, state: inout State, script: Unicode.Scalar? = nil) -> DraftBlock {
        if level == 1 { state.sectionHeadingEnd = Self.finalMark(text.body) }
        var block = draft(.heading, text)
        block.level = level
        block.number = value
        block.label = text.label?.written
        block.labelPath = enter(level: level, value: value, numbering: &state.numbering, script: script)
        block.annex = state.annex
        state.listParent = nil
        state.article = nil
        state.inPreamble = false
        state.goal = nil
        state.goalSerial = nil
        state.closeDecimalCount()
        state.turn = nil
        return block
    }

    // MARK: - Speaker turns

    /// "Mr. Smith (France): …" opens a speaker's turn (`SpeakerLine`): the
    /// designation is the label, the speech the text; unlabelled paragraphs
    /// after it belong to the turn until the next turn, heading or numbered unit.
    private func speakerTurn(_ text: UnitText, designationLength: Int, index: Int, state: inout State) -> DraftBlock {
        var block = draft(.speakerTurn, text, body: false)
        block.label = ScalarText.string(ScalarText.trimmed(text.full[0..<designationLength]))
        block.removeText(0..<designationLength)
        block.annex = state.annex
        state.turn = index
        state.listParent = nil
        state.inPreamble = false
        return block
    }

    // MARK: - Decimal numbering

    /// A paragraph numbered with its section's number (`14.1`,
    /// `SectionNumberedParagraphs`): `label` and `labelPath` hold the label, so
    /// its id reads like it (`p14.1`); `number` stays empty (it is no integer).
    private func sectionParagraph(_ text: UnitText, _ paragraph: SectionNumberedParagraphs.Paragraph, index: Int,
                                  state: inout State) -> DraftBlock {
        var block = draft(.paragraph, text, body: false)
        block.removeText(0..<min(paragraph.length, text.full.count))
        block.label = paragraph.label
        block.labelPath = paragraph.label
        block.annex = state.annex
        block.parentSerial = state.article
        state.enterParagraph(listParent: index)
        state.turn = nil
        return block
    }

    /// The decimal label (`1.2`, `1.a`, `2.3.1`) `text` starts with, when it
    /// continues the decimal numbering of its scope (`DecimalSequence`) and,
    /// when it could be a figure (`1.5`), text not in lower case follows it
    /// ("1.5 million" is text; "1.2.1 забор поверхностных вод;" is a unit).
    private func continuingDecimal(_ text: UnitText, state: State) -> DecimalLabel? {
        guard text.label == nil, let decimal = DecimalLabel.parseAfterTargetWord(text.full) else { return nil }
        if decimal.mayBeFigure, let letter = ScalarText.firstLetter(Array(text.full[decimal.length...])), ScalarClass.isLowercase(letter) {
            return nil
        }
        let lastNumber = max(state.lastParagraph, state.numbering.subsection)
        if DecimalSequence.continues(decimal.components, previous: state.decimal, goal: state.goal, lastNumber: lastNumber) {
            return decimal
        }
        guard state.decimal == nil else { return nil }
        // Under a heading: `n.1` under the chapter or section heading `n` (`CHAPTER II`, `II.`), or the count
        // before the heading going on (`1.2` under `A.`).
        if state.numbering.section > 0,
           DecimalSequence.continues(decimal.components, previous: nil, goal: state.goal, lastNumber: state.numbering.section) {
            return decimal
        }
        guard let before = state.decimalBeforeHeading else { return nil }
        return DecimalSequence.continues(decimal.components, previous: before, goal: state.goal, lastNumber: lastNumber)
            ? decimal : nil
    }

    /// A unit numbered by a decimal label: a target of a goal (`1.a`, parent
    /// the goal) or a decimally numbered paragraph. `label` and `labelPath`
    /// hold the normalized label; `number` stays empty (it is no integer).
    private func decimalUnit(_ text: UnitText, _ decimal: DecimalLabel, index: Int, state: inout State) -> DraftBlock {
        var block = draft(.paragraph, text, body: false)
        block.removeText(0..<decimal.length)
        // A letter of a caseless script takes its Latin letter from its sequence (`១.ក` `១.ខ` → `1.a` `1.b`).
        var components = decimal.components
        if let letter = components.last.flatMap(DecimalLabel.scriptLetter) {
            let previous = state.decimal?.last.flatMap(DecimalLabel.scriptLetter) != nil ? state.decimalScriptLetter : nil
            let resolved = ScriptLetterItems.resolve(letter, after: previous)
            state.decimalScriptLetter = (letter, resolved.position)
            components[components.count - 1] = resolved.key
        }
        // A letter of an Arabic-script language takes its Latin letter from its place in the run (`الف` `ب` `پ` →
        // `a` `b` `c`); an abjad letter keeps its abjad place unless the run left the abjad before it.
        if let last = components.last, Int(last) == nil, components.count >= 2 {
            let prefix = components.dropLast()
            let previous = state.decimalArabicRun.flatMap { $0.prefix == prefix ? ($0.position, $0.bySequence) : nil }
            let provisional = DecimalLabel.isProvisionalLetter(last)
            let abjad = last.unicodeScalars.count == 1 ? last.unicodeScalars.first.flatMap(Numerals.latinPosition) : nil
            if provisional || previous?.1 == true, let resolved = ArabicScriptItemLetters.resolve(
                provisional: provisional, abjad: abjad, after: previous.map { (position: $0.0, bySequence: $0.1) }) {
                components[components.count - 1] = resolved.key
                state.decimalArabicRun = (prefix, resolved.position, resolved.bySequence)
            } else {
                state.decimalArabicRun = abjad.map { (prefix, $0, false) }
            }
        }
        block.label = components.joined(separator: ".")
        block.labelPath = block.label
        block.annex = state.annex
        block.parentSerial = state.goalSerial ?? state.article
        state.decimal = decimal.components
        state.listParent = index
        state.inPreamble = false
        return block
    }

    /// A masthead line no numbering takes ("9. posiedzenie plenarne", "44. Plenarsitzung"): the header
    /// field it reads as, else the title (the first such line) or a title line.
    private func mastheadLine(_ text: UnitText, state: inout State) -> DraftBlock {
        if case .field(let field)? = HeaderLineRecognizer.recognize(text.fullString) {
            var block = draft(.metadata, text, body: false)
            block.metadataField = field
            return block
        }
        var block = draft(state.titleSeen ? .title : .metadata, text, body: false)
        if !state.titleSeen {
            block.metadataField = .title
            state.titleSeen = true
        }
        return block
    }

    /// `(1)`, `(2)` as the paragraphs of an article (Hungarian `(1) A Felek …`,
    /// German `(1) Die Vertragsparteien …`): an article's first numbered unit
    /// is `(1)`, and the next ones go on from it (up to
    /// `NumberedCaptionSequence.maximumStep`); after a paragraph `1.` they are items.
    private func articleParagraphInParentheses(_ text: UnitText, state: State) -> Int? {
        // An annex numbers its paragraphs so too (a note's annexed plan: `(1) The plan covers …`, `(2) …`), outside any article.
        let inAnnex = state.article == nil && state.annex != nil
        guard state.article != nil || inAnnex, state.turn == nil, let written = text.label?.written, Self.isParenthesizedNumber(written)
        else { return nil }
        let scalars = Array(written.unicodeScalars)
        guard let value = Numerals.decimalValue(scalars[1..<(scalars.count - 1)]) else { return nil }
        if state.lastParagraph == 0 {
            // In an annex, the items of a lead-in ending with a colon (`… as follows:` / `(1)` `(2)`) stay its items.
            if inAnnex, let last = state.previousText.scalars.last(where: { !ScalarClass.isWhitespace($0) }), last == ":" || last == "：" {
                return nil
            }
            return value == 1 ? value : nil
        }
        guard state.parenthesizedParagraphs, value > state.lastParagraph, value - state.lastParagraph <= NumberedCaptionSequence.maximumStep else { return nil }
        return value
    }

    /// 1 when `following` is labelled `(1)` as an annex's first paragraph (`articleParagraphInParentheses`): the
    /// line before it, under the annex caption, is the annex's title as it is before a `1.`.
    private func annexParenthesizedOne(_ following: UnitText, state: State) -> Int? {
        guard state.annex != nil, state.article == nil, state.lastParagraph == 0, let written = following.label?.written,
              Self.isParenthesizedNumber(written) else { return nil }
        let scalars = Array(written.unicodeScalars)
        return Numerals.decimalValue(scalars[1..<(scalars.count - 1)]) == 1 ? 1 : nil
    }

    /// Paragraph `number` of the current article, its label written as the text has it
    /// (`一、`, `(1)`); `parenthesized` when the article numbers its paragraphs `(1)`, `(2)`.
    private func articleParagraph(_ text: UnitText, number: Int, parenthesized: Bool, index: Int, state: inout State) -> DraftBlock {
        var block = draft(.paragraph, text)
        block.number = number
        block.label = text.label?.written
        block.annex = state.annex
        block.parentSerial = state.article
        state.lastParagraph = number
        state.parenthesizedParagraphs = parenthesized
        state.listParent = index
        state.inPreamble = false
        return block
    }

    private func listItem(_ text: UnitText, key: String?, state: inout State) -> DraftBlock {
        var block = draft(.listItem, text)
        block.label = text.label?.written
        // `(அ) (ஆ)`, `а) ә) б)`, `(ئا) (ب) (پ)`: letters no table places take their place from the items before them.
        block.itemKey = state.itemLetterRun.place(key: key, written: block.label, continuing: state.previousKind == .listItem)
        block.annex = state.annex
        if let parent = state.listParent, state.previousKind == .paragraph || state.previousKind == .listItem {
            block.parentSerial = parent
        } else {
            state.listParent = nil
            block.parentSerial = state.article
        }
        return block
    }

    /// Whether a blank line stands between unit `index` and the unit before it.
    private func followsBlankLine(_ index: Int) -> Bool {
        index > 0 && (units[index - 1].lines.upperBound..<units[index].lines.lowerBound).contains { lines[$0].isBlank }
    }

    /// A caseless-script block continues the previous paragraph when that one
    /// stopped mid-sentence.
    private func continuesCaseless(_ state: State) -> Bool {
        (state.previousKind == .paragraph || state.previousKind == .listItem) && !state.previousText.endsSentence
    }

    /// `1. Efectos económicos de la migración a nivel mundial` is a heading,
    /// `1. El día 12 de julio … 2005.` a paragraph: a heading is one short line
    /// without final punctuation, not cut by a page break, and its number fits
    /// the heading sequence rather than the paragraph sequence (or a paragraph
    /// with the same number follows it, or its first decimal unit `1.1`).
    private func isNumberedHeading(_ number: Int, _ text: UnitText, state: State, next: () -> UnitText?) -> Bool {
        guard text.lineCount == 1, text.body.count <= Self.subheadingMaximumLength,
              !ScalarText.endsWithTerminalPunctuation(text.body) else { return false }
        let following = next()
        if let following, following.startsInLowerCase { return false }
        // `1. Scope` over `1.1 The guidelines apply …`: the number opens its own decimal sequence.
        if let following, following.label == nil, let decimal = DecimalLabel.parse(following.full),
           decimal.components.count == 2, decimal.head == number, decimal.components[1] == "1" { return true }
        let expectedParagraph = state.lastParagraph + 1
        let expectedSubsection = state.numbering.expectedSubsection
        let nextNumber = following?.number
        if number == expectedSubsection, number != expectedParagraph { return true }
        if number == expectedParagraph { return nextNumber == number }
        return nextNumber == expectedParagraph || nextNumber == 1 && state.lastParagraph == 0
    }

    /// `Las migrantes`, `Niños migrantes`: a short line without final
    /// punctuation, starting with a capital (or a caseless letter), directly
    /// followed by the next numbered paragraph.
    private func isUnnumberedHeading(_ text: UnitText, state: State, next: () -> UnitText?) -> Bool {
        // "Artículo 3" / "Vigilancia" / "1. Cada Parte …": the line under an article is its title, inside it;
        // a short line between two paragraphs of an open article (an item in letters no table knows) is the article's too.
        guard state.previousKind != .article, state.article == nil, text.lineCount == 1, !text.body.isEmpty, text.body.count <= Self.subheadingMaximumLength / 2,
              !ScalarText.endsWithTerminalPunctuation(text.body), !TableRowText.endsInFigureColumns(text.body),
              // A clause ending with a comma ("وإذ تضع في اعتبارها …،", a preambular paragraph) is no heading.
              !endsClause(text.body, minimumLength: 0),
              let first = ScalarText.firstLetter(text.body),
              ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first),
              let following = next(), let number = following.number ?? annexParenthesizedOne(following, state: state)
        else { return false }
        return number == state.lastParagraph + 1
            && (following.lineCount > 1 || following.body.count > Self.subheadingMaximumLength
                || ScalarText.endsWithTerminalPunctuation(following.body)
                // "… June 2031.¹": a footnote's call after the full stop still ends the sentence.
                || ScalarText.endsSentenceBeforeFootnoteMarker(following.body))
    }
}
