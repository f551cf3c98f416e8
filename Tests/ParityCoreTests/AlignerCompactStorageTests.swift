@testable import ParityCore
import ParityTestSupport
import Testing

/// The aligner's compact storage (issue 11, memory of the pair commands):
/// back pointers kept a stretch of rows at a time, cognate keys made again
/// from the blocks, a bead's consecutive indices as bounds, the merger's
/// flat lists. Each is checked against the form it replaced.
@Suite struct AlignerCompactStorageTests {
    /// Items of made-up lengths, classes and keys, drawn from a seeded generator.
    private func items(_ count: Int, seed: UInt64) -> [LengthAligner.Item] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let keys = Set((0..<Int.random(in: 0...8, using: &generator)).map { _ in CognateKeys.Key.random(in: 0...60, using: &generator) })
            let family: BlockClass = Int.random(in: 0..<10, using: &generator) == 0 ? .heading : .body
            return LengthAligner.Item(length: Int.random(in: 1...400, using: &generator), family: family, cognates: keys.sorted(),
                                      isFurniture: Int.random(in: 0..<50, using: &generator) == 0)
        }
    }

    private func steps(_ aligner: LengthAligner, _ pivot: [LengthAligner.Item], _ other: [LengthAligner.Item]) -> [[Int]] {
        aligner.align(pivot: pivot, other: other).map { [$0.pivotCount, $0.otherCount, Int(truncatingIfNeeded: $0.deviate.bitPattern)] }
    }

    /// A gap (banded or whole) whose back pointers are kept a stretch at a time (down to three rows)
    /// gives the steps of the same gap with all of them kept.
    @Test func backPointersKeptAStretchAtATimeGiveTheSameSteps() {
        for (seed, counts) in [(UInt64(1), (600, 500)), (2, (300, 420)), (3, (700, 200))] {
            let pivot = items(counts.0, seed: seed), other = items(counts.1, seed: seed + 100)
            var whole = LengthAligner(model: LengthModel(ratio: 1.1, variance: 6.8))
            whole.backPointerLimit = .max
            let expected = steps(whole, pivot, other)
            #expect(expected.reduce(0) { $0 + $1[0] } == counts.0)
            for limit in [1, 30_000] {
                var stretched = whole
                stretched.backPointerLimit = limit
                #expect(steps(stretched, pivot, other) == expected, "seed \(seed), limit \(limit)")
            }
        }
    }

    /// The index finds, for every key, the items holding it in a range, in ascending order, as a scan does.
    @Test func cognateIndexFindsWhatAScanFinds() {
        let sequence = items(500, seed: 9)
        let index = CognateIndex(sequence, base: 1)
        for key in CognateKeys.Key(0)...61 {
            for (lower, upper) in [(1, 500), (40, 90), (300, 299), (0, 10)] {
                var found: [Int] = []
                index.forEachItem(holding: key, in: lower, through: upper) { found.append($0) }
                let expected = (lower...max(lower, upper)).filter { $0 <= upper && $0 >= 1 && $0 <= 500 && sequence[$0 - 1].cognates.contains(key) }
                #expect(found == expected, "key \(key) in \(lower)...\(upper)")
            }
        }
        var none: [Int] = []
        CognateIndex([], base: 1).forEachItem(holding: 3, in: 0, through: 10) { none.append($0) }
        #expect(none.isEmpty)
    }

    /// The index's in-place heap sort orders like `sort()`: empty, one element, duplicates, runs, random.
    @Test func heapSortInPlaceSortsLikeSort() {
        var generator = SplitMix64(seed: 41)
        var lists: [[UInt64]] = [[], [7], [2, 1], [1, 2], [5, 5, 5], Array((0..<100).reversed()).map(UInt64.init)]
        for count in [3, 17, 64, 1_000, 4_097] {
            lists.append((0..<count).map { _ in generator.next() % UInt64(max(2, count / 3)) })
            lists.append((0..<count).map { _ in generator.next() })
        }
        for list in lists {
            var sorted = list
            sorted.heapSortInPlace()
            #expect(sorted == list.sorted(), "\(list.count) elements")
        }
    }

    /// The number-shift filter's cache keeps the last `capacity` items it was given and forgets the oldest first.
    @Test func recentItemsKeepTheLastFew() {
        let made = items(20, seed: 5)
        var recent = RecentItems()
        for key in 0..<12 { recent.keep(made[key], for: key) }
        for key in 0..<12 {
            let kept = recent[key]
            #expect((kept != nil) == (key >= 12 - RecentItems.capacity), "key \(key)")
            if let kept { #expect(kept.cognates == made[key].cognates && kept.length == made[key].length) }
        }
        recent.keep(made[19], for: 11)
        #expect(recent[11]?.cognates == made[19].cognates)
        #expect(recent[4] != nil && recent[3] == nil)
    }

    /// A bead's indices: consecutive ones are kept as bounds, others as a list; both read, compare and hash alike.
    @Test func beadIndicesReadAsTheirList() {
        for list in [[], [4], [4, 5, 6], [7, 3], [2, 4], [9, 10, 12]] {
            let indices = BeadIndices(list)
            #expect(Array(indices) == list)
            #expect(indices.count == list.count)
            #expect(indices + [20] == BeadIndices(list + [20]))
        }
        #expect(BeadIndices(3..<6) == [3, 4, 5])
        #expect(BeadIndices(3..<6).hashValue == BeadIndices([3, 4, 5]).hashValue)
        #expect(BeadIndices([5, 4]) != BeadIndices(4..<6))
    }

    /// A merged link's method is the weakest of its beads' methods, gathered one at a time.
    @Test func mergedMethodIsTheWeakest() {
        #expect(AlignmentMerger.method([]) == .structure)
        #expect(AlignmentMerger.method([.number, .number]) == .number)
        #expect(AlignmentMerger.method([.number, .label]) == .structure)
        #expect(AlignmentMerger.method([.number, .length, .label]) == .length)
        #expect(AlignmentMerger.method([.marker]) == .marker)
    }
}
