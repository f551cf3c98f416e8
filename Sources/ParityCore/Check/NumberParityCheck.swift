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
        var pivotCache: [Int: [ExtractedNumber]] = [:]
        for (version, pairs) in context.pairs.sorted(by: { $0.key < $1.key }) {
            let extractor = NumberExtractor(language: context.language(version))
            for pair in pairs where !pair.pivot.isEmpty && !pair.other.isEmpty {
                let pb = pair.pivot.filter { !NumberParityCheck.skippedKinds.contains(context.block(pivot, $0).kind) }
                let ob = pair.other.filter { !NumberParityCheck.skippedKinds.contains(context.block(version, $0).kind) }
                guard !pb.isEmpty, !ob.isEmpty else { continue }
                var pivotValues: [ExtractedNumber] = []
                for index in pb {
                    if pivotCache[index] == nil { pivotCache[index] = pivotExtractor.extract(context.block(pivot, index).text) }
                    pivotValues += pivotCache[index]!
                }
                let otherValues = ob.flatMap { extractor.extract(context.block(version, $0).text) }
                guard let difference = comparison.compare(
                    pivot: pivotValues, other: otherValues,
                    pivotWords: { pb.flatMap { pivotExtractor.tentativeNumbers(context.block(pivot, $0).text) } },
                    otherWords: { ob.flatMap { extractor.tentativeNumbers(context.block(version, $0).text) } })
                else { continue }
                let pivotText = difference.onlyPivot.isEmpty ? "nothing" : difference.onlyPivot.map(\.written).joined(separator: ", ")
                let otherText = difference.onlyOther.isEmpty ? "nothing" : difference.onlyOther.map(\.written).joined(separator: ", ")
                let place = ob.map { context.shortLabel(version, $0) }.joined(separator: " + ")
                findings.append(Finding(
                    kind: difference.isSymbolic ? .symbolMismatch : .numberMismatch, severity: difference.severity,
                    locations: [context.location(pivot, pb), context.location(version, ob)],
                    message: "\(context.name(version)) \(ob.count == 1 ? context.label(version, ob[0]) : place): \(context.name(pivot)) has \(pivotText) where \(context.name(version)) has \(otherText)"))
            }
        }
        return findings
    }
}
