import Testing
import ParityTestSupport
@testable import ParityCore

@Suite struct TextDecoderTests {
    @Test func rejectsEmptyInput() {
        #expect(throws: InputError.empty(file: "x.txt")) { try TextDecoder().decode([], file: "x.txt") }
    }

    @Test func reportsOffsetOfInvalidUTF8() {
        let bytes: [UInt8] = Array("Año ".utf8) + [0xFF, 0x41]
        #expect(throws: InputError.invalidUTF8(file: "x.txt", offset: 5)) { try TextDecoder().decode(bytes, file: "x.txt") }
    }

    @Test func rejectsBinary() {
        #expect(throws: InputError.binary(file: "b", offset: 1)) { try TextDecoder().decode([0x41, 0, 0x42], file: "b") }
    }

    @Test func readsUTF16LittleEndianWithBOMAndMapsOffsets() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Añ€".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let text = try TextDecoder().decode(bytes, file: "u16")
        #expect(text.string == "Añ€")
        #expect(text.encoding == .utf16LittleEndian)
        // "ñ" is UTF-8 bytes 1..<3 and input bytes 4..<6.
        #expect(text.sourceRange(1, 3) == SourceRange(start: 4, end: 6))
        #expect(text.originalOffset(text.utf8.count) == bytes.count)
    }

    @Test func readsWindows1252WhenAsked() throws {
        let text = try TextDecoder(forcedEncoding: .windows1252).decode([0x41, 0xF1, 0x80], file: "w")
        #expect(text.string == "Añ€")
        #expect(text.sourceRange(1, 3) == SourceRange(start: 1, end: 2))
    }

    @Test func skipsUTF8ByteOrderMark() throws {
        let text = try TextDecoder().decode([0xEF, 0xBB, 0xBF, 0x41], file: "bom")
        #expect(text.string == "A")
        #expect(text.sourceRange(0, 1) == SourceRange(start: 3, end: 4))
    }
}

@Suite struct UnmarkedUTF16Tests {
    @Test func realSpanishTextInUTF16WithoutMarkIsRecognised() throws {
        let original = try RepositoryPaths.sourceTextBytes("un-hearings-2006/es.txt")
        let units = Array(String(decoding: original, as: UTF8.self).utf16)
        let little = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let fromLittle = try TextDecoder().decode(little, file: "es-utf16le.txt")
        let fromBig = try TextDecoder().decode(big, file: "es-utf16be.txt")
        #expect(fromLittle.encoding == .utf16LittleEndian)
        #expect(fromBig.encoding == .utf16BigEndian)
        #expect(fromLittle.utf8 == original)
        #expect(fromBig.utf8 == original)
        // Plain UTF-8 is never taken for UTF-16.
        #expect(TextDecoder.unmarkedUTF16(original) == nil)
    }
}
