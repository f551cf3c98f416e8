import Foundation
import ParityTestSupport
import Testing

/// README.md's `parity outline` examples run as written.
@Suite struct ReadmeExampleTests {
    /// Lines of README.md's indented or fenced code blocks that start with `swift run parity outline`.
    static func outlineExamples() throws -> [String] {
        let readme = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        return readme.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("swift run parity outline ") }
    }

    @Test func readmeOutlineExampleRuns() throws {
        let examples = try Self.outlineExamples()
        #expect(!examples.isEmpty)
        for example in examples {
            // `swift run parity` is the binary `swift test` has just built; running
            // `swift run` here would wait for the build lock the test run holds.
            let arguments = example.dropFirst("swift run parity ".count).split(separator: " ").map(String.init)
            let run = try ParityExecutable.run(arguments)
            #expect(run.exitCode == 0, "\(example)")
            #expect(run.standardError == "", "\(example)")
            #expect(!run.standardOutput.isEmpty, "\(example)")
        }
    }
}
