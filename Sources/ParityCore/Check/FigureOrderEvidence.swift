/// What one pair of versions shows about the order of the figures it
/// shares: in how many linked passages the figures both state come in the
/// same order, and in how many in another order.
///
/// Two figures of one kind that trade places (`30 … 240` against `240 …
/// 30`) are a swap only if the two versions otherwise write their figures
/// in the same order; where a language puts the clauses of a sentence in
/// another order (a verb-first or verb-last language against a
/// subject-first one), faithful passages reorder figures too, and nothing
/// in the figures tells a swap from a faithful sentence. So a transposition
/// stays a warning only when the document itself shows its order kept:
/// at least ``minimumKept`` other passages with two figures of one class
/// in the same order, and none in another order.
struct FigureOrderEvidence {
    /// Passages needed that keep the order, with none reordering it.
    static let minimumKept = 2

    /// Linked passages whose shared figures come in the same order.
    private(set) var kept = 0
    /// Linked passages whose shared figures of one class come in another order.
    private(set) var reordered = 0
    /// Indices (in the check's findings) of transpositions reported as warnings.
    var transpositions: [Int] = []

    /// Counts one linked passage pair that is no transposition.
    mutating func count(_ pivot: [ExtractedNumber], _ other: [ExtractedNumber]) {
        switch NumberComparison.keepFigureOrder(pivot, other) {
        case true?: kept += 1
        case false?: reordered += 1
        case nil: break
        }
    }

    /// Whether the document shows these two versions keeping the order of their figures.
    var showsOrderKept: Bool { kept >= Self.minimumKept && reordered == 0 }
}
