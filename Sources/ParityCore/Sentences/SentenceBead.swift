/// One bead of a sentence alignment: consecutive sentences of the source
/// (0-based indexes) that correspond to consecutive sentences of the target.
/// Either side may be empty (an unaligned sentence), never both.
public struct SentenceBead: Hashable, Sendable, Codable {
    /// Source sentence indexes, increasing and consecutive.
    public var source: [Int]
    /// Target sentence indexes, increasing and consecutive.
    public var target: [Int]
    /// Confidence in 0...1 (see `SentenceAligner`).
    public var confidence: Double

    /// Creates a bead.
    public init(source: [Int], target: [Int], confidence: Double = 1) {
        self.source = source
        self.target = target
        self.confidence = confidence
    }

    /// The bead type as sentence counts: `1-1`, `2-1`, `0-1`.
    public var type: String { "\(source.count)-\(target.count)" }
}
