/// 1-1 links whose length ratio is far from the document's own ratio for the
/// language pair: robust z-score of the log ratio against the median and MAD
/// of all 1-1 body links of that pair. A short unit's length varies more:
/// the difference must also exceed `minimumSigmas` standard deviations of
/// the Gale–Church length model (variance proportional to length), so a
/// short speech or agenda item translated more tersely is no outlier.
struct LengthRatioCheck {
    /// Gale–Church standard deviations a length difference must exceed.
    static let minimumSigmas = 2.0

    /// The Gale–Church standardized difference of `otherLength` from
    /// `ratio` × `pivotLength` (variance `LengthModel.fallbackVariance` per scalar).
    static func sigmas(pivotLength: Int, otherLength: Int, ratio: Double) -> Double {
        let expected = ratio * Double(pivotLength)
        let spread = (expected * LengthModel.fallbackVariance).squareRoot()
        return spread > 0 ? abs(Double(otherLength) - expected) / spread : 0
    }

    /// The log length ratio of a 1-1 pair of body blocks long enough to sample, else `nil`.
    private static func logRatio(_ context: CheckContext, version: Int, _ pair: PairLink) -> Double? {
        guard pair.pivot.count == 1, pair.other.count == 1,
              BlockClass(context.kind(context.pivot, pair.pivot[0])) == .body, BlockClass(context.kind(version, pair.other[0])) == .body
        else { return nil }
        let lp = context.length(context.pivot, pair.pivot[0]), lo = context.length(version, pair.other[0])
        guard lp >= context.options.minimumLengthForRatio, lo > 0 else { return nil }
        return ElementaryMath.log(Double(lo) / Double(lp))
    }

    func run(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let pivot = context.pivot
        let options = context.options
        for (version, pairs) in context.pairs.sorted(by: { $0.key < $1.key }) {
            // The samples' ratios only, eight bytes a pair, sorted in place for the median and MAD;
            // the pairs are read again below (not kept a sample each).
            var logRatios: [Double] = []
            for pair in pairs { if let ratio = Self.logRatio(context, version: version, pair) { logRatios.append(ratio) } }
            guard logRatios.count >= 5, let median = RobustStatistics.medianSortingInPlace(&logRatios),
                  let mad = RobustStatistics.scaledMADInPlace(&logRatios, around: median) else { continue }
            logRatios = []
            let spread = max(mad, 0.05)
            let ratio = ElementaryMath.exp(median)
            // Made when the first outlier asks for a neighbour's pair.
            var pairOf: PairPositions?
            for pair in pairs {
                guard let logRatio = Self.logRatio(context, version: version, pair) else { continue }
                let p = pair.pivot[0], o = pair.other[0]
                let deviation = logRatio - median
                let z = deviation / spread
                guard abs(z) > options.outlierZScore, abs(deviation) > options.minimumOutlierDeviation,
                      Self.sigmas(pivotLength: context.length(pivot, p), otherLength: context.length(version, o),
                                  ratio: ElementaryMath.exp(median)) > Self.minimumSigmas else { continue }
                // The longer unit runs in a neighbouring line that the other version sets apart and pairs with no body
                // text (a title line joined to the opening clause in a hard-wrapped text): a difference of layout.
                if Self.explainedByUnpairedNeighbour(context, version: version, pairs: pairs, pairOf: &pairOf, pivotIndex: p, otherIndex: o,
                                                     otherIsLonger: deviation > 0, ratio: ratio) { continue }
                let percent = Int((abs(ElementaryMath.exp(deviation) - 1) * 100).rounded())
                let direction = deviation > 0 ? "longer" : "shorter"
                findings.append(Finding(
                    kind: .lengthRatioOutlier, severity: .warning,
                    locations: [context.location(pivot, [p]), context.location(version, [o])],
                    message: "\(context.name(version)) \(context.label(version, o)) is \(percent)% \(direction) than expected from \(context.name(pivot)) \(context.label(pivot, p)) (typical ratio \(CorrespondenceCheck.format(ElementaryMath.exp(median))), robust z \(CorrespondenceCheck.format(z)))"))
            }
        }
        return findings
    }

    /// Per block of the pivot and of the other version: the index of the last pair
    /// that holds it, -1 for none (32 bits a block, not a dictionary entry).
    private struct PairPositions {
        var pivot: [Int32]
        var other: [Int32]

        init(_ pairs: [PairLink], pivotCount: Int, otherCount: Int) {
            pivot = [Int32](repeating: -1, count: pivotCount)
            other = [Int32](repeating: -1, count: otherCount)
            for (k, pair) in pairs.enumerated() {
                for i in pair.pivot where i < pivotCount { pivot[i] = Int32(k) }
                for j in pair.other where j < otherCount { other[j] = Int32(k) }
            }
        }
    }

    /// Whether a block next to the shorter side's unit, of a kind a version may set apart or run on (a title,
    /// masthead line or unnumbered paragraph) and paired with no body block of the other version, makes up the
    /// difference: with it the lengths are within ``minimumSigmas``.
    private static func explainedByUnpairedNeighbour(_ context: CheckContext, version: Int, pairs: [PairLink],
                                                     pairOf: inout PairPositions?, pivotIndex: Int, otherIndex: Int,
                                                     otherIsLonger: Bool, ratio: Double) -> Bool {
        let side = otherIsLonger ? context.pivot : version
        let unit = otherIsLonger ? pivotIndex : otherIndex
        let count = context.versions[side].blocks.count
        for neighbour in [unit - 1, unit + 1] where neighbour >= 0 && neighbour < count {
            let kind = context.kind(side, neighbour)
            guard kind == .title || kind == .metadata || kind == .unnumberedParagraph else { continue }
            if pairOf == nil {
                pairOf = PairPositions(pairs, pivotCount: context.versions[context.pivot].blocks.count,
                                       otherCount: context.versions[version].blocks.count)
            }
            let pairIndex = Int(otherIsLonger ? pairOf!.pivot[neighbour] : pairOf!.other[neighbour])
            if pairIndex >= 0 {
                let counterpart = otherIsLonger ? pairs[pairIndex].other : pairs[pairIndex].pivot
                let counterpartSide = otherIsLonger ? version : context.pivot
                guard !counterpart.contains(where: { BlockClass(context.kind(counterpartSide, $0)) == .body }) else { continue }
            }
            let extra = context.length(side, neighbour)
            let pivotLength = context.length(context.pivot, pivotIndex) + (otherIsLonger ? extra : 0)
            let otherLength = context.length(version, otherIndex) + (otherIsLonger ? 0 : extra)
            if sigmas(pivotLength: pivotLength, otherLength: otherLength, ratio: ratio) <= minimumSigmas { return true }
        }
        return false
    }
}
