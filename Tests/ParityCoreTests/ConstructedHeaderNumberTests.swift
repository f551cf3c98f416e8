import Testing
@testable import ParityCore

/// Dates and session numbers in a masthead are header fields, not
/// paragraphs or figures of the body: "80. Tagung" (German) is the session,
/// not paragraph 80; paragraph numbering starts with the body's 1.
@Suite struct ConstructedHeaderNumberTests {
    @Test(arguments: [
        ("de", "Vereinte Nationen\nA/80/999\nGeneralversammlung\nDistr.: Allgemein\n18. Juli 2025\n\n80. Tagung\nPunkt 20 der vorläufigen Liste\n\nKonstruierter Bericht\n\n1. Der erste konstruierte Absatz.\n\n2. Der zweite konstruierte Absatz.\n"),
        ("pt", "Nações Unidas\nA/80/999\nAssembleia Geral\n18 de julho de 2025\n\n80.ª sessão\n\nRelatório construído\n\n1. O primeiro parágrafo construído.\n\n2. O segundo parágrafo construído.\n"),
        ("en", "United Nations\nA/80/999\nGeneral Assembly\n18 July 2025\n\nEightieth session\n\nConstructed report\n\n1. The first constructed paragraph.\n\n2. The second constructed paragraph.\n"),
    ] as [(String, String)])
    func sessionLineIsAHeaderField(_ language: String, _ text: String) {
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-\(language)")
        #expect(document.blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2], "\(language)")
        #expect(document.blocks.contains { $0.kind == .metadata && $0.metadataField == .session }, "\(language)")
    }

    @Test func aFirstParagraphThatNamesASessionStaysAParagraph() {
        let text = "Constructed agenda\n\n1. Opening of the session\n\n2. Adoption of the agenda\n"
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-en").blocks
        #expect(blocks.filter { $0.kind == .paragraph || $0.kind == .heading }.count == 2)
        #expect(!blocks.contains { $0.kind == .metadata && $0.metadataField == .session })
    }

    /// A number is a paragraph label only when it continues a counter: a masthead line whose number is not 1 and
    /// that the next numbered unit does not continue (a year first, a day with a closing point, a session) is header.
    @Test(arguments: [
        ("lv", "Apvienoto Nāciju Organizācija\nS/RES/9999 (2026)\nDrošības padome\n2026. gada 14. maijā\n\nKonstruēta rezolūcija\n\n1. Pirmais konstruētais punkts.\n\n2. Otrais konstruētais punkts.\n", [MetadataField.date]),
        ("sk", "Organizácia Spojených národov\nCERD/C/SR.9999\n12. marca 2026.\n\n87. zasadnutie\n\nKonštruovaný záznam\n\n1. Prvý konštruovaný odsek.\n\n2. Druhý konštruovaný odsek.\n", [.date, .session]),
    ] as [(String, String, [MetadataField])])
    func mastheadNumbersThatContinueNoCounterAreHeaderLines(_ language: String, _ text: String, _ fields: [MetadataField]) {
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-\(language)")
        #expect(document.blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2], "\(language)")
        for field in fields {
            #expect(document.blocks.contains { $0.kind == .metadata && $0.metadataField == field }, "\(language) \(field)")
        }
    }

    @Test func anExtractStartingAtParagraphFiveKeepsIt() {
        let text = "Konstruovaný výťah\n\n5. Piaty konštruovaný odsek.\n\n6. Šiesty konštruovaný odsek.\n"
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-sk").blocks
        #expect(blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [5, 6])
    }
}
