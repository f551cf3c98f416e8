import Testing
@testable import ParityCore

/// A protocol set out in an unnumbered annex after a treaty's last article:
/// its articles, numbered from 1 again, stand under the annex caption even
/// where the protocol's name, its title and its words of agreement stand
/// between (`Anexă` / `PROTOCOL` / title / "Părțile … au convenit …:" /
/// `Articolul 1`), whether the article word is one the tables know or not.
/// Short constructed texts; documents `dev/treaty-basins` (en, ro, nl).
@Suite struct ConstructedAnnexedProtocolTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    private func treaty(articleWord: String, annexWord: String) -> String {
        """
        Acordul constructat,

        au convenit după cum urmează:

        \(articleWord) 1
        Obiect

        1. Primul paragraf constructat.

        2. Al doilea paragraf constructat.

        \(articleWord) 2
        Cooperare

        1. Al treilea paragraf constructat.

        2. Al patrulea paragraf constructat.

        \(articleWord) 3
        Denunțare

        1. Al cincilea paragraf constructat.

        Încheiat la Klow, la 12 mai 2026, în două exemplare originale.

        Pentru Republica Ruritania

        \(annexWord)

        PROTOCOL

        privind schimbul de date constructate între Părți

        Părțile au convenit după cum urmează:

        \(articleWord) 1
        Date

        1. Primul paragraf al protocolului.

        2. Al doilea paragraf al protocolului.

        \(articleWord) 2
        Revizuire

        1. Al treilea paragraf al protocolului.
        """
    }

    @Test func constructedProtocolUnderItsNameTitleAndWordsOfAgreementKeepsItsAnnex() {
        let document = segment(treaty(articleWord: "Articolul", annexWord: "Anexă"))
        #expect(document.blocks.filter { $0.kind == .annex }.map(\.text) == ["Anexă"])
        #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2", "art3", "annex-art1", "annex-art2"])
    }

    @Test func constructedProtocolWithAnArticleWordTheTablesKnowRestartsItsArticles() {
        let document = segment(treaty(articleWord: "Artikel", annexWord: "Bijlage"))
        #expect(document.blocks.filter { $0.kind == .annex }.map(\.text) == ["Bijlage"])
        #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2", "art3", "annex-art1", "annex-art2"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id).suffix(3) == ["annex-art1-p1", "annex-art1-p2", "annex-art2-p1"])
    }
}
