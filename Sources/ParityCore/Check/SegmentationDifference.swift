/// Whether an n-m link of the correspondence check (merged or split
/// paragraphs) differs only in where the versions cut their text into units,
/// not in what they say: one version hard-wrapped, without blank lines, or
/// with a title or a turn's continuation set apart where the other runs it on.
///
/// The evidence is the link's own:
/// - **only unnumbered text is cut differently**: no numbered paragraph is in
///   the link (a part of one set apart stays a merge or split of a numbered
///   unit, unless that part is the item's title alone: ``ItemTitleSetApart``)
///   and both sides hold the same articles in the same order; what is
///   cut differently is an unnumbered paragraph, an article's unnumbered
///   paragraph, a turn and its continuation, a title line;
/// - **the lengths add up**: the two sides' total lengths stand in the
///   language pair's typical ratio (within ``maximumLogDeviation``, or one
///   Gale–Church standard deviation of a short link), so no
///   sentence is left out of the merged side; a short line without figures
///   joined to the link (``StandaloneShortLine``: a title, closing or
///   signature line one version alone prints) is left out of the sums;
/// - **the figures agree**: both sides hold the same figures, as the number
///   parity check compares them (``NumberComparison``).
///
/// Such a link is reported for information only; one whose numbering, length
/// or figures differ stays a warning or an error.
struct SegmentationDifference {
    /// Largest |ln(observed ratio / typical ratio)| of a link whose lengths add
    /// up whatever its length: about ±15 %. A shorter link may deviate more,
    /// up to ``maximumSigmas`` standard deviations of the Gale–Church model (a
    /// unit of a few words varies more than a page). A clause left out of one
    /// side (the real UDHR's Arabic preamble lacks one) deviates more than either.
    static let maximumLogDeviation = 0.15
    static let maximumSigmas = 1.0

    /// Whether the link `pivotBlocks` ↔ `otherBlocks` of `version` is a difference of segmentation only.
    static func holds(_ context: CheckContext, version: Int, pivotBlocks: [Int], otherBlocks: [Int]) -> Bool {
        let pivot = context.pivot
        // A numbered paragraph's extent is what its number names: a part of it set apart in one version is reported as
        // before, unless that part is the item's title alone (`ItemTitleSetApart`).
        let itemTitleApart = ItemTitleSetApart.holds(context, version: version, pivotBlocks: pivotBlocks, otherBlocks: otherBlocks)
        guard itemTitleApart || !pivotBlocks.contains(where: { context.kind(pivot, $0) == .paragraph })
                && !otherBlocks.contains(where: { context.kind(version, $0) == .paragraph }),
              numberedUnits(context, pivot, pivotBlocks) == numberedUnits(context, version, otherBlocks) else { return false }
        let model = context.models[version] ?? LengthModel(ratio: 1, variance: LengthModel.fallbackVariance)
        func lengthsAddUp(_ pivotSide: [Int], _ otherSide: [Int]) -> Bool {
            let pivotLength = pivotSide.reduce(0) { $0 + context.length(pivot, $1) }
            let otherLength = otherSide.reduce(0) { $0 + context.length(version, $1) }
            guard pivotLength > 0, otherLength > 0, model.ratio > 0 else { return false }
            let observed = Double(otherLength) / Double(pivotLength)
            return abs(ElementaryMath.log(observed / model.ratio)) <= maximumLogDeviation
                || LengthRatioCheck.sigmas(pivotLength: pivotLength, otherLength: otherLength, ratio: model.ratio) <= maximumSigmas
        }
        if !lengthsAddUp(pivotBlocks, otherBlocks) {
            // A title, closing or signature line joined to the link (``StandaloneShortLine``) says nothing the other
            // version lacks: the rest must add up.
            let pivotRest = pivotBlocks.filter { !StandaloneShortLine.holds(context, pivot, $0) }
            let otherRest = otherBlocks.filter { !StandaloneShortLine.holds(context, version, $0) }
            guard pivotRest.count + otherRest.count < pivotBlocks.count + otherBlocks.count,
                  !pivotRest.isEmpty, !otherRest.isEmpty, lengthsAddUp(pivotRest, otherRest) else { return false }
        }
        return figuresAgree(context, version: version, pivotBlocks: pivotBlocks, otherBlocks: otherBlocks)
    }

    /// Whether the two sides state the same figures as the number parity check compares them
    /// (``NumberComparison``: a small figure or a number in words one language cannot read is no difference).
    private static func figuresAgree(_ context: CheckContext, version: Int, pivotBlocks: [Int], otherBlocks: [Int]) -> Bool {
        let pivot = context.pivot
        let pivotReadings = pivotBlocks.map { context.numbers.reading(pivot, $0) }
        let otherReadings = otherBlocks.map { context.numbers.reading(version, $0) }
        let pivotHasTable = context.language(pivot).map(LanguageConventions.hasOwnTable) ?? false
        let otherHasTable = context.language(version).map(LanguageConventions.hasOwnTable) ?? false
        let difference = NumberComparison(smallFigureLimit: context.options.smallFigureLimit).compare(
            pivot: pivotReadings.flatMap(\.values), other: otherReadings.flatMap(\.values),
            pivotWords: pivotReadings.flatMap(\.words), otherWords: otherReadings.flatMap(\.words),
            figureOrderMayDiffer: true, pivotReadsScaleWords: pivotHasTable, otherReadsScaleWords: otherHasTable)
        return difference == nil || difference?.severity == .info
    }

    /// Gale–Church standard deviations of the link's total lengths from the language pair's typical ratio.
    static func sigmas(_ context: CheckContext, version: Int, pivotBlocks: some Collection<Int>, otherBlocks: some Collection<Int>) -> Double {
        let ratio = context.models[version]?.ratio ?? 1
        return LengthRatioCheck.sigmas(pivotLength: pivotBlocks.reduce(0) { $0 + context.length(context.pivot, $1) },
                                       otherLength: otherBlocks.reduce(0) { $0 + context.length(version, $1) }, ratio: ratio)
    }

    /// The numbered units among `blocks`, in order, as `kind:number`.
    private static func numberedUnits(_ context: CheckContext, _ version: Int, _ blocks: [Int]) -> [String] {
        blocks.compactMap { index in
            let block = context.block(version, index)
            guard block.kind == .paragraph || block.kind == .article else { return nil }
            let key = block.number.map(String.init) ?? block.labelPath ?? block.label ?? block.id
            return "\(block.kind.rawValue):\(key)"
        }
    }
}
