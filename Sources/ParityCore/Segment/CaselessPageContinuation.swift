/// In PDF-extracted text, a block in a caseless script (Han, Arabic, Devanagari …) may continue the paragraph above
/// it only across a page break. On a page the clean-up pass (`PDFTextCleanupPass`) has already told a wrapped line
/// from a new paragraph by the lines' lengths and indents; a block it set apart there ("1.  会议开幕" / "    理事会主席将于…",
/// an agenda item's title and its annotation) is a paragraph of its own, although the item's title ends no sentence.
/// A block that starts in lower case keeps its claim: no paragraph of a cased script opens so.
enum CaselessPageContinuation {
    /// Clears `mayContinue` of every caseless draft that no page start (`pageStarts`, input offsets in order)
    /// separates from the last text block before it.
    static func keepToPageBreaks(_ drafts: inout [DraftBlock], pageStarts: [Int]) {
        var lastTextEnd: Int?
        var nextPage = 0
        for index in drafts.indices {
            let ranges = drafts[index].sourceRanges
            if drafts[index].mayContinue, let start = ranges.first?.start,
               let first = drafts[index].content.string.unicodeScalars.first, !ScalarClass.isLowercase(first) {
                while nextPage < pageStarts.count, pageStarts[nextPage] <= (lastTextEnd ?? 0) { nextPage += 1 }
                let pageBetween = nextPage < pageStarts.count && pageStarts[nextPage] <= start
                if !pageBetween { drafts[index].mayContinue = false }
            }
            if drafts[index].kind != .footnote && drafts[index].kind != .pageFurniture, let end = ranges.last?.end {
                lastTextEnd = end
            }
        }
    }
}
