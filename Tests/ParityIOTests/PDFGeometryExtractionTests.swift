import Foundation
import ParityCore
import ParityIO
import ParityTestSupport
import Testing

/// The geometry reading of PDFs through `pdftotext -bbox-layout`
/// (`PDFTextExtractor.extractGeometry`): its fall-back to the reading-order
/// text when the box output is broken, and its losslessness on real ODS PDFs.
@Suite struct PDFGeometryExtractionTests {
    static let pdftotextInstalled = PDFTextExtractor.executable(named: "pdftotext", searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "") != nil

    /// A stand-in `pdftotext` that writes `boxes` for `-bbox-layout` and a plain text otherwise, in a private folder.
    static func fakePdftotext(boxes: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("constructed-pdftotext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let script = """
        #!/bin/sh
        for argument in "$@"; do
          if [ "$argument" = "-bbox-layout" ]; then printf '%s' '\(boxes)'; exit 0; fi
        done
        printf 'Reading order text.\\n\\f'
        """
        let path = folder.appendingPathComponent("pdftotext").path
        try Data(script.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
        return folder.path
    }

    @Test func brokenBoxOutputFallsBackToTheReadingOrderText() throws {
        let folder = try Self.fakePdftotext(boxes: "<html><body><doc><page width=\"x\"></doc>")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let extracted = try PDFTextExtractor.extractGeometry(bytes: Array("%PDF-1.4 constructed".utf8), name: "constructed.pdf", searchPath: folder)
        #expect(!extracted.fromGeometry)
        #expect(String(decoding: extracted.text, as: UTF8.self) == "Reading order text.\n\u{0C}")
    }

    @Test func boxOutputIsRebuiltIntoText() throws {
        let boxes = "<doc><page width=\"595\" height=\"842\"><flow><block xMin=\"1\" yMin=\"1\" xMax=\"2\" yMax=\"2\">"
            + "<line xMin=\"100\" yMin=\"100\" xMax=\"150\" yMax=\"114\"><word xMin=\"100\" yMin=\"100\" xMax=\"120\" yMax=\"114\">Texte</word>"
            + "<word xMin=\"123\" yMin=\"100\" xMax=\"150\" yMax=\"114\">&amp;c.</word></line></block></flow></page></doc>"
        let folder = try Self.fakePdftotext(boxes: boxes)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let extracted = try PDFTextExtractor.extractGeometry(bytes: Array("%PDF-1.4 constructed".utf8), name: "constructed.pdf", searchPath: folder)
        #expect(extracted.fromGeometry)
        #expect(String(decoding: extracted.text, as: UTF8.self) == "Texte &c.\n\u{0C}")
    }

    /// Every non-white-space byte of the rebuilt text of each real ODS PDF lies in exactly one block.
    @Test(.enabled(if: pdftotextInstalled, "needs pdftotext (apt-get install poppler-utils)"))
    func theGeometryReadingOfTheRealPDFsIsLossless() throws {
        let folder = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/real/un-ods-pdf")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(names.count == 10)
        for name in names {
            let path = folder.appendingPathComponent(name).path
            let extracted = try PDFTextExtractor.extractGeometry(path)
            #expect(extracted.fromGeometry, "\(name)")
            let text = try #require(try InputLoader().segmenterText(path))
            #expect(text.utf8 == extracted.text)
            #expect(text.paragraphsMarkedByGeometry)
            let document = PlainTextSegmenter().segment(text, sourceName: name)
            #expect(LosslessCoverage.violations(text.utf8, document).isEmpty, "\(name)")
            #expect(try InputLoader().load(path).blocks == document.blocks)
        }
    }
}
