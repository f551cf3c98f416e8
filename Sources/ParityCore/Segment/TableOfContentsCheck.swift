/// Compares a document's table of contents with its body: which numbered
/// paragraphs fall under each heading, and whether every entry's range says so.
public enum TableOfContentsCheck {
    /// For each numbered heading (levels 1–3), the first and last numbered
    /// paragraph under it, up to the next heading of the same or a higher
    /// level or an annex. Keyed by normalized label path. Paragraphs inside an
    /// article or goal (numbered in that scope) do not count.
    public static func bodyRanges(of document: Document) -> [String: ClosedRange<Int>] {
        var ranges: [String: ClosedRange<Int>] = [:]
        var open: [(level: Int, path: String, first: Int?, last: Int?)] = []
        func close(_ heading: (level: Int, path: String, first: Int?, last: Int?)) {
            guard let first = heading.first, let last = heading.last else { return }
            if let range = ranges[heading.path] {
                ranges[heading.path] = min(range.lowerBound, first)...max(range.upperBound, last)
            } else {
                ranges[heading.path] = first...last
            }
        }
        for index in document.blocks.indices {
            switch document.blocks[index].kind {
            case .heading:
                guard let level = document.blocks[index].level, (1...3).contains(level),
                      let path = document.blocks[index].labelPath else { continue }
                while let last = open.last, last.level >= level { close(open.removeLast()) }
                open.append((level, path, nil, nil))
            case .annex:
                while let last = open.popLast() { close(last) }
            case .paragraph:
                // Only the heading's own numbering scope: paragraphs of an article or a
                // goal restart their numbers and are not what a contents range counts.
                guard let number = document.blocks[index].number, document.blocks[index].parent == nil else { continue }
                for slot in open.indices {
                    open[slot].first = min(open[slot].first ?? number, number)
                    open[slot].last = max(open[slot].last ?? number, number)
                }
            default:
                continue
            }
        }
        while let last = open.popLast() { close(last) }
        return ranges
    }

    /// One comparison per table-of-contents entry that gives a paragraph range.
    public static func compare(_ document: Document) -> [TOCRangeComparison] {
        let ranges = bodyRanges(of: document)
        var headingIDs: [String: String] = [:]
        for index in document.blocks.indices where document.blocks[index].kind == .heading {
            if let path = document.blocks[index].labelPath, headingIDs[path] == nil { headingIDs[path] = document.blocks[index].id }
        }
        return document.blocks.indices.compactMap { index in
            guard document.blocks[index].kind == .tocEntry else { return nil }
            let block = document.blocks[index]
            guard let target = block.tocTarget, target.firstParagraph != nil,
                  let path = block.labelPath else { return nil }
            let body = ranges[path]
            return TOCRangeComparison(
                entryID: block.id, labelPath: path, tocFirst: target.firstParagraph, tocLast: target.lastParagraph,
                headingID: headingIDs[path], bodyFirst: body?.lowerBound, bodyLast: body?.upperBound)
        }
    }

    /// Diagnostics for the entries that disagree with the body.
    public static func diagnostics(_ document: Document) -> [ReaderDiagnostic] {
        compare(document).filter { !$0.agrees }.map { comparison in
            let given = "\(comparison.tocFirst.map(String.init) ?? "?")–\(comparison.tocLast.map(String.init) ?? "?")"
            let found = comparison.bodyFirst.map { "\($0)–\(comparison.bodyLast!)" } ?? "no paragraphs"
            let ids = [comparison.entryID] + (comparison.headingID.map { [$0] } ?? [])
            return ReaderDiagnostic(
                blockIDs: ids,
                message: "table of contents gives paragraphs \(given) for \(comparison.labelPath), the body has \(found)")
        }
    }
}
