/// Precision, recall and F1 of a sentence alignment against a gold one, over
/// beads, as the sentence-alignment literature scores them (Bleualign,
/// vecalign, bertalign: `score.py` of vecalign).
///
/// - Strict: a test bead is right only when the same bead (both sides
///   identical) is in the gold.
/// - Lax: a test bead is also right when one of its source sentences is in a
///   gold bead that shares a target sentence with it.
/// - Precision is over the test beads (beads empty on one side included,
///   compared with the gold's); recall is over the gold beads that are non-empty
///   on both sides, against the test beads that are non-empty on both sides.
public struct BeadScore: Hashable, Sendable {
    /// Precision, recall and F1 of one convention.
    public struct Figures: Hashable, Sendable {
        /// Right test beads over all test beads.
        public var precision: Double
        /// Gold beads found over all gold beads (both sides non-empty).
        public var recall: Double

        /// Creates figures.
        public init(precision: Double, recall: Double) {
            self.precision = precision
            self.recall = recall
        }

        /// The harmonic mean of precision and recall.
        public var f1: Double {
            precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        }
    }

    /// Exact bead matches.
    public var strict: Figures
    /// Overlapping bead matches.
    public var lax: Figures

    /// Scores `test` against `gold`.
    public init(gold: [SentenceBead], test: [SentenceBead]) {
        let p = Self.counts(gold: gold, test: test)
        let bothSides: (SentenceBead) -> Bool = { !$0.source.isEmpty && !$0.target.isEmpty }
        let r = Self.counts(gold: test.filter(bothSides), test: gold.filter(bothSides))
        func ratio(_ right: Int, _ wrong: Int) -> Double { right + wrong == 0 ? 0 : Double(right) / Double(right + wrong) }
        strict = Figures(precision: ratio(p.strictRight, p.strictWrong), recall: ratio(r.strictRight, r.strictWrong))
        lax = Figures(precision: ratio(p.laxRight, p.laxWrong), recall: ratio(r.laxRight, r.laxWrong))
    }

    private struct Key: Hashable {
        var source: [Int]
        var target: [Int]
    }

    /// Right and wrong test beads, strict and lax.
    private static func counts(gold: [SentenceBead], test: [SentenceBead])
        -> (strictRight: Int, strictWrong: Int, laxRight: Int, laxWrong: Int)
    {
        let goldKeys = Set(gold.filter { !$0.source.isEmpty || !$0.target.isEmpty }.map { Key(source: $0.source, target: $0.target) })
        let testKeys = Set(test.filter { !$0.source.isEmpty || !$0.target.isEmpty }.map { Key(source: $0.source, target: $0.target) })
        var goldTargets: [Int: Set<Int>] = [:]
        for bead in goldKeys {
            for s in bead.source { goldTargets[s, default: []].formUnion(bead.target) }
        }
        var result = (strictRight: 0, strictWrong: 0, laxRight: 0, laxWrong: 0)
        for bead in testKeys {
            if goldKeys.contains(bead) {
                result.strictRight += 1
                result.laxRight += 1
                continue
            }
            result.strictWrong += 1
            let reachable = bead.source.reduce(into: Set<Int>()) { $0.formUnion(goldTargets[$1] ?? []) }
            if bead.target.contains(where: reachable.contains) { result.laxRight += 1 } else { result.laxWrong += 1 }
        }
        return result
    }
}
