import ParityCore

/// How many sentences each block of each version has, for the link files:
/// 32 bits a block, counted while the version's document is written (or,
/// for a link file written first, by splitting the blocks again), so that
/// no file keeps every block's sentences or their ids.
final class XCESSentenceCounts {
    private let alignment: Alignment
    private var counts: [[Int32]?]

    init(_ alignment: Alignment) {
        self.alignment = alignment
        counts = Array(repeating: nil, count: alignment.versions.count)
    }

    /// Runs `write` with a function that splits one block of `version` into
    /// its sentences, and keeps the count of each block it is asked for.
    func writingDocument(_ version: Int,
                         _ write: (_ sentences: (Block) -> [SentenceUnit]) throws(ExportError) -> XMLWriteResult) throws(ExportError) -> XMLWriteResult {
        let splitter = Self.splitter(alignment.versions[version])
        var made: [Int32] = []
        made.reserveCapacity(alignment.versions[version].blocks.count)
        let result = try write { block in
            let sentences = SentenceUnit.of(block, splitter: splitter)
            made.append(Int32(sentences.count))
            return sentences
        }
        if made.count == alignment.versions[version].blocks.count { counts[version] = made }
        return result
    }

    /// The sentence count of each block of `version`, in block order.
    func of(_ version: Int) -> [Int32] {
        if let made = counts[version] { return made }
        let splitter = Self.splitter(alignment.versions[version])
        let made = alignment.versions[version].blocks.map { Int32(SentenceUnit.of($0, splitter: splitter).count) }
        counts[version] = made
        return made
    }

    private static func splitter(_ document: Document) -> SentenceSplitter {
        SentenceSplitter(language: document.language ?? document.metadata.language)
    }
}
