import Foundation
import ParityCore
@testable import ParityIO
import ParityTestSupport
import Testing

/// PDF-cleaned text is put aside in an anonymous temporary file while the
/// blocks' text is made (`TemporaryTextSpill`,
/// `PlainTextSegmenter.segment(_:sourceName:spillingTo:)`), so that it and
/// the blocks' text are never in memory together (issue 11: memory below 3×
/// the input). The document is the one made in memory; when no file can be
/// written it is made in memory; no file is left behind.
@Suite struct CleanedTextSpillTests {
    static let pdftotextInstalled = PDFTextExtractor.executable(named: "pdftotext", searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "") != nil

    /// A spill that records what the segmenter asked of the real one.
    final class RecordingSpill: TextSpill {
        let inner: TemporaryTextSpill
        var stored: Int?
        var pieces: [Int] = []
        var reads = 0
        init(directory: String) { inner = TemporaryTextSpill(directory: directory) }
        func append(_ bytes: ArraySlice<UInt8>) -> Bool {
            guard inner.append(bytes) else { return false }
            stored = (stored ?? 0) + bytes.count
            pieces.append(bytes.count)
            return true
        }
        func contents() throws(InputError) -> [UInt8] { try inner.contents() }
        func bytes(_ range: Range<Int>) throws(InputError) -> ArraySlice<UInt8> {
            reads += 1
            return try inner.bytes(range)
        }
    }

    /// A spill that takes `pieces` pieces and nothing after (a disk that fills up; 0: a full disk).
    final class FullSpill: TextSpill {
        var pieces: Int
        init(after pieces: Int = 0) { self.pieces = pieces }
        func append(_ bytes: ArraySlice<UInt8>) -> Bool {
            pieces -= 1
            return pieces >= 0
        }
        func contents() throws(InputError) -> [UInt8] { throw .unreadable(file: "none", reason: "nothing stored") }
        func bytes(_ range: Range<Int>) throws(InputError) -> ArraySlice<UInt8> { throw .unreadable(file: "none", reason: "nothing stored") }
    }

    /// A spill that gives back other bytes than it was given: a byte short (a file cut short since), or the
    /// two bytes of "ó" as "oo" (same byte count, one scalar more).
    final class CorruptSpill: TextSpill {
        let shorten: Bool
        var bytes: [UInt8] = []
        init(shorten: Bool) { self.shorten = shorten }
        func append(_ bytes: ArraySlice<UInt8>) -> Bool {
            self.bytes += bytes
            return true
        }
        private var corrupted: [UInt8] {
            shorten ? Array(bytes.dropLast()) : Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "ó", with: "oo").utf8)
        }
        func contents() throws(InputError) -> [UInt8] { corrupted }
        func bytes(_ range: Range<Int>) throws(InputError) -> ArraySlice<UInt8> {
            let corrupted = corrupted
            return corrupted[range.lowerBound..<min(range.upperBound, corrupted.count)]
        }
    }

    private func emptyDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("spill-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Segments `text` in memory and through a spill in a fresh directory: the same document, the spill used, no file left.
    private func expectSpilledEqualsInMemory(_ text: DecodedText, name: String) throws {
        let directory = try emptyDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let segmenter = PlainTextSegmenter()
        let inMemory = segmenter.segment(text, sourceName: name)
        let spill = RecordingSpill(directory: directory)
        let spilled = try segmenter.segment(text, sourceName: name, spillingTo: spill)
        #expect(spill.stored != nil, "\(name): the cleaned text was not spilled")
        #expect(spill.reads > 0, "\(name)")
        #expect(spilled.blocks.count > 5, "\(name)")
        #expect(spilled == inMemory, "\(name)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == [], "\(name): a file was left behind")
    }

    /// The real ODS PDFs, read by geometry and by pdftotext's reading order.
    @Test(.enabled(if: pdftotextInstalled, "needs pdftotext (apt-get install poppler-utils)"))
    func realPDFsSpilledEqualInMemory() throws {
        let folder = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/real/un-ods-pdf")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(names.count == 10)
        for name in names {
            for geometry in [true, false] {
                let path = folder.appendingPathComponent(name).path
                let text = try #require(try InputLoader(pdfGeometry: geometry).segmenterText(path))
                try expectSpilledEqualsInMemory(text, name: "\(name) geometry \(geometry)")
            }
        }
    }

    /// A constructed PDF-like text: pages split by form feeds with a running
    /// header and a page number, paragraphs hard-wrapped and hyphenated
    /// across lines and pages, a page-bottom footnote.
    static let constructedPDFText: String = {
        var pages: [String] = []
        var number = 0
        for page in 1...12 {
            var lines = ["A/99/999", ""]
            for _ in 0..<4 {
                number += 1
                lines += ["\(number). La Asamblea General examinó el informe número \(number) sobre la coopera-",
                          "ción internacional y decidió aplazar el examen de la cuestión hasta su",
                          "próximo período de sesiones, con la participación de los Estados Miembros.", ""]
            }
            lines += ["\(number + 1). Este párrafo sigue en la página siguiente porque el texto es largo y con-"]
            lines += ["", "1   Nota construida al pie de la página \(page).", "", "\(page)", ""]
            pages.append(lines.joined(separator: "\n"))
        }
        return pages.joined(separator: "\u{0C}")
    }()

    @Test func constructedPDFTextSpilledEqualsInMemory() throws {
        #expect(PDFExtractionDetector.looksExtracted(Array(Self.constructedPDFText.utf8)))
        try expectSpilledEqualsInMemory(DecodedText(Self.constructedPDFText), name: "constructed-pdf-text")
    }

    /// The pdftotext outputs of the generated PDFs (files in the repository) loaded from files,
    /// as `parity` does (streaming read and spill): the in-memory document.
    @Test(arguments: ["es-generated.pdftotext.txt", "es-generated-hyphenated.pdftotext.txt",
                      "es-generated.pdftotext-layout.txt", "es-generated-hyphenated.pdftotext-layout.txt"])
    func pdftotextFilesLoadAsInMemory(name: String) throws {
        let path = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/generated-from-es-txt/" + name).path
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(PDFExtractionDetector.looksExtracted(bytes))
        try expectSpilledEqualsInMemory(try #require(try InputLoader().segmenterText(path)), name: name)
        let loaded = try InputLoader(language: .spanish).load(path)
        let text = try #require(try InputLoader().segmenterText(path))
        #expect(loaded == PlainTextSegmenter(language: .spanish).segment(text, sourceName: path))
    }

    /// No file can be written, or the disk fills up after the first piece: the document is made in memory, the same.
    @Test func aSpillThatCannotStoreFallsBackToMemory() throws {
        let text = DecodedText(Self.constructedPDFText)
        let inMemory = PlainTextSegmenter().segment(text, sourceName: "constructed-pdf-text")
        #expect(try PlainTextSegmenter().segment(text, sourceName: "constructed-pdf-text", spillingTo: FullSpill()) == inMemory)
        var large = Self.constructedPDFText
        while large.utf8.count < 2 * (1 << 20) + 1000 { large += "\u{0C}" + Self.constructedPDFText }
        let largeInMemory = PlainTextSegmenter().segment(DecodedText(large), sourceName: "constructed-pdf-text")
        #expect(try PlainTextSegmenter().segment(DecodedText(large), sourceName: "constructed-pdf-text", spillingTo: FullSpill(after: 1)) == largeInMemory)
        let missing = TemporaryTextSpill(directory: "/nonexistent-\(UUID().uuidString)")
        #expect(!missing.append([1, 2, 3]))
        #expect(try PlainTextSegmenter().segment(text, sourceName: "constructed-pdf-text", spillingTo: missing) == inMemory)
    }

    /// Text read back that is not the text stored is a one-line error naming the input, never wrong text.
    @Test(arguments: [true, false])
    func wrongTextReadBackIsAnError(shorten: Bool) {
        #expect(throws: InputError.unreadable(file: "constructed-pdf-text", reason: "the cleaned text read back is not the text stored")) {
            _ = try PlainTextSegmenter().segment(DecodedText(Self.constructedPDFText), sourceName: "constructed-pdf-text", spillingTo: CorruptSpill(shorten: shorten))
        }
    }

    /// The temporary file has no name from the moment it exists, and gives back what was written, across windows.
    @Test func theTemporaryFileHasNoName() throws {
        let directory = try emptyDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let spill = TemporaryTextSpill(directory: directory)
        let bytes = (0..<(3 * FileReadWindow.size + 17)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        // Appended in pieces that do not fall on window edges.
        for start in stride(from: 0, to: bytes.count, by: 700_001) {
            #expect(spill.append(bytes[start..<min(start + 700_001, bytes.count)]))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == [])
        #expect(try spill.contents() == bytes)
        for range in [0..<10, 5..<(FileReadWindow.size + 5), (bytes.count - 100)..<bytes.count, 3..<4, 0..<bytes.count] {
            #expect(Array(try spill.bytes(range)) == Array(bytes[range]))
        }
        #expect(throws: InputError.self) { try spill.bytes(0..<(bytes.count + 1)) }
    }
}
