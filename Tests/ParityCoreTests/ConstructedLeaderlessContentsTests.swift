import Testing
@testable import ParityCore

/// Contents entries without dot leaders (`LeaderlessContentsEntry`): label,
/// title and page set apart by spaces only. Constructed texts (made up).
@Suite struct ConstructedLeaderlessContentsTests {
    private func headings(_ text: String) -> (toc: Int, headings: [String]) {
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
        return (blocks.filter { $0.kind == .tocEntry }.count,
                blocks.filter { $0.kind == .heading }.compactMap(\.labelPath))
    }

    @Test func constructedSplitTakesTheLastNumberAsPage() throws {
        let split = try #require(LeaderlessContentsEntry.split(Array("II. Stav  prací   3".unicodeScalars)))
        #expect(String(String.UnicodeScalarView(split.heading)) == "II. Stav prací")
        #expect(split.page == 3)
        #expect(LeaderlessContentsEntry.split(Array("II. Stav prací".unicodeScalars)) == nil)
        #expect(LeaderlessContentsEntry.split(Array("Rok 2027".unicodeScalars))?.page == 2027)
        #expect(LeaderlessContentsEntry.split(Array("12345".unicodeScalars)) == nil)
    }

    @Test func constructedContentsWithSingleSpacesUnderACaptionAreNoHeadings() {
        let text = "Zpráva o včelách\n\nObsah\n\nI. Úvod 2\n\nII. Stav včelstev 2\n\nA. Počty 2\n\nB. Nemoci 3\n\nIII. Doporučení 3\n\n"
            + "I. Úvod\n\n1. Zpráva se předkládá.\n\nII. Stav včelstev\n\nA. Počty\n\n2. Bylo 140 včelstev.\n\n"
            + "B. Nemoci\n\n3. Nemoci ubyly.\n\nIII. Doporučení\n\n4. Doporučuje se sčítání.\n"
        let result = headings(text)
        #expect(result.toc == 5)
        #expect(result.headings == ["I", "II", "II.A", "II.B", "III"])
    }

    @Test func constructedContentsWithoutACaptionAreNoHeadings() {
        let text = "Mehiläisraportti\n\nI. Johdanto   2\n\nII. Pesien tila   2\n\nIII. Suositukset   3\n\n"
            + "I. Johdanto\n\n1. Raportti esitetään.\n\nII. Pesien tila\n\n2. Pesiä oli 140.\n\n"
            + "III. Suositukset\n\n3. Suositellaan laskentaa.\n"
        let result = headings(text)
        #expect(result.toc == 3)
        #expect(result.headings == ["I", "II", "III"])
    }

    /// A heading line ending in a number that stands nowhere else is a heading, not an entry.
    @Test func constructedHeadingsEndingInANumberWithoutEchoStayHeadings() {
        let text = "Zpráva\n\nI. Plán 2027\n\n1. Text.\n\nII. Plán 2028\n\n2. Text.\n\nIII. Plán 2029\n\n3. Text.\n"
        let result = headings(text)
        #expect(result.toc == 0)
        #expect(result.headings == ["I", "II", "III"])
    }
}
