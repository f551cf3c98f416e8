import Testing
@testable import ParityCore

/// A dash the wrap set first on a line (a Russian copula or aside: "… из них 64 процента" / "— женщины.") goes on
/// from the line above, a full line that stops on a word or figure, in a unit no dash opened; a list's dash items,
/// after a colon or a clause's end, or under a short line, stay items. In a clean text that sets its paragraphs apart
/// by blank lines and in one read as a PDF's extraction. Constructed texts (made-up report, Russian).
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

    /// A programme whose items open with dashes under short lines of their own ("Вступительное слово Председателя" /
    /// "– 10.35–11.45 Сегмент 1 …"): each dash opens its item, the short line above stops on a word but fills no wrap.
    @Test func dashItemsUnderShortLinesStayItems() {
        let text = Self.paragraphs.joined(separator: "\n\n") + "\n\n"
            + "5. Программа слушаний:\n– 10.00–10.30 Открытие слушаний\nВступительное слово Председателя\n"
            + "– 10.35–11.45 Сегмент 1: ремесла и развитие сельских районов\n– 11.50–13.00 Сегмент 2: обучение\n"
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
        let items = blocks.drop { $0.id != "p5" }.filter { $0.kind == .listItem }
        #expect(items.map { String($0.text.prefix(11)) } == ["10.00–10.30", "10.35–11.45", "11.50–13.00"])
        #expect(blocks.contains { $0.text == "Вступительное слово Председателя" })
    }

    @Test func anExtractedTextKeepsTheDashInItsParagraph() {
        let text = "A/126/231\n\n" + Self.paragraphs.prefix(2).joined(separator: "\n") + "\n\n71-04512 (R)\n\u{0C}A/126/231\n\n"
            + Self.paragraphs.dropFirst(2).joined(separator: "\n") + "\n"
        #expect(PDFExtractionDetector.looksExtracted(Array(text.utf8)))
        #expect(outline(text) == expected)
    }
}
