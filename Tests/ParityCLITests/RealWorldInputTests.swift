import Foundation
import ParityCore
import ParityTestSupport
import Testing

/// `parity` on PDF (through pdftotext), DOCX and HTML made from the real
/// es.txt (Tests/Fixtures/generated-from-es-txt), and on hostile files.
@Suite struct RealWorldInputTests {
    static let folder = "Tests/Fixtures/generated-from-es-txt"
    static let pdftotextInstalled = FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
        || (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext") }

    /// Outline lines without page furniture, sorted (footnotes stand at each format's own place).
    static func outlineLines(_ arguments: [String]) throws -> [String] {
        let run = try ParityExecutable.run(["outline"] + arguments)
        #expect(run.exitCode == 0, "\(arguments): \(run.standardError)")
        return run.outputLines.filter { !$0.contains(" pageFurniture ") }.sorted()
    }

    @Test(arguments: ["es-generated-typed-numbers.docx", "es-generated-auto-numbering.docx", "es-generated.html",
                      "es-generated-ol-numbering.html", "es-generated.pdftotext-layout.txt",
                      "es-generated.pdftotext.txt", "es-generated-hyphenated.pdftotext.txt"])
    func everyFormatShowsTheOutlineOfTheCleanText(name: String) throws {
        let clean = try Self.outlineLines(["Sources-Texts/un-hearings-2006/es.txt"])
        #expect(clean.count == 160)
        #expect(try Self.outlineLines(["\(Self.folder)/\(name)"]) == clean)
    }

    @Test(.enabled(if: pdftotextInstalled, "needs pdftotext (apt-get install poppler-utils)"))
    func pdfThroughPdftotextLayoutShowsTheOutlineOfTheCleanText() throws {
        let clean = try Self.outlineLines(["Sources-Texts/un-hearings-2006/es.txt"])
        #expect(try Self.outlineLines(["--pdf-layout", "\(Self.folder)/es-generated.pdf"]) == clean)
        // Reading order (the default) too: its column-by-column table of contents is rebuilt into rows.
        #expect(try Self.outlineLines(["\(Self.folder)/es-generated.pdf"]) == clean)
        #expect(try Self.outlineLines(["\(Self.folder)/es-generated-hyphenated.pdf"]) == clean)
        #expect(try Self.outlineLines(["--pdf-layout", "\(Self.folder)/es-generated-hyphenated.pdf"]) == clean)
    }

    @Test(.enabled(if: pdftotextInstalled, "needs pdftotext (apt-get install poppler-utils)"))
    func constructedBrokenPDFIsOneLineAndExitTwo() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let path = try files.write("constructed-broken.pdf", Array("%PDF-1.4\nnot really a PDF\n".utf8))
        let run = try ParityExecutable.run(["outline", path])
        #expect(run.exitCode == 2)
        #expect(run.errorLines == ["parity: \(path): cannot read: pdftotext could not read it (exit code 1; a damaged or protected PDF?)"])
    }

    @Test func pdfWithoutPdftotextSaysHowToInstallIt() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("parity-empty-path-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let path = "\(Self.folder)/es-generated.pdf"
        let run = try ParityExecutable.run(["outline", path], environment: ["PATH": empty.path])
        #expect(run.exitCode == 2)
        #expect(run.errorLines == ["parity: \(path): unsupported format: reading PDF needs pdftotext, which is not installed (apt-get install poppler-utils)"])
        #expect(run.standardOutput == "")
    }

    @Test(arguments: [
        ("Tests/Fixtures/constructed/constructed-zip-bomb.docx", "unsupported format: DOCX part word/document.xml inflates past 64 MiB (a zip bomb?)"),
        ("Tests/Fixtures/constructed/constructed-entity-bomb.docx", "malformed XML at line 1: Detected an entity reference loop"),
    ])
    func hostileDOCXIsOneLineAndExitTwo(path: String, message: String) throws {
        let run = try ParityExecutable.run(["outline", path])
        #expect(run.exitCode == 2)
        #expect(run.errorLines.count == 1)
        #expect(run.errorLines.first?.hasSuffix(message) == true)
        #expect(run.standardOutput == "")
    }

    @Test func truncatedDOCXIsOneLineAndExitTwo() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let bytes = [UInt8](try Data(contentsOf: RepositoryPaths.root.appendingPathComponent("\(Self.folder)/es-generated-typed-numbers.docx")))
        let path = try files.write("constructed-truncated.docx", Array(bytes.prefix(bytes.count / 2)))
        let run = try ParityExecutable.run(["outline", path])
        #expect(run.exitCode == 2)
        #expect(run.errorLines == ["parity: \(path): truncated input: the DOCX (ZIP) archive is incomplete or damaged (no end-of-central-directory record)"])
    }

    @Test func textCommandShowsTheStreamTheSegmenterReads() throws {
        let run = try ParityExecutable.run(["text", "\(Self.folder)/es-generated-auto-numbering.docx"])
        #expect(run.exitCode == 0)
        #expect(run.outputLines.first == "Asamblea General")
        #expect(run.outputLines.contains { $0.hasPrefix("23. Los participantes subrayaron la necesidad") })
        let raw = try ParityExecutable.run(["text", "--raw", "\(Self.folder)/es-generated.pdftotext.txt"])
        let cleaned = try ParityExecutable.run(["text", "\(Self.folder)/es-generated.pdftotext.txt"])
        #expect(raw.standardOutput.contains("06-44927"))
        #expect(!cleaned.standardOutput.contains("06-44927"))
    }
}
