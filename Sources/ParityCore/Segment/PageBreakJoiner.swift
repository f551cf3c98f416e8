/// Pass 4: joins paragraphs that a page break split in two. A block that
/// may continue (it starts in lower case, or in a caseless script after an
/// unfinished paragraph) is appended, after one space, to the last
/// paragraph, list item or unnumbered paragraph before it when that one does
/// not end a sentence. Footnotes and page furniture (a page number) standing
/// between the two halves stay where they are. The joined block keeps both source ranges.
enum PageBreakJoiner {
    /// Drafts with continuations folded into the blocks they continue.
    static func join(_ drafts: [DraftBlock]) -> [DraftBlock] {
        var output: [DraftBlock] = []
        output.reserveCapacity(drafts.count)
        var lastText: Int?
        for draft in drafts {
            if draft.mayContinue, let target = lastText, canReceive(output[target]) {
                output[target].append(draft)
                continue
            }
            output.append(draft)
            if draft.kind != .footnote && draft.kind != .pageFurniture { lastText = output.count - 1 }
        }
        return output
    }

    private static func canReceive(_ block: DraftBlock) -> Bool {
        switch block.kind {
        case .paragraph, .listItem, .unnumberedParagraph, .speakerTurn: return !ScalarText.endsSentence(block.text)
        default: return false
        }
    }
}
