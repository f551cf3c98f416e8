/// Aligns language versions of one document.
///
/// Every other version is aligned with the pivot (anchors by number, label,
/// marker and field, kept monotonic; length-based dynamic programming in the
/// gaps), then the pairs are merged into one N-way ``Alignment`` in which
/// every block of every version appears in exactly one link. Work grows
/// linearly with document length.
public struct Aligner: Sendable {
    /// Index of the pivot version in the documents passed to ``align(_:)``.
    public var pivot: Int

    /// Creates an aligner with the given pivot version index.
    public init(pivot: Int = 0) {
        self.pivot = pivot
    }

    /// Aligns `documents`; a pivot index out of range falls back to 0.
    public func align(_ documents: [Document]) -> Alignment {
        guard !documents.isEmpty else { return Alignment(versions: [], pivot: 0, links: []) }
        let pivotIndex = documents.indices.contains(pivot) ? pivot : 0
        var pairs: [Int: [PairBead]] = [:]
        for version in documents.indices where version != pivotIndex {
            pairs[version] = PairwiseAligner().align(pivot: documents[pivotIndex], other: documents[version]).beads
        }
        if documents.count == 1 {
            let links = documents[0].blocks.map { AlignmentLink(blockIDs: [[$0.id]], method: .structure, confidence: 1) }
            return Alignment(versions: documents, pivot: 0, links: links)
        }
        let links = AlignmentMerger().merge(versions: documents, pivot: pivotIndex, pairs: consume pairs)
        return Alignment(versions: documents, pivot: pivotIndex, links: links)
    }
}
