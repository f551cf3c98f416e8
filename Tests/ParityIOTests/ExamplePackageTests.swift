import Foundation
import ParityTestSupport
import Testing

/// README's library example, `Examples/OpenAndAlign`, is a package of its own
/// that depends on this repository by path: it is built with `swift build`
/// (a minute or more on a fresh checkout: it builds the libraries again in its
/// own `.build`) and run on the UDHR in English and French.
/// `PARITY_SKIP_EXAMPLE_BUILD=1` skips it.
@Suite struct ExamplePackageTests {
    static let skipped = ProcessInfo.processInfo.environment["PARITY_SKIP_EXAMPLE_BUILD"] == "1"
    static let package = RepositoryPaths.root.appendingPathComponent("Examples/OpenAndAlign")

    /// Runs `executable` with `arguments` in the repository root and returns
    /// its exit code, standard output and standard error.
    static func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String, String) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parity-example-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out"), err = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        process.currentDirectoryURL = RepositoryPaths.root
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }

    @Test(.enabled(if: !skipped, "PARITY_SKIP_EXAMPLE_BUILD=1"))
    func exampleBuildsAndOpensAlignsAndChecks() throws {
        // swift build prints compile errors on standard output: both go in the message.
        var (status, buildOutput, errors) = try Self.run("swift", ["build", "--package-path", Self.package.path])
        if status != 0 {
            // An example `.build` left from an earlier run does not see source files added to
            // the repository's libraries since ("cannot find 'NewType' in scope"): build afresh once.
            try? FileManager.default.removeItem(at: Self.package.appendingPathComponent(".build"))
            (status, buildOutput, errors) = try Self.run("swift", ["build", "--package-path", Self.package.path])
        }
        #expect(status == 0, "swift build --package-path Examples/OpenAndAlign: \(buildOutput.suffix(3000)) \(errors.suffix(2000))")
        guard status == 0 else { return }
        let binary = Self.package.appendingPathComponent(".build/debug/OpenAndAlign").path
        let (exit, output, _) = try Self.run(binary, ["Sources-Texts/udhr/udhr_eng.xml", "Sources-Texts/udhr/udhr_fra.xml"])
        #expect(exit == 0)
        let lines = output.split(separator: "\n", maxSplits: 1).map(String.init)
        // The same figures as `parity check` on these files (README): 91 links, one info finding.
        #expect(lines.first == "2 versions, 91 links, 1 finding")
        let json = try JSONSerialization.jsonObject(with: Data((lines.last ?? "").utf8)) as? [String: Any]
        #expect(json?["schema"] as? String == "parity-check/1")
        #expect(json?["summary"] as? [String: Int] == ["error": 0, "warning": 0, "info": 1])
        let (missing, _, missingError) = try Self.run(binary, ["no-such-file.txt", "Sources-Texts/udhr/udhr_fra.xml"])
        #expect(missing == 2)
        #expect(missingError == "OpenAndAlign: no-such-file.txt: cannot read: no such file or directory\n")
    }
}
