/// Merges pairwise alignments (pivot with each other version) into one N-way
/// alignment: pivot blocks that any pair links together form one link;
/// unpaired blocks of another version become links of their own, placed
/// after the pivot link that precedes them in that pair.
///
/// A long document has a group a pivot block: the groups, the other
/// versions' blocks of each group and what the group's methods say are kept
/// in flat arrays of 32-bit indices (some 40 bytes a block), not in arrays a
/// group (some 250 bytes a block, in four allocations, beside the beads).
struct AlignmentMerger: Sendable {
    func merge(versions: [Document], pivot: Int, pairs: consuming [Int: [PairBead]]) -> [AlignmentLink] {
        let pivotCount = versions[pivot].blocks.count
        // Group pivot blocks that some pair links together (they are consecutive).
        var groupOf = (0..<pivotCount).map { Int32(truncatingIfNeeded: $0) }
        func root(_ x: Int) -> Int {
            var x = x
            while Int(groupOf[x]) != x { groupOf[x] = groupOf[Int(groupOf[x])]; x = Int(groupOf[x]) }
            return x
        }
        for beads in pairs.values {
            for bead in beads where bead.pivot.count > 1 {
                for index in bead.pivot.dropFirst() { groupOf[root(index)] = Int32(truncatingIfNeeded: root(bead.pivot[0])) }
            }
        }
        // Groups in pivot order (numbered by their first block); a group's blocks are
        // `members[memberStarts[g]..<memberStarts[g + 1]]`, ascending.
        var groupIndex = [Int32](repeating: -1, count: pivotCount)
        var groupCount = 0
        do {
            var groupOfRoot = [Int32](repeating: -1, count: pivotCount)
            for index in 0..<pivotCount {
                let r = root(index)
                if groupOfRoot[r] < 0 {
                    groupOfRoot[r] = Int32(truncatingIfNeeded: groupCount)
                    groupCount += 1
                }
                groupIndex[index] = groupOfRoot[r]
            }
        }
        groupOf = []
        var memberStarts = [Int32](repeating: 0, count: groupCount + 1)
        for g in groupIndex { memberStarts[Int(g) + 1] += 1 }
        for g in 0..<groupCount { memberStarts[g + 1] += memberStarts[g] }
        var members = [Int32](repeating: 0, count: pivotCount)
        do {
            var next = memberStarts
            for index in 0..<pivotCount {
                let g = Int(groupIndex[index])
                members[Int(next[g])] = Int32(truncatingIfNeeded: index)
                next[g] += 1
            }
        }
        let versionCount = versions.count
        // Per other version, (group, block) of every block a bead links to a group, sorted.
        var othersOf = [[UInt64]](repeating: [], count: versionCount)
        var methods = [MethodSummary](repeating: MethodSummary(), count: groupCount)
        var confidences = [Double](repeating: 1, count: groupCount)
        // Orphans of other versions, keyed by the group they follow (-1: before all).
        var orphansAfter: [Int: [(version: Int, bead: PairBead)]] = [:]
        for version in 0..<versionCount where version != pivot {
            var lastGroup = -1
            var others: [UInt64] = []
            for bead in pairs[version] ?? [] {
                if let first = bead.pivot.first {
                    let g = Int(groupIndex[first])
                    for index in bead.other { others.append(UInt64(g) << 32 | UInt64(UInt32(truncatingIfNeeded: index))) }
                    methods[g].add(bead.method)
                    confidences[g] = min(confidences[g], bead.confidence)
                    lastGroup = max(lastGroup, g)
                } else {
                    orphansAfter[lastGroup, default: []].append((version, bead))
                }
            }
            // This version's beads are read: they go before the next version's are.
            pairs[version] = nil
            others.sort()
            othersOf[version] = others
        }
        // The beads are read: they go before the links are made.
        _ = consume pairs
        groupIndex = []
        var links: [AlignmentLink] = []
        links.reserveCapacity(groupCount)
        func emitOrphans(after g: Int) {
            for orphan in orphansAfter[g] ?? [] {
                var ids = [[String]](repeating: [], count: versionCount)
                ids[orphan.version] = orphan.bead.other.map { versions[orphan.version].blocks[$0].id }
                links.append(AlignmentLink(blockIDs: ids, method: orphan.bead.method, confidence: orphan.bead.confidence))
            }
        }
        emitOrphans(after: -1)
        var cursors = [Int](repeating: 0, count: versionCount)
        for g in 0..<groupCount {
            var ids = [[String]](repeating: [], count: versionCount)
            ids[pivot] = members[Int(memberStarts[g])..<Int(memberStarts[g + 1])].map { versions[pivot].blocks[Int($0)].id }
            for version in 0..<versionCount where version != pivot {
                let others = othersOf[version]
                var cursor = cursors[version]
                while cursor < others.count, Int(others[cursor] >> 32) == g {
                    ids[version].append(versions[version].blocks[Int(others[cursor] & 0xFFFF_FFFF)].id)
                    cursor += 1
                }
                cursors[version] = cursor
            }
            links.append(AlignmentLink(blockIDs: ids, method: methods[g].method, confidence: confidences[g]))
            emitOrphans(after: g)
        }
        return links
    }

    /// The method of a merged link: the weakest method among its pairwise beads.
    static func method(_ methods: [AlignmentMethod]) -> AlignmentMethod {
        var summary = MethodSummary()
        for method in methods { summary.add(method) }
        return summary.method
    }

    /// What ``AlignmentMerger/method(_:)`` reads of a group's methods, gathered one at a time: none, one
    /// method so far, or several; and whether any was `length`.
    struct MethodSummary: Sendable {
        private var first: AlignmentMethod?
        private var mixed = false
        private var hasLength = false

        mutating func add(_ method: AlignmentMethod) {
            if method == .length { hasLength = true }
            if let first { if first != method { mixed = true } } else { first = method }
        }

        /// `structure` for none, `length` when any was, the one method when all agree, else `structure`.
        var method: AlignmentMethod {
            guard let first else { return .structure }
            if hasLength { return .length }
            return mixed ? .structure : first
        }
    }
}
