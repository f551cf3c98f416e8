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
///
/// Right under a blank line of a page the claim stands, unless the document repeats an item's title over its
/// annotation there (`withdrawClaimsUnderItemTitles`), as `AnnotatedItemTitles` reads the shape in text that needs no
/// clean-up: "1. கூட்டத பொகுது" / "" / "கூட்டவ தலெவரு … பொகுப்பரு." in an annotated agenda set out as a PDF page.
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

    /// Clears `mayContinue` of the annotations under item titles, when the document sets at least
    /// `AnnotatedItemTitles.minimumPairs` of them so: a draft starting at one of `blankSeparatedStarts` (input offsets of
    /// paragraphs opened right under a blank line) with a caseless first letter, no label, ending a sentence, right
    /// under a labelled draft whose short text ends with no punctuation (no full stop, colon, semicolon or comma).
    static func withdrawClaimsUnderItemTitles(_ drafts: inout [DraftBlock], blankSeparatedStarts: [Int]) {
        guard blankSeparatedStarts.count >= AnnotatedItemTitles.minimumPairs else { return }
        let separated = Set(blankSeparatedStarts)
        var annotations: [Int] = []
        for index in drafts.indices.dropFirst() where drafts[index].mayContinue && drafts[index].label == nil {
            guard let start = drafts[index].sourceRanges.first?.start, separated.contains(start) else { continue }
            let text = Array(drafts[index].content.string.unicodeScalars)
            guard let letter = ScalarText.firstLetter(text), ScalarClass.isCaselessLetter(letter),
                  ScalarText.endsSentence(text) || ScalarText.endsSentenceBeforeFootnoteMarker(text),
                  isItemTitle(drafts[index - 1]) else { continue }
            annotations.append(index)
        }
        guard annotations.count >= AnnotatedItemTitles.minimumPairs else { return }
        for index in annotations { drafts[index].mayContinue = false }
    }

    /// Whether `draft` reads as an item's title: a labelled paragraph, item or heading whose text, of at most
    /// `maximumTitleLength` scalars and no line feed, ends with no punctuation.
    private static func isItemTitle(_ draft: DraftBlock) -> Bool {
        guard draft.label != nil, draft.kind == .paragraph || draft.kind == .listItem || draft.kind == .heading else { return false }
        let text = Array(draft.content.string.unicodeScalars)
        guard text.count <= maximumTitleLength, !text.contains("\n"),
              let last = text.last(where: { !ScalarClass.isWhitespace($0) }) else { return false }
        return !ScalarClass.isTerminalPunctuation(last) && !ScalarClass.isComma(last)
    }

    /// The longest item title, in scalars.
    static let maximumTitleLength = 100
}
