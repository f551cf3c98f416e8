/// The language-neutral key by which two versions' blocks can be paired
/// without looking at their text: paragraph or article number (paragraphs
/// within their article or goal), decimal label, heading label path, footnote marker, metadata field, table-of-contents label path.
enum AnchorKey {
    /// The key of `block` and the method it stands for, or `nil` for blocks
    /// that only their position and length can align.
    static func of(_ block: Block) -> (key: String, method: AlignmentMethod)? {
        switch block.kind {
        case .paragraph:
            // Numbers count in their scope: paragraph 2 of article 3 is `art3/p2`,
            // target 1.a of goal 1 is `g1/p:1.a` (parent ids are built from numbers,
            // so they are the same in every language).
            // A paragraph of a run whose count started again (`run2-p1`, `NumberingScope.runs`) anchors in its run.
            let scope = annexScope(block.id) + (block.parent.map { $0 + "/" } ?? runScope(block.id))
            if let number = block.number { return (scope + "p\(number)", .number) }
            return block.labelPath.map { (scope + "p:" + $0, .label) }
        case .article:
            // An inserted article (`2 bis`, path `2bis`) anchors by its path: `art2bis` pairs with `art2bis`.
            if let number = block.number { return ("a\(number)", .number) }
            return block.labelPath.map { ("a:" + $0, .label) }
        case .heading:
            guard let path = block.labelPath, !path.isEmpty else { return nil }
            return ("h:" + path, .label)
        case .footnote:
            guard let label = block.label else { return nil }
            let marker = FootnoteMarker.normalize(label)
            return marker.isEmpty ? nil : ("f:" + marker, .marker)
        case .metadata:
            // The title field anchors nothing: the line read as the title is the first masthead line no table knows,
            // which in a language without a table is its session or committee line, not the title of the version
            // beside it (`2055年10月10日…普通照会` against `نشست سەد و هەفتم`, "hundred and seventh session").
            guard let field = block.metadataField, field != .title else { return nil }
            return ("m:" + field.rawValue, .structure)
        case .tocEntry:
            if let path = block.labelPath, !path.isEmpty { return ("t:" + path, .structure) }
            if let label = block.label, !label.isEmpty { return ("t:" + label, .structure) }
            return nil
        case .annex:
            if let number = block.number { return ("x\(number)", .structure) }
            return ("x:" + (block.label ?? ""), .structure)
        case .tocHeading:
            return ("toc-heading", .structure)
        case .title, .unnumberedParagraph, .listItem, .pageFurniture, .speakerTurn:
            return nil
        }
    }

    /// `annex-II/` for a paragraph id `annex-II-p1` (an annex's paragraphs count again from 1: paragraph 1 of annex II
    /// is not paragraph 1 of the body, nor of annex I), `annex/` for `annex-p1`; empty for an id outside an annex.
    private static func annexScope(_ id: String) -> String {
        guard id.hasPrefix("annex") else { return "" }
        let bytes = Array(id.utf8)
        var index = bytes.count - 2
        while index > 0, !(bytes[index] == UInt8(ascii: "-") && bytes[index + 1] == UInt8(ascii: "p")) { index -= 1 }
        guard index > 0 else { return "" }
        return String(decoding: bytes[..<index], as: UTF8.self) + "/"
    }

    /// `run2/` for a paragraph id `run2-p1` or `annex-I-run2-p1`; empty otherwise.
    private static func runScope(_ id: String) -> String {
        for part in id.split(separator: "-") where part.hasPrefix(NumberingScope.runPrefix) {
            if Int(part.dropFirst(NumberingScope.runPrefix.count)) != nil { return part + "/" }
        }
        return ""
    }
}
