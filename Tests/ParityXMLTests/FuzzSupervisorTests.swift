import Foundation
import ParityFuzzing
import Testing

/// The supervisor that runs a campaign as child processes (issue 11): a run
/// that traps or hangs is counted, its input kept, and the campaign goes on.
/// The children here are a constructed shell script standing in for
/// `ParityFuzz --in-process`: it marks each run, kills itself with SIGILL (what
/// a Swift runtime trap does) at one run, exits 3 (what the watchdog does) at
/// another, and otherwise writes a report of one document per run.
@Suite struct FuzzSupervisorTests {
    static let script = """
        first=$1; count=$2; marker=$3; report=$4; crash=$5; hang=$6
        i=$first; end=$((first + count))
        while [ $i -lt $end ]; do
          printf '%20d' $i > "$marker"
          [ $i -eq $crash ] && { echo "trap at $i" >&2; kill -ILL $$; }
          [ $i -eq $hang ] && { echo "run $i ran over 10 s" >&2; exit 3; }
          i=$((i + 1))
        done
        printf '{"runs":%d,"documents":%d,"inputErrors":0,"exports":0,"validatedOutputs":0,"invalidOutputs":0,"views":0,"problems":[],"seconds":0,"cpuSeconds":0,"crashes":0,"hangs":0}' $count $count > "$report"
        """

    /// A supervisor of the constructed child over `folder`, crashing at `crash` and hanging at `hang`.
    static func supervisor(_ folder: URL, chunk: Int, crash: Int, hang: Int) -> FuzzSupervisor {
        FuzzSupervisor(executable: URL(fileURLWithPath: "/bin/sh"), folder: folder, seed: 5, chunk: chunk, arguments: { child in
            ["-c", script, "child", String(child.runs.lowerBound), String(child.runs.count), child.markerPath, child.reportPath,
             String(crash), String(hang)]
        }, input: { run in ("text", Array("input of run \(run)".utf8)) })
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parity-supervisor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: [(1, 10), (2, 10), (3, 7), (2, 100)])
    func aCrashAndAHangAreCountedAndTheCampaignGoesOn(jobs: Int, chunk: Int) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = Self.supervisor(folder, chunk: chunk, crash: 7, hang: 12).run(runs: 0..<30, jobs: jobs)
        #expect(report.runs == 30)
        // Every run but the two that ended their child gave its document, once.
        #expect(report.documents == 28)
        #expect(report.crashes == 1)
        #expect(report.hangs == 1)
        #expect(report.problems.count == 2)
        #expect(report.problems.first?.hasPrefix("run 7 seed 5: crash (signal 4) on a text input") == true)
        #expect(report.problems.last?.hasPrefix("run 12 seed 5: hang (over the time limit) on a text input") == true)
        let crashInput = folder.appendingPathComponent("crash-run-7-seed-5.bin")
        #expect(FileManager.default.contents(atPath: crashInput.path) == Data("input of run 7".utf8))
        let crashLog = try String(contentsOf: folder.appendingPathComponent("crash-run-7-seed-5.log"), encoding: .utf8)
        #expect(crashLog == "trap at 7\n")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("hang-run-12-seed-5.bin").path))
        // Markers, reports and logs of the children are gone: only the two inputs and their logs stay.
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["crash-run-7-seed-5.bin", "crash-run-7-seed-5.log", "hang-run-12-seed-5.bin", "hang-run-12-seed-5.log"])
    }

    @Test func aCleanCampaignHasNoProblemAndStartsWhereAsked() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = Self.supervisor(folder, chunk: 4, crash: 3, hang: 4).run(runs: 5..<23, jobs: 2)
        #expect(report.runs == 18 && report.documents == 18 && report.crashes == 0 && report.hangs == 0 && report.problems.isEmpty)
    }

    @Test func aChildThatCannotStartIsAProblemNamingItsRuns() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = FuzzSupervisor(executable: URL(fileURLWithPath: "/nonexistent/ParityFuzz"), folder: folder, seed: 5, chunk: 10,
                                     arguments: { _ in [] }, input: { _ in ("text", []) })
        let report = missing.run(runs: 0..<20, jobs: 2)
        #expect(report.problems.count == 2)
        #expect(report.problems.first?.hasPrefix("runs 0..<10 seed 5: cannot start /nonexistent/ParityFuzz") == true)
    }
}
