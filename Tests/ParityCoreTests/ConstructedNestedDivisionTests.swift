import Testing
@testable import ParityCore

/// Divisions nested in divisions: a section under a part is a level below it,
/// labelled by a capital letter in paths whatever its numbering (`TEIL II` /
/// `Abschnitt 1` is II.A), and sections whose word no table knows, standing
/// under chapters known by their nesting and followed by articles that go on
/// counting, are sections, never annexes. Short constructed texts; documents
/// `dev/treaty-fountains` (en, de, pl).
@Suite struct ConstructedNestedDivisionTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    private func headings(_ document: Document) -> [String] {
        document.blocks.filter { $0.kind == .heading }.compactMap(\.labelPath)
    }

    @Test func constructedSectionsUnderAPartAreLetteredAtLevelTwo() {
        let text = """
        TEIL I
        ALLGEMEINES

        Artikel 1
        Ziel

        1. Erster konstruierter Absatz.

        2. Zweiter konstruierter Absatz.

        TEIL II
        PFLICHTEN

        Abschnitt 1
        Bestandsaufnahme

        Artikel 2
        Erhebung

        1. Dritter konstruierter Absatz.

        Abschnitt 2
        Schutz

        Artikel 3
        Zonen

        1. Vierter konstruierter Absatz.

        TEIL III
        SCHLUSSBESTIMMUNGEN

        Artikel 4
        Inkrafttreten

        1. Fünfter konstruierter Absatz.
        """
        let document = segment(text)
        #expect(headings(document) == ["I", "II", "II.A", "II.B", "III"])
        #expect(document.blocks.filter { $0.kind == .heading }.map(\.level) == [1, 1, 2, 2, 1])
        #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2", "art3", "art4"])
        #expect(document.blocks.filter { $0.kind == .annex }.isEmpty)
    }

    @Test func constructedChapterUnderAPartIsLetteredToo() {
        let text = """
        TEIL I

        Kapitel 1

        1. Erster konstruierter Absatz.

        Kapitel 2

        2. Zweiter konstruierter Absatz.

        TEIL II

        Kapitel 1

        3. Dritter konstruierter Absatz.
        """
        #expect(headings(segment(text)) == ["I", "I.A", "I.B", "II", "II.A"])
    }

    @Test func constructedSectionsNoTableKnowsUnderChaptersAreNoAnnexes() {
        let text = """
        CZĘŚĆ I
        POSTANOWIENIA OGÓLNE

        Artykuł 1
        Cel

        1. Pierwszy konstruowany ustęp.

        2. Drugi konstruowany ustęp.

        CZĘŚĆ II
        ZOBOWIĄZANIA

        Sekcja 1
        Inwentaryzacja

        Artykuł 2
        Spis

        1. Trzeci konstruowany ustęp.

        2. Czwarty konstruowany ustęp.

        Sekcja 2
        Ochrona

        Artykuł 3
        Strefy

        1. Piąty konstruowany ustęp.

        2. Szósty konstruowany ustęp.

        CZĘŚĆ III
        POSTANOWIENIA KOŃCOWE

        Artykuł 4
        Wejście w życie

        1. Siódmy konstruowany ustęp.
        """
        let document = segment(text)
        #expect(headings(document) == ["I", "II", "II.A", "II.B", "III"])
        #expect(document.blocks.filter { $0.kind == .annex }.isEmpty)
        #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2", "art3", "art4"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id)
            == ["art1-p1", "art1-p2", "art2-p1", "art2-p2", "art3-p1", "art3-p2", "art4-p1"])
    }

    @Test func constructedCaptionsNoTableKnowsWhoseArticlesRestartAreNoSections() {
        // An annexed text numbers its articles from 1 again: its captions divide no chapter.
        let text = """
        CZĘŚĆ I

        Artykuł 1

        1. Pierwszy konstruowany ustęp.

        2. Drugi konstruowany ustęp.

        CZĘŚĆ II

        Artykuł 2

        1. Trzeci konstruowany ustęp.

        2. Czwarty konstruowany ustęp.

        Aneks 1

        Artykuł 1

        1. Piąty konstruowany ustęp.

        Aneks 2

        Artykuł 1

        1. Szósty konstruowany ustęp.
        """
        let document = segment(text)
        #expect(!document.blocks.contains { $0.kind == .heading && ($0.labelPath ?? "").contains(".") })
    }

    @Test func constructedWordsOfAgreementWithACommaBeforeTheFirstPartEndThePreamble() {
        let text = """
        Strony niniejszej Konwencji,

        uznając znaczenie konstruowanych źródeł,

        uzgodniły, co następuje:

        CZĘŚĆ I

        Artykuł 1

        1. Pierwszy konstruowany ustęp.

        2. Drugi konstruowany ustęp.

        CZĘŚĆ II

        Artykuł 2

        1. Trzeci konstruowany ustęp.

        2. Czwarty konstruowany ustęp.
        """
        let document = segment(text)
        let formula = document.blocks.first { $0.text == "uzgodniły, co następuje:" }
        #expect(formula?.kind == .heading)
        // A clause before the comma ends a preambular paragraph, as Chinese writes it.
        let chinese = segment("""
        各缔约方，

        决心合作保护遗址，兹协议如下：

        第一部分

        第一条

        1. 第一款。

        2. 第二款。

        第二部分

        第二条

        1. 第三款。

        2. 第四款。
        """)
        #expect(chinese.blocks.first { $0.text.hasPrefix("决心") }?.kind == .unnumberedParagraph)
    }

    @Test func constructedSectionsNoTableKnowsUnderPartsTheTablesKnowAreNoAnnexes() {
        let text = """
        PARTE I

        Articolo 1

        1. Primo paragrafo costruito.

        2. Secondo paragrafo costruito.

        PARTE II

        Sezione 1

        Articolo 2

        1. Terzo paragrafo costruito.

        2. Quarto paragrafo costruito.

        Sezione 2

        Articolo 3

        1. Quinto paragrafo costruito.

        2. Sesto paragrafo costruito.
        """
        let document = segment(text)
        #expect(headings(document) == ["I", "II", "II.A", "II.B"])
        #expect(document.blocks.filter { $0.kind == .annex }.isEmpty)
        #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2", "art3"])
    }
}
