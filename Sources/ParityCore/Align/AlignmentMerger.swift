/// Merges pairwise alignments (pivot with each other version) into one N-way
/// alignment: pivot blocks that any pair links together form one link;
/// unpaired blocks of another version become links of their own, placed
/// after the pivot link that precedes them in that pair.
struct AlignmentMerger: Sendable {
    func merge(versions: [Document], pivot: Int, pairs: consuming [Int: [PairBead]]) -> [AlignmentLink] {
        let pivotCount = versions[pivot].blocks.count
        // Group pivot blocks that some pair links together (they are consecutive).
        var groupOf = Array(0..<pivotCount)
        func root(_ x: Int) -> Int {
            var x = x
            while groupOf[x] != x { groupOf[x] = groupOf[groupOf[x]]; x = groupOf[x] }
            return x
        }
        for beads in pairs.values {
            for bead in beads where bead.pivot.count > 1 {
                for index in bead.pivot.dropFirst() { groupOf[root(index)] = root(bead.pivot[0]) }
            }
        }
        // Groups in pivot order.
        var groupIndex = [Int](repeating: -1, count: pivotCount)
        var groups: [[Int]] = []
        var rootToGroup: [Int: Int] = [:]
        for index in 0..<pivotCount {
            let r = root(index)
            if let g = rootToGroup[r] { groups[g].append(index); groupIndex[index] = g } else {
                rootToGroup[r] = groups.count
                groupIndex[index] = groups.count
                groups.append([index])
            }
        }
        let versionCount = versions.count
        var others = [[[Int]]](repeating: [[Int]](repeating: [], count: versionCount), count: groups.count)
        var methods = [[AlignmentMethod]](repeating: [], count: groups.count)
        var confidences = [Double](repeating: 1, count: groups.count)
        // Orphans of other versions, keyed by the group they follow (-1: before all).
        var orphansAfter: [Int: [(version: Int, bead: PairBead)]] = [:]
        for version in 0..<versionCount where version != pivot {
            var lastGroup = -1
            for bead in pairs[version] ?? [] {
                if let first = bead.pivot.first {
                    let g = groupIndex[first]
                    others[g][version] += bead.other
                    methods[g].append(bead.method)
                    confidences[g] = min(confidences[g], bead.confidence)
                    lastGroup = max(lastGroup, g)
                } else {
                    orphansAfter[lastGroup, default: []].append((version, bead))
                }
            }
        }
        // The beads are read: they go before the links are made, and each group's lists once its link is made.
        _ = consume pairs
        var links: [AlignmentLink] = []
        links.reserveCapacity(groups.count)
        func emitOrphans(after g: Int) {
            for orphan in orphansAfter[g] ?? [] {
                var ids = [[String]](repeating: [], count: versionCount)
                ids[orphan.version] = orphan.bead.other.map { versions[orphan.version].blocks[$0].id }
                links.append(AlignmentLink(blockIDs: ids, method: orphan.bead.method, confidence: orphan.bead.confidence))
            }
        }
        emitOrphans(after: -1)
        for g in groups.indices {
            var ids = [[String]](repeating: [], count: versionCount)
            ids[pivot] = groups[g].map { versions[pivot].blocks[$0].id }
            for version in 0..<versionCount where version != pivot {
                ids[version] = others[g][version].sorted().map { versions[version].blocks[$0].id }
            }
            links.append(AlignmentLink(blockIDs: ids, method: AlignmentMerger.method(methods[g]), confidence: confidences[g]))
            groups[g] = []
            others[g] = []
            methods[g] = []
            emitOrphans(after: g)
        }
        return links
    }

    /// The method of a merged link: the weakest method among its pairwise beads.
    static func method(_ methods: [AlignmentMethod]) -> AlignmentMethod {
        if methods.isEmpty { return .structure }
        if methods.contains(.length) { return .length }
        if methods.allSatisfy({ $0 == methods[0] }) { return methods[0] }
        return .structure
    }
}
