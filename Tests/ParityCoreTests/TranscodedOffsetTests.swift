import ParityCore
import ParityTestSupport
import Testing

/// Transcoded input keeps the way back to its own byte offsets without a
/// table entry per byte (issue 11, item 8): every UTF-8 offset of long
/// random texts maps to the input offset a byte-by-byte reference gives,
/// across many 256-byte checkpoints, for Windows-1252 and both UTF-16 orders.
@Suite struct TranscodedOffsetTests {
    /// Scalars of one, two, three and four UTF-8 bytes (the last only for UTF-16).
    private static let utf16Alphabet: [Unicode.Scalar] = ["a", " ", "\n", "é", "Ж", "ع", "€", "中", "😀", "𝔸"]
    /// Scalars Windows-1252 has: ASCII, Latin-1 letters, and 0x80–0x9F punctuation.
    private static let windows1252Alphabet: [(Unicode.Scalar, UInt8)] = [
        ("a", 0x61), (" ", 0x20), ("\n", 0x0A), ("é", 0xE9), ("ñ", 0xF1), ("€", 0x80), ("—", 0x97), ("œ", 0x9C),
    ]

    /// Reference: for each UTF-8 byte, the input offset of the scalar it belongs to, then the end.
    private static func reference(_ scalars: [Unicode.Scalar], inputWidths: [Int], start: Int) -> [Int] {
        var offsets: [Int] = []
        var offset = start
        for (scalar, width) in zip(scalars, inputWidths) {
            offsets += Array(repeating: offset, count: UTF8.width(scalar))
            offset += width
        }
        return offsets + [offset]
    }

    @Test(arguments: [1, 2, 3])
    func windows1252OffsetsMatchTheReference(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let picks = (0..<5_000).map { _ in Self.windows1252Alphabet[Int.random(in: 0..<Self.windows1252Alphabet.count, using: &random)] }
        let decoded = try TextDecoder(forcedEncoding: .windows1252).decode(picks.map(\.1), file: "constructed-random.txt")
        let scalars = picks.map(\.0)
        #expect(decoded.utf8 == Array(String(String.UnicodeScalarView(scalars)).utf8))
        let expected = Self.reference(scalars, inputWidths: scalars.map { _ in 1 }, start: 0)
        #expect((0...decoded.utf8.count).map(decoded.originalOffset) == expected)
    }

    @Test(arguments: [(UInt64(1), false), (2, true), (3, false)])
    func utf16OffsetsMatchTheReference(seed: UInt64, bigEndian: Bool) throws {
        var random = SplitMix64(seed: seed)
        let scalars = (0..<5_000).map { _ in Self.utf16Alphabet[Int.random(in: 0..<Self.utf16Alphabet.count, using: &random)] }
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in String(String.UnicodeScalarView(scalars)).utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let decoded = try TextDecoder().decode(bytes, file: "constructed-random-utf16.txt")
        #expect(decoded.byteOrderMarkLength == 2)
        let expected = Self.reference(scalars, inputWidths: scalars.map { $0.value > 0xFFFF ? 4 : 2 }, start: 2)
        #expect((0...decoded.utf8.count).map(decoded.originalOffset) == expected)
    }
}
