import Foundation
import ParityCore
import ParityTestSupport
import ParityXML
import Testing

/// `parity show --level sentence` and `parity report --level sentence` run as a binary.
@Suite struct SentenceViewCommandTests {
    private let english = "Sources-Texts/udhr/udhr_eng.xml"
    private let french = "Sources-Texts/udhr/udhr_fra.xml"
    private let spanish = "Sources-Texts/udhr/udhr_spa.xml"

    private static func gutters(_ output: String) -> [String] {
        output.split(separator: "\n").compactMap { line -> String? in
            guard let bar = line.firstIndex(of: "│") else { return nil }
            let gutter = line[..<bar].trimmingCharacters(in: .whitespaces)
            return gutter.isEmpty ? nil : gutter
        }
    }

    /// Article 1's paragraph: two sentences in English and French, one in
    /// Spanish (read in the three files). With English and French it is two
    /// rows; with Spanish too, one (Spanish joins the two English sentences).
    @Test func showRowsAreSentenceBeadsInsideTheArticle() throws {
        let two = try ParityExecutable.run(["show", "--level", "sentence", english, french, "--width", "100", "--from", "1", "--to", "1"])
        #expect(two.exitCode == 0)
        #expect(Self.gutters(two.standardOutput) == ["1", "art1-p1", "art1-p1.2"])
        #expect(two.standardOutput.hasSuffix("3 of 101 rows shown; no findings\n"))
        let three = try ParityExecutable.run(["show", "--level", "sentence", english, french, spanish, "--width", "120", "--from", "1", "--to", "1"])
        #expect(three.exitCode == 0)
        #expect(Self.gutters(three.standardOutput) == ["1", "art1-p1"])
        #expect(three.standardOutput.contains("│ Todos los seres humanos nacen"))
        #expect(!three.standardOutput.contains("┈"))
    }

    @Test func blockLevelShowIsUnchanged() throws {
        let block = try ParityExecutable.run(["show", english, french, "--width", "100", "--from", "1", "--to", "1"])
        let explicit = try ParityExecutable.run(["show", "--level", "block", english, french, "--width", "100", "--from", "1", "--to", "1"])
        #expect(block.exitCode == 0)
        #expect(block.standardOutput == explicit.standardOutput)
        #expect(Self.gutters(block.standardOutput) == ["1", "art1-p1"])
    }

    @Test func reportAtSentenceLevelHasOneTableRowPerSentenceRow() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let target = files.directory.appendingPathComponent("report.html").path
        let run = try ParityExecutable.run(["report", "--level", "sentence", english, french, "-o", target])
        #expect(run.exitCode == 0)
        #expect(run.standardOutput.hasPrefix("\(target): 101 rows, "))
        let block = try ParityExecutable.run(["report", english, french, "-o", target + ".block.html"])
        // The same findings as at the block level, in fewer (block) rows.
        #expect(run.standardOutput.split(separator: ",").dropFirst() == block.standardOutput.split(separator: ",").dropFirst())
        let html = try String(contentsOfFile: target, encoding: .utf8)
        let inspection = HTMLInspector.inspect(html)
        #expect(inspection.errors == [])
        #expect(inspection.sideBySideRows == 101)
        #expect(html.contains("Side by side, sentence by sentence (101 rows)"))
        #expect(html.contains(">art1-p1.2</a>"))
        let toStandardOutput = try ParityExecutable.run(["report", "--level", "sentence", english, french, "-o", "-"])
        #expect(toStandardOutput.standardOutput == html)
    }

    @Test func sentenceOptionsNeedTheSentenceLevel() throws {
        for command in ["show", "report"] {
            var arguments = [command, english, french, "--no-bootstrap"]
            if command == "report" { arguments += ["-o", "-"] }
            let run = try ParityExecutable.run(arguments)
            #expect(run.exitCode == 2)
            #expect(run.standardError.hasPrefix("parity: error: --lexicon and --no-bootstrap apply to --level sentence only\n"))
            #expect(run.standardOutput == "")
        }
        let badLevel = try ParityExecutable.run(["show", "--level", "word", english, french])
        #expect(badLevel.exitCode == 2)
    }
}
