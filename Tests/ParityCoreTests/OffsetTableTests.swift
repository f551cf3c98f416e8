@testable import ParityCore
import ParityTestSupport
import Testing

/// The compact offset table gives back every value appended, whatever the
/// steps between them (issue 11, item 8: transcoded and PDF-cleaned text kept
/// 8 bytes of offsets per byte of text).
@Suite struct OffsetTableTests {
    @Test(arguments: [1, 2, 3])
    func everyValueComesBack(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var values: [Int] = []
        var value = 0
        for _ in 0..<20_000 {
            switch Int.random(in: 0..<20, using: &random) {
            case 0: value += Int.random(in: 255...100_000, using: &random)  // far ahead
            case 1: value -= Int.random(in: 0...min(value, 5_000), using: &random)  // back
            case 2...4: break  // the same offset (the bytes of one character)
            default: value += Int.random(in: 1...4, using: &random)
            }
            values.append(value)
        }
        let table = OffsetTable(values)
        #expect(table.count == values.count)
        #expect(values.indices.allSatisfy { table[$0] == values[$0] })
    }

    @Test func constructedLatin1TextMapsEachUTF8ByteToItsInputByte() throws {
        // "Añ€" in windows-1252: A (1 byte -> 1), ñ (1 -> 2 UTF-8 bytes), € (0x80 -> 3 bytes).
        let decoded = try TextDecoder(forcedEncoding: .windows1252).decode([0x41, 0xF1, 0x80, 0x0A], file: "constructed-cp1252.txt")
        #expect(decoded.utf8 == Array("Añ€\n".utf8))
        #expect((0...decoded.utf8.count).map(decoded.originalOffset) == [0, 1, 1, 2, 2, 2, 3, 4])
    }
}

/// Copied text is kept as runs; a table whose runs stop paying turns into
/// the stepped form part way, and entries read back the same either way.
@Suite struct OffsetTableRunTests {
    @Test func copiedLinesAreRunsAndReadBack() {
        var table = OffsetTable()
        var expected: [Int] = []
        var input = 0
        for line in 0..<5_000 {
            let length = 20 + line % 60
            table.appendConsecutive(from: input, count: length)
            expected += Array(input..<(input + length))
            input += length + 1 + line % 3  // the line break and some dropped bytes
            table.append(input - 1)  // a joining space mapped to the byte before
            expected.append(input - 1)
        }
        #expect(table.count == expected.count)
        #expect(expected.indices.allSatisfy { table[$0] == expected[$0] })
        var hint = 0
        #expect(expected.indices.allSatisfy { table.entry($0, hint: &hint) == expected[$0] })
        #expect(table == OffsetTable(expected))
    }

    @Test func manyShortRunsTurnStepped() {
        // Every value twice (two UTF-8 bytes from one input offset): a run every two entries.
        var table = OffsetTable()
        var expected: [Int] = []
        for value in 0..<20_000 {
            table.append(value)
            table.append(value)
            expected += [value, value]
        }
        table.appendConsecutive(from: 50_000, count: 300)
        expected += Array(50_000..<50_300)
        #expect(expected.indices.allSatisfy { table[$0] == expected[$0] })
        var hint = 0
        var seen: [Int] = []
        table.forEachEntry(in: 0..<table.count) { index, value in
            #expect(table.entry(index, hint: &hint) == value)
            seen.append(value)
        }
        #expect(seen == expected)
    }
}
