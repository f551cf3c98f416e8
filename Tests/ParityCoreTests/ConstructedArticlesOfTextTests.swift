import Testing
@testable import ParityCore

/// Articles known by their sequence alone where few of them number their
/// paragraphs (`NumberedCaptionSequence`: captions after the words of
/// agreement, each followed by its text or by paragraphs restarting at 1),
/// whatever the caption word and wherever its number stands: Basque
/// `1. artikulua`, Maltese `Artikolu 1.`. Documents `dev/treaty-sandbars` (hr
/// `Članak 1.`, lt `1 straipsnis`, sl `1. člen – Cilj`).
@Suite struct ConstructedArticlesOfTextTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    private func ids(_ document: Document, _ kind: BlockKind) -> [String] {
        document.blocks.filter { $0.kind == kind }.map(\.id)
    }

    @Test func basqueNumberFirstArticlesOfText() {
        let document = segment("""
        Hitzarmen eraikia

        Hitzarmen honetako Alderdiak,

        aintzat harturik eraikitako ibaiek 12 herri hornitzen dituztela,

        honako hau hitzartu dute:

        1. artikulua
        Helburua

        Hitzarmen honen helburua ibai eraikiak babestea da.

        2. artikulua
        Betebeharrak

        1. Alderdi bakoitzak ibaiak zainduko ditu.

        2. Alderdi bakoitzak 2 urtean behin txostena aurkeztuko du.

        3. artikulua
        Indarrean jartzea

        Hitzarmen hau 2027ko ekainaren 1ean jarriko da indarrean.
        """)
        #expect(ids(document, .article) == ["art1", "art2", "art3"])
        #expect(ids(document, .paragraph) == ["art2-p1", "art2-p2"])
    }

    @Test func malteseWordFirstArticlesWithAFullStop() {
        let document = segment("""
        Ftehim mibni

        Il-Partijiet għal dan il-Ftehim,

        waqt li jirrikonoxxu li x-xmajjar mibnija jipprovdu l-ilma lil 12-il raħal,

        ftehmu kif ġej:

        Artikolu 1.
        Għan

        L-għan ta' dan il-Ftehim huwa li jipproteġi x-xmajjar mibnija.

        Artikolu 2.
        Skambju ta' data

        Il-Partijiet għandhom jiskambjaw id-data tagħhom darba fis-sena.

        Artikolu 3.
        Dħul fis-seħħ

        Dan il-Ftehim għandu jidħol fis-seħħ fl-1 ta' Ġunju 2027.
        """)
        #expect(ids(document, .article) == ["art1", "art2", "art3"])
        #expect(ids(document, .paragraph).isEmpty)
    }

    /// Figure captions in a report's running text follow no words of agreement: no articles.
    @Test func captionsWithoutWordsOfAgreementStayText() {
        let document = segment("""
        Constructed report on rivers

        The constructed rivers were surveyed in 2026.

        Cifra 1
        Portate dei fiumi costruiti

        The flow of the constructed rivers fell by 12 per cent.

        Cifra 2
        Livelli dei fiumi costruiti

        The level of the constructed rivers fell by 3 metres.
        """)
        #expect(ids(document, .article).isEmpty)
    }

    /// Chapters whose captions are followed by nothing but their title and the first article are no articles.
    @Test func chaptersOverArticlesOfText() {
        let document = segment("""
        Hitzarmen eraikia

        Hitzarmen honetako Alderdiak,

        aintzat harturik eraikitako ibaiek 12 herri hornitzen dituztela,

        honako hau hitzartu dute:

        I. KAPITULUA
        XEDAPEN OROKORRAK

        1. artikulua
        Helburua

        Hitzarmen honen helburua ibai eraikiak babestea da.

        2. artikulua
        Definizioak

        Hitzarmen honetan "ibaia" ur-ibilgu eraikia da.

        II. KAPITULUA
        AZKEN XEDAPENAK

        3. artikulua
        Indarrean jartzea

        Hitzarmen hau 2027ko ekainaren 1ean jarriko da indarrean.

        4. artikulua
        Gordailuzaina

        Idazkari nagusia da hitzarmen honen gordailuzaina.
        """)
        #expect(ids(document, .article) == ["art1", "art2", "art3", "art4"])
        #expect(ids(document, .heading).filter { $0.hasPrefix("ch") } == ["ch1", "ch2"])
    }
}
