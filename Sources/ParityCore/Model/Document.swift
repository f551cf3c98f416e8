/// One language version of a document: its metadata and its blocks in reading order.
public struct Document: Hashable, Sendable, Codable {
    /// Where the document came from (a file name), for messages only.
    public var sourceName: String
    /// The version's language, when known.
    public var language: Language?
    /// Header metadata.
    public var metadata: DocumentMetadata
    /// Blocks in reading order.
    public var blocks: [Block]
    /// What the reader noticed while reading.
    public var diagnostics: [ReaderDiagnostic]

    /// Creates a document.
    public init(
        sourceName: String, language: Language? = nil, metadata: DocumentMetadata = DocumentMetadata(),
        blocks: [Block] = [], diagnostics: [ReaderDiagnostic] = []
    ) {
        self.sourceName = sourceName
        self.language = language
        self.metadata = metadata
        self.blocks = blocks
        self.diagnostics = diagnostics
    }

    /// The block with the given id, if any (linear search).
    public func block(id: String) -> Block? { blocks.first { $0.id == id } }

    /// The position in ``blocks`` of each block id (its first block when ids repeat), for lookups by id.
    public var blockIndexByID: [String: Int] {
        var byID: [String: Int] = [:]
        byID.reserveCapacity(blocks.count)
        for (index, block) in blocks.enumerated() where byID[block.id] == nil { byID[block.id] = index }
        return byID
    }

    /// Numbered paragraphs in document order.
    public var numberedParagraphs: [Block] { blocks.filter { $0.kind == .paragraph } }
}
