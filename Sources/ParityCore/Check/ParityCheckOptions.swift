/// Thresholds of the parity checks.
public struct ParityCheckOptions: Hashable, Sendable, Codable {
    /// Robust z-score (log length ratio against the document's own median and
    /// MAD for the language pair) above which a 1-1 link is a length outlier.
    public var outlierZScore: Double
    /// Smallest deviation from the median log ratio that counts as an outlier
    /// (0.3 ≈ a third longer or shorter), so near-identical texts do not flag noise.
    public var minimumOutlierDeviation: Double
    /// Links whose pivot text has fewer Unicode scalars are not judged on length.
    public var minimumLengthForRatio: Int
    /// Figures below this value are often spelled out in one language:
    /// a mismatch on them only is a warning.
    public var smallFigureLimit: Int
    /// Identical text in two languages longer than this many letters is an
    /// untranslated block at error level (shorter ones are warnings).
    public var untranslatedErrorLetters: Int

    /// Creates options; the defaults suit UN documents.
    public init(
        outlierZScore: Double = 4, minimumOutlierDeviation: Double = 0.3, minimumLengthForRatio: Int = 20,
        smallFigureLimit: Int = 10, untranslatedErrorLetters: Int = 60
    ) {
        self.outlierZScore = outlierZScore
        self.minimumOutlierDeviation = minimumOutlierDeviation
        self.minimumLengthForRatio = minimumLengthForRatio
        self.smallFigureLimit = smallFigureLimit
        self.untranslatedErrorLetters = untranslatedErrorLetters
    }
}
