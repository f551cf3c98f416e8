import Foundation
import ParityFuzzing
import ParityTestSupport
import Testing

/// The CI-time run of the seeded mutation fuzzer (issue 11; long runs:
/// `swift run -c release ParityFuzz RUNS SEED`): 700 mutated real inputs,
/// 70 of each kind (text, PDF text, UDHR XML, DOCX, HTML, native
/// alignment, TMX, text in another encoding, PDF word boxes, XCES), through
/// reading, alignment, check and export; no trap, no hang, every document
/// lossless, every XML output valid.
@Suite struct FuzzSmokeTests {
    @Test func sevenHundredMutatedInputsMeetTheOracle() throws {
        let campaign = try FuzzCampaign(root: RepositoryPaths.root)
        let report = campaign.run(count: 700, seed: 20_261_130)
        print("FuzzSmokeTests: \(report)")
        #expect(report.runs == 700)
        #expect(report.documents + report.inputErrors == 700)
        #expect(report.validatedOutputs > 0)
        #expect(report.problems == [])
    }

    /// 2,000 more in the windowed mode that long campaigns use (text-like
    /// inputs cut to at most 4 KB, small alignment seeds), so the CI run covers
    /// the shape of the million-run campaign too.
    @Test func twoThousandWindowedInputsMeetTheOracle() throws {
        let campaign = try FuzzCampaign(root: RepositoryPaths.root, windowBytes: 4096)
        let report = campaign.run(count: 2_000, seed: 20_261_131)
        print("FuzzSmokeTests (windowed): \(report)")
        #expect(report.runs == 2_000)
        #expect(report.documents + report.inputErrors == 2_000)
        #expect(report.documents > 500)
        #expect(report.validatedOutputs > 0)
        #expect(report.problems == [])
    }
}
