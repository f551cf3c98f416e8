import Testing
@testable import ParityCore

/// The check's and the aligner's per-block tables kept small (issue 11): the
/// length-ratio check's median and MAD computed in place on its one array of
/// ratios give what the copying versions give, and a length-DP step is 16
/// bytes and reads back the counts it was made with.
@Suite struct CheckTableStorageTests {
    static let ratioLists: [[Double]] = [
        [0.1],
        [0.3, -0.2],
        [0.05, 0.05, 0.05, 0.05, 0.05],
        [0.12, -0.4, 0.09, 0.11, 0.7, 0.1, -0.02, 0.13],
        [2.5, -1.25, 0.0, 0.0, 3.75, -0.5, 1.0, 0.25, -2.0],
    ]

    @Test(arguments: ratioLists)
    func inPlaceMedianAndMADAreTheCopyingOnes(values: [Double]) throws {
        let median = try #require(RobustStatistics.median(values))
        let mad = try #require(RobustStatistics.scaledMAD(values, around: median))
        var work = values
        #expect(RobustStatistics.medianSortingInPlace(&work) == median)
        #expect(work == values.sorted())
        #expect(RobustStatistics.scaledMADInPlace(&work, around: median) == mad)
        #expect(work == values.map { abs($0 - median) }.sorted())
    }

    @Test func emptyListsHaveNoMedian() {
        var empty: [Double] = []
        #expect(RobustStatistics.medianSortingInPlace(&empty) == nil)
        #expect(RobustStatistics.scaledMADInPlace(&empty, around: 0) == nil)
    }

    @Test func lengthStepIsSixteenBytesAndReadsBackItsCounts() {
        #expect(MemoryLayout<LengthAligner.Step>.stride == 16)
        var step = LengthAligner.Step(pivotCount: 2, otherCount: 1, deviate: -0.75)
        #expect(step.pivotCount == 2)
        #expect(step.otherCount == 1)
        #expect(step.deviate == -0.75)
        step.otherCount = 0
        step.pivotCount = 1
        #expect((step.pivotCount, step.otherCount, step.deviate) == (1, 0, -0.75))
    }
}
