import Foundation
import ParityTestSupport
import Testing

/// README.md's `swift run parity …` examples run as written, and the output
/// it shows for them is what they print. (The main job, `parity corpus`, is
/// checked by `CorpusGoldenTests`.)
@Suite struct ReadmeExampleTests {
    /// An example command of README.md and the output lines shown under it.
    struct Example {
        var command: String
        var shownOutput: [String]
    }

    /// The `swift run parity …` lines of README.md's indented code blocks,
    /// each with the indented block that directly follows it when that block
    /// is output rather than more commands.
    static func examples() throws -> [Example] {
        let readme = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        var examples: [Example] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            guard line.hasPrefix("    swift run parity "), !line.hasPrefix("    swift run parity corpus ") else { continue }
            var example = Example(command: line.trimmingCharacters(in: .whitespaces), shownOutput: [])
            var next = index
            while next < lines.count, lines[next].trimmingCharacters(in: .whitespaces).isEmpty { next += 1 }
            while next < lines.count, lines[next].hasPrefix("    ") || lines[next].isEmpty, !lines[next].hasPrefix("    swift ") {
                if !lines[next].isEmpty { example.shownOutput.append(String(lines[next].dropFirst(4))) }
                next += 1
            }
            examples.append(example)
        }
        return examples
    }

    @Test func readmeHasExamplesOfEveryCommand() throws {
        let examples = try Self.examples()
        let commands = Set(examples.map { $0.command.split(separator: " ")[3] })
        #expect(commands == ["outline", "align", "check", "show", "report"])
        // outline (UDHR), align (blocks and sentences), check and show come with the output they print.
        #expect(examples.filter { !$0.shownOutput.isEmpty }.count == 5)
        #expect(examples.first { $0.command.contains(" show ") }?.shownOutput.count == 31)
    }

    @Test func readmeExamplesRunAndPrintWhatReadmeShows() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parity-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for example in try Self.examples() {
            // `swift run parity` is the binary `swift test` has just built; running
            // `swift run` here would wait for the build lock the test run holds.
            var arguments = example.command.dropFirst("swift run parity ".count).split(separator: " ").map(String.init)
            // Files an example writes go to a scratch folder, not the repository.
            if let output = arguments.firstIndex(of: "-o"), output + 1 < arguments.count {
                arguments[output + 1] = scratch.appendingPathComponent(arguments[output + 1]).path + (arguments[output + 1].hasSuffix("/") ? "/" : "")
            }
            let run = try ParityExecutable.run(arguments)
            #expect(run.exitCode == 0, "\(example.command): \(run.standardError)")
            #expect(run.errorLines.allSatisfy { $0.hasPrefix("parity: warning: ") || $0.hasPrefix("parity: wrote ") }, "\(example.command)")
            if let output = arguments.firstIndex(of: "-o") {
                // -o names a file, a folder, or (xces, moses) the base name of the files written.
                let path = URL(fileURLWithPath: arguments[output + 1])
                let siblings = (try? FileManager.default.contentsOfDirectory(atPath: path.deletingLastPathComponent().path)) ?? []
                #expect(FileManager.default.fileExists(atPath: path.path) || siblings.contains { $0.hasPrefix(path.lastPathComponent + ".") },
                        "\(example.command) wrote nothing")
            } else {
                #expect(!run.standardOutput.isEmpty, "\(example.command)")
            }
            for shown in example.shownOutput where shown != "..." {
                #expect(run.outputLines.contains(shown), "README shows \(shown) for \(example.command)")
            }
        }
    }
}
