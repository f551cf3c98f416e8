/// How an alignment link was made.
public enum AlignmentMethod: String, CaseIterable, Sendable, Codable, Hashable {
    /// Same paragraph or article number.
    case number
    /// Same normalized heading label path.
    case label
    /// Same footnote marker.
    case marker
    /// Same metadata field or table-of-contents entry.
    case structure
    /// Length-based dynamic programming inside a gap between anchors.
    case length
}

/// One link of an N-way alignment: for each version, the ids of the blocks
/// (possibly none) that correspond.
public struct AlignmentLink: Hashable, Sendable, Codable {
    /// Block ids per version, in the order of `Alignment.versions`.
    public var blockIDs: [[String]]
    /// How the link was made.
    public var method: AlignmentMethod
    /// Confidence in 0...1.
    public var confidence: Double

    /// Creates a link.
    public init(blockIDs: [[String]], method: AlignmentMethod, confidence: Double) {
        self.blockIDs = blockIDs
        self.method = method
        self.confidence = confidence
    }

    /// The link type as block counts per version joined by `-`: `1-1`, `1-2`, `0-1`, `1-1-2`.
    public var type: String { blockIDs.map { String($0.count) }.joined(separator: "-") }
}
