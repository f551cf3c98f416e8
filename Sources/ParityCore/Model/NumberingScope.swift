/// The scope in which a numbered unit's number counts: numbering restarts
/// in every scope, so duplicates, gaps and renumbering are only judged
/// inside one.
///
/// Scopes come from the structure the segmenter built: an annex opens a
/// scope for everything after it; an article is the scope of its paragraphs
/// (paragraphs restart at 1 in every article of a treaty), a goal heading the
/// scope of its targets. Articles count per annex, as do paragraphs that no
/// article or goal encloses.
public enum NumberingScope {
    /// Scope key of every block with an integer number (paragraphs and
    /// articles), in document order: `article#0`, `paragraph#0`,
    /// `paragraph#1/art3` (paragraphs of article 3 after the first annex).
    /// Keys are language-neutral, so versions' scopes can be compared.
    public static func keys(_ document: Document) -> [(index: Int, key: String)] {
        var result: [(index: Int, key: String)] = []
        var annexes = 0
        var enclosing: [String: BlockKind] = [:]  // id → kind, for articles and headings
        for (index, block) in document.blocks.enumerated() {
            switch block.kind {
            case .annex: annexes += 1
            case .article, .heading: enclosing[block.id] = block.kind
            default: break
            }
            guard block.kind == .paragraph || block.kind == .article, block.number != nil else { continue }
            var key = block.kind.rawValue + "#" + String(annexes)
            if block.kind == .paragraph, let parent = block.parent, enclosing[parent] != nil { key += "/" + parent }
            result.append((index, key))
        }
        return result
    }

    /// How messages name the units of the scope `key`: `article`,
    /// `paragraph`, `article 3, paragraph`.
    /// `block` looks a block up by id.
    public static func unitName(_ key: String, block: (String) -> Block?) -> String {
        if key.hasPrefix(BlockKind.article.rawValue + "#") { return "article" }
        guard let slash = key.firstIndex(of: "/") else { return "paragraph" }
        let parentID = String(key[key.index(after: slash)...])
        guard let parent = block(parentID) else { return "paragraph" }
        if parent.kind == .article, let number = parent.number { return "article \(number), paragraph" }
        return (parent.label ?? parentID) + ", paragraph"
    }
}
