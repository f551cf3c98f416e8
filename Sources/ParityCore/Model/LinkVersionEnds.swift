/// Where each version's block ids end in an ``AlignmentLink``'s one array of
/// ids. Up to seven versions whose ends are below 256 (every link Parity
/// makes between a few versions) fit in one integer without an allocation:
/// the count of versions in the top byte, the ends in the bytes below it;
/// other links keep a list. A given set of ends is always stored the same
/// way, so equal ends compare and hash equal.
enum LinkVersionEnds: Hashable, Sendable {
    case packed(UInt64)
    case list([Int])

    /// The ends of versions with `counts` ids each.
    init<Counts: Sequence<Int>>(counts: Counts, versionCount: Int) {
        var ends: [Int] = []
        ends.reserveCapacity(versionCount)
        var end = 0
        for count in counts {
            end += count
            ends.append(end)
        }
        guard ends.count <= 7, end <= 0xFF else {
            self = .list(ends)
            return
        }
        var bits = UInt64(ends.count) << 56
        for (version, end) in ends.enumerated() { bits |= UInt64(end) << (8 * version) }
        self = .packed(bits)
    }

    /// How many versions.
    var count: Int {
        switch self {
        case .packed(let bits): return Int(bits >> 56)
        case .list(let ends): return ends.count
        }
    }

    /// Where version `version`'s ids end (`version` in `0..<count`).
    func end(_ version: Int) -> Int {
        switch self {
        case .packed(let bits): return Int((bits >> (8 * UInt64(version))) & 0xFF)
        case .list(let ends): return ends[version]
        }
    }

    /// The positions of version `version`'s ids (`version` in `0..<count`).
    func range(_ version: Int) -> Range<Int> {
        (version == 0 ? 0 : end(version - 1))..<end(version)
    }
}
