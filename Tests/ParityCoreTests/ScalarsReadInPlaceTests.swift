import Foundation
import Testing
import ParityTestSupport
@testable import ParityCore

/// Tests that read a line's scalars in place (from its end, or the first few one at a time) instead of
/// making `ScalarText.scalars` of the whole line, checked against that array as their definition on every
/// line of the dev set and on constructed lines (bidirectional marks, closing quotes, no-break and ideographic
/// spaces, combining marks, digits of several scripts, letters beyond the Basic Multilingual Plane, a line
/// cut inside a multi-byte scalar).
@Suite struct ScalarsReadInPlaceTests {
    static let constructed = [
        "", " ", "a", ".", "1.", "The Council,", "… decided.”", "… decided.)\u{200F}", "(a) the text;\u{00A0}",
        "نص القرار.\u{200F}", "決議を採択した。」", "採択した　", "1 Scope of work", "١٢٣ أولا", "१२३ प्रस्ताव",
        "$24 million", "€3,5 Mio.", "£ 12", "¥", "12,", "…を想起し、12", "… 2015,1", "… the Convention,²", "… the Convention, ²",
        "… consideration.*", "a\u{301}.", "𝐀𝐁𝐂.", "\u{20000}。", "x\u{2029}", "tab\tend\t", "end \u{202F}\u{3000}",
        "\u{2067}١. المادة\u{2069}", "١٢٣٤٥٦٧٨", "１２３ 全角", "0123456789", "“Quoted”", "[bracket]", "word »",
    ]

    /// Every line of the dev set's texts, and the constructed lines.
    static func lines() throws -> [String] {
        var lines = constructed
        let dev = RepositoryPaths.fixture("constructed-documents/dev")
        for name in try FileManager.default.contentsOfDirectory(atPath: dev.path).sorted() where name.hasSuffix(".txt") {
            lines += String(decoding: try Data(contentsOf: dev.appendingPathComponent(name)), as: UTF8.self)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return lines
    }

    /// `leadingFigureInAnyDigits` as it was written: the first 24 bytes' scalars made, their leading digits read.
    static func leadingFigureByDefinition(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int? {
        var value = 0, count = 0
        for scalar in ScalarText.scalars(bytes, start, min(end, start + 24)) {
            guard count < 6, let digit = ScalarClass.digit(scalar) else { break }
            value = value * 10 + digit
            count += 1
        }
        return count > 0 ? value : nil
    }

    @Test func readInPlaceAnswersAsTheScalarsDo() throws {
        let lines = try Self.lines()
        #expect(lines.count > 20_000)
        var differing: [String] = []
        var endsWithPunctuation = 0, figures = 0
        for line in lines {
            let bytes = Array(line.utf8)
            // The whole line, and the line cut at each of its first 30 bytes (inside multi-byte scalars too).
            for end in [bytes.count] + (0..<min(bytes.count, 30)).map({ $0 }) {
                let scalars = ScalarText.scalars(bytes, 0, end)
                let expected = ScalarText.endsWithTerminalPunctuation(scalars)
                if ScalarText.endsWithTerminalPunctuation(bytes, 0, end) != expected { differing.append("ends: \(line) @\(end)") }
                if expected, end == bytes.count { endsWithPunctuation += 1 }
                let figure = Self.leadingFigureByDefinition(bytes, 0, end)
                if HardWrapContinuation.leadingFigureInAnyDigits(bytes, 0, end) != figure { differing.append("figure: \(line) @\(end)") }
                if figure != nil, end == bytes.count { figures += 1 }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        // Both answers occur often: the comparison is not between two constant answers.
        #expect(endsWithPunctuation > 3_000)
        #expect(figures > 1_000)
    }

    /// `ChineseNumeral.isLabelNumeral` compares values: the scalars of its string, for every scalar to U+2FFFF.
    @Test func labelNumeralsAreTheirString() {
        let numerals = "一二三四五六七八九十".unicodeScalars
        var found = 0
        var differing: [UInt32] = []
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = numerals.contains(scalar)
            if ChineseNumeral.isLabelNumeral(scalar) != expected { differing.append(value) }
            if expected { found += 1 }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5).map { String($0, radix: 16) })")
        #expect(found == 10)
    }

    /// `FootnotedClauseMark.endsWithMarkedClauseMark` answers no, without reading scalars, for a line whose last
    /// byte is ASCII and neither a digit nor white space; it still finds the marked clause marks.
    @Test func markedClauseMarksAreFoundAsBefore() {
        func marked(_ line: String) -> Bool {
            let bytes = Array(line.utf8)
            return FootnotedClauseMark.endsWithMarkedClauseMark(bytes, 0, bytes.count)
        }
        #expect(marked("… the Parties,1"))
        #expect(marked("… the Convention,²"))
        #expect(marked("…の決議、³"))
        #expect(marked("… the Parties,1 "))
        #expect(!marked("… of 2015,1"))
        #expect(!marked("… of 2015,"))
        #expect(!marked("… of 2015."))
        #expect(!marked("… 3,14"))
        #expect(!marked(""))
    }
}
