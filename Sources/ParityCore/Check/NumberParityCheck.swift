/// Figures, percentages, amounts, dates, document symbols and resolution
/// numbers that differ between linked blocks, read by ``NumberExtractor``
/// in each version's language and compared by ``NumberComparison``.
struct NumberParityCheck {
    /// Table-of-contents entries (page numbers differ by language) and article
    /// titles (written in words in some languages) are checked elsewhere.
    private static let skippedKinds: Set<BlockKind> = [.tocEntry, .tocHeading, .article]

    func run(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let pivot = context.pivot
        let pivotExtractor = NumberExtractor(language: context.language(pivot))
        let comparison = NumberComparison(smallFigureLimit: context.options.smallFigureLimit)
        var pivotCache: [Int: (values: [ExtractedNumber], words: [SpelledNumber], scalarCount: Int)] = [:]
        for (version, pairs) in context.pairs.sorted(by: { $0.key < $1.key }) {
            let extractor = NumberExtractor(language: context.language(version))
            // A version in a language without a table of its own reads number words as nothing (`UnreadFigureExplanation`).
            let pivotHasTable = context.language(pivot).map(LanguageConventions.hasOwnTable) ?? false
            let otherHasTable = context.language(version).map(LanguageConventions.hasOwnTable) ?? false
            let orderMayDiffer = NumberConventions.figureOrderMayDiffer(NumberExtractor.code(of: context.language(pivot)),
                                                                        NumberExtractor.code(of: context.language(version)))
            for pair in Self.comparedPairs(pairs, context, pivot: pivot, version: version) {
                let pb = pair.pivot.filter { !NumberParityCheck.skippedKinds.contains(context.block(pivot, $0).kind) }
                let ob = pair.other.filter { !NumberParityCheck.skippedKinds.contains(context.block(version, $0).kind) }
                guard !pb.isEmpty, !ob.isEmpty else { continue }
                // Values and numbers in words of several blocks are shifted to one scalar space, so their places stay apart.
                // Every block's number words are read, in the same pass as the test for figures.
                var pivotValues: [ExtractedNumber] = [], pivotWords: [SpelledNumber] = []
                var offset = 0
                for index in pb {
                    let text = context.block(pivot, index).text
                    if pivotCache[index] == nil { pivotCache[index] = pivotExtractor.valuesAndWords(text) }
                    pivotValues += pivotCache[index]!.values.shifted(by: offset)
                    pivotWords += pivotCache[index]!.words.shifted(by: offset)
                    if index != pb.last { offset += pivotCache[index]!.scalarCount + 1 }
                }
                var otherValues: [ExtractedNumber] = [], otherWords: [SpelledNumber] = []
                offset = 0
                for index in ob {
                    let text = context.block(version, index).text
                    let read = extractor.valuesAndWords(text)
                    otherValues += read.values.shifted(by: offset)
                    otherWords += read.words.shifted(by: offset)
                    if index != ob.last { offset += read.scalarCount + 1 }
                }
                guard var difference = comparison.compare(pivot: pivotValues, other: otherValues, pivotWords: pivotWords, otherWords: otherWords,
                                                          figureOrderMayDiffer: orderMayDiffer)
                else { continue }
                if difference.severity != .info, !(pivotHasTable && otherHasTable),
                   UnreadFigureExplanation.explains(onlyPivot: difference.onlyPivot, onlyOther: difference.onlyOther,
                                                    pivotValues: pivotValues, otherValues: otherValues,
                                                    pivotHasTable: pivotHasTable, otherHasTable: otherHasTable) {
                    difference.severity = .info
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
                findings.append(Finding(
                    kind: difference.isSymbolic ? .symbolMismatch : .numberMismatch, severity: difference.severity,
                    locations: [context.location(pivot, pb), context.location(version, ob)],
                    message: "\(context.name(version)) \(ob.count == 1 && pair.link >= 0 ? context.label(version, ob[0]) : place): \(context.name(pivot)) has \(pivotText) where \(context.name(version)) has \(otherText)"))
            }
        }
        return findings
    }

    /// A title line of the masthead (the metadata title or a title block); header fields (date, session,
    /// symbol) keep their own links, where a figure one version cannot read is explained
    /// (`UnreadFigureExplanation`).
    private static func isMastheadTitle(_ block: Block) -> Bool {
        block.kind == .title || block.kind == .metadata && block.metadataField == .title
    }

    /// The pairs whose figures are compared. The masthead's title lines are compared as a
    /// whole (one pair, `link` -1): they are set differently in each
    /// version ("Resolution 2904 (2026)" / "Adopted … on 14 April 2026" as two
    /// units in one, "Rezolūcija 2904 (2026), ko … pieņēmusi … 2026. gada 14.
    /// aprīlī" as one in another), so a figure on one line of one version and
    /// on another line, or an unaligned one, of the other is no difference.
    /// Title lines linked to body blocks stay in their own pairs.
    static func comparedPairs(_ pairs: [PairLink], _ context: CheckContext, pivot: Int, version: Int) -> [PairLink] {
        var compared: [PairLink] = []
        var inOtherPairs: (pivot: Set<Int>, other: Set<Int>) = ([], [])
        for pair in pairs where !pair.pivot.isEmpty && !pair.other.isEmpty {
            let masthead = pair.pivot.allSatisfy { isMastheadTitle(context.block(pivot, $0)) }
                && pair.other.allSatisfy { isMastheadTitle(context.block(version, $0)) }
            if masthead { continue }
            compared.append(pair)
            inOtherPairs.pivot.formUnion(pair.pivot)
            inOtherPairs.other.formUnion(pair.other)
        }
        let pivotMasthead = context.versions[pivot].blocks.indices.filter {
            isMastheadTitle(context.block(pivot, $0)) && !inOtherPairs.pivot.contains($0)
        }
        let otherMasthead = context.versions[version].blocks.indices.filter {
            isMastheadTitle(context.block(version, $0)) && !inOtherPairs.other.contains($0)
        }
        if !pivotMasthead.isEmpty, !otherMasthead.isEmpty {
            compared.insert(PairLink(pivot: pivotMasthead, other: otherMasthead, link: -1), at: 0)
        }
        return compared
    }
}
