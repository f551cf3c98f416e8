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
    ///
    /// A sequence that starts again at `1, 2` inside one key (`1 2 3 1 2 3`)
    /// counts in scopes the document has but the segmenter did not recognise
    /// (articles or parts whose headings it cannot read): every run after the
    /// first is a scope of its own, `paragraph#0/run2` (`runs`).
    public static func keys(_ document: Document) -> [(index: Int, key: String)] {
        let plain = plainKeys(document)
        var positions: [String: [Int]] = [:]
        for (position, entry) in plain.enumerated() { positions[entry.key, default: []].append(position) }
        var result = plain
        for (key, members) in positions {
            let run = runs(members.map { document.blocks[plain[$0].index].number! })
            for (offset, position) in members.enumerated() where run[offset] > 1 {
                result[position].key = key + "/" + runPrefix + String(run[offset])
            }
        }
        return result
    }

    /// What names a run in keys and ids: `run2`.
    public static let runPrefix = "run"

    /// The run (1, 2, 3 …) each number of a sequence belongs to: a new run
    /// starts where the count starts again at `1, 2`. A lone `1` (`1 2 3 1 4`)
    /// and a repeated number (`1 2 2 3`) start none: they stay duplicates.
    public static func runs(_ numbers: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(numbers.count)
        var run = 1
        for (position, number) in numbers.enumerated() {
            if position > 0, number == 1, position + 1 < numbers.count, numbers[position + 1] == 2 { run += 1 }
            result.append(run)
        }
        return result
    }

    private static func plainKeys(_ document: Document) -> [(index: Int, key: String)] {
        var result: [(index: Int, key: String)] = []
        var annexes = 0
        var enclosing: [String: BlockKind] = [:]  // id → kind, for articles and headings
        // Read in place by index: a `for block in blocks` loop copies every block.
        let blocks = document.blocks
        for index in blocks.indices {
            let kind = blocks[index].kind
            switch kind {
            case .annex: annexes += 1
            case .article, .heading: enclosing[blocks[index].id] = kind
            default: break
            }
            guard kind == .paragraph || kind == .article, blocks[index].number != nil else { continue }
            var key = kind.rawValue + "#" + String(annexes)
            if kind == .paragraph, let parent = blocks[index].parent, enclosing[parent] != nil { key += "/" + parent }
            result.append((index, key))
        }
        return result
    }

    /// How messages name the units of the scope `key`: `article`,
    /// `paragraph`, `article 3, paragraph`.
    /// `block` looks a block up by id.
    public static func unitName(_ key: String, block: (String) -> Block?) -> String {
        if key.hasPrefix(BlockKind.article.rawValue + "#") { return "article" }
        var key = Substring(key)
        if let last = key.lastIndex(of: "/"), key[key.index(after: last)...].hasPrefix(runPrefix),
           Int(key[key.index(after: last)...].dropFirst(runPrefix.count)) != nil {
            key = key[..<last]
        }
        guard let slash = key.firstIndex(of: "/") else { return "paragraph" }
        let parentID = String(key[key.index(after: slash)...])
        guard let parent = block(parentID) else { return "paragraph" }
        if parent.kind == .article, let number = parent.number { return "article \(number), paragraph" }
        // An inserted article: `article 2 bis, paragraph`.
        if parent.kind == .article, parent.labelPath != nil, let label = parent.label { return "article \(label), paragraph" }
        return (parent.label ?? parentID) + ", paragraph"
    }
}
