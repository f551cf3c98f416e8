import Foundation
@testable import ParityCore
@testable import ParityIO
import ParityTestSupport
import Testing

/// The PDF clean-up writes its cleaned text to a `TextSpill` a piece of
/// about a megabyte at a time as it cleans (`CleanTextWriter`), instead of
/// keeping it beside the input to the end (issue 11: memory below 3× the
/// input); the segmenter reads it back whole once the input is freed
/// (`PDFTextCleanupPass.Result.takeBack(_:)`, checked by a `TextChecksum`).
/// The text, offsets, furniture and rebuilt rows are those of the clean-up
/// in memory, on real PDF text.
@Suite struct StreamedCleanupTests {
    static let pdftotextInstalled = PDFTextExtractor.executable(named: "pdftotext", searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "") != nil

    /// A spill in memory that records the pieces it is given.
    final class PieceSpill: TextSpill {
        var stored: [UInt8] = []
        var pieces: [Int] = []
        func append(_ bytes: ArraySlice<UInt8>) -> Bool {
            stored += bytes
            pieces.append(bytes.count)
            return true
        }
        func contents() throws(InputError) -> [UInt8] { stored }
        func bytes(_ range: Range<Int>) throws(InputError) -> ArraySlice<UInt8> { stored[range] }
    }

    /// Cleans `text` in memory and streamed to a spill: the spill gets the
    /// text in pieces of a megabyte (the last one shorter), none is kept in
    /// memory, and once taken back it is the in-memory result in every part.
    private func expectStreamedEqualsInMemory(_ text: DecodedText, name: String, pieces: ClosedRange<Int> = 1...1) throws {
        let inMemory = PDFTextCleanupPass.clean(text, paragraphsMarked: text.paragraphsMarkedByGeometry)
        let spill = PieceSpill()
        var streamed = try #require(PDFTextCleanupPass.clean(text, paragraphsMarked: text.paragraphsMarkedByGeometry, spillingTo: spill), "\(name)")
        #expect(streamed.text.utf8.isEmpty, "\(name): the cleaned text was kept in memory")
        #expect(pieces.contains(spill.pieces.count), "\(name): \(spill.pieces.count) pieces")
        // Pieces go out once a megabyte is gathered: at the end of the block that reaches it.
        #expect(spill.pieces.dropLast().allSatisfy { $0 >= CleanTextWriter.pieceSize && $0 < CleanTextWriter.pieceSize + 64 * 1024 }, "\(name): \(spill.pieces)")
        #expect(spill.stored == inMemory.text.utf8, "\(name)")
        let takenBack = streamed.takeBack(spill.stored)
        #expect(takenBack, "\(name)")
        #expect(streamed.text.utf8 == inMemory.text.utf8, "\(name)")
        #expect(streamed.text.encoding == inMemory.text.encoding)
        var cursors = (DecodedText.OffsetCursor(), DecodedText.OffsetCursor())
        let differing = (0...inMemory.text.utf8.count).first {
            streamed.text.originalOffset($0, cursor: &cursors.0) != inMemory.text.originalOffset($0, cursor: &cursors.1)
        }
        #expect(differing == nil, "\(name): offsets differ from byte \(differing ?? -1)")
        #expect(streamed.furniture.map(\.range) == inMemory.furniture.map(\.range), "\(name)")
        #expect(streamed.furniture.map(\.text) == inMemory.furniture.map(\.text), "\(name)")
        #expect(streamed.rebuiltRows.map(\.span) == inMemory.rebuiltRows.map(\.span), "\(name)")
        #expect(streamed.rebuiltRows.map(\.pieces) == inMemory.rebuiltRows.map(\.pieces), "\(name)")
        let takenTwice = streamed.takeBack(spill.stored)
        #expect(!takenTwice, "\(name): taken back twice")
    }

    /// The real ODS PDFs, read by geometry and by pdftotext's reading order.
    @Test(.enabled(if: pdftotextInstalled, "needs pdftotext (apt-get install poppler-utils)"))
    func realPDFsStreamedEqualInMemory() throws {
        let folder = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/real/un-ods-pdf")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(names.count == 10)
        for name in names {
            for geometry in [true, false] {
                let text = try #require(try InputLoader(pdfGeometry: geometry).segmenterText(folder.appendingPathComponent(name).path))
                #expect(PDFExtractionDetector.looksExtracted(text.utf8), "\(name)")
                try expectStreamedEqualsInMemory(text, name: "\(name) geometry \(geometry)")
            }
        }
    }

    private static func generated(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/generated-from-es-txt/" + name)))
    }

    /// pdftotext's output of the generated PDFs (reading order and `-layout`, with and without hyphenation).
    @Test(arguments: ["es-generated.pdftotext.txt", "es-generated-hyphenated.pdftotext.txt",
                      "es-generated.pdftotext-layout.txt", "es-generated-hyphenated.pdftotext-layout.txt"])
    func pdftotextOutputStreamedEqualsInMemory(name: String) throws {
        try expectStreamedEqualsInMemory(DecodedText(utf8: try Self.generated(name), encoding: .utf8), name: name)
    }

    /// Several megabytes (pdftotext's output repeated, pages apart): the text goes out in several pieces.
    @Test func largeTextGoesOutInPieces() throws {
        let page = try Self.generated("es-generated.pdftotext.txt")
        var bytes: [UInt8] = []
        while bytes.count < 3 * CleanTextWriter.pieceSize + 1000 { bytes += page + [0x0C] }
        try expectStreamedEqualsInMemory(DecodedText(utf8: bytes, encoding: .utf8), name: "repeated", pieces: 3...4)
    }

    /// Bytes read back that are not those spilled (one changed, one missing, an empty read) are refused, the text left empty.
    @Test func takeBackRefusesOtherBytes() throws {
        let text = DecodedText(utf8: try Self.generated("es-generated-hyphenated.pdftotext.txt"), encoding: .utf8)
        let spill = PieceSpill()
        var streamed = try #require(PDFTextCleanupPass.clean(text, spillingTo: spill))
        var changed = spill.stored
        changed[changed.count / 2] ^= 0x20
        for wrong in [changed, Array(spill.stored.dropLast()), [], spill.stored + [0x0A]] {
            let taken = streamed.takeBack(wrong)
            #expect(!taken)
            #expect(streamed.text.utf8.isEmpty)
        }
        let taken = streamed.takeBack(spill.stored)
        #expect(taken)
    }

    /// A spill that stops taking pieces (a disk filling up) gives no result: the caller cleans in memory.
    @Test func aSpillThatStopsTakingGivesNoResult() throws {
        let page = try Self.generated("es-generated.pdftotext.txt")
        var bytes: [UInt8] = []
        while bytes.count < 2 * CleanTextWriter.pieceSize + 1000 { bytes += page + [0x0C] }
        #expect(PDFTextCleanupPass.clean(DecodedText(utf8: bytes, encoding: .utf8), spillingTo: CleanedTextSpillTests.FullSpill(after: 1)) == nil)
    }

    /// The checksum does not depend on how the bytes are cut into pieces, and changes with one byte or two bytes swapped.
    @Test func checksumIgnoresPiecesAndSeesChanges() throws {
        let bytes = try Self.generated("es-generated.pdftotext.txt")
        var whole = TextChecksum()
        whole.add(bytes)
        #expect(whole.count == bytes.count)
        for cuts in [[1, 2, 3, 4, 5, 6, 7, 8, 9], [7, 8, 16, 17, 1000], [3, 11, 19, 27], [bytes.count - 1]] {
            var pieces = TextChecksum()
            var start = 0
            for cut in cuts + [bytes.count] {
                pieces.add(bytes[start..<cut])
                start = cut
            }
            #expect(pieces == whole, "cut at \(cuts)")
        }
        for position in [0, 5, 8, bytes.count / 2, bytes.count - 1] {
            var changed = bytes
            changed[position] ^= 1
            var sum = TextChecksum()
            sum.add(changed)
            #expect(sum != whole, "byte \(position)")
        }
        var swapped = bytes
        let unequal = try #require((100..<bytes.count - 1).first { bytes[$0] != bytes[$0 + 1] })
        swapped.swapAt(unequal, unequal + 1)
        var sum = TextChecksum()
        sum.add(swapped)
        #expect(sum != whole)
        var shorter = TextChecksum()
        shorter.add(bytes.dropLast())
        #expect(shorter != whole)
    }
}
