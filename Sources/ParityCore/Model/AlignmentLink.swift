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
///
/// The ids of all versions are kept in one array, one version after the
/// other, with where each version's end (``LinkVersionEnds``): one
/// allocation a link instead of one for the link and one per version (a
/// pair of long documents has a link for nearly every block). Read one
/// version's ids with ``blockIDs(in:)``; `blockIDs` makes the arrays.
public struct AlignmentLink: Hashable, Sendable, Codable {
    /// Every version's block ids, one version after another.
    private var ids: [String]
    /// Where each version's ids end in `ids`.
    private var ends: LinkVersionEnds
    /// How the link was made.
    public var method: AlignmentMethod
    /// Confidence in 0...1.
    public var confidence: Double

    /// Creates a link.
    public init(blockIDs: [[String]], method: AlignmentMethod, confidence: Double) {
        (ids, ends) = Self.store(blockIDs)
        self.method = method
        self.confidence = confidence
    }

    /// Block ids per version, in the order of `Alignment.versions`.
    public var blockIDs: [[String]] {
        get { (0..<ends.count).map { Array(ids[ends.range($0)]) } }
        set { (ids, ends) = Self.store(newValue) }
    }

    /// How many versions the link has ids for (empty lists included).
    public var versionCount: Int { ends.count }

    /// The ids of version `version`'s blocks; empty when the link has no list for it.
    public func blockIDs(in version: Int) -> ArraySlice<String> {
        guard version >= 0, version < ends.count else { return [] }
        return ids[ends.range(version)]
    }

    /// The link type as block counts per version joined by `-`: `1-1`, `1-2`, `0-1`, `1-1-2`.
    public var type: String { (0..<ends.count).map { String(ends.range($0).count) }.joined(separator: "-") }

    private static func store(_ blockIDs: [[String]]) -> ([String], LinkVersionEnds) {
        var ids: [String] = []
        ids.reserveCapacity(blockIDs.reduce(0) { $0 + $1.count })
        for list in blockIDs { ids.append(contentsOf: list) }
        return (ids, LinkVersionEnds(counts: blockIDs.lazy.map(\.count), versionCount: blockIDs.count))
    }

    private enum CodingKeys: String, CodingKey { case blockIDs, method, confidence }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(blockIDs: try container.decode([[String]].self, forKey: .blockIDs),
                  method: try container.decode(AlignmentMethod.self, forKey: .method),
                  confidence: try container.decode(Double.self, forKey: .confidence))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(blockIDs, forKey: .blockIDs)
        try container.encode(method, forKey: .method)
        try container.encode(confidence, forKey: .confidence)
    }
}
