import Foundation
import ParityCore
import ParityTestSupport
import Testing
@testable import parity

@Suite struct InputLoaderTests {
    @Test func constructedFileOverTheLimitIsTooLarge() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let path = try files.write("constructed-large.txt", Array(repeating: UInt8(ascii: "a"), count: 100))
        #expect(throws: InputError.tooLarge(file: path, bytes: 100, limit: 64)) {
            try InputLoader(sizeLimit: 64).load(path)
        }
    }

    @Test func formatComesFromExtensionOrContent() {
        #expect(InputFormat.detect(path: "a.XML", bytes: Array("text".utf8)) == .udhrXML)
        #expect(InputFormat.detect(path: "a.txt", bytes: Array("\n  <?xml version='1.0'?><udhr/>".utf8)) == .udhrXML)
        #expect(InputFormat.detect(path: "a", bytes: [0xEF, 0xBB, 0xBF] + Array("<udhr>".utf8)) == .udhrXML)
        let utf16: [UInt8] = [0xFF, 0xFE] + "<?xml".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(InputFormat.detect(path: "a", bytes: utf16) == .udhrXML)
        #expect(InputFormat.detect(path: "es.txt", bytes: Array("Asamblea General".utf8)) == .plainText)
        #expect(InputFormat.detect(path: "x.txt", bytes: Array("<b>bold</b>".utf8)) == .plainText)
    }

    @Test func languageOptionWinsElseTheFileDecides() throws {
        let path = RepositoryPaths.sourceText("udhr/udhr_rus.xml").path
        #expect(try InputLoader().load(path).language == .russian)
        #expect(try InputLoader(language: .chinese).load(path).language == .chinese)
    }
}
