/// One sentence of a block of a language version.
public struct SentenceUnit: Hashable, Sendable, Codable {
    /// `BLOCK.sN`: the block's id and the sentence's 1-based position in it (`art1-p1.s2`).
    public var id: String
    /// The block the sentence belongs to.
    public var blockID: String
    /// The sentence without its surrounding white space.
    public var text: String

    /// Creates a sentence.
    public init(id: String, blockID: String, text: String) {
        self.id = id
        self.blockID = blockID
        self.text = text
    }

    /// The sentences of `block`, split by `splitter`; white space only gives none.
    public static func of(_ block: Block, splitter: SentenceSplitter) -> [SentenceUnit] {
        var units: [SentenceUnit] = []
        for sentence in splitter.split(block.text) {
            let text = sentence.trimmingWhitespace()
            if text.isEmpty { continue }
            units.append(SentenceUnit(id: "\(block.id).s\(units.count + 1)", blockID: block.id, text: text))
        }
        return units
    }
}
