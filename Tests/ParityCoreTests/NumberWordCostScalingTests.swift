import XCTest
@testable import ParityCore

/// Issues 11 and 12: a paragraph of many figures is read in time linear in
/// its tokens. Not timed (the machine's load would decide): the readers'
/// asks for words and the word strings made (``NumberTokenWords``) are
/// counted at 60 and 960 figures a paragraph, in conventions whose readers
/// look at several words around each figure (crore and lakh amounts and
/// lakh grouping in Devanagari digits, Japanese `1　860万` amounts and dates,
/// English amounts, ranges, dates and per cents).
final class NumberWordCostScalingTests: XCTestCase {
    /// A paragraph of `figures` values in `code`'s convention.
    static func paragraph(_ code: String, figures: Int) -> String {
        func devanagari(_ text: String) -> String {
            String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
                (0x30...0x39).contains(scalar.value) ? Unicode.Scalar(0x966 + scalar.value - 0x30)! : scalar
            }))
        }
        var text = ""
        for i in 0..<figures {
            switch code {
            case "hi":
                if i > 0 { text += [" और ", " तथा ", ", जिसमें से ", " के बाद "][i % 4] }
                switch i % 4 {
                case 0: text += devanagari("\(1 + i % 90) करोड़ \(10 + i % 89) लाख डॉलर")
                case 1: text += devanagari("\(10 + i % 89),\(10 + i % 80),000 रुपये")
                case 2: text += devanagari("\(1 + i % 28) ") + ["मार्च", "जुलाई", "दिसंबर"][i % 3] + devanagari(" \(2000 + i % 40)")
                default: text += devanagari("\(i % 100).\(1 + i % 9) प्रतिशत")
                }
            case "ja":
                if i > 0 { text += ["、", "および", "、そのうち", "に対して"][i % 4] }
                switch i % 4 {
                case 0: text += "\(1 + i % 9)\u{3000}\(100 + i % 900)万ドル"
                case 1: text += "\(2000 + i % 40)年\(1 + i % 12)月\(1 + i % 28)日"
                case 2: text += "\(1 + i % 9)億\(1000 + i % 9000)万ドル"
                default: text += "\(i % 100).\(1 + i % 9)％"
                }
            default:
                if i > 0 { text += [" and ", " then ", ", of which ", " against "][i % 4] }
                switch i % 5 {
                case 0: text += "$\(1 + i % 90).\(1 + i % 9) million"
                case 1: text += "\(1 + i % 9),\(100 + i % 900),000 dollars"
                case 2: text += "\(1 + i % 28) \(["March", "July", "December"][i % 3]) \(2000 + i % 40)"
                case 3: text += "\(i % 100).\(1 + i % 9) per cent"
                default: text += "\(1 + i % 9) to \(10 + i % 18) June \(2000 + i % 40)"
                }
            }
        }
        return text + "."
    }

    func testWordAsksGrowWithTheTokensAndNoWordIsMadeTwice() {
        for code in ["hi", "ja", "en"] {
            let extractor = NumberExtractor(language: Language(code: code))
            var asksPerToken: [Int: Double] = [:]
            for figures in [60, 960] {
                let cost = extractor.wordCost(Self.paragraph(code, figures: figures))
                print("\(code) \(figures) figures: \(cost.values) values, \(cost.tokens) tokens, \(cost.wordTokens) words, \(cost.asks) asks, \(cost.made) made")
                XCTAssertGreaterThanOrEqual(cost.values, figures, "\(code) \(figures)")
                // Each word's string is made at most once, whatever the number of figures around it.
                XCTAssertLessThanOrEqual(cost.made, cost.wordTokens, "\(code) \(figures)")
                asksPerToken[figures] = Double(cost.asks) / Double(cost.tokens)
            }
            // Linear: the asks a token stay the same from 60 to 960 figures (a quadratic reader would ask 16 times as often).
            XCTAssertLessThanOrEqual(asksPerToken[960]!, asksPerToken[60]! * 1.1, code)
            XCTAssertLessThan(asksPerToken[960]!, 8, code)
        }
    }
}
