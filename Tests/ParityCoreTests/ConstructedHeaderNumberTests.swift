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
}
