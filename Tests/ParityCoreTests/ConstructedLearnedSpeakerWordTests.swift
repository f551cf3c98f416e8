import Testing
@testable import ParityCore

/// Speaker turns in languages whose honorifics and titles no table lists,
/// known by the shape of the turns (`SpeakerLine.WordLearner`): the first
/// word of designations with a note in parentheses, repeated, and the
/// function and honorific of the masthead line naming the presiding officer.
@Suite struct ConstructedLearnedSpeakerWordTests {
    private func segment(_ text: String) -> [Block] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
    }

    @Test func constructedSlovakSummaryRecordLearnsFromTheMastheadAndTheNotes() {
        let text = """
        Konštruovaný stručný záznam

        Predsedníčka: pani Horváthová

        1. Predsedníčka privítala konštruovanú delegáciu.

        2. Pán Kováč (Ruritánia) povedal, že konštruovaná správa je hotová.

        3. Úrad otvoril 6 konštruovaných pobočiek.

        4. Pani Nováková sa spýtala, koľko sťažností úrad prijal.

        5. Pán Kováč (Ruritánia) povedal, že ich bolo 418.
        """
        let speakers = segment(text).filter { $0.kind == .paragraph }.map { $0.speaker ?? "-" }
        #expect(speakers == ["Predsedníčka", "Pán Kováč (Ruritánia)", "-", "Pani Nováková", "Pán Kováč (Ruritánia)"])
        #expect(!segment(text).contains { $0.kind == .speakerTurn })
    }

    @Test func constructedNorwegianVerbatimTurnsLearnTheirWordsFromTheNotes() {
        let text = """
        Konstruert ordrett referat

        Presidenten (talte engelsk): Jeg gir ordet til representanten for Ruritania.

        Fru Dahl (Ruritania) (talte fransk): Ruritania ønsker forslaget velkommen.

        Vi vil bidra med 1,2 millioner dollar.

        Presidenten (talte engelsk): Jeg gir ordet til representanten for Borduria.

        Fru Berg (Borduria): Borduria støtter forslaget.

        Presidenten: Det er ingen flere talere.
        """
        let turns = segment(text).filter { $0.kind == .speakerTurn }.compactMap(\.label)
        #expect(turns == ["Presidenten (talte engelsk):", "Fru Dahl (Ruritania) (talte fransk):", "Presidenten (talte engelsk):",
                          "Fru Berg (Borduria):", "Presidenten:"])
        #expect(segment(text).contains { $0.kind == .unnumberedParagraph && $0.parent == "sp2" })
    }

    /// One noted designation is no evidence; a colon line whose first word nothing taught is no turn.
    @Test func constructedLinesWithoutRepeatedEvidenceAreNoTurns() {
        let text = """
        Konstruert rapport

        Merknad (se vedlegg): tallene er foreløpige.

        Kilde: Konstruert statistikkbyrå.

        1. Utvalget (konstruert) vedtok rapporten.
        """
        #expect(!segment(text).contains { $0.kind == .speakerTurn })
        #expect(segment(text).filter { $0.kind == .paragraph }.allSatisfy { $0.speaker == nil })
    }

    @Test func theMastheadLineShapes() {
        #expect(SpeakerLine.presidingLineWords(Array("Przewodnicząca: pani Kowalska".unicodeScalars))?.map { String(String.UnicodeScalarView($0)) }
            == ["przewodnicząca", "pani"])
        #expect(SpeakerLine.presidingLineWords(Array("Distr.: General".unicodeScalars)) == nil)
        #expect(SpeakerLine.presidingLineWords(Array("Original: Spanish and French".unicodeScalars)) == nil)
        #expect(SpeakerLine.notedDesignationWord(Array("G. Novak (Ruritania) rekao je da".unicodeScalars)).map { String(String.UnicodeScalarView($0)) } == "g.")
        #expect(SpeakerLine.notedDesignationWord(Array("The Working Group (WG) recommended".unicodeScalars)) == nil)
        #expect(SpeakerLine.notedDesignationWord(Array("Fru Dahl sa at".unicodeScalars)) == nil)
    }
}
