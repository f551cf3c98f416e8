import Foundation
import ParityCore
@testable import ParityIO
import ParityTestSupport
import Testing

/// A plain-text file is segmented with a streaming second read
/// (`InputFileRereader`, `PlainTextSegmenter.segment(_:sourceName:rereading:)`):
/// the text of verbatim paragraphs is read back from the file once the
/// input's bytes are gone (issue 11, item 8: memory below 3× the input). The
/// documents are the same as when the bytes stay in memory, and a file that
/// changes meanwhile is an error, never wrong text.
@Suite struct StreamingReadTests {
    private func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString)-\(name)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Real texts as files (UTF-8, with a byte-order mark, and transcoded to
    /// windows-1252 and Latin-1): the same document as from bytes in memory.
    @Test(arguments: ["un-hearings-2006/es.txt", "paris-agreement/en.txt", "paris-agreement/es.md"])
    func streamedDocumentEqualsTheInMemoryOne(relative: String) throws {
        let utf8: [UInt8]
        if relative.hasPrefix("paris-agreement/") {
            utf8 = [UInt8](try Data(contentsOf: RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/real/" + relative)))
        } else {
            utf8 = try RepositoryPaths.sourceTextBytes(relative)
        }
        let text = String(decoding: utf8, as: UTF8.self)
        // Characters Latin-1 cannot write are left out of the transcoded copies.
        let latin1 = text.unicodeScalars.compactMap { $0.value < 0x100 ? UInt8($0.value) : nil }
        // A last paragraph with the euro sign, 0x80 in windows-1252.
        let windows1252 = latin1 + Array("\n\n9999. Cuesta 5 ".utf8) + [0x80] + Array(".\n".utf8)
        let name = relative.replacingOccurrences(of: "/", with: "-")
        for (bytes, encoding) in [(utf8, nil), ([0xEF, 0xBB, 0xBF] + utf8, nil), (latin1, TextEncoding.latin1),
                                  (windows1252, TextEncoding.windows1252)] as [([UInt8], TextEncoding?)] {
            let path = try temporaryFile(name, bytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let loader = InputLoader(encoding: encoding)
            let streamed = try loader.load(path)
            let inMemory = try loader.load(bytes: bytes, name: path)
            #expect(streamed.blocks.count > 10)
            #expect(streamed == inMemory, "\(relative) \(encoding.map { "\($0)" } ?? "utf-8") \(bytes.count) bytes")
        }
    }

    /// Verbatim paragraphs read back are the file's own: a one-line paragraph
    /// per line, so most blocks take the streaming read.
    @Test func constructedParagraphsReadBackFromTheFile() throws {
        let lines = (1...300).map { "\($0). Párrafo número \($0) del texto «construido», leído dos veces." }
        let path = try temporaryFile("constructed-streamed.txt", Array(lines.joined(separator: "\n\n").utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let document = try InputLoader(language: .spanish).load(path)
        #expect(document.numberedParagraphs.count == 300)
        #expect(document.numberedParagraphs.last?.text == "Párrafo número 300 del texto «construido», leído dos veces.")
    }

    /// Bytes read back that are not what was segmented (the file changed) make
    /// a one-line error naming the input, never a document with wrong text.
    @Test func changedBytesAreAnError() {
        let original = "1. Primer párrafo del texto.\n\n2. Segundo párrafo del texto.\n"
        let changed = Array("1. Primer párrafo del texto.\n\n2. Otro párrafo, más largo que antes.\n".utf8)
        #expect(throws: InputError.unreadable(file: "constructed.txt", reason: "changed while it was being read")) {
            try PlainTextSegmenter(language: .spanish).segment(DecodedText(original), sourceName: "constructed.txt") {
                (range: SourceRange) throws(InputError) -> ArraySlice<UInt8> in changed[range.start..<min(range.end, changed.count)]
            }
        }
    }

    /// The rereader reads only the file first read: grown, shrunk or touched since, it fails with one line.
    @Test func rereaderRefusesAChangedFile() throws {
        let bytes = Array("Texto de prueba construido.\n".utf8)
        let path = try temporaryFile("constructed-reread.txt", bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (read, identity) = try InputFileReader.readWithIdentity(path)
        #expect(read == bytes)
        let rereader = InputFileRereader(path: path, identity: identity)
        #expect(Array(try rereader.bytes(SourceRange(start: 9, end: 15))) == Array("prueba".utf8))
        try rereader.finish()

        try Data(bytes + Array("Más.\n".utf8)).write(to: URL(fileURLWithPath: path))
        let stale = InputFileRereader(path: path, identity: identity)
        #expect(throws: InputError.unreadable(file: path, reason: "changed while it was being read")) {
            _ = try stale.bytes(SourceRange(start: 0, end: 5))
        }
    }
}
