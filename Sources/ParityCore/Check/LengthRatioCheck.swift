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

    func run(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let pivot = context.pivot
        let options = context.options
        for (version, pairs) in context.pairs.sorted(by: { $0.key < $1.key }) {
            var samples: [(pair: PairLink, logRatio: Double, pivotLength: Int, otherLength: Int)] = []
            for pair in pairs where pair.pivot.count == 1 && pair.other.count == 1 {
                guard BlockClass(context.kind(pivot, pair.pivot[0])) == .body, BlockClass(context.kind(version, pair.other[0])) == .body
                else { continue }
                let lp = context.length(pivot, pair.pivot[0]), lo = context.length(version, pair.other[0])
                guard lp >= options.minimumLengthForRatio, lo > 0 else { continue }
                samples.append((pair, ElementaryMath.log(Double(lo) / Double(lp)), lp, lo))
            }
            guard samples.count >= 5, let median = RobustStatistics.median(samples.map(\.logRatio)),
                  let mad = RobustStatistics.scaledMAD(samples.map(\.logRatio), around: median) else { continue }
            let spread = max(mad, 0.05)
            for sample in samples {
                let deviation = sample.logRatio - median
                let z = deviation / spread
                guard abs(z) > options.outlierZScore, abs(deviation) > options.minimumOutlierDeviation,
                      Self.sigmas(pivotLength: sample.pivotLength, otherLength: sample.otherLength,
                                  ratio: ElementaryMath.exp(median)) > Self.minimumSigmas else { continue }
                let p = sample.pair.pivot[0], o = sample.pair.other[0]
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
}
