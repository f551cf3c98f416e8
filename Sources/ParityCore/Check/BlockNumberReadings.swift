/// What ``NumberExtractor`` reads in each block of an alignment (values,
/// numbers in words, length in scalars), read once per block and kept for
/// every check that asks: the number parity check and the evidence of a
/// merge or split both need the figures of the same blocks.
///
/// A reference type so that checks holding a ``CheckContext`` by value
/// share one store; the checker runs its checks one after another on one task.
final class BlockNumberReadings {
    typealias Reading = (values: [ExtractedNumber], words: [SpelledNumber], scalarCount: Int)

    private let alignment: Alignment
    /// Per version: the extractor for its language.
    private let extractors: [NumberExtractor]
    /// Per version and block: the reading, once made.
    private var readings: [[Reading?]]

    init(_ alignment: Alignment, languages: [Language?]) {
        self.alignment = alignment
        extractors = languages.map { NumberExtractor(language: $0) }
        readings = alignment.versions.map { [Reading?](repeating: nil, count: $0.blocks.count) }
    }

    /// The reading of block `index` of `version` (``NumberExtractor/valuesAndWords(_:)``).
    func reading(_ version: Int, _ index: Int) -> Reading {
        if let known = readings[version][index] { return known }
        let read = extractors[version].valuesAndWords(alignment.versions[version].blocks[index].text)
        readings[version][index] = read
        return read
    }

    /// The values of block `index` of `version`: ``NumberExtractor/extract(_:)`` of its text.
    func values(_ version: Int, _ index: Int) -> [ExtractedNumber] {
        reading(version, index).values
    }
}
