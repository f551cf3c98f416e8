import Testing
@testable import ParityCore

/// A short caption no table knows where the body's count starts again after its last paragraph
/// (`BlockClassifier.restartPhraseCaption`): the restart is the evidence. Ilocano here; document
/// `dev/resolution-nailmakers` (en, ilo).
@Suite struct RestartPhraseCaptionTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    private func decision(_ tail: String) -> String {
        """
        Desision 87/411
        Dagiti panggep para kadagiti ubbing

        Ti Heneral nga Asamblea:

        1. Inakasona ti report ti Sekretario-Heneral maipapan kadagiti ubbing kadagiti komunidad ti agtalon;

        2. Kiddawenna iti Sekretario-Heneral nga ipaayna ti report iti maika-90 a sesionna.

        \(tail)
        """
    }

    @Test func phraseOverATitleAfterTheLastParagraphOpensAnAnnex() {
        let document = segment(decision("""
        Nainayon a Dokumento

        Dagiti panggep para kadagiti ubbing

        1. Inton 2035, mangbangon iti 400 a baro nga eskuelaan.

        2. Inton 2036, mangsanay iti 1,200 a mannursuro.
        """))
        #expect(document.blocks.filter { $0.kind == .annex }.count == 1)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p1", "p2", "annex-p1", "annex-p2"])
    }

    @Test func signaturesOverATitleAreNoCaption() {
        // Two lines that open alike are signatures, the line under them no annex's title over its caption.
        let document = segment(decision("""
        Para iti Republika
        Para iti Kaarian

        1. Inton 2035, mangbangon iti 400 a baro nga eskuelaan.

        2. Inton 2036, mangsanay iti 1,200 a mannursuro.
        """))
        #expect(document.blocks.allSatisfy { $0.kind != .annex })
    }
}
