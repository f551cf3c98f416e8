import Foundation
import ParityFuzzing
import ParityTestSupport
import Testing

/// The CI-time run of the command fuzzer (issue 11): 150 random command
/// shapes over mutated real inputs, as processes of the built binary; exit
/// 0, 1 or 2 only, one error line on 2, no hang, no temporary file, no
/// output from a failed run.
@Suite struct CommandFuzzTests {
    @Test func oneHundredFiftyMutatedCommandsMeetTheOracle() throws {
        let fuzz = try CommandFuzz(binary: ParityExecutable.url, root: RepositoryPaths.root)
        let report = try fuzz.run(count: 150, seed: 20_261_130)
        print("CommandFuzzTests: \(report)")
        #expect(report.runs == 150)
        #expect(report.problems == [])
        #expect((report.exitCodes[2] ?? 0) > 0 && (report.exitCodes[0] ?? 0) + (report.exitCodes[1] ?? 0) > 0)
    }
}
