import Testing
@testable import ParityCore

/// A resolution printed as `pdftotext -layout` prints it, every paragraph's first line indented deeper than its
/// wrapped rest, whose first preambular clause is one line ending with its comma and the next clause in lower case
/// at the same first-line indent: the first clause ends at its comma, though no paragraph above showed the layout
/// yet — the document's later paragraphs tell it ahead. Constructed Russian text (a made-up resolution).
@Suite struct ConstructedAheadFirstLineIndentTests {
    private static let masthead = [
        "                                                                 S/RES/3107 (2071)",
        "   Организация Объединенных Наций",
        "                  Совет Безопасности                    Distr.: General",
        "                                                        9 May 2071",
        "",
        "",
        "   Резолюция 3107 (2071),",
        "",
        "   принятая Советом Безопасности на его 9120-м заседании",
        "   9 мая 2071 года",
        "",
        "        Совет Безопасности,",
        "",
    ]
    private static let preamble = [
        "        ссылаясь на свои резолюции 2101 (2070) и 2150 (2071),",
        "        приветствуя доклад Генерального секретаря от 2 апреля 2071 года",
        "   (S/2071/311),",
        "        выражая обеспокоенность тем, что 2300 семей до сих пор не вернулись",
        "   в свои дома в пограничном районе между Руританией и Сильдавией,",
        "        определяя, что положение в пограничном районе по-прежнему",
        "   представляет угрозу международному миру и безопасности,",
    ]
    private static let operative = [
        "        1.   постановляет продлить мандат Миссии до 31 мая 2072 года;",
        "        2.   просит Генерального секретаря представить Совету доклад",
        "   к 1 ноября 2071 года;",
        "        3.   постановляет продолжать активно заниматься этим вопросом.",
        "",
        "\u{0C}",
    ]

    private func clauses(_ text: String) -> [String] {
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        return document.blocks.filter { $0.kind == .unnumberedParagraph }.map(\.text)
    }

    @Test func aOneLineFirstClauseAtTheFirstLineIndentEndsAtItsComma() {
        let text = (Self.masthead + Self.preamble + Self.operative).joined(separator: "\n")
        #expect(PDFExtractionDetector.looksExtracted(Array(text.utf8)))
        let found = clauses(text)
        #expect(found.contains("ссылаясь на свои резолюции 2101 (2070) и 2150 (2071),"))
        #expect(found.contains("приветствуя доклад Генерального секретаря от 2 апреля 2071 года (S/2071/311),"))
        #expect(found.filter { $0.hasSuffix(",") }.count == 5)  // the opening and four clauses
    }

    @Test func aLayoutWithoutFirstLineIndentsStillJoinsAClauseWrappedAfterAComma() {
        // Every line at one margin: no first-line indent to tell, the wrap decides ("… 2150 (2071)," / "і 2190 …").
        let flat = [
            "   ссылаясь на свои резолюции 2101 (2070), 2150 (2071), 2160 (2071),",
            "   и 2190 (2071) о положении в пограничном районе,",
            "   выражая обеспокоенность тем, что 2300 семей до сих пор не вернулись",
            "   в свои дома в пограничном районе между Руританией и Сильдавией,",
        ]
        let text = (Self.masthead + flat + Self.operative.map { $0.replacingOccurrences(of: "        ", with: "   ") }).joined(separator: "\n")
        #expect(clauses(text).contains("ссылаясь на свои резолюции 2101 (2070), 2150 (2071), 2160 (2071), и 2190 (2071) о положении в пограничном районе,"))
    }
}
