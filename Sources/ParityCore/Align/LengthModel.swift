/// Gale–Church length model for one language pair: the expected ratio of
/// other-version length to pivot length and the variance per unit of length,
/// both estimated from the document's own anchored pairs.
struct LengthModel: Sendable {
    /// Expected other/pivot length ratio.
    var ratio: Double
    /// Variance of the other length per pivot-equivalent scalar.
    var variance: Double

    static let fallbackVariance = 6.8
    /// Cost of leaving one block unpaired: −ln(prior 0.005) plus the cost of a
    /// three-sigma deviation. Independent of length so a long orphan paragraph
    /// is not forced into a wrong merge.
    static let insertionCost = 5.3 + 4.5
    /// Penalty for pairing blocks of different families (heading with paragraph).
    static let classMismatchPenalty = 8.0
    /// Penalty for pairing page furniture with body text: more than any insertions it could save.
    static let furnitureWithBodyPenalty = 1_000.0
    /// Cost reduction for a bead whose blocks share all their cognates (figures, word stems).
    static let cognateWeight = 8.0

    /// Estimates the model from `(pivotLength, otherLength)` pairs known to
    /// correspond; `totals` (whole-document lengths) give the ratio when too
    /// few pairs are usable.
    static func estimate(pairs: [(Int, Int)], totals: (Int, Int)) -> LengthModel {
        let usable = pairs.filter { $0.0 >= 20 && $0.1 >= 5 }
        let sample = usable.count >= 5 ? usable : pairs.filter { $0.0 > 0 && $0.1 > 0 }
        var ratio: Double
        if sample.count >= 3,
           let m = RobustStatistics.median(sample.map { ElementaryMath.log(Double($0.1) / Double($0.0)) }) {
            ratio = ElementaryMath.exp(m)
        } else if totals.0 > 0, totals.1 > 0 {
            ratio = Double(totals.1) / Double(totals.0)
        } else {
            ratio = 1
        }
        ratio = min(max(ratio, 0.05), 20)
        var variance = fallbackVariance
        if sample.count >= 5 {
            let deviations = sample.map { pair -> Double in
                let mean = (Double(pair.0) + Double(pair.1) / ratio) / 2
                return (Double(pair.1) - ratio * Double(pair.0)) / (max(mean, 1).squareRoot() * ratio.squareRoot())
            }
            if let center = RobustStatistics.median(deviations),
               let spread = RobustStatistics.scaledMAD(deviations, around: center) {
                variance = min(max(spread * spread, 2), 40)
            }
        }
        return LengthModel(ratio: ratio, variance: variance)
    }

    /// Normal deviate of the other length from the expected one.
    func deviate(pivotLength: Int, otherLength: Int) -> Double {
        let p = Double(pivotLength), o = Double(otherLength)
        let mean = max((p + o / ratio) / 2, 1)
        return (o - ratio * p) / (mean * variance * ratio).squareRoot()
    }

    /// −ln prior of a bead with `p` pivot and `o` other blocks.
    static func priorCost(_ p: Int, _ o: Int) -> Double {
        switch (p, o) {
        case (1, 1): return 0.117  // −ln 0.89
        case (2, 1), (1, 2): return 3.11  // −ln 0.0445
        case (2, 2): return 4.51  // −ln 0.011
        case (0, 0): return 0
        default: return 6.9 + 1.5 * Double(max(p, o) - 2)  // rarer shapes (3-1, …)
        }
    }

    /// Cost (negative log-likelihood) of pairing pivot blocks of total length
    /// `pivotLength` with other blocks of total length `otherLength`.
    func cost(pivotCount: Int, otherCount: Int, pivotLength: Int, otherLength: Int) -> Double {
        if pivotCount == 0 || otherCount == 0 {
            return LengthModel.insertionCost * Double(pivotCount + otherCount)
        }
        let d = deviate(pivotLength: pivotLength, otherLength: otherLength)
        return LengthModel.priorCost(pivotCount, otherCount) + d * d / 2
    }

    /// Confidence of a length-based bead with deviate `d`.
    static func confidence(deviate d: Double, pivotCount: Int, otherCount: Int) -> Double {
        if pivotCount == 0 || otherCount == 0 { return 0.5 }
        let shape = (pivotCount == 1 && otherCount == 1) ? 1.0 : 0.8
        return shape * ElementaryMath.exp(-d * d / 8)
    }
}
