import Testing
import ParityTestSupport
@testable import ParityCore

/// A hard-wrapped line that stops on a linking word ("of the", "de las")
/// goes on, even when the next line starts with a capital.
@Suite struct LinkingWordLineEndTests {
    @Test func constructedLineEnds() {
        func ends(_ line: String) -> Bool {
            let bytes = Array(line.utf8)
            return LinkingWordLineEnd.endsWithLinkingWord(bytes, 0, bytes.count)
        }
        #expect(ends("addressed to the"))
        #expect(ends("instrumentos internacionales de derechos humanos de las"))
        #expect(ends("Председатель Генеральной Ассамблеи на"))
        #expect(ends("يتشرف رئيس الجمعية العامة في"))
        #expect(!ends("Annex A"))
        #expect(!ends("of the Security Council"))
        #expect(!ends("the"))  // a line that is only the word: nothing to continue
    }

    @Test func constructedSecurityCouncilLetterTitleWrappedBeforeACapital() {
        let text = """
            United Nations S/2024/612
            Security Council Distr.: General
            12 August 2024
            Original: English
            24-14567 (E) 130824
            *2414567*
            Letter dated 9 August 2024 from the Permanent Representative of
            the constructed State to the United Nations addressed to the
            President of the Security Council
            I have the honour to transmit herewith a constructed letter whose lines wrap at the
            end of each line as an extractor gives them, and which ends here.

            """
        let bytes = Array(text.utf8)
        let document = PlainTextSegmenter().segment(DecodedText(utf8: bytes, encoding: .utf8), sourceName: "constructed-sc-letter.txt")
        #expect(document.metadata.symbol == "S/2024/612")
        #expect(document.metadata.organ == "Security Council")
        #expect(document.metadata.date == "12 August 2024")
        #expect(document.metadata.title == "Letter dated 9 August 2024 from the Permanent Representative of the constructed State "
            + "to the United Nations addressed to the President of the Security Council")
        #expect(document.blocks.map(\.kind) == [.metadata, .metadata, .metadata, .metadata, .metadata, .metadata,
                                                .pageFurniture, .pageFurniture, .metadata, .unnumberedParagraph])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func readingOrderTableOfContentsTitleWrappedOnDeLasIsOneHeading() throws {
        // pdftotext (reading order) of the PDF made from es.txt wraps entry III.E after "de las".
        let bytes = try RepositoryPaths.fixtureBytes("generated-from-es-txt/es-generated.pdftotext.txt")
        let document = PlainTextSegmenter().segment(try TextDecoder().decode(bytes, file: "es.pdftotext"), sourceName: "es.pdftotext")
        #expect(document.block(id: "h-III-E")?.text
            == "Ratificación de los instrumentos internacionales de derechos humanos de las Naciones Unidas")
        #expect(!document.blocks.contains { $0.text == "Naciones Unidas" })
    }
}
