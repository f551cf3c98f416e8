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

    /// An annex entry has no numeral: its word and title before the leader, in columns of their own, are its title.
    @Test func constructedAnnexEntryInTabbedColumnsIsAnEntry() throws {
        let parsed = try #require(entry("Anexo\tRecomendaciones . . . . . . . . . .\t12"))
        #expect(String(String.UnicodeScalarView(parsed.title)) == "Anexo Recomendaciones")
        #expect(parsed.target.page == "12")
        let numbered = try #require(entry("I.\tIntroducción . . . . . . . . . . 3"))
        #expect(String(String.UnicodeScalarView(numbered.title)) == "I. Introducción")
        #expect(numbered.target.page == "3")
        #expect(entry("Anexo\tRecomendaciones del grupo\t12 de ellas") == nil)
        #expect(entry("\t\t") == nil)
        #expect(entry("\t. . . .\t") == nil)
    }

    @Test func constructedContentsEndingWithATabbedAnnexEntryAreNoHeadings() {
        let text = "Informe construido\n\nÍndice\n\t\t\tPágina\n"
            + "I.\tIntroducción . . . . . . . . . . . .\t3\n"
            + "II.\tRedes construidas . . . . . . . . . .\t4\n"
            + "Anexo\tRecomendaciones . . . . . . . . . .\t12\n\n"
            + "I. Introducción\n\n1. El informe construido se presenta.\n\n"
            + "II. Redes construidas\n\n2. Hay 147 estaciones construidas.\n\n"
            + "Anexo\n\nRecomendaciones\n\n1. Se recomienda calibrar.\n"
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .tocEntry }.count == 3)
        #expect(blocks.filter { $0.kind == .heading && $0.label != nil && !($0.label ?? "").hasPrefix("Annex") }.compactMap(\.label) == ["I.", "II."])
        #expect(blocks.filter { $0.kind == .annex }.count == 1)
        #expect(!blocks.contains { $0.kind == .unnumberedParagraph && $0.text.hasPrefix("Anexo") })
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
