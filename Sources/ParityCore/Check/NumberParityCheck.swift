/// Figures, percentages, amounts, dates, document symbols and resolution
/// numbers that differ between linked blocks, read by ``NumberExtractor``
/// in each version's language and compared by ``NumberComparison``.
struct NumberParityCheck {
    /// Table-of-contents entries (page numbers differ by language) and article
    /// titles (written in words in some languages) are checked elsewhere.
    private static let skippedKinds: Set<BlockKind> = [.tocEntry, .tocHeading, .article, .pageFurniture]

    func run(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let pivot = context.pivot
        let comparison = NumberComparison(smallFigureLimit: context.options.smallFigureLimit)
        let versions = context.pairs.sorted(by: { $0.key < $1.key })
        for (version, pairs) in versions {
            // A version's readings are asked for here for the last time: they are not kept (the pivot's
            // are, while other versions are still to be compared with it).
            let lastVersion = version == versions.last?.key
            // A version in a language without a table of its own reads number words as nothing (`UnreadFigureExplanation`).
            let pivotHasTable = context.language(pivot).map(LanguageConventions.hasOwnTable) ?? false
            let otherHasTable = context.language(version).map(LanguageConventions.hasOwnTable) ?? false
            let orderMayDiffer = NumberConventions.figureOrderMayDiffer(NumberExtractor.code(of: context.language(pivot)),
                                                                        NumberExtractor.code(of: context.language(version)))
            // Whether this pair of versions keeps the order of the figures it shares (`FigureOrderEvidence`): two
            // figures trading places are a warning only where the rest of the document keeps their order.
            var order = FigureOrderEvidence()
            // Month words of each version that no table reads, learned from the other version's dates across the whole
            // document (`LearnedMonthWords`): every compared pair is read and its evidence collected first.
            var pivotMonths = LearnedMonthWords(), otherMonths = LearnedMonthWords()
            // So too per-cent words no table reads (`LearnedPercentWords`).
            var pivotPercents = LearnedPercentWords(), otherPercents = LearnedPercentWords()
            // The findings of this version, each with the rank of its pair among the compared pairs (the pairs compared
            // after the evidence is settled come back to their rank).
            var found: [(rank: Int, finding: Finding, isTransposition: Bool)] = []
            func compare(_ pair: PairLink, _ pb: [Int], _ ob: [Int], _ pivotValues: [ExtractedNumber], _ otherValues: [ExtractedNumber],
                         _ pivotWords: [SpelledNumber], _ otherWords: [SpelledNumber], rank: Int) {
                let difference = comparison.compare(pivot: pivotValues, other: otherValues, pivotWords: pivotWords, otherWords: otherWords,
                                                    figureOrderMayDiffer: orderMayDiffer, pivotReadsScaleWords: pivotHasTable,
                                                    otherReadsScaleWords: otherHasTable)
                if pair.link >= 0, difference?.isTransposition != true { order.count(pivotValues, otherValues) }
                guard var difference else { return }
                // The document symbol both mastheads carry, paired with another header line because the versions
                // set it at different places (reading-order extraction), is no difference.
                if pb.allSatisfy({ context.kind(pivot, $0) == .metadata || context.kind(pivot, $0) == .title }),
                   ob.allSatisfy({ context.kind(version, $0) == .metadata || context.kind(version, $0) == .title }),
                   Self.onlySharedSymbol(difference.onlyPivot + difference.onlyOther, context, pivot: pivot, version: version) { return }
                if pair.link < 0, Self.isOneSidedHeaderMatter(difference, pivotValues: pivotValues, otherValues: otherValues,
                                                              pivotHasTable: pivotHasTable, otherHasTable: otherHasTable) {
                    difference.severity = .info
                }
                if difference.severity != .info, !(pivotHasTable && otherHasTable),
                   UnreadFigureExplanation.explains(onlyPivot: difference.onlyPivot, onlyOther: difference.onlyOther,
                                                    pivotValues: pivotValues, otherValues: otherValues,
                                                    pivotHasTable: pivotHasTable, otherHasTable: otherHasTable) {
                    difference.severity = .info
                }
                // A value one version writes without digits (`第二十七条`) against figures of a language without number
                // words of its own: that version may write the value in words Parity cannot read (Tibetan `ཉེར་བདུན་པ`,
                // 27th), so the two do not clearly state different values; the figures left are one-sided.
                if difference.severity == .error,
                   !otherHasTable && Self.allWithoutDigits(difference.onlyPivot) || !pivotHasTable && Self.allWithoutDigits(difference.onlyOther) {
                    difference.severity = .warning
                }
                let separator = difference.isSwap ? " … " : ", "
                let pivotText = difference.onlyPivot.isEmpty ? "nothing" : difference.onlyPivot.map(\.written).joined(separator: separator)
                var otherText = difference.onlyOther.isEmpty ? "nothing" : difference.onlyOther.map(\.written).joined(separator: separator)
                if difference.isSwap { otherText += " (two figures swapped)" }
                if difference.differsInCurrency {
                    // Which currencies differ, pivot first: `$2,345.67` writes its sign outside the figure's text.
                    let currencies = [difference.onlyPivot, difference.onlyOther].map { $0.compactMap(\.currency).joined(separator: ", ") }
                    otherText += " (currency \(currencies[0]) against \(currencies[1]))"
                }
                let place = pair.link < 0 ? "masthead" : ob.map { context.shortLabel(version, $0) }.joined(separator: " + ")
                found.append((rank, Finding(
                    kind: difference.isSymbolic ? .symbolMismatch : .numberMismatch, severity: difference.severity,
                    locations: [context.location(pivot, pb), context.location(version, ob)],
                    message: "\(context.name(version)) \(ob.count == 1 && pair.link >= 0 ? context.label(version, ob[0]) : place): \(context.name(pivot)) has \(pivotText) where \(context.name(version)) has \(otherText)"),
                    difference.isTransposition && difference.severity == .warning))
            }
            func blocks(_ pair: PairLink) -> (pivot: [Int], other: [Int]) {
                (pair.pivot.filter { !NumberParityCheck.skippedKinds.contains(context.kind(pivot, $0)) },
                 pair.other.filter { !NumberParityCheck.skippedKinds.contains(context.kind(version, $0)) })
            }
            // A pair whose readings hold no word the evidence may settle (an unread month word, a word after a figure)
            // reads the same after it is settled: it is compared at once and its readings are not kept. The others (dates
            // with month words no table reads; figures followed by a word, in a language that reads no per-cent word of
            // its own) are remembered by their pair alone and read again once the evidence is settled: no pair's
            // readings or blocks are kept to the end (issue 11).
            var unsettled: [(rank: Int, pair: PairLink)] = []
            var ranks = 0
            Self.forEachComparedPair(pairs, context, pivot: pivot, version: version) { pair in
                let (pb, ob) = blocks(pair)
                guard !pb.isEmpty, !ob.isEmpty else { return }
                let pivotRead = Self.read(pb, of: pivot, context, taking: lastVersion), otherRead = Self.read(ob, of: version, context, taking: true)
                pivotMonths.collect(from: pivotRead.values, against: otherRead.values)
                otherMonths.collect(from: otherRead.values, against: pivotRead.values)
                pivotPercents.collect(from: pivotRead.values, against: otherRead.values)
                otherPercents.collect(from: otherRead.values, against: pivotRead.values)
                let rank = ranks
                ranks += 1
                if Self.mayBeSettled(pivotRead.values) || Self.mayBeSettled(otherRead.values) {
                    unsettled.append((rank, pair))
                } else {
                    compare(pair, pb, ob, pivotRead.values, otherRead.values, pivotRead.words, otherRead.words, rank: rank)
                }
            }
            pivotMonths.settle()
            otherMonths.settle()
            pivotPercents.settle()
            otherPercents.settle()
            let settledFrom = found.count
            for (rank, pair) in unsettled {
                let (pb, ob) = blocks(pair)
                let pivotRead = Self.read(pb, of: pivot, context, taking: lastVersion), otherRead = Self.read(ob, of: version, context, taking: true)
                let pivotValues = pivotPercents.applied(to: pivotMonths.applied(to: pivotRead.values, against: otherRead.values))
                let otherValues = otherPercents.applied(to: otherMonths.applied(to: otherRead.values, against: pivotRead.values))
                compare(pair, pb, ob, pivotValues, otherValues, pivotRead.words, otherRead.words, rank: rank)
            }
            // Both runs are in the order of their pairs: merged, the findings come in the order of all pairs.
            if settledFrom > 0, settledFrom < found.count { found.sort { $0.rank < $1.rank } }
            for (_, finding, isTransposition) in found {
                if isTransposition { order.transpositions.append(findings.count) }
                findings.append(finding)
            }
            if !order.showsOrderKept { for index in order.transpositions { findings[index].severity = .info } }
        }
        return findings
    }

    /// The values and number words of `blocks` of `version`, shifted to one scalar space so that their places stay
    /// apart; every block's number words are read, in the same pass as the test for figures. `taking`: the readings
    /// are asked for the last time (``BlockNumberReadings/take(_:_:)``).
    typealias Read = (values: [ExtractedNumber], words: [SpelledNumber])

    private static func read(_ blocks: [Int], of version: Int, _ context: CheckContext, taking: Bool) -> Read {
        var values: [ExtractedNumber] = [], words: [SpelledNumber] = []
        var offset = 0
        for index in blocks {
            let read = taking ? context.numbers.take(version, index) : context.numbers.reading(version, index)
            append(read.values, shiftedBy: offset, to: &values)
            append(read.words, shiftedBy: offset, to: &words)
            if index != blocks.last { offset += read.scalarCount + 1 }
        }
        return (values, words)
    }

    /// Whether `values` hold a word that the evidence of the whole document may read (``LearnedMonthWords``,
    /// ``LearnedPercentWords``): without one, ``LearnedMonthWords/applied(to:against:)`` and
    /// ``LearnedPercentWords/applied(to:)`` give `values` back as they are, whatever the evidence settles.
    private static func mayBeSettled(_ values: [ExtractedNumber]) -> Bool {
        values.contains { $0.unreadMonthWord != nil || $0.wordAfterFigure != nil }
    }

    /// Whether what differs between two mastheads is header matter that one version prints and the other leaves
    /// out or writes in words (a session `Eighty-first session` against `Sidang ke-81`, a date one version sets in
    /// its title): once the figures whose digits the other masthead writes anyway are set aside (a date read as a
    /// day and a year in one version, `2026. május 14.`), and the number words of a language without a table of its
    /// own (read as cardinals only: `themanini na mbili` as 80), the figures left are on one side only. Mastheads are
    /// compared as metadata: only a figure that differs from one the other masthead holds in its place (a meeting
    /// number 19230 against 19231, another date) is a difference.
    private static func isOneSidedHeaderMatter(_ difference: NumberComparison.Difference, pivotValues: [ExtractedNumber],
                                               otherValues: [ExtractedNumber], pivotHasTable: Bool, otherHasTable: Bool) -> Bool {
        let pivotSide = UnreadFigureExplanation.Side(pivotValues), otherSide = UnreadFigureExplanation.Side(otherValues)
        func isLeft(_ value: ExtractedNumber, hasTable: Bool, other: UnreadFigureExplanation.Side) -> Bool {
            (hasTable || !UnreadFigureExplanation.digitRuns(value.written).isEmpty)
                && !UnreadFigureExplanation.explained(value, by: other, mayBeInUnreadWords: false)
        }
        let pivotLeft = difference.onlyPivot.contains { isLeft($0, hasTable: pivotHasTable, other: otherSide) }
        let otherLeft = difference.onlyOther.contains { isLeft($0, hasTable: otherHasTable, other: pivotSide) }
        return !(pivotLeft && otherLeft)
    }

    /// Whether `values` are numbers written without a digit of any system (`第二十七条`, `seventeenth`), one at least.
    private static func allWithoutDigits(_ values: [ExtractedNumber]) -> Bool {
        !values.isEmpty && values.allSatisfy { value in
            value.kind.comparisonClass == "number" && !value.written.unicodeScalars.contains { DecimalDigit.value($0) != nil }
        }
    }

    /// Whether every figure in `values` is the document symbol that both versions' metadata give
    /// (asked of masthead blocks only: a paragraph that cites the symbol in one version alone differs).
    private static func onlySharedSymbol(_ values: [ExtractedNumber], _ context: CheckContext, pivot: Int, version: Int) -> Bool {
        guard !values.isEmpty, let symbol = context.versions[pivot].metadata.symbol,
              symbol == context.versions[version].metadata.symbol else { return false }
        return values.allSatisfy { $0.written == symbol || symbol.hasPrefix($0.written + " (") }
    }

    /// A line of the masthead: a header field (symbol, date, session, agenda item, title) or a title block.
    /// Versions set the same header matter in different fields and lines (a date on its own line in one,
    /// inside the title or a session line in another; header words one language's table does not know
    /// leave its lines as title blocks), so the masthead is compared as a whole.
    private static func isMastheadLine(_ context: CheckContext, _ version: Int, _ index: Int) -> Bool {
        let kind = context.kind(version, index)
        return kind == .title || kind == .metadata
    }

    /// Gives `body` the pairs whose figures are compared, in order. The masthead's lines are compared as a
    /// whole (one pair, `link` -1): they are set differently in each
    /// version ("Resolution 2904 (2026)" / "Adopted … on 14 April 2026" as two
    /// units in one, "Rezolūcija 2904 (2026), ko … pieņēmusi … 2026. gada 14.
    /// aprīlī" as one in another), so a figure on one line of one version and
    /// on another line, or an unaligned one, of the other is no difference.
    /// Masthead lines linked to body blocks stay in their own pairs.
    static func forEachComparedPair(_ pairs: [PairLink], _ context: CheckContext, pivot: Int, version: Int, _ body: (PairLink) -> Void) {
        func isMastheadOnly(_ pair: PairLink) -> Bool {
            pair.pivot.allSatisfy { isMastheadLine(context, pivot, $0) } && pair.other.allSatisfy { isMastheadLine(context, version, $0) }
        }
        // Only the masthead lines among the other pairs' blocks are remembered (not every block: a pair list is not copied either).
        var inOtherPairs: (pivot: Set<Int>, other: Set<Int>) = ([], [])
        for pair in pairs where !pair.pivot.isEmpty && !pair.other.isEmpty && !isMastheadOnly(pair) {
            inOtherPairs.pivot.formUnion(pair.pivot.lazy.filter { isMastheadLine(context, pivot, $0) })
            inOtherPairs.other.formUnion(pair.other.lazy.filter { isMastheadLine(context, version, $0) })
        }
        let pivotMasthead = context.versions[pivot].blocks.indices.filter {
            isMastheadLine(context, pivot, $0) && !inOtherPairs.pivot.contains($0)
        }
        let otherMasthead = context.versions[version].blocks.indices.filter {
            isMastheadLine(context, version, $0) && !inOtherPairs.other.contains($0)
        }
        if !pivotMasthead.isEmpty, !otherMasthead.isEmpty {
            body(PairLink(pivot: pivotMasthead, other: otherMasthead, link: -1))
        }
        for pair in pairs where !pair.pivot.isEmpty && !pair.other.isEmpty && !isMastheadOnly(pair) { body(pair) }
    }

    /// Appends `read` moved by `offset` scalars; into an empty array (a link of one block, most links) without a copy.
    private static func append<Element: ScalarPlaced>(_ read: [Element], shiftedBy offset: Int, to all: inout [Element]) {
        if all.isEmpty { all = read.shifted(by: offset) } else { all += read.shifted(by: offset) }
    }
}
