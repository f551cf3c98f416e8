import Foundation
import Testing
@testable import ParityCore

/// Annexes after a body that has closed, whatever their word, found by what the document repeats: captions `WORD I`,
/// `WORD II` that restart their paragraphs after a note's close are annexes, no articles
/// (`NumberedCaptionSequence`, `BlockClassifier.followsLetterClose`); a short caption of a few words after a
/// treaty's signatures opens the count of an annexed text's own articles (`BlockClassifier.captionPhraseClosesAbove`);
/// a note may open its annex with its own title (or subject line) repeated whole, no annex word
/// (`AnnexCaptionReference.repeatsWhole`). Swahili here; documents `dev/noteverbale-hayrakes` (ka, or),
/// `dev/treaty-saddletrees` (yo, hy), `dev/noteverbale-churnmakers` (ur, am).
@Suite struct ConstructedClosedAnnexSequenceTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    private func ids(_ document: Document, _ kind: BlockKind) -> [String] {
        document.blocks.filter { $0.kind == kind }.map(\.id)
    }

    private let masthead = """
        Umoja wa Mataifa
        A/89/214
        Baraza Kuu
        Distr.: General
        12 May 2034

        Kikao cha themanini na tisa
        Kipengele cha 31 cha orodha ya awali
        Maendeleo ya kilimo na usalama wa chakula

        Taarifa ya mdomo ya tarehe 8 Mei 2034 kutoka Ujumbe wa Kudumu wa Ruritania kwa Katibu Mkuu

        Ujumbe wa Kudumu wa Ruritania katika Umoja wa Mataifa unatoa salamu zake kwa Katibu Mkuu na una heshima kuwasilisha ripoti ya Ruritania kuhusu kilimo cha milimani.

        Ujumbe wa Kudumu wa Ruritania unatumia fursa hii kumhakikishia tena Katibu Mkuu heshima yake ya juu kabisa.
        """

    /// `Kiambatisho I` / title / `1.`–`3.` / `Kiambatisho II` / title / `1.` `2.` after the close: annexes I and II.
    @Test func captionsRestartingAfterTheCloseAreAnnexes() {
        let document = segment(masthead + """


        Kiambatisho I

        Ripoti ya Ruritania kuhusu kilimo cha milimani

        1. Mwaka 2033, familia 4,200 zililima matuta ya milima ya kaskazini.

        2. Mavuno ya shayiri yaliongezeka kwa asilimia 12.

        3. Benki ya mbegu inahifadhi aina 640 za mbegu.

        Kiambatisho II

        Vyama vya ushirika vilivyoshiriki

        1. Chama cha Wakulima wa Milimani, chenye wanachama 310.

        2. Chama cha Wanawake cha Nafaka, chenye wanachama 185.
        """)
        #expect(ids(document, .article).isEmpty)
        #expect(ids(document, .annex) == ["annex-I", "annex-II"])
        #expect(ids(document, .paragraph) == ["annex-I-p1", "annex-I-p2", "annex-I-p3", "annex-II-p1", "annex-II-p2"])
    }

    /// The same captions after a treaty's words of agreement are its articles: no close stands above them.
    @Test func captionsAfterWordsOfAgreementStayArticles() {
        let document = segment("""
        MKATABA KATI YA JAMHURI YA RURITANIA NA UFALME WA SYLDAVIA

        Jamhuri ya Ruritania na Ufalme wa Syldavia,

        Zimekubaliana kama ifuatavyo:

        Kifungu I

        Madhumuni

        1. Mkataba huu unasimamia matumizi ya malisho ya milimani.

        2. Pande zote zitashirikiana kulinda malisho hayo.

        Kifungu II

        Kuanza kutumika

        1. Mkataba huu utaanza kutumika siku 30 baada ya kusainiwa.

        2. Kila upande unaweza kuusitisha kwa taarifa ya maandishi.
        """)
        #expect(ids(document, .annex).isEmpty)
        #expect(ids(document, .article) == ["art1", "art2"])
    }

    private func treaty(caption: String) -> String {
        """
        MKATABA KATI YA JAMHURI YA RURITANIA NA UFALME WA SYLDAVIA

        Jamhuri ya Ruritania na Ufalme wa Syldavia,

        Zimekubaliana kama ifuatavyo:

        Kifungu 1
        Madhumuni

        1. Mkataba huu unasimamia matumizi ya malisho ya milimani.

        2. Pande zote zitashirikiana kulinda malisho hayo.

        Kifungu 2
        Kuanza kutumika

        1. Mkataba huu utaanza kutumika siku 30 baada ya kusainiwa.

        2. Kila upande unaweza kuusitisha kwa taarifa ya maandishi.

        Umefanyika Klow kwa nakala mbili halisi, maandishi yote yakiwa na nguvu sawa.

        Ruritania kwa niaba ya Jamhuri

        Syldavia kwa niaba ya Ufalme

        \(caption)

        Kanuni za kamati ya pamoja

        Kifungu 1
        Mwenyekiti

        1. Kamati itamchagua mwenyekiti kutoka miongoni mwa wanachama wake.

        2. Mwenyekiti atahudumu kwa miaka 2.

        Kifungu 2
        Mikutano

        1. Kamati itakutana katika eneo la kila upande kwa zamu.

        2. Mkutano utakuwa halali wanachama 4 wakiwepo.
        """
    }

    /// A caption of two words after the signatures (which do not open alike) opens the annexed text's own articles.
    @Test func captionPhraseAfterSignaturesOpensAnnexedArticles() {
        let document = segment(treaty(caption: "Hati Ambatani"))
        #expect(ids(document, .annex) == ["annex"])
        #expect(ids(document, .article) == ["art1", "art2", "annex-art1", "annex-art2"])
        #expect(ids(document, .paragraph).suffix(4) == ["annex-art1-p1", "annex-art1-p2", "annex-art2-p1", "annex-art2-p2"])
    }

    /// A caption of five words over the title, or a caption right above the annexed text's article 1 with no title,
    /// after signatures that end alike (`… kwa niaba yake` / `… kwa niaba yake`): the caption is found, never a signature.
    @Test func longCaptionOrCaptionWithoutTitleOpensAnnexedArticles() {
        let long = segment(treaty(caption: "Hati Ambatani ya Mkataba huu"))
        #expect(ids(long, .annex) == ["annex"])
        #expect(long.blocks.first { $0.kind == .annex }?.text.hasPrefix("Hati Ambatani ya Mkataba huu") == true)
        #expect(ids(long, .article) == ["art1", "art2", "annex-art1", "annex-art2"])
        let untitled = segment(treaty(caption: "Hati Ambatani").replacingOccurrences(of: "Hati Ambatani\n\nKanuni za kamati ya pamoja", with: "Hati Ambatani")
            .replacingOccurrences(of: "Ruritania kwa niaba ya Jamhuri", with: "Jamhuri ya Ruritania kwa niaba yake")
            .replacingOccurrences(of: "Syldavia kwa niaba ya Ufalme", with: "Ufalme wa Syldavia kwa niaba yake"))
        #expect(untitled.blocks.first { $0.kind == .annex }?.text == "Hati Ambatani")
        #expect(ids(untitled, .article) == ["art1", "art2", "annex-art1", "annex-art2"])
    }

    /// A numbered caption over a title before the restart (a chapter whose articles start again at 1) opens no annex.
    @Test func chapterCaptionAboveTheRestartOpensNoAnnex() {
        let document = segment("""
        MKATABA KATI YA JAMHURI YA RURITANIA NA UFALME WA SYLDAVIA

        Jamhuri ya Ruritania na Ufalme wa Syldavia,

        Zimekubaliana kama ifuatavyo:

        SURA YA I

        Masharti ya jumla

        Kifungu 1
        Madhumuni

        1. Mkataba huu unasimamia matumizi ya malisho ya milimani.

        2. Pande zote zitashirikiana kulinda malisho hayo.

        Kifungu 2
        Maana

        1. Mfugaji ni mtu anayefuga angalau ng'ombe 20.

        2. Malisho ni ardhi ya milimani inayotumiwa na wafugaji.

        SURA YA II

        Masharti ya mwisho

        Kifungu 1
        Kuanza kutumika

        1. Mkataba huu utaanza kutumika siku 30 baada ya kusainiwa.

        2. Kila upande unaweza kuusitisha kwa taarifa ya maandishi.
        """)
        #expect(ids(document, .annex).isEmpty)
    }

    /// `… heshima yake ya juu kabisa.` / the note's title repeated / title / `1.`: an unnumbered annex.
    @Test func titleRepeatedWholeAfterTheCloseOpensTheAnnex() {
        for caption in ["Taarifa ya mdomo ya tarehe 8 Mei 2034 kutoka Ujumbe wa Kudumu wa Ruritania kwa Katibu Mkuu",
                        "Maendeleo ya kilimo na usalama wa chakula"] {
            let document = segment(masthead + """


            \(caption)

            Ripoti ya Ruritania kuhusu kilimo cha milimani

            1. Mwaka 2033, familia 4,200 zililima matuta ya milima ya kaskazini.

            2. Mavuno ya shayiri yaliongezeka kwa asilimia 12.
            """)
            let annexes = document.blocks.filter { $0.kind == .annex }
            #expect(annexes.map(\.id) == ["annex"], "\(caption)")
            #expect(annexes.first?.text.hasPrefix(caption) == true, "\(caption)")
            #expect(ids(document, .paragraph) == ["annex-p1", "annex-p2"], "\(caption)")
        }
    }

    @Test func wholeRepeatAddsNoWordAndLeavesNoneOut() {
        let title = AnnexCaptionEcho.Title(Array("Note verbale dated 8 May 2034 from the Permanent Mission of Ruritania".unicodeScalars))
        #expect(AnnexCaptionReference.repeatsWhole(Array("Note verbale dated 8 May 2034 from the Permanent Mission of Ruritania".unicodeScalars), title: title))
        // Another date, a word of its own, a word left out.
        #expect(!AnnexCaptionReference.repeatsWhole(Array("Note verbale dated 9 May 2034 from the Permanent Mission of Ruritania".unicodeScalars), title: title))
        #expect(!AnnexCaptionReference.repeatsWhole(Array("Annex to the note verbale dated 8 May 2034 from the Permanent Mission of Ruritania".unicodeScalars), title: title))
        #expect(!AnnexCaptionReference.repeatsWhole(Array("Note verbale dated 8 May 2034 from the Mission of Ruritania".unicodeScalars), title: title))
    }

    /// A caption name of two words after its number, alone on its line (`1. számú melléklet`, "annex
    /// No. 1"): a number-first caption as `1. pants` is, keyed by its words.
    @Test func numberFirstNameOfTwoWords() {
        let first = NumberedCaption.matchNumberFirst(Array("1. számú melléklet".unicodeScalars))
        let second = NumberedCaption.matchNumberFirst(Array("2. számú melléklet".unicodeScalars))
        #expect(first?.number == 1 && second?.number == 2)
        #expect(first?.key == "#számú melléklet" && first?.key == second?.key)
        // A title on the line, running text, a figure: none.
        #expect(NumberedCaption.matchNumberFirst(Array("1. Adopts the report".unicodeScalars)) == nil)
        #expect(NumberedCaption.matchNumberFirst(Array("1. számú melléklet – Jelentés".unicodeScalars)) == nil)
        #expect(NumberedCaption.matchNumberFirst(Array("1. számú melléklet a levélhez".unicodeScalars)) == nil)
        #expect(NumberedCaption.matchNumberFirst(Array("12 000 tonna".unicodeScalars)) == nil)
    }

    /// `1.`–`3.` / `1. számú melléklet` / title / `1.` `2.` / `2. számú melléklet` / title / `1.`: annexes I and II.
    @Test func numberFirstAnnexNamesAfterTheBodysCount() {
        let document = segment("""
        Levél

        1. Tisztelettel továbbítom Ruritania jelentését a hegyi gazdálkodásról.

        2. A jelentés a 2033. évi adatokat tartalmazza.

        3. Kérem, hogy a levelet és mellékleteit a Közgyűlés dokumentumaként terjesszék.

        1. számú melléklet

        Ruritania jelentése

        1. A hegyi teraszokat 4200 család művelte.

        2. Az árpatermés 12 százalékkal nőtt.

        2. számú melléklet

        A szövetkezetek jegyzéke

        1. Az északi hegyi gazdák szövetkezete, 310 taggal.
        """)
        #expect(ids(document, .annex) == ["annex-I", "annex-II"])
        #expect(ids(document, .paragraph) == ["p1", "p2", "p3", "annex-I-p1", "annex-I-p2", "annex-II-p1"])
    }
}
