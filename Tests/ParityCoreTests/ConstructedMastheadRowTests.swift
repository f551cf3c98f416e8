import Foundation
import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A masthead laid out as `pdftotext -layout` prints it, whose left column runs one line longer than the right:
/// its line "Convention on …      3 May 2098" ends in a figure like a table's row, and the lines under it were
/// taken as that row's wrapped title, written before its date. The text came out of the input's order inside one
/// unit, whose source range then ended before it started: the segmenter stopped on a precondition. A masthead line
/// is no table row's title; and a range of text read out of order never ends before it starts.
/// Constructed text (a made-up decision).
@Suite struct ConstructedMastheadRowTests {
    private static let decision = """
        United Nations                                        CPT/COP.3/L.2
        Conference of the Parties to the                      Distr.: Limited
        Convention on Pottery Techniques                      3 May 2098
        Third session                                         Original: English
        Strelsau, 1-3 May 2098

        Decision 3/1. Goals for the pottery workshops

        The Conference of the Parties,

        1. Adopts the goals set out in the annex to the present decision;

        2. Requests the secretariat to report on progress at its fourth session.

        Annex

        Goal 1. Train new potters

        1.1\tBy 2100, train 400 new potters.

        1.2\tBy 2101, open 9 workshops.

        """

    @Test func constructedMastheadRowKeepsItsLines() {
        let (bytes, document) = ConstructedSegmentation.segment(Self.decision, "constructed-masthead-row.en.txt")
        #expect(LosslessCoverage.violations(bytes, document).isEmpty)
        let texts = document.blocks.map(\.text)
        #expect(texts.contains("Third session"))
        #expect(texts.contains("Original: English"))
        #expect(!texts.contains { $0.contains("Original: English Strelsau") })
        #expect(document.blocks.filter { $0.kind == .paragraph }.compactMap(\.label) == ["1.", "2.", "1.1", "1.2"])
        for block in document.blocks {
            for range in block.sourceRanges { #expect(range.start <= range.end) }
        }
    }

    /// The right column's date beside a left line that names no known organ ("Convention on Pottery Techniques") is
    /// the date: it starts where the symbol and "Distr.: Limited" start above it. "Third session" above "Original:
    /// English" is the session, not a language name.
    @Test func constructedMastheadRowFieldsReadByTheirColumn() {
        let (_, document) = ConstructedSegmentation.segment(Self.decision, "constructed-masthead-row.en.txt")
        #expect(document.metadata.date == "3 May 2098")
        #expect(document.metadata.session == "Third session")
        #expect(document.metadata.languageName == nil)
        #expect(document.blocks.contains { $0.text == "Convention on Pottery Techniques" })
        // The same rows set apart by tabs (as the extracted-text clean-up writes them), in a text of a few lines, where
        // the split columns make lines short: a line that fills that width does not wrap into the next column.
        let tabbed = Self.decision.split(separator: "\n", omittingEmptySubsequences: false).prefix(5).map { line in
            line.replacingOccurrences(of: " {3,}", with: "\t", options: .regularExpression)
        }.joined(separator: "\n\n") + "\n\nThe Conference of the Parties,\n\n1. Adopts the goals.\n"
        let (_, tabbedDocument) = ConstructedSegmentation.segment(tabbed, "constructed-masthead-row-tabbed.en.txt")
        #expect(tabbedDocument.metadata.date == "3 May 2098")
        #expect(tabbedDocument.blocks.contains { $0.text == "Convention on Pottery Techniques" })
        #expect(tabbedDocument.metadata.distribution == "Limited")
    }

    /// A `-layout` masthead split before the text is cleaned: a line's right part is split off where the fields above
    /// start, in display columns (scalars), and only when it is a header field.
    @Test func constructedLayoutColumnSplitsOnlyAlignedFields() {
        let masthead = """
            Nations Unies                                         CPT/COP.3/L.2
            Conférence des Parties à la                           Distr. limitée
            Convention sur les poteries                           3 mai 2098
            Un texte dont la colonne       3 mai 2098
            Convention sur les poteries                           Strelsau
            """
        let bytes = Array(masthead.utf8)
        let lines = MastheadLineSplitter.split(bytes, LineScanner.lines(in: bytes)).lines
        let texts = lines.map { String(decoding: bytes[$0.contentStart..<$0.contentEnd], as: UTF8.self) }
        #expect(texts == ["Nations Unies", "CPT/COP.3/L.2", "Conférence des Parties à la", "Distr. limitée",
                          "Convention sur les poteries", "3 mai 2098", "Un texte dont la colonne       3 mai 2098",
                          "Convention sur les poteries                           Strelsau"])
    }

    @Test func constructedRangeOfTextOutOfOrderEndsAfterItsLastByte() {
        // "ab" then "XY" as a table row's wrapped title writes them: "XY" stands at input offsets 10-11, "ab" at 0-1,
        // and the tab between them at 2, the byte after "XY" in the text.
        let text = DecodedText(utf8: Array("XY\tab".utf8), encoding: .utf8, originalOffsets: [10, 11, 2, 0, 1, 2])
        #expect(text.sourceRange(0, 2) == SourceRange(start: 10, end: 12))
        #expect(text.sourceRange(3, 5) == SourceRange(start: 0, end: 2))
        #expect(text.sourceRange(2, 2) == SourceRange(start: 2, end: 2))
    }

    /// Mastheads of two columns of every length, the right one starting on the first line or one or two lines
    /// lower, over the same decision: each is segmented without a stop, every character in one block. Before this
    /// fix 2 of the 60 stopped on the precondition. Constructed text (made-up mastheads, seeded).
    @Test func constructedMastheadVariantsAreLossless() {
        let leftPool = ["United Nations", "Conference of the Parties to the", "Convention on Pottery Techniques", "Third session",
                        "Strelsau, 1-3 May 2098", "Item 4 of the provisional agenda", "General Assembly",
                        "Economic and Social Council", "Seventy-ninth session"]
        let rightPool = ["CPT/COP.3/L.2", "Distr.: Limited", "3 May 2098", "Original: English", "Distr.: General", "12 June 2097",
                         "A/79/123", "English only", "Page 4 of 12"]
        let body = Self.decision.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(5).joined(separator: "\n")
        var random = SplitMix64(seed: 44)
        for trial in 0..<60 {
            let left = Array(leftPool.shuffled(using: &random).prefix(Int.random(in: 2...7, using: &random)))
            let right = Array(rightPool.shuffled(using: &random).prefix(Int.random(in: 1...6, using: &random)))
            let offset = [0, 0, 1, 2].randomElement(using: &random)!
            var lines: [String] = []
            for row in 0..<max(left.count, right.count + offset) {
                let own = row < left.count ? left[row] : ""
                let other = row - offset >= 0 && row - offset < right.count ? right[row - offset] : ""
                lines.append(other.isEmpty ? own : own.padding(toLength: 54, withPad: " ", startingAt: 0) + other)
            }
            let text = lines.joined(separator: "\n") + "\n" + body
            let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-masthead-variant-\(trial).en.txt")
            #expect(LosslessCoverage.violations(bytes, document).isEmpty, "variant \(trial)")
        }
    }
}
