import Foundation
import ParityCore
import ParityTestSupport
import ParityXML
import Testing

/// The block-level XCES export (`parity align --format xces`) of the real UDHR
/// (English and French) read by OPUS's own reader, `opus_read` from opustools
/// (`.ci/run` installs it; skipped when it is missing, a failure in CI): it
/// prints the aligned text, and its Moses output is the links' sentences.
@Suite struct OpusReadBlockXCESTests {
    private static func writeExport() throws -> (directory: URL, export: XCESExport, alignment: Alignment) {
        let alignment = Aligner(pivot: 0).align([try readRealUDHR("udhr_eng.xml"), try readRealUDHR("udhr_fra.xml")])
        let export = try XCESWriter().write(alignment, baseName: "udhr")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parity-opus-block-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for file in export.allFiles { try Data(file.bytes).write(to: directory.appendingPathComponent(file.name)) }
        return (directory, export, alignment)
    }

    private static func opusRead(_ arguments: [String], in directory: URL) throws -> (status: Int32, output: String)? {
        guard let opusRead = OpusReadSentenceXCESTests.opusRead else {
            #expect(ProcessInfo.processInfo.environment["CI"] != "true", "opus_read (pip install opustools) is required in CI")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opusRead)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = directory.appendingPathComponent("opus_read.out")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOf: output, encoding: .utf8))
    }

    @Test func filesAreNamedBySetAndLanguageAndValidAgainstTheDTDs() throws {
        let (directory, export, _) = try Self.writeExport()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(export.allFiles.map(\.name) == ["udhr.en.xml", "udhr.fr.xml", "udhr.en-fr.xml"])
        for file in export.documents {
            let issues = try ExportTestFiles.dtdErrors(file.bytes, "xces-sentence-doc.dtd")
            #expect(issues.isEmpty, "\(file.name): \(issues)")
        }
        let issues = try ExportTestFiles.dtdErrors(export.linkFiles[0].bytes, "xces-align.dtd")
        #expect(issues.isEmpty, "\(issues)")
    }

    @Test func opusReadPrintsTheAlignedText() throws {
        let (directory, _, _) = try Self.writeExport()
        defer { try? FileManager.default.removeItem(at: directory) }
        guard let run = try Self.opusRead(["-d", "udhr", "-s", "en", "-t", "fr", "-af", "udhr.en-fr.xml", "-rd", ".", "-p", "raw"],
                                          in: directory) else { return }
        #expect(run.status == 0)
        // Expected pairs read from Sources-Texts/udhr/udhr_eng.xml and udhr_fra.xml.
        #expect(run.output.hasPrefix("""

            # udhr.en.xml
            # udhr.fr.xml

            ================================
            (src)="title.s1">Universal Declaration of Human Rights
            (trg)="title.s1">Déclaration universelle des droits de l’homme
            ================================
            (src)="h-preamble.s1">Preamble
            (trg)="h-preamble.s1">Préambule
            ================================

            """), "\(run.output.prefix(600))")
        #expect(run.output.contains("""
            ================================
            (src)="art1-p1.s1">All human beings are born free and equal in dignity and rights.
            (src)="art1-p1.s2">They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood.
            (trg)="art1-p1.s1">Tous les êtres humains naissent libres et égaux en dignité et en droits.
            (trg)="art1-p1.s2">Ils sont doués de raison et de conscience et doivent agir les uns envers les autres dans un esprit de fraternité.
            ================================

            """), "\(run.output.prefix(600))")
    }

    @Test func opusReadMosesLinesAreTheLinkedBlocksSentences() throws {
        let (directory, _, alignment) = try Self.writeExport()
        defer { try? FileManager.default.removeItem(at: directory) }
        guard let run = try Self.opusRead(["-d", "udhr", "-s", "en", "-t", "fr", "-af", "udhr.en-fr.xml", "-rd", ".", "-p", "raw",
                                           "-wm", "moses", "-w", "out.en", "out.fr"], in: directory) else { return }
        #expect(run.status == 0)
        func lines(_ name: String) throws -> [String] {
            try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                .dropLast().map(String.init)
        }
        func side(_ version: Int, _ ids: [String]) -> String {
            let splitter = SentenceSplitter(language: alignment.versions[version].language)
            return alignment.versions[version].blocks.filter { ids.contains($0.id) }
                .flatMap { SentenceUnit.of($0, splitter: splitter).map(\.text) }.joined(separator: " ")
        }
        let english = try lines("out.en"), french = try lines("out.fr")
        #expect(english.count == alignment.links.count)
        #expect(english == alignment.links.map { side(0, $0.blockIDs[0]) })
        #expect(french == alignment.links.map { side(1, $0.blockIDs[1]) })
        #expect(english.filter(\.isEmpty).count == alignment.links.filter { $0.blockIDs[0].isEmpty }.count)
        #expect(english.first == "Universal Declaration of Human Rights")
        #expect(french.first == "Déclaration universelle des droits de l’homme")
    }
}
