import ParityCore

/// The Moses plain format of a block alignment (`parity align --format moses`
/// at block level): two texts with the same number of lines, one per link that
/// has blocks in both versions, holding the link's blocks of that version
/// joined with a space; a line break inside a block becomes a space.
enum BlockMosesFormatter {
    /// The lines of versions `source` and `target` of `alignment`.
    static func moses(_ alignment: Alignment, source: Int, target: Int) -> (source: String, target: String) {
        let texts = [source, target].map { version in
            Dictionary(alignment.versions[version].blocks.map { ($0.id, $0.text.trimmingWhitespace()) }, uniquingKeysWith: { first, _ in first })
        }
        var sourceText = "", targetText = ""
        for link in alignment.links {
            let sourceLine = link.blockIDs(in: source).compactMap { texts[0][$0] }.filter { !$0.isEmpty }.joined(separator: " ")
            let targetLine = link.blockIDs(in: target).compactMap { texts[1][$0] }.filter { !$0.isEmpty }.joined(separator: " ")
            if sourceLine.isEmpty || targetLine.isEmpty { continue }
            sourceText += SentenceAlignmentFormatter.oneLine(sourceLine) + "\n"
            targetText += SentenceAlignmentFormatter.oneLine(targetLine) + "\n"
        }
        return (sourceText, targetText)
    }
}
