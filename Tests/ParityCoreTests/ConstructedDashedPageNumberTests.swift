import Testing
@testable import ParityCore

/// Page numbers between dashes (`DashedPageNumber`) are page furniture in
/// any text, also in the middle of a sentence.
@Suite struct ConstructedDashedPageNumberTests {
    @Test(arguments: [("- 2-", true), ("-10-", true), ("– 3 –", true), ("— 12 —", true), ("  - 7 -  ", true),
                      ("- 2- text", false), ("2-", false), ("- -", false), ("- 12345 -", false), ("- a -", false)])
    func constructedLines(_ line: String, _ expected: Bool) {
        let bytes = Array(line.utf8)
        #expect(DashedPageNumber.isDashedPageNumber(bytes, 0, bytes.count) == expected)
    }

    @Test(arguments: [
        ("Article 1\n1. The constructed Parties shall report on their\n- 2-\nprogress every two years.\n2. The constructed secretariat shall compile the reports.",
         "The constructed Parties shall report on their progress every two years."),
        ("Artículo 1\n1. Las Partes construidas informarán de sus\n- 2-\nprogresos cada dos años.\n2. La secretaría construida compilará los informes.",
         "Las Partes construidas informarán de sus progresos cada dos años."),
    ])
    func constructedPageNumberInTheMiddleOfASentence(_ text: String, _ joined: String) {
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .pageFurniture }.map(\.text) == ["- 2-"])
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.text).first == joined)
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.number) == [1, 2])
        #expect(!blocks.contains { $0.kind == .listItem })
    }
}
