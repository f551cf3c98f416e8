import Foundation
import ParityCore
import ParityTestSupport
import ParityXML
import Testing

/// `parity align --level sentence --format native` run as a binary, and the
/// file it writes read back by `check`, `show` and `align`.
@Suite struct SentenceNativeCommandTests {
    private let english = "Sources-Texts/udhr/udhr_eng.xml"
    private let french = "Sources-Texts/udhr/udhr_fra.xml"
    private let spanish = "Sources-Texts/udhr/udhr_spa.xml"

    @Test func sentenceLevelNativeIsValidAndReadsBack() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let target = files.directory.appendingPathComponent("udhr-sentences.xml").path
        let run = try ParityExecutable.run(["align", "--level", "sentence", english, french, spanish, "--format", "native", "-o", target])
        #expect(run.exitCode == 0)
        #expect(run.standardError == "parity: wrote \(target)\n")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: target)))
        let schema = RepositoryPaths.root.appendingPathComponent("Schemas/parity-alignment.rng").path
        #expect(try XMLValidator.validate(bytes, file: target, againstRelaxNGAt: schema).isEmpty)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<sentence id=\"art1-p1.s2\">They are endowed with reason"))
        #expect(text.contains("<sentence-alignment source=\"0\" target=\"1\">"))
        #expect(text.contains("<sentence-alignment source=\"0\" target=\"2\">"))
        // Spanish joins article 1's two English sentences (read in udhr_spa.xml).
        #expect(text.contains("source=\"art1-p1.s1 art1-p1.s2\" target=\"art1-p1.s1\"/>"))

        // The block level reads it as any native file: the same findings as from the sources.
        let checkStored = try ParityExecutable.run(["check", target])
        let checkSources = try ParityExecutable.run(["check", english, french, spanish])
        #expect(checkStored.exitCode == checkSources.exitCode)
        #expect(checkStored.outputLines.last == checkSources.outputLines.last)
        // show --level sentence shows the stored beads: the same rows as from the sources.
        let showStored = try ParityExecutable.run(["show", "--level", "sentence", target, "--width", "120"])
        let showSources = try ParityExecutable.run(["show", "--level", "sentence", english, french, spanish, "--width", "120"])
        #expect(showStored.exitCode == 0)
        #expect(showStored.standardOutput == showSources.standardOutput)
        // align --level sentence on the stored file writes it again byte for byte, to standard output with -o -.
        let again = try ParityExecutable.run(["align", "--level", "sentence", target, "--format", "native", "-o", "-"])
        #expect(again.exitCode == 0)
        #expect(Array(again.standardOutput.utf8) == bytes)
    }

    @Test func onePerLineHasNoNativeFormat() throws {
        let run = try ParityExecutable.run(["align", "--one-per-line", english, french, "--format", "native"])
        #expect(run.exitCode == 2)
        #expect(run.standardError.hasPrefix("parity: error: --one-per-line writes tmx, moses or beads (native needs the block structure)\n"))
    }
}

/// `--all-languages` and `--pair` at `--level sentence` with three versions, run as a binary.
@Suite struct SentenceNWayCommandTests {
    private let english = "Sources-Texts/udhr/udhr_eng.xml"
    private let french = "Sources-Texts/udhr/udhr_fra.xml"
    private let spanish = "Sources-Texts/udhr/udhr_spa.xml"

    @Test func allLanguagesWritesOneUnitPerSentenceRow() throws {
        let run = try ParityExecutable.run(["align", "--level", "sentence", english, french, spanish, "--format", "tmx", "--all-languages"])
        #expect(run.exitCode == 0)
        let dtd = RepositoryPaths.root.appendingPathComponent("Schemas/tmx14.dtd").path
        #expect(try XMLValidator.validate(Array(run.standardOutput.utf8), file: "nway.tmx", againstDTDAt: dtd).isEmpty)
        #expect(run.standardOutput.contains("<tuv xml:lang=\"en\">") && run.standardOutput.contains("<tuv xml:lang=\"fr\">")
            && run.standardOutput.contains("<tuv xml:lang=\"es\">"))
        // Article 1: the Spanish joins the two English (and French) sentences; one unit of three languages.
        #expect(run.standardOutput.contains("<tu tuid=\"art1-p1.s1+art1-p1.s2\""))
        let shown = try ParityExecutable.run(["show", "--level", "sentence", english, french, spanish, "--width", "120"])
        let rows = try #require(shown.outputLines.last?.split(separator: " ").first.flatMap { Int($0) })
        let units = run.standardOutput.components(separatedBy: "<tu ").count - 1
        // Every row of the view with sentences in two or more versions is a unit: all but the Spanish
        // note "Adoptada y proclamada por la Asamblea General en su resolución 217 A (III)…", which
        // the English and French files do not have.
        #expect(shown.standardOutput.contains("│ —                                 │ —                                 │ Adoptada y proclamada"))
        #expect(units == rows - 1)
    }

    @Test func pairChoosesTheVersionOfBeadsAndMoses() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let spanishBeads = try ParityExecutable.run(["align", "--level", "sentence", english, french, spanish, "--format", "beads", "--pair", "en,es"])
        #expect(spanishBeads.exitCode == 0)
        let twoWay = try ParityExecutable.run(["align", "--level", "sentence", english, spanish, "--format", "beads"])
        #expect(spanishBeads.standardOutput == twoWay.standardOutput)
        let base = files.directory.appendingPathComponent("udhr").path
        let moses = try ParityExecutable.run(["align", "--level", "sentence", english, french, spanish, "--format", "moses", "--pair", "en,es", "-o", base])
        #expect(moses.exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: base + ".es") && !FileManager.default.fileExists(atPath: base + ".fr"))
        let refused = try ParityExecutable.run(["align", "--level", "sentence", english, french, "--format", "moses", "--all-languages", "-o", base])
        #expect(refused.exitCode == 2)
        #expect(refused.standardError.hasPrefix("parity: error: --all-languages applies to --format tmx only\n"))
    }
}
