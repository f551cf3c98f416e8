/// Pass 4: joins paragraphs that a page break split in two. A block that
/// may continue (it starts in lower case, or in a caseless script after an
/// unfinished paragraph) is appended, after one space, to the last
/// paragraph, list item or unnumbered paragraph before it when that one does
/// not end a sentence. Footnotes and page furniture (a page number) standing
/// between the two halves stay where they are. The joined block keeps both source ranges.
enum PageBreakJoiner {
    /// Folds continuations into the blocks they continue, in place (no second array of drafts).
    static func join(_ drafts: inout [DraftBlock]) {
        var kept = 0
        var lastText: Int?
        var joined: [Int] = []
        for index in drafts.indices {
            if drafts[index].mayContinue, let target = lastText, canReceive(drafts[target]) {
                let continuation = drafts[index]
                drafts[target].append(continuation)
                if joined.last != target { joined.append(target) }
                continue
            }
            if kept != index { drafts.swapAt(kept, index) }
            if drafts[kept].kind != .footnote && drafts[kept].kind != .pageFurniture { lastText = kept }
            kept += 1
        }
        drafts.removeSubrange(kept...)
        // Appending left up to twice the room the joined texts need.
        for index in joined { drafts[index].content.compact() }
    }

    private static func canReceive(_ block: DraftBlock) -> Bool {
        switch block.kind {
        case .paragraph, .listItem, .unnumberedParagraph, .speakerTurn: return !block.content.endsSentence
        default: return false
        }
    }
}
