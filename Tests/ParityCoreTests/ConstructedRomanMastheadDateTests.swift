import Testing
@testable import ParityCore

/// A masthead line that is one date in Roman form and nothing else is the
/// date field, in any language (constructed lines, not UN text): the day
/// first with the month in Roman numerals (`12.V.2026`, Polish, Czech,
/// Croatian, Italian usage), or a Latin date with its link words. A line
/// that holds more than the date is not. Document set
/// `dev/letter-winepresses` (pl, la, en).
@Suite struct ConstructedRomanMastheadDateTests {
    @Test func constructedRomanDateLinesAreTheDate() {
        for line in ["12.V.2026", "12 V 2026", "12. V. 2026", "12. V. 2026.", "21.IX.2026", "Die XII mensis Maii, anno MMXXVI",
                     "die XII mensis Maii, anno MMXXVI", "12.12.2026", "2026-05-12"] {
            #expect(HeaderLineRecognizer.recognize(line) == .field(.date), "\(line)")
        }
    }

    @Test func constructedLinesHoldingMoreThanTheDateAreNot() {
        for line in ["12 V 2026 the Committee met", "Article XII", "XII. Conclusions", "12.5", "2026", "Epistula die XII mensis Maii anno MMXXVI data"] {
            #expect(HeaderLineRecognizer.recognize(line) != .field(.date), "\(line)")
        }
    }

    @Test func constructedRomanMastheadDateIsNoParagraph() {
        let text = "Narody Zjednoczone\nS/2026/518\nRada Bezpieczeństwa\nDistr.: ogólna\n12.V.2026\n\nTekst pisma.\n\n1. Pierwszy ustęp.\n\n2. Drugi ustęp.\n"
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed.pl").blocks
        #expect(blocks.contains { $0.metadataField == .date && $0.text == "12.V.2026" })
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p1", "p2"])
    }
}
