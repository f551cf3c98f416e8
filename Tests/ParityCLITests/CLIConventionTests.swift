import Foundation
import ParityCore
import ParityTestSupport
import Testing

/// The command line's conventions (issue 13, item 4), run on the built binary:
/// `--version`, one error style for bad usage, misspelt commands, `--pair`
/// messages, conflicting options, `-` for standard input and `-o -` for
/// standard output, plurals, shell completion of file names.
@Suite struct CLIConventionTests {
    static let spanish = "Sources-Texts/udhr/udhr_spa.xml"
    static let english = "Sources-Texts/udhr/udhr_eng.xml"
    static let french = "Sources-Texts/udhr/udhr_fra.xml"

    @Test func versionIsTheOneTMXFilesName() throws {
        let run = try ParityExecutable.run(["--version"])
        #expect(run.exitCode == 0)
        #expect(run.standardOutput == "\(ParityVersion.current)\n")
        #expect(run.standardError == "")
        let tmx = try ParityExecutable.run(["align", Self.spanish, Self.english, "--format", "tmx"])
        #expect(tmx.exitCode == 0)
        #expect(tmx.standardOutput.contains("creationtoolversion=\"\(ParityVersion.current)\""))
    }

    /// Bad usage, whether argument-parser or a command finds it: the problem
    /// on one line, the help to read on a second, nothing on standard output, exit 2.
    @Test(arguments: [
        (["chek", "a.txt", "b.txt"], ["parity: error: unknown command 'chek' (did you mean 'check'?)", "See 'parity --help'."]),
        (["help", "chek"], ["parity: error: unknown command 'chek' (did you mean 'check'?)", "See 'parity --help'."]),
        (["allign", "a.txt", "b.txt"], ["parity: error: unknown command 'allign' (did you mean 'align'?)", "See 'parity --help'."]),
        (["repotr", "a.txt"], ["parity: error: unknown command 'repotr' (did you mean 'report'?)", "See 'parity --help'."]),
        (["translate", "a.txt"],
         ["parity: error: unknown command 'translate' (commands: outline, text, align, check, show, report, corpus)", "See 'parity --help'."]),
        (["check", "--frobnicate", "a.txt", "b.txt"],
         ["parity: error: unknown option '--frobnicate'", "See 'parity check --help'."]),
        (["outline"], ["parity: error: missing expected argument '<file>'", "See 'parity outline --help'."]),
        (["align", spanish, english, "--format", "tmx", "--pair", "en,en"],
         ["parity: error: --pair names en twice; give two different languages (es,en)", "See 'parity align --help'."]),
        (["align", spanish, english, "--format", "tmx", "--pair", "en"],
         ["parity: error: --pair takes two language codes separated by a comma (es,en), not 'en'", "See 'parity align --help'."]),
        (["align", spanish, english, "--format", "tmx", "--pair", "en,xx"],
         ["parity: error: --pair: unknown language 'xx': not an ISO 639 language code (give a BCP 47 tag: en, fr, es, ru, ar, zh, de, pt-BR, ja, hi, …)",
          "See 'parity align --help'."]),
        (["align", spanish, english, "--json", "-o", "never-written.xml"],
         ["parity: error: --json prints the links as JSON; --format and -o write the alignment as XML: give one or the other",
          "See 'parity align --help'."]),
        (["corpus", "Sources-Texts", "-o", "-"],
         ["parity: error: corpus writes files into a folder: give -o a folder, not -", "See 'parity corpus --help'."]),
        (["align", spanish, english, "--format", "xces", "-o", "-"],
         ["parity: error: --format xces writes several files: give -o a directory or base name, not -", "See 'parity align --help'."]),
        (["report", spanish, english, "-o", "never-written.pdf"],
         ["parity: error: report writes HTML, and -o never-written.pdf names a .pdf file: give a .html file (or - for standard output)",
          "See 'parity report --help'."]),
        (["align", spanish, english, "-o", "never-written.pdf"],
         ["parity: error: --format native writes XML, and -o never-written.pdf names a .pdf file: give a .xml file (or - for standard output)",
          "See 'parity align --help'."]),
        (["align", spanish, english, "--format", "tmx", "-o", "never-written.html"],
         ["parity: error: --format tmx writes XML, and -o never-written.html names a .html file: give a .tmx or .xml file (or - for standard output)",
          "See 'parity align --help'."]),
        (["check", "-", "-"], ["parity: error: standard input (-) can be given only once", "See 'parity check --help'."]),
        (["outline", "--pdf-layout", english],
         ["parity: error: --pdf-layout applies to PDF input, and Sources-Texts/udhr/udhr_eng.xml is UDHR XML", "See 'parity outline --help'."]),
        (["check", "--pdf-layout", english, french],
         ["parity: error: --pdf-layout applies to PDF input, and none of the files is a PDF", "See 'parity check --help'."]),
        (["outline", "--pdf-reading-order", english],
         ["parity: error: --pdf-reading-order applies to PDF input, and Sources-Texts/udhr/udhr_eng.xml is UDHR XML", "See 'parity outline --help'."]),
        (["outline", "--pdf-layout", "--pdf-reading-order", "Tests/Fixtures/real/un-ods-pdf/A_RES_70_10-EN.pdf"],
         ["parity: error: --pdf-layout and --pdf-reading-order cannot be given together", "See 'parity outline --help'."]),
        (["check", "--pdf-layout", "--pdf-reading-order", "Tests/Fixtures/real/un-ods-pdf/A_RES_70_10-EN.pdf", english],
         ["parity: error: --pdf-layout and --pdf-reading-order cannot be given together", "See 'parity check --help'."]),
        (["text", "--encoding", "latin1", "Tests/Fixtures/real/un-ods-pdf/A_RES_70_10-EN.pdf"],
         ["parity: error: --encoding does not apply to Tests/Fixtures/real/un-ods-pdf/A_RES_70_10-EN.pdf: PDF input is read in its own encoding",
          "See 'parity text --help'."]),
    ])
    func badUsageIsOneErrorLineAndAHint(_ arguments: [String], _ expected: [String]) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parity-usage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let absolute = arguments.map { $0.hasPrefix("Sources-Texts/") || $0.hasPrefix("Tests/") ? RepositoryPaths.root.appendingPathComponent($0).path : $0 }
        let run = try ParityExecutable.run(absolute, in: scratch)
        #expect(run.exitCode == 2)
        #expect(run.standardOutput == "")
        #expect(run.errorLines.map { $0.replacingOccurrences(of: RepositoryPaths.root.path + "/", with: "") } == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty, "\(arguments) wrote a file")
    }

    /// `--pdf-reading-order` reads a PDF as pdftotext orders it, not rebuilt
    /// from its word boxes: the text differs, the outline keeps the real
    /// resolution's symbol (a real ODS PDF).
    @Test func pdfReadingOrderIsPdftotextsOwnReading() throws {
        let pdf = "Tests/Fixtures/real/un-ods-pdf/A_RES_70_10-EN.pdf"
        let rebuilt = try ParityExecutable.run(["text", "--raw", pdf])
        let plain = try ParityExecutable.run(["text", "--raw", "--pdf-reading-order", pdf])
        #expect(rebuilt.exitCode == 0 && plain.exitCode == 0)
        #expect(!plain.standardOutput.isEmpty)
        #expect(plain.standardOutput != rebuilt.standardOutput)
        let outline = try ParityExecutable.run(["outline", "--json", "--pdf-reading-order", pdf])
        #expect(try JSONDecoder().decode(Document.self, from: Data(outline.standardOutput.utf8)).metadata.symbol == "A/RES/70/10")
    }

    /// An alignment file is read as stored: options for reading and aligning
    /// versions would be ignored, so they are refused.
    @Test func versionOptionsOnAnAlignmentFileAreRefused() throws {
        let run = try ParityExecutable.run(["check", "Alignments/udhr.xml", "--lang", "en", "--pivot", "en"])
        #expect(run.exitCode == 2)
        #expect(run.errorLines == ["parity: error: --lang, --pivot do not apply to an alignment file, which is read as stored",
                                   "See 'parity check --help'."])
    }

    /// `-` reads standard input: the same outline as the file, the same
    /// findings for an alignment file given on standard input.
    @Test func dashReadsStandardInput() throws {
        let file = try ParityExecutable.run(["outline", Self.english])
        let piped = try ParityExecutable.run(["outline", "-"], standardInput: RepositoryPaths.root.appendingPathComponent(Self.english))
        #expect(piped.exitCode == 0)
        #expect(piped.standardOutput == file.standardOutput)
        let json = try ParityExecutable.run(["outline", "--json", "-"], standardInput: RepositoryPaths.root.appendingPathComponent(Self.english))
        #expect(try JSONDecoder().decode(Document.self, from: Data(json.standardOutput.utf8)).sourceName == "<stdin>")
        let stored = try ParityExecutable.run(["check", "-"], standardInput: RepositoryPaths.root.appendingPathComponent("Alignments/udhr.xml"))
        let direct = try ParityExecutable.run(["check", "Alignments/udhr.xml"])
        #expect(stored.exitCode == direct.exitCode)
        #expect(stored.outputLines.last == direct.outputLines.last)
        #expect(stored.outputLines.last == "0 errors, 6 warnings, 6 info")
        let pair = try ParityExecutable.run(["check", "-", Self.french], standardInput: RepositoryPaths.root.appendingPathComponent(Self.english))
        #expect(pair.outputLines.first == "version en: <stdin> (pivot)")
        #expect(pair.outputLines.last == "0 errors, 0 warnings, 1 info")
        let empty = try ParityExecutable.run(["outline", "-"])
        #expect(empty.exitCode == 2)
        #expect(empty.errorLines == ["parity: <stdin>: the file is empty"])
    }

    /// `-o -` writes to standard output where one stream is written, never a file named `-`.
    @Test func dashOutputIsStandardOutput() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parity-stdout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let files = [Self.spanish, Self.english].map { RepositoryPaths.root.appendingPathComponent($0).path }
        let report = try ParityExecutable.run(["report"] + files + ["-o", "-"], in: scratch)
        #expect(report.exitCode == 0)
        #expect(report.standardOutput.hasPrefix("<!DOCTYPE html>"))
        #expect(report.standardOutput.hasSuffix("</html>\n"))
        let native = try ParityExecutable.run(["align"] + files + ["-o", "-"], in: scratch, environment: ["SOURCE_DATE_EPOCH": "0"])
        let implicit = try ParityExecutable.run(["align"] + files + ["--format", "native"], in: scratch, environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(native.exitCode == 0)
        #expect(native.standardOutput.contains("<parity-alignment"))
        #expect(native.standardOutput == implicit.standardOutput)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
    }

    /// One finding is "1 finding" (the UDHR in English and French has exactly
    /// one: pre7 + pre8 merged in French, README's example).
    @Test func countsAreSingularForOne() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parity-plural-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("report.html").path
        let run = try ParityExecutable.run(["report", Self.english, Self.french, "-o", output])
        #expect(run.exitCode == 0)
        #expect(run.outputLines == ["\(output): 91 rows, 1 finding (0 errors)"])
    }

    /// Shell completion offers file names for every file argument and `-o`,
    /// HTML files for `report -o`.
    @Test func completionOffersFileNames() throws {
        let script = try ParityExecutable.run(["--generate-completion-script", "bash"]).standardOutput
        func function(_ name: String) -> String {
            guard let start = script.range(of: "\n_parity_\(name)() {") else { return "" }
            let rest = script[start.upperBound...]
            return String(rest[..<(rest.range(of: "\n}\n")?.lowerBound ?? rest.endIndex)])
        }
        for command in ["outline", "text"] {
            #expect(function(command).contains("positional_number}\" in\n    1)\n        __parity_add_completions -f"), "\(command)")
        }
        for command in ["align", "check", "show", "report"] {
            #expect(function(command).contains("positional_number}\" in\n    *)\n        __parity_add_completions -f"), "\(command)")
        }
        #expect(function("align").contains("'-o'|'--output')\n        __parity_add_completions -f"))
        #expect(function("report").contains("__parity_add_completions -o plusdirs -fX '!*.@(html|htm|xhtml)'"))
    }
}
