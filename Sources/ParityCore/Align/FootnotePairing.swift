/// Pairs the footnotes of two versions by marker, whatever their position,
/// and places the resulting links among the body's links.
struct FootnotePairing: Sendable {
    /// The length model of the body, for the confidence of a pair.
    var model: LengthModel

    /// One bead per footnote pair (same normalized marker; the k-th footnote
    /// with a marker pairs with the k-th of the other version) and one per
    /// footnote left over.
    func beads(pivotFootnotes: [Int], otherFootnotes: [Int], pivotBlocks: [Block], otherBlocks: [Block]) -> [PairBead] {
        func marker(_ block: Block) -> String? {
            guard let label = block.label else { return nil }
            let marker = FootnoteMarker.normalize(label)
            return marker.isEmpty ? nil : marker
        }
        var waiting: [String: [Int]] = [:]
        for j in otherFootnotes { if let key = marker(otherBlocks[j]) { waiting[key, default: []].append(j) } }
        var taken: [String: Int] = [:]
        var paired = Set<Int>()
        var beads: [PairBead] = []
        for i in pivotFootnotes {
            guard let key = marker(pivotBlocks[i]), let candidates = waiting[key], taken[key, default: 0] < candidates.count else {
                beads.append(PairBead(pivot: [i], other: [], method: .marker, confidence: 0.5))
                continue
            }
            let j = candidates[taken[key, default: 0]]
            taken[key, default: 0] += 1
            paired.insert(j)
            let d = model.deviate(pivotLength: TextLength.of(pivotBlocks[i].text), otherLength: TextLength.of(otherBlocks[j].text))
            beads.append(PairBead(pivot: [i], other: [j], method: .marker, confidence: 0.5 + 0.5 * ElementaryMath.exp(-d * d / 8)))
        }
        for j in otherFootnotes where !paired.contains(j) {
            beads.append(PairBead(pivot: [], other: [j], method: .marker, confidence: 0.5))
        }
        return beads
    }

    /// `footnotes` placed among `body` (both in their own order): a footnote
    /// link goes before the first body link whose pivot blocks come after
    /// its pivot footnote; a footnote only the other version has goes before
    /// the first body link whose other-version blocks come after it.
    static func insert(_ footnotes: [PairBead], into body: [PairBead]) -> [PairBead] {
        let withPivot = footnotes.filter { !$0.pivot.isEmpty }.sorted { $0.pivot[0] < $1.pivot[0] }
        let otherOnly = footnotes.filter { $0.pivot.isEmpty }.sorted { $0.other[0] < $1.other[0] }
        var slots: [[PairBead]] = Array(repeating: [], count: body.count + 1)
        func place(_ beads: [PairBead], by index: (PairBead) -> Int?) {
            var k = 0
            for bead in beads {
                let position = index(bead)!
                while k < body.count, (index(body[k]).map { $0 < position } ?? true) { k += 1 }
                slots[k].append(bead)
            }
        }
        place(withPivot) { $0.pivot.min() }
        place(otherOnly) { $0.other.min() }
        var result: [PairBead] = []
        result.reserveCapacity(body.count + footnotes.count)
        for k in 0...body.count {
            result += slots[k]
            if k < body.count { result.append(body[k]) }
        }
        return result
    }
}
