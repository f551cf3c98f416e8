/// What ``NumberExtractor`` reads in each block of an alignment (values,
/// numbers in words, length in scalars), read once per block for the checks
/// that ask: the number parity check and the evidence of a merge or split
/// both need the figures of the same blocks.
///
/// A reading asked with ``reading(_:_:)`` is kept for the next check that
/// asks; one asked with ``take(_:_:)`` (the number parity check, asking for
/// a version's blocks for the last time) is given up, so that a document's
/// readings (a few hundred bytes a block with figures) are not all kept to
/// the end of the check.
///
/// A reference type so that checks holding a ``CheckContext`` by value
/// share one store; the checker runs its checks one after another on one task.
final class BlockNumberReadings {
    typealias Reading = (values: [ExtractedNumber], words: [SpelledNumber], scalarCount: Int)

    private let alignment: Alignment
    /// Per version: the extractor for its language.
    private let extractors: [NumberExtractor]
    /// Per version: the readings kept, by block index.
    private var readings: [[Int: Reading]]
    /// Per version: the numbers of its notes labelled `(n)` (``ParenthesizedNoteMarkers``).
    private let noteMarkers: [Set<String>]

    init(_ alignment: Alignment, languages: [Language?]) {
        self.alignment = alignment
        extractors = languages.map { NumberExtractor(language: $0) }
        readings = alignment.versions.map { _ in [:] }
        noteMarkers = alignment.versions.map { ParenthesizedNoteMarkers.markers(of: $0.blocks) }
    }

    /// The reading of block `index` of `version` (``NumberExtractor/valuesAndWords(_:)``), kept for later.
    func reading(_ version: Int, _ index: Int) -> Reading {
        if let known = readings[version][index] { return known }
        let read = read(version, index)
        readings[version][index] = read
        return read
    }

    /// The reading of block `index` of `version`, as ``reading(_:_:)`` gives
    /// it, but not kept (and no longer kept if it was): for the last time a
    /// check asks for it.
    func take(_ version: Int, _ index: Int) -> Reading {
        if let known = readings[version].removeValue(forKey: index) { return known }
        return read(version, index)
    }

    /// Block `index` of `version` read, without the figures that cite the version's notes labelled `(n)`
    /// (`vodel(2)`: ``ParenthesizedNoteMarkers``).
    private func read(_ version: Int, _ index: Int) -> Reading {
        let text = alignment.versions[version].blocks[index].text
        var read = extractors[version].valuesAndWords(text)
        read.values = ParenthesizedNoteMarkers.removingCitations(read.values, in: text, markers: noteMarkers[version])
        return read
    }

    /// The values of block `index` of `version`: ``NumberExtractor/extract(_:)`` of its text.
    func values(_ version: Int, _ index: Int) -> [ExtractedNumber] {
        reading(version, index).values
    }
}
