/// A numbered item whose title one version sets apart from the text under it
/// and the other runs on: an annotated agenda's "1. Opening of the session" /
/// blank line / "The session will be opened …" against "1. Ouverture de la
/// session" / "La session sera ouverte …" read as one paragraph. One side of
/// the link is the item's numbered paragraph alone; the other is the same
/// numbered paragraph, holding only a title (short, ending no sentence), then
/// unnumbered paragraphs only. Nothing is left out or added by that: the
/// correspondence check still asks the lengths and figures to add up
/// (`SegmentationDifference`). A paragraph cut after a sentence ("1. The
/// Committee met twice." / "It adopted …") ends a sentence, and stays a split.
enum ItemTitleSetApart {
    /// Longest title, in scalars.
    static let maximumTitleLength = 160

    /// Whether the link `pivotBlocks` ↔ `otherBlocks` of `version` is such an item.
    static func holds(_ context: CheckContext, version: Int, pivotBlocks: [Int], otherBlocks: [Int]) -> Bool {
        let pivot = context.pivot
        if pivotBlocks.count == 1, otherBlocks.count > 1 {
            return titleThenText(context, version, otherBlocks, sameNumberAs: context.block(pivot, pivotBlocks[0]))
        }
        if otherBlocks.count == 1, pivotBlocks.count > 1 {
            return titleThenText(context, pivot, pivotBlocks, sameNumberAs: context.block(version, otherBlocks[0]))
        }
        return false
    }

    /// Whether `blocks` of `version` are a numbered paragraph with `whole`'s kind and number holding a title, then
    /// unnumbered paragraphs only.
    private static func titleThenText(_ context: CheckContext, _ version: Int, _ blocks: [Int], sameNumberAs whole: Block) -> Bool {
        guard whole.kind == .paragraph, let number = whole.number else { return false }
        let title = context.block(version, blocks[0])
        guard title.kind == .paragraph, title.number == number else { return false }
        let text = Array(title.text.unicodeScalars)
        let trimmed = ScalarText.trimmed(text[...])
        guard !trimmed.isEmpty, trimmed.count <= maximumTitleLength, !ScalarText.endsWithTerminalPunctuation(Array(trimmed)) else {
            return false
        }
        return blocks.dropFirst().allSatisfy { context.kind(version, $0) == .unnumberedParagraph && !context.isNumberedUnit(version, $0) }
    }
}
