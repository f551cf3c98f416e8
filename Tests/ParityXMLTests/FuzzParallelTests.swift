import Foundation
import ParityFuzzing
import ParityTestSupport
import Testing

/// The campaign's split between parallel workers (`--jobs`): every run tries
/// the input its seed and index give, whatever the split, and the report is
/// the one a single worker gives.
@Suite struct FuzzParallelTests {
    @Test func rangesCoverEveryRunOnceInOrder() {
        for (count, jobs) in [(0, 3), (1, 4), (10, 1), (10, 3), (10, 10), (10, 16), (1_000_003, 7)] {
            let ranges = FuzzCampaign.ranges(count: count, jobs: jobs)
            #expect(ranges == FuzzCampaign.ranges(count: count, jobs: jobs))
            #expect(ranges.first?.lowerBound == 0)
            #expect(ranges.last?.upperBound == count)
            #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
            #expect(ranges.count == max(1, min(jobs, count)))
            let lengths = ranges.map(\.count)
            #expect(lengths.max()! - lengths.min()! <= 1)
            #expect(count == 0 || !lengths.contains(0))
        }
        #expect(FuzzCampaign.ranges(count: 10, jobs: 3) == [0..<4, 4..<7, 7..<10])
    }

    @Test func aRunTriesTheSameInputWhateverRanBeforeIt() throws {
        let campaign = try FuzzCampaign(root: RepositoryPaths.root, windowBytes: 4096)
        let alone = campaign.replayInput(run: 41, seed: 9)
        for run in [40, 3, 0, 42] { _ = campaign.replayInput(run: run, seed: 9) }
        let again = campaign.replayInput(run: 41, seed: 9)
        #expect(alone.kind == again.kind && alone.input == again.input)
        #expect(campaign.replayInput(run: 41, seed: 10).input != alone.input)
        #expect(campaign.replayInput(run: 40, seed: 9).input != alone.input)
    }

    @Test func twoWorkersGiveTheReportOfOne() throws {
        let campaign = try FuzzCampaign(root: RepositoryPaths.root, windowBytes: 2048)
        let serial = campaign.run(count: 45, seed: 20_261_202, jobs: 1)
        let parallel = campaign.run(count: 45, seed: 20_261_202, jobs: 2)
        #expect(serial.runs == 45)
        #expect(parallel.figures == serial.figures)
        #expect(parallel.problems == serial.problems)
    }
}
