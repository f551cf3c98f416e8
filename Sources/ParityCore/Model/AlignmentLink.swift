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
/// A link of two versions with one block each (nearly every link of a pair
/// of long documents) keeps its two ids in the link itself; any other keeps
/// the ids of all versions in one array, one version after the other, with
/// where each version's end (``LinkVersionEnds``): one allocation a link at
/// most, where an array of two ids cost some 80 bytes of heap a link. Read
/// one version's ids with ``blockIDs(in:)``; `blockIDs` makes the arrays.
public struct AlignmentLink: Hashable, Sendable, Codable {
    /// The ids, stored one way for a given set of ids, so equal links compare and hash equal.
    private enum Storage: Hashable, Sendable {
        /// Two versions, one block each.
        case pair(String, String)
        /// Every version's ids, one version after another, and where each version's end.
        case list([String], LinkVersionEnds)
    }

    private var storage: Storage
    /// How the link was made.
    public var method: AlignmentMethod
    /// Confidence in 0...1.
    public var confidence: Double

    /// Creates a link.
    public init(blockIDs: [[String]], method: AlignmentMethod, confidence: Double) {
        storage = Self.store(blockIDs)
        self.method = method
        self.confidence = confidence
    }

    /// Block ids per version, in the order of `Alignment.versions`.
    public var blockIDs: [[String]] {
        get { (0..<versionCount).map { Array(blockIDs(in: $0)) } }
        set { storage = Self.store(newValue) }
    }

    /// How many versions the link has ids for (empty lists included).
    public var versionCount: Int {
        switch storage {
        case .pair: return 2
        case .list(_, let ends): return ends.count
        }
    }

    /// The ids of version `version`'s blocks; empty when the link has no list for it.
    public func blockIDs(in version: Int) -> LinkBlockIDs {
        switch storage {
        case .pair(let first, let second):
            switch version {
            case 0: return LinkBlockIDs(first)
            case 1: return LinkBlockIDs(second)
            default: return LinkBlockIDs([][...])
            }
        case .list(let ids, let ends):
            guard version >= 0, version < ends.count else { return LinkBlockIDs([][...]) }
            return LinkBlockIDs(ids[ends.range(version)])
        }
    }

    /// The link type as block counts per version joined by `-`: `1-1`, `1-2`, `0-1`, `1-1-2`.
    public var type: String { (0..<versionCount).map { String(blockIDs(in: $0).count) }.joined(separator: "-") }

    private static func store(_ blockIDs: [[String]]) -> Storage {
        if blockIDs.count == 2, blockIDs[0].count == 1, blockIDs[1].count == 1 {
            return .pair(blockIDs[0][0], blockIDs[1][0])
        }
        var ids: [String] = []
        ids.reserveCapacity(blockIDs.reduce(0) { $0 + $1.count })
        for list in blockIDs { ids.append(contentsOf: list) }
        return .list(ids, LinkVersionEnds(counts: blockIDs.lazy.map(\.count), versionCount: blockIDs.count))
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
