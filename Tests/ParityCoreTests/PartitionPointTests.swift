import Testing
@testable import ParityCore

/// `partitionPoint(in:isBelow:)`, the one binary search the core's sorted tables use.
@Suite struct PartitionPointTests {
    /// Against a linear scan, on every prefix split of ranges of several lengths and offsets.
    @Test func agreesWithALinearScanOnEverySplit() {
        for lower in [0, 3] {
            for count in 0...9 {
                let range = lower..<(lower + count)
                for split in range.lowerBound...range.upperBound {
                    var calls = 0
                    let found = partitionPoint(in: range) { calls += 1; return $0 < split }
                    #expect(found == split, "range \(range) split \(split)")
                    #expect(calls <= 4, "range \(range): \(calls) probes")
                }
            }
        }
    }

    /// The sorted-table lookups built on it: present, absent, before the first and after the last value.
    @Test func sortedIndexFindsPresentValuesOnly() {
        let table: [UInt32] = [2, 5, 9, 14]
        #expect(table.sortedIndex(of: 2) == 0)
        #expect(table.sortedIndex(of: 14) == 3)
        #expect(table.sortedIndex(of: 9) == 2)
        #expect(table.sortedIndex(of: 1) == nil)
        #expect(table.sortedIndex(of: 6) == nil)
        #expect(table.sortedIndex(of: 15) == nil)
        #expect([UInt32]().sortedIndex(of: 3) == nil)
    }

    /// The flat `[first, last, ...]` range table of `DisplayWidth`: both ends of a range, the gaps between.
    @Test func rangeTableContainsBothEndsAndNoGap() {
        let table: [UInt32] = [0x10, 0x1F, 0x30, 0x30, 0x40, 0x4F]
        for value in [0x10, 0x15, 0x1F, 0x30, 0x40, 0x4F] as [UInt32] { #expect(DisplayWidth.contains(table, value), "\(value)") }
        for value in [0x0F, 0x20, 0x2F, 0x31, 0x3F, 0x50] as [UInt32] { #expect(!DisplayWidth.contains(table, value), "\(value)") }
        #expect(!DisplayWidth.contains([], 0x10))
    }
}
