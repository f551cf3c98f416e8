import Foundation
import ParityTestSupport
import Testing
@testable import ParityCore

/// Language detection reads a bounded sample of a long text (`LanguageSample`)
/// instead of its first 200,000 bytes: the sample must decide as the whole
/// text does on every fixture text (hold-out sets left out) and the hearings
/// text, with and without naming by letters; so must a sample a quarter the
/// size, to show the margin. The sample itself: whole words, bounded size,
/// the whole of a short text.
@Suite struct LanguageSampleTests {
    @Test func sampleDecidesAsTheWholeTextOnEveryFixtureText() throws {
        let texts = try RomanceKinScoresTests.texts()
        var longer = 0
        for (name, bytes) in texts {
            if bytes.count > LanguageSample.budget { longer += 1 }
            let lines = LineScanner.lines(in: bytes)
            for naming in [true, false] {
                let whole = LanguageDetector.detect(bytes, lines: lines, namingByLetters: naming, sampleBudget: .max)
                #expect(LanguageDetector.detect(bytes, lines: lines, namingByLetters: naming) == whole, "\(name)")
                #expect(LanguageDetector.detect(bytes, lines: lines, namingByLetters: naming, sampleBudget: LanguageSample.budget / 4) == whole,
                        "\(name)")
            }
        }
        #expect(longer >= 4)
    }

    @Test func sampleIsWholeWordsWithinTheBudget() {
        var generator = SplitMix64(seed: 7)
        let words = ["el", "Parlamento", "ruritano", "aprobó", "中华人民共和国", "Ярослав", "société", "\n", "  ", "الأمم", "2025"]
        for _ in 0..<24 {
            var text = ""
            let target = Int(generator.next() % 40_000)
            while text.utf8.count < target {
                text += words[Int(generator.next() % UInt64(words.count))]
                if generator.next() % 4 != 0 { text += " " }
            }
            let bytes = Array(text.utf8)
            let sample = LanguageSample.sample(bytes)
            if bytes.count <= LanguageSample.budget {
                #expect(sample == bytes)
                continue
            }
            #expect(sample.count <= LanguageSample.budget + LanguageSample.pieces)
            #expect(sample.count >= LanguageSample.budget / 2)
            // Valid UTF-8 and made of whole tokens of the text: every piece is a run of the text.
            #expect(String(validating: sample, as: UTF8.self) != nil)
            for piece in sample.split(separator: 0x0A) {
                #expect(bytes.firstRange(of: piece) != nil)
            }
            // The first piece starts the text.
            #expect(Array(sample.prefix(16)) == Array(bytes.prefix(16)) || sample.first == 0x0A)
        }
    }
}
