import Testing
@testable import ParityCore

/// `CognateKeys` reads UTF-8 bytes; these compare it with the definition
/// read scalar by scalar (first four folded Latin letters of words of four
/// or more, FNV-1a of digit runs), on constructed text.
@Suite struct CognateKeysTests {
    /// The keys as defined, scalar by scalar, with a set.
    static func reference(_ text: String) -> [CognateKeys.Key] {
        let folding: [(ClosedRange<UInt32>, UInt8)] = [
            (0xC0...0xC5, 97), (0xE0...0xE5, 97), (0xC7...0xC7, 99), (0xE7...0xE7, 99),
            (0xC8...0xCB, 101), (0xE8...0xEB, 101), (0xCC...0xCF, 105), (0xEC...0xEF, 105),
            (0xD1...0xD1, 110), (0xF1...0xF1, 110), (0xD2...0xD6, 111), (0xF2...0xF6, 111),
            (0xD9...0xDC, 117), (0xF9...0xFC, 117), (0x152...0x153, 111),
        ]
        func fold(_ v: UInt32) -> UInt8? {
            if v >= 0x61 && v <= 0x7A { return UInt8(v) }
            if v >= 0x41 && v <= 0x5A { return UInt8(v + 32) }
            return folding.first { $0.0.contains(v) }?.1
        }
        var keys = Set<CognateKeys.Key>()
        var word = 0, wordLength = 0, digitCount = 0
        var digits: UInt64 = 0xcbf2_9ce4_8422_2325
        func flushWord() {
            if wordLength >= 4 { keys.insert(CognateKeys.Key(word)) }
            word = 0
            wordLength = 0
        }
        func flushDigits() {
            if digitCount > 0 { keys.insert(CognateKeys.Key(truncatingIfNeeded: (digits ^ (digits >> 31)) & 0x7FFF_FFFF) | 0x8000_0000) }
            digits = 0xcbf2_9ce4_8422_2325
            digitCount = 0
        }
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar.value) {
                flushDigits()
                if wordLength < 4 { word |= Int(folded) << (8 * wordLength) }
                wordLength += 1
            } else if scalar.value >= 0x30 && scalar.value <= 0x39 {
                flushWord()
                digits = (digits ^ UInt64(scalar.value)) &* 0x100_0000_01b3
                digitCount += 1
            } else {
                flushWord()
                flushDigits()
            }
        }
        flushWord()
        flushDigits()
        return keys.sorted()
    }

    @Test(arguments: [
        "constructed: the General Assembly / la Asamblea General / l'Assemblée générale, resolution 60/227 of 2006",
        "constructed Œuvre ÇÀÉÎÕÜ ñandú año 1.000,5 — Приложение 2 العربية ١٢ 中文 2019年 😀 naïve",
        "",
        "1234",
        "abcd",
    ])
    func constructedTextGivesTheDefinedKeys(_ text: String) {
        #expect(CognateKeys.of(text) == Self.reference(text))
    }

    @Test func everyScalarUpToU3100BetweenLettersGivesTheDefinedKeys() {
        // Each scalar between letters and digits, so that it ends (or does not end) a word or a figure.
        var text = String.UnicodeScalarView()
        for value in UInt32(0)..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            text.append(contentsOf: "abcd".unicodeScalars)
            text.append(scalar)
            text.append(contentsOf: "ef12".unicodeScalars)
            text.append(scalar)
            text.append(contentsOf: "34".unicodeScalars)
        }
        let string = String(text)
        #expect(CognateKeys.of(string) == Self.reference(string))
    }
}
