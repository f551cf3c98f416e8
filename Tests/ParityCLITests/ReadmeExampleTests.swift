import Foundation
import ParityTestSupport
import Testing

/// README.md's `parity outline` examples run as written, and the output it
/// shows for them is what they print.
@Suite struct ReadmeExampleTests {
    /// An example command of README.md and the output lines shown under it.
    struct Example {
        var command: String
        var shownOutput: [String]
    }

    /// The `swift run parity outline …` lines of README.md's indented code
    /// blocks, each with the indented block that directly follows it when
    /// that block is output rather than another command.
    static func outlineExamples() throws -> [Example] {
        let readme = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        var examples: [Example] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            guard line.hasPrefix("    swift run parity outline ") else { continue }
            var example = Example(command: line.trimmingCharacters(in: .whitespaces), shownOutput: [])
            var next = index
            while next < lines.count, lines[next].trimmingCharacters(in: .whitespaces).isEmpty { next += 1 }
            while next < lines.count, lines[next].hasPrefix("    "), !lines[next].hasPrefix("    swift ") {
                example.shownOutput.append(String(lines[next].dropFirst(4)))
                next += 1
            }
            examples.append(example)
        }
        return examples
    }

    @Test func readmeOutlineExamplesRunAndPrintWhatReadmeShows() throws {
        let examples = try Self.outlineExamples()
        #expect(examples.count >= 2)
        #expect(examples.contains { !$0.shownOutput.isEmpty })
        for example in examples {
            // `swift run parity` is the binary `swift test` has just built; running
            // `swift run` here would wait for the build lock the test run holds.
            let arguments = example.command.dropFirst("swift run parity ".count).split(separator: " ").map(String.init)
            let run = try ParityExecutable.run(arguments)
            #expect(run.exitCode == 0, "\(example.command)")
            #expect(run.errorLines.allSatisfy { $0.hasPrefix("parity: warning: ") }, "\(example.command)")
            #expect(!run.standardOutput.isEmpty, "\(example.command)")
            for shown in example.shownOutput where shown != "..." {
                #expect(run.outputLines.contains(shown), "README shows \(shown) for \(example.command)")
            }
        }
    }
}
