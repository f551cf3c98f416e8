import ParityTestSupport
import Testing
@testable import ParityCore

/// Captions found by their numbering in languages no table knows, in shapes
/// the hold-out sets showed as classes: a number with its ordinal ending run
/// into it (`Erthygl 1af`, `2il`, `3ydd`) under chapters whose word no table
/// knows either (`PENNOD I`). Short constructed texts; documents
/// `dev/treaty-junipers` (en, cy).
@Suite struct ConstructedInferredCaptionTests {
    private func wordFirst(_ text: String) -> String? {
        NumberedCaption.match(Array(text.unicodeScalars)).map { "\($0.key) \($0.number) \($0.hasRest)" }
    }

    @Test func aNumberWithItsOrdinalEndingNumbersACaption() {
        #expect(wordFirst("Erthygl 1af: Diffiniadau") == "erthygl 1 true")
        #expect(wordFirst("Erthygl 3ydd: Monitro") == "erthygl 3 true")
        #expect(wordFirst("Erthygl 12fed") == "erthygl 12 false")
        // One letter is an inserted article or a sub-number, no ordinal ending; a capital ending is no ending.
        #expect(wordFirst("Artikel 1a") == nil)
        #expect(wordFirst("Erthygl 1AF") == nil)
        #expect(wordFirst("Erthygl 1afonydd") == nil)
    }

    @Test func constructedWelshArticlesWithOrdinalEndingsUnderChapters() {
        let text = "PENNOD I\nDARPARIAETHAU CYFFREDINOL\n\nErthygl 1af: Diffiniadau\n\n1. Cyntaf.\n\n2. Ail.\n\n"
            + "Erthygl 2il: Amcan\n\n1. Cyntaf.\n\n2. Ail.\n\nPENNOD II\nGWARCHOD\n\nErthygl 3ydd: Monitro\n\n1. Cyntaf.\n\n2. Ail.\n\n3. Trydydd.\n"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2", "art3"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id)
            == ["art1-p1", "art1-p2", "art2-p1", "art2-p2", "art3-p1", "art3-p2", "art3-p3"])
        #expect(document.blocks.filter { $0.kind == .heading && $0.labelPath?.contains("*") == false }.map(\.labelPath) == ["I", "II"])
    }

    @Test func linkedCaptionsThatRestartTheirCountsAreAnnexesNotArticles() {
        // Romanian `Anexa I la scrisoarea …` (a word no table knows), each annex numbering its paragraphs from 1.
        let text = "Scrisoarea Reprezentantului Permanent al Borduriei din 12 mai 2026 adresată Secretarului General\n\n"
            + "Am onoarea să vă transmit concluziile reuniunii și lista iazurilor care urmează să fie refăcute.\n\n"
            + "Anexa I la scrisoarea Reprezentantului Permanent al Borduriei din 12 mai 2026\n\n1. Primul.\n\n2. Al doilea.\n\n"
            + "Anexa II la scrisoarea Reprezentantului Permanent al Borduriei din 12 mai 2026\n\n1. Primul.\n\n2. Al doilea.\n\n3. Al treilea.\n"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .annex }.map(\.id) == ["annex-I", "annex-II"])
        #expect(document.blocks.filter { $0.kind == .article }.isEmpty)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id)
            == ["annex-I-p1", "annex-I-p2", "annex-II-p1", "annex-II-p2", "annex-II-p3"])
    }

    @Test func levelTwoHeadingsLetteredInACaselessScriptByTheirSequence() {
        // Tamil `அ.`, `ஆ.`, `இ.` under `II.`; a letter before any level-1 heading, or out of sequence, is none.
        let text = "I. அறிமுகம்\n\n1. முதல்.\n\nII. நிலை\n\nஅ. உமிழ்வுகள்\n\n2. இரண்டு.\n\nஆ. தொழிலாளர்கள்\n\n3. மூன்று.\n\n"
            + "இ. நவீனமயமாக்கல்\n\n4. நான்கு.\n\nIII. பரிந்துரைகள்\n\n5. ஐந்து.\n"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I", "II", "II.A", "II.B", "II.C", "III"])
        let stray = PlainTextSegmenter().segment(DecodedText("அ. உமிழ்வுகள்\n\n1. முதல்.\n\nI. அறிமுகம்\n\nஅ. ஒன்று\n\nஔ. வேறு\n"), sourceName: "constructed")
        // A letter that opens its alphabet before any level-1 heading now starts a level-1 count of its own
        // (`HeadingNumbering.scriptLetterHeading`); a single one makes no run yet (left: docs, not yet inferred).
        #expect(stray.blocks.filter { $0.kind == .heading }.compactMap(\.labelPath).filter { !$0.contains("*") } == ["I", "I", "I.A"])
        // Items lettered so inside a section (ending with a comma or semicolon) are no headings.
        let items = PlainTextSegmenter().segment(DecodedText("I. מבוא\n\nא. הפריט הראשון,\n\nב. הפריט השני;\n"), sourceName: "constructed")
        #expect(items.blocks.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I"])
    }

    @Test func theWordsOfAgreementEndAPreambleWhoseOpeningNamesBothParties() {
        // A bilateral agreement's opening is too long to be known by its shape; the formula after a clause and
        // right before article 1 still opens the articles. Without an opening, a colon line before paragraph 1 (no article) is none.
        let text = "La Repubblica di Ruritania e il Regno di Syldavia, di seguito denominati «le Parti»,\n\n"
            + "Considerando che i pontili del lago di Klow sono stati costruiti in comune,\n\nDesiderando restaurarli insieme,\n\n"
            + "Hanno convenuto quanto segue:\n\nArticolo 1 – Oggetto\n\n1. Primo.\n\n2. Secondo.\n\nArticolo 2 – Spese\n\n1. Primo.\n"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.map(\.kind) == [.unnumberedParagraph, .unnumberedParagraph, .unnumberedParagraph, .heading,
                                                 .article, .paragraph, .paragraph, .article, .paragraph])
        let report = PlainTextSegmenter().segment(DecodedText("La Repubblica di Ruritania e il Regno di Syldavia, di seguito denominati «le Parti»,\n\n"
            + "Considerando che i pontili del lago di Klow sono stati costruiti in comune,\n\nDecidono quanto segue:\n\n1. Primo.\n\n2. Secondo.\n"),
                                                 sourceName: "constructed")
        #expect(!report.blocks.contains { $0.kind == .heading })
    }
}
