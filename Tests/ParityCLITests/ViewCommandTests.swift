import Foundation
import Testing
import ParityCore
import ParityTestSupport
import ParityXML

/// Runs the built `parity` binary; the views' end-to-end tests.
@Suite struct ViewCommandTests {
    /// Runs the binary with `NO_COLOR` removed from the environment and `environment` added.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ParityExecutable.Run {
        var variables = ProcessInfo.processInfo.environment
        variables["NO_COLOR"] = nil
        variables.merge(environment) { $1 }
        return try ParityExecutable.run(arguments, environment: variables)
    }

    static let spanish = "Sources-Texts/un-hearings-2006/es.txt"
    static let udhrSpanish = "Sources-Texts/udhr/udhr_spa.xml"
    static let udhrEnglish = "Sources-Texts/udhr/udhr_eng.xml"
    static let udhrArabic = "Sources-Texts/udhr/udhr_arb.xml"

    @Test func showIsUncolouredWhenNotATerminalAndColouredWhenAsked() throws {
        let auto = try Self.run(["show", Self.udhrSpanish, Self.udhrEnglish, "--width", "100"])
        #expect(auto.exitCode == 0)
        #expect(!auto.standardOutput.contains("\u{1B}["))
        #expect(auto.standardOutput.contains("es · udhr_spa.xml (pivot)"))
        let always = try Self.run(["show", Self.udhrSpanish, Self.udhrEnglish, "--width", "100", "--color", "always"])
        #expect(always.standardOutput.contains("\u{1B}["))
        let noColor = try Self.run(["show", Self.udhrSpanish, Self.udhrEnglish, "--color", "auto"], environment: ["NO_COLOR": "1"])
        #expect(!noColor.standardOutput.contains("\u{1B}["))
    }

    @Test func showKeepsToTheWidth() throws {
        let run = try Self.run(["show", Self.udhrSpanish, Self.udhrEnglish, Self.udhrArabic, "--width", "72", "--pivot", "en"])
        #expect(run.exitCode == 0)
        let lines = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(!lines.isEmpty)
        for line in lines { #expect(DisplayWidth.of(String(line)) <= 72, "\(line)") }
        #expect(run.standardOutput.contains("(pivot) │ ar · udhr_arb.xml"))
    }

    @Test func missingFileExitsWithTwoAndOneLine() throws {
        let run = try Self.run(["show", "no-such-file.txt", Self.spanish])
        #expect(run.exitCode == 2)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError.hasPrefix("parity: no-such-file.txt: cannot read"))
        #expect(run.standardError.split(separator: "\n").count == 1)
    }

    @Test func reportWritesAFileAndBadInputLeavesNone() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parity-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("report.html").path
        let run = try Self.run(["report", Self.udhrSpanish, Self.udhrEnglish, Self.udhrArabic, "-o", target])
        #expect(run.exitCode == 0)
        let html = try String(contentsOfFile: target, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("dir=\"rtl\""))

        let bad = directory.appendingPathComponent("bad.html").path
        let empty = directory.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let failed = try Self.run(["report", empty.path, Self.spanish, "-o", bad])
        #expect(failed.exitCode == 2)
        #expect(failed.standardError.contains("empty.txt: the file is empty"))
        #expect(!FileManager.default.fileExists(atPath: bad))
    }

    /// Issue 13, item 4: singular counts ("1 of 1 row shown").
    @Test func aOneParagraphPairSaysRowInTheSingular() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let spanish = try files.write("constructed-one-es.txt", Array("1. Un párrafo.\n".utf8))
        let english = try files.write("constructed-one-en.txt", Array("1. One paragraph.\n".utf8))
        let run = try Self.run(["show", spanish, english, "--width", "80", "--lang", "es,en"])
        #expect(run.exitCode == 0)
        #expect(run.standardOutput.hasSuffix("1 of 1 row shown; no findings\n"))
    }

    @Test func showParagraphRangeOnTheRealDocument() throws {
        let run = try Self.run(["show", Self.spanish, Self.spanish, "--width", "100", "--from", "23", "--to", "25"])
        #expect(run.exitCode == 0)
        let gutters = run.standardOutput.split(separator: "\n").compactMap { line -> String? in
            let gutter = line.prefix { $0 != "│" }.trimmingCharacters(in: .whitespaces)
            return gutter.isEmpty || gutter.hasPrefix("─") || !line.contains("│") ? nil : gutter
        }
        #expect(gutters == ["23", "¹", "24", "25"])
        #expect(run.standardOutput.hasSuffix("4 of 160 rows shown; no findings\n"))
    }

    @Test func showReadsANativeAlignmentFile() throws {
        // Write the real UDHR es/en/ar alignment in the native format, then show and report it.
        let documents = try ["spa", "eng", "arb"].map { code in
            try UDHRReader().read(try RepositoryPaths.sourceTextBytes("udhr/udhr_\(code).xml"), file: "udhr_\(code).xml")
        }
        let alignment = Aligner(pivot: 0).align(documents)
        let findings = ParityChecker().check(alignment)
        let files = try ConstructedFiles()
        defer { files.remove() }
        let native = try files.write("udhr-es-en-ar.alignment.xml",
                                     NativeAlignmentWriter().write(CheckedAlignment(alignment: alignment, findings: findings)).bytes)
        let fromFile = try Self.run(["show", native, "--width", "100"])
        let fromTexts = try Self.run(["show", Self.udhrSpanish, Self.udhrEnglish, Self.udhrArabic, "--width", "100"])
        #expect(fromFile.exitCode == 0)
        #expect(fromFile.standardOutput == fromTexts.standardOutput)
        #expect(fromFile.standardOutput.hasSuffix("91 of 91 rows shown; 5 findings: ⚠ 2 warnings, ℹ 3 info\n"))
        let report = files.directory.appendingPathComponent("report.html").path
        let written = try Self.run(["report", native, "-o", report])
        #expect(written.exitCode == 0)
        #expect(HTMLInspector.inspect(try String(contentsOfFile: report, encoding: .utf8)).summaryRows == 5)
    }

    @Test func showUsageErrorsExitWithTwo() throws {
        let one = try Self.run(["show", Self.spanish])
        #expect(one.exitCode == 2)
        #expect(one.standardError == "parity: error: give at least two files to compare\nSee 'parity show --help'.\n")
        let range = try Self.run(["show", Self.spanish, Self.spanish, "--from", "30", "--to", "20"])
        #expect(range.exitCode == 2)
        let pivot = try Self.run(["report", Self.udhrSpanish, Self.udhrEnglish, "--pivot", "zh", "-o", "/tmp/never-written.html"])
        #expect(pivot.exitCode == 2)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written.html"))
    }
}
