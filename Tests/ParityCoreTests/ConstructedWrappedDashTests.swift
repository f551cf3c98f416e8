import Testing
@testable import ParityCore

/// A dash the wrap set first on a line (a Russian copula or aside: "… из них 64 процента" / "— женщины.") goes on
/// from the line above, which stops on a word or figure, in a unit no dash opened; a list's dash items, after a colon
/// or a clause's end, stay items. In a clean text that sets its paragraphs apart by blank lines and in one read as a
/// PDF's extraction. Constructed texts (made-up report, Russian).
@Suite struct ConstructedWrappedDashTests {
    private static let paragraphs = [
        "1. Ответы получены от 31 государства-члена к 1 марта 2071 года, а также\nот Международной гильдии мастеров.",
        "2. В 2070 году в мастерских работали 27 600 человек, из них 64 процента\n— женщины. Большинство работает неполный день.",
        "3. К концу 2070 года обучение проходили около 2150 учеников, а к концу\n2068 года — 1720 учеников.",
        "4. Генеральная Ассамблея, возможно, пожелает:\n— призвать государства регистрировать сельские мастерские;\n— поддержать обучение учеников.",
    ]

    private func outline(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
            .filter { $0.kind == .paragraph || $0.kind == .listItem }.map(\.id)
    }

    private let expected = ["p1", "p2", "p3", "p4", "p4-1", "p4-2"]

    @Test func aCleanTextKeepsTheDashInItsParagraph() {
        let text = Self.paragraphs.joined(separator: "\n\n") + "\n"
        #expect(!PDFExtractionDetector.looksExtracted(Array(text.utf8)))
        #expect(outline(text) == expected)
        let second = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks.first { $0.id == "p2" }
        #expect(second?.text == "В 2070 году в мастерских работали 27 600 человек, из них 64 процента — женщины. Большинство работает неполный день.")
    }

    @Test func anExtractedTextKeepsTheDashInItsParagraph() {
        let text = "A/126/231\n\n" + Self.paragraphs.prefix(2).joined(separator: "\n") + "\n\n71-04512 (R)\n\u{0C}A/126/231\n\n"
            + Self.paragraphs.dropFirst(2).joined(separator: "\n") + "\n"
        #expect(PDFExtractionDetector.looksExtracted(Array(text.utf8)))
        #expect(outline(text) == expected)
    }
}
