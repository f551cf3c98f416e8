import Testing
@testable import ParityCore

/// Table-of-contents entries as pdftotext prints them: spaced dot leaders and
/// a column gap (a tab in the cleaned text) between the label and the title.
/// Constructed lines (made up for these tests).
@Suite struct ConstructedContentsLeaderTests {
    private func entry(_ line: String) -> TableOfContentsLineParser.Entry? {
        let bytes = Array(line.utf8)
        return TableOfContentsLineParser.parse(bytes, 0, bytes.count, titlePrefix: [])
    }

    @Test func constructedLabelSetApartByATabJoinsItsTitle() throws {
        let parsed = try #require(entry("II.\tRelevés effectués . . . . . . . . . .\t2"))
        #expect(String(String.UnicodeScalarView(parsed.title)) == "II. Relevés effectués")
        #expect(parsed.target.page == "2")
    }

    @Test func constructedSpacedLeaderWithoutTabs() throws {
        let parsed = try #require(entry("B. Temperatura del agua . . . . . . . . .   3"))
        #expect(String(String.UnicodeScalarView(parsed.title)) == "B. Temperatura del agua")
        #expect(parsed.target.page == "3")
    }

    @Test func constructedIndentedContentsWithSpacedLeadersAreNoHeadings() {
        let text = """
        Informe construido

          Índice
                                                                      Página
                I.   Introducción . . . . . . . . . . . . . . . . . .   2
               II.   Estudios . . . . . . . . . . . . . . . . . . . .   2
                     A.   Especies . . . . . . . . . . . . . . . . .   3
           Anexo
                     Sitios . . . . . . . . . . . . . . . . . . . . .   4

          I. Introducción

                  1. Texto construido del párrafo uno.

          II. Estudios

                  A. Especies

                  2. Texto construido del párrafo dos.
        """
        let blocks = PlainTextSegmenter(language: .spanish).segment(DecodedText(text), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .tocEntry }.map(\.text) == ["Introducción", "Estudios", "Especies", "Sitios"])
        #expect(blocks.filter { $0.kind == .heading }.map(\.text) == ["Introducción", "Estudios", "Especies"])
    }
}
