import Testing
@testable import ParityCore

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("Article 1", 9),
        ("constructed CJK 人人生而自由", 16 + 12),
        ("，。、；：", 10),
        ("ＡＢＣ１２３", 12),
        ("한국어", 6),
        ("الإعلان العالمي", 15),
        ("e\u{301}", 1),
        ("a\u{300}\u{301}\u{302}", 1),
        ("\u{200D}\u{FE0F}", 0),
        ("\u{1B}[31m", 4),
        ("👍", 2),
        ("👍🏽", 2),
        ("👨‍👩‍👧‍👦", 2),
        ("❤️", 2),
        ("❤", 1),
        ("🇪🇸🇫🇷", 4),
        ("1️⃣", 2),
        ("\u{200F}abc\u{200E}", 3),
    ])
    func constructedStringWidths(text: String, cells: Int) {
        #expect(DisplayWidth.of(text) == cells, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func constructedScalarWidths() {
        #expect(DisplayWidth.of("a" as Unicode.Scalar) == 1)
        #expect(DisplayWidth.of("人" as Unicode.Scalar) == 2)
        #expect(DisplayWidth.of("\u{3000}" as Unicode.Scalar) == 2)
        #expect(DisplayWidth.of("\u{0301}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("\u{064B}" as Unicode.Scalar) == 0)  // Arabic fathatan
        #expect(DisplayWidth.of("\u{FE0F}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("\u{0007}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("\u{1F600}" as Unicode.Scalar) == 2)
        #expect(DisplayWidth.of("\u{1FAE8}" as Unicode.Scalar) == 2)  // Unicode 15 emoji, beyond the generator's data
        #expect(DisplayWidth.of("\u{20BB7}" as Unicode.Scalar) == 2)  // CJK extension B
        #expect(DisplayWidth.of("\u{1160}" as Unicode.Scalar) == 0)   // Hangul medial jamo
        #expect(DisplayWidth.of("\u{00AD}" as Unicode.Scalar) == 1)
    }

    @Test func constructedArabicWithHarakatCountsBaseLettersOnly() {
        // "بِسْمِ" : three letters, three combining vowel signs.
        #expect(DisplayWidth.of("\u{0628}\u{0650}\u{0633}\u{0652}\u{0645}\u{0650}") == 3)
    }

    @Test func constructedClusterBoundariesMatchCharacters() {
        let samples = ["e\u{301}x", "👨‍👩‍👧x", "🇪🇸🇫🇷🇩", "👍🏽a", "क्षि", "한\u{1100}\u{1161}\u{11A8}", "a\u{200F}b", "\u{0301}a"]
        for sample in samples {
            var scanner = DisplayClusterScanner()
            var starts = 0
            for scalar in sample.unicodeScalars where scanner.consume(scalar).startsCluster { starts += 1 }
            #expect(starts == sample.count, "\(sample)")
        }
    }
}
