/// In PDF-extracted text, a block in a caseless script (Han, Arabic, Devanagari …), or one opening with a figure,
/// may not continue the paragraph above it where the clean-up pass (`PDFTextCleanupPass`) set it apart between two
/// lines of a page on a sign the lines show: an indent, a label, a sentence's end. A block set apart so ("1.  会议开幕" /
/// "    理事会主席将于…", an agenda item's title and its indented annotation) is a paragraph of its own, although the
/// item's title ends no sentence.
///
/// Everywhere else the classifier's claim stands: across a page break, after a blank line (a column's narrow lines in
/// reading order, "متابعة" / "" / "قرارات المجلس …"), and where the pass broke for want of any sign (a short line
/// ending no sentence, a caseless line under it at the same indent: text hard-wrapped well short of the page,
/// "1. ᐊᓯᐊᓂ ᓄᓇᓂ ᐱᓕᕆᕝᕕᒃ" / "ᖁᕕᐊᓱᒃᐳᖅ ᓄᓇᓕᓕᒫᒥ" / "ᓯᕐᒥᓂᕐᓂᒃ …"). A block that starts in lower case keeps its claim
/// too: no paragraph of a cased script opens so.
enum CaselessPageContinuation {
    /// Clears `mayContinue` of every draft not starting in lower case that starts at one of `decidedStarts`
    /// (input offsets where the clean-up pass opened a paragraph on a sign).
    static func withdrawClaimsAtDecidedBreaks(_ drafts: inout [DraftBlock], decidedStarts: [Int]) {
        guard !decidedStarts.isEmpty else { return }
        let decided = Set(decidedStarts)
        for index in drafts.indices where drafts[index].mayContinue {
            guard let start = drafts[index].sourceRanges.first?.start, decided.contains(start),
                  let first = drafts[index].content.string.unicodeScalars.first, !ScalarClass.isLowercase(first) else { continue }
            drafts[index].mayContinue = false
        }
    }
}
