import Foundation
import ParityCore

/// Issue 12: the cost of reading an unknown word between a day and a year
/// as a borrowed month (``BorrowedMonthName``). Builds two English texts
/// of `paragraphs` paragraphs `1 WORD 2030`: one whose word is `March`
/// (a month of the tables, read at once), one whose words are made-up
/// letters (each compared with the tables' month forms, most read as no month);
/// reports the CPU seconds of number extraction and of `check` of each
/// text against a copy of itself (segment both, align, check, as
/// `parity check A A` does), and the ratio of the made-up words' time to
/// the month's. Each paragraph is a text of its own, so the per-text memo
/// (``BorrowedMonthMemo``) saves nothing here: every made-up word is judged.
enum BorrowedMonthBenchmark {
    /// A made-up lower-case word of 5 to 9 letters from a fixed seed (the same words every run).
    static func words(_ count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyz".unicodeScalars)
        return (0..<count).map { _ in
            let length = 5 + Int(next() % 5)
            return String(String.UnicodeScalarView((0..<length).map { _ in letters[Int(next() % 26)] }))
        }
    }

    static func text(_ words: [String]) -> String {
        "Constructed borrowed-month report\n\n" + words.map { "1 \($0) 2030\n\n" }.joined()
    }

    static func run(paragraphs: Int) {
        let made = words(paragraphs)
        let texts = [("March", text(Array(repeating: "March", count: paragraphs))), ("made-up", text(made))]
        let language = Language(code: "en")
        print("\(paragraphs) paragraphs `1 WORD 2030`; CPU seconds (best of 3)")
        print("words      text KB   extract s   check s")
        var checkTimes: [Double] = [], extractTimes: [Double] = []
        for (name, text) in texts {
            var extract = Double.infinity, check = Double.infinity
            for _ in 0..<3 {
                let document = PlainTextSegmenter(language: language).segment(DecodedText(text), sourceName: "months.en.txt")
                let extractor = NumberExtractor(language: language)
                extract = min(extract, NumberDenseBenchmark.seconds { for block in document.blocks { _ = extractor.extract(block.text) } })
                check = min(check, NumberDenseBenchmark.seconds {
                    let first = PlainTextSegmenter(language: language).segment(DecodedText(text), sourceName: "months.en.txt")
                    let second = PlainTextSegmenter(language: language).segment(DecodedText(text), sourceName: "months-copy.en.txt")
                    _ = ParityChecker().check(Aligner().align([first, second]))
                })
            }
            extractTimes.append(extract)
            checkTimes.append(check)
            print(String(format: "%-9@ %8.1f   %9.4f  %8.4f", name as NSString, Double(text.utf8.count) / 1000, extract, check))
        }
        print(String(format: "made-up / March: extract %.2fx, check %.2fx", extractTimes[1] / extractTimes[0], checkTimes[1] / checkTimes[0]))
    }
}
