import Testing
@testable import ParityCore

/// The caption of an unnumbered annex after a body that has closed, a word or a short phrase no table knows
/// (`BlockClassifier.closedBodyCaption`): after a treaty's final clause and signatures, where the count starts again,
/// or right after a note's complimentary close, over the annex's title. Somali here; documents
/// `dev/treaty-rushcutters` and `dev/noteverbale-withybeds` (ha, lo, mg).
@Suite struct ConstructedClosedBodyCaptionTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    private func ids(_ document: Document, _ kind: BlockKind) -> [String] {
        document.blocks.filter { $0.kind == kind }.map(\.id)
    }

    private func treaty(tail: String) -> String {
        """
        HESHIIS U DHEXEEYA JAMHUURIYADDA RURITANIA IYO BOQORTOOYADA SYLDAVIA

        Jamhuuriyadda Ruritania iyo Boqortooyada Syldavia, oo hoos looga yeero "Dhinacyada",

        Waxay ku heshiiyeen sidan:

        Qodobka 1
        Ujeedada

        1. Ujeedada heshiiskan waa ilaalinta biyaha harada iyo kaymaha ku wareegsan.

        2. Dhinacyadu waxay fulinayaan ujeedadan si waafaqsan shuruucdooda qaranka.

        Qodobka 2
        Dhaqangalka

        1. Heshiiskani wuxuu dhaqan geli doonaa 30 maalmood kadib ogeysiiska ugu dambeeya.

        2. Dhinac kasta wuu joojin karaa heshiiskan isagoo u diraya ogeysiis qoraal ah.

        \(tail)
        """
    }

    /// A caption of two words after the place and date of signature and the signatures, over the annex's title.
    @Test func treatyCaptionOfTwoWordsAfterSignatures() {
        let document = segment(treaty(tail: """
        Waxaa lagu sameeyay Szohod 3 Maarso 2027, laba nuqul oo asal ah, labada qoraalba waa isku sax.

        Dhinaca Jamhuuriyadda Ruritania

        Dhinaca Boqortooyada Syldavia

        Warqadda Lifaaqa

        Liiska xarumaha tababarka

        1. Xarunta tababarka ee Klow, oo ku taal xeebta waqooyi.

        2. Xarunta tababarka ee Dbrnouk, oo leh 12 macallin.

        3. Xarunta tababarka ee Szohod.
        """))
        #expect(ids(document, .annex) == ["annex"])
        #expect(document.block(id: "annex")?.text == "Warqadda Lifaaqa")
        #expect(ids(document, .paragraph) == ["art1-p1", "art1-p2", "art2-p1", "art2-p2", "annex-p1", "annex-p2", "annex-p3"])
    }

    /// Without a title, the caption is the line right above the count: the last signature (opening as the one above
    /// it does) is no caption.
    @Test func treatyCaptionWithoutTitleIsNoSignature() {
        let document = segment(treaty(tail: """
        Waxaa lagu sameeyay Szohod 3 Maarso 2027, laba nuqul oo asal ah, labada qoraalba waa isku sax.

        Dhinaca Jamhuuriyadda Ruritania

        Dhinaca Boqortooyada Syldavia

        Warqadda Lifaaqa

        1. Xarunta tababarka ee Klow, oo ku taal xeebta waqooyi.

        2. Xarunta tababarka ee Dbrnouk, oo leh 12 macallin.
        """))
        #expect(ids(document, .annex) == ["annex"])
        #expect(document.block(id: "annex")?.text == "Warqadda Lifaaqa")
    }

    /// No final clause after the last article's paragraphs: short lines and a count that starts again there are
    /// no annex read by its shape.
    @Test func noFinalClauseNoAnnex() {
        let document = segment(treaty(tail: """
        Xarumaha tababarka

        Liiska xarumaha

        1. Xarunta tababarka ee Klow, oo ku taal xeebta waqooyi.

        2. Xarunta tababarka ee Dbrnouk, oo leh 12 macallin.
        """))
        #expect(ids(document, .annex).isEmpty)
    }

    /// A note's first count right after its complimentary close, under a caption of two words and a title.
    @Test func noteCaptionAfterTheClose() {
        let document = segment("""
        Qoraal diblomaasiyadeed oo taariikhdiisu tahay 10 Maajo 2027 oo ka yimid Ergada Joogtada ah ee Ruritania

        Ergada Joogtada ah ee Ruritania waxay salaan u dirtaa Xoghayaha Guud waxayna sharaf u leedahay inay u gudbiso macluumaad ku saabsan warshadaha dambiilaha.

        Ergada Joogtada ah ee Ruritania waxay ka faa'iideysanaysaa fursaddan si ay mar kale ugu cusboonaysiiso Xoghayaha Guud xushmadeeda ugu sarreysa.

        Warqadda Lifaaqa

        Macluumaad ku saabsan warshadaha dambiilaha

        1. Ruritania waxay leedahay 240 warshadood oo dambiilo sameeya.

        2. Sannadkii 2026, warshadahu waxay soo saareen 18 000 dambiil.

        3. Barnaamij tababar oo 3 sano ah ayaa loo furay dhallinyarada.
        """)
        #expect(ids(document, .annex) == ["annex"])
        #expect(document.block(id: "annex")?.text == "Warqadda Lifaaqa")
        #expect(ids(document, .paragraph) == ["annex-p1", "annex-p2", "annex-p3"])
    }
}
