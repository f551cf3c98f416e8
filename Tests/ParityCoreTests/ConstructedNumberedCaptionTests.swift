import ParityTestSupport
import Testing
@testable import ParityCore

/// Captions whose word no language table knows, found by their numbering
/// (`NumberedCaption`, `NumberedCaptionSequence`), on short constructed texts.
@Suite struct ConstructedNumberedCaptionTests {
    private func outline(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks.map {
            "\($0.id) \($0.kind.rawValue) \($0.parent ?? "-")"
        }
    }

    @Test func aCaptionLineIsOneWordAndALabel() {
        func read(_ text: String) -> String? {
            NumberedCaption.match(Array(text.unicodeScalars)).map { "\($0.key) \($0.number) \($0.hasRest)" }
        }
        #expect(read("Příloha II") == "příloha 2 false")
        #expect(read("Pasal 12") == "pasal 12 false")
        #expect(read("Tujuan 3. Menjamin air bersih") == "tujuan 3 true")
        #expect(read("Liite B") == "liite 2 false")
        #expect(read("제12조") == "제#조 12 false")
        #expect(read("Bilaga I till skrivelsen av den 3 maj") == "bilaga 1 true")
        // A sentence, a lower-case word, two words before the label, a contents entry: no caption.
        #expect(read("Pasal 5 mengatur kewajiban para Pihak.") == nil)
        #expect(read("pasal 5") == nil)
        #expect(read("Dalam Pasal 5") == nil)
        #expect(read("Příloha I ........ 4") == nil)
    }

    @Test func constructedIndonesianChaptersAndArticlesAreFoundByWhatTheyEnclose() {
        let text = """
        BAB I

        Pasal 1

        Teks buatan pasal pertama.

        Pasal 2

        1. Ayat pertama pasal kedua.

        2. Ayat kedua pasal kedua.

        BAB II

        Pasal 3

        1. Ayat pertama pasal ketiga.

        2. Ayat kedua pasal ketiga.

        """
        #expect(outline(text) == [
            "ch1 heading -", "art1 article -", "art1-u1 unnumberedParagraph art1",
            "art2 article -", "art2-p1 paragraph art2", "art2-p2 paragraph art2",
            "ch2 heading -", "art3 article -", "art3-p1 paragraph art3", "art3-p2 paragraph art3",
        ])
    }

    @Test func constructedKoreanArticlesWrittenWithoutSpaces() {
        let text = "제1조\n\n1. 구성된 첫째 항.\n\n2. 구성된 둘째 항.\n\n제2조\n\n1. 구성된 첫째 항.\n\n2. 구성된 둘째 항.\n"
        #expect(outline(text) == ["art1 article -", "art1-p1 paragraph art1", "art1-p2 paragraph art1",
                                  "art2 article -", "art2-p1 paragraph art2", "art2-p2 paragraph art2"])
    }

    @Test func constructedCzechAnnexesFollowTheBodyAndRestartItsCount() {
        let text = """
        1. První odstavec zprávy.

        2. Druhý odstavec zprávy.

        Příloha I

        1. První odstavec přílohy.

        Příloha II

        Seznam členů.

        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.map(\.id) == ["p1", "p2", "annex-I", "annex-I-p1", "annex-II", "u1"])
        #expect(document.block(id: "annex-II")?.label == "II")
    }

    @Test func constructedSwedishAnnexCaptionsLinkedToTheLetterInLowerCase() {
        let text = """
        Jag har äran att översända två skrivelser.

        Bilaga I till skrivelsen av den 3 maj 2026

        Konstruerad text i den första bilagan.

        Bilaga II till skrivelsen av den 3 maj 2026

        Konstruerad text i den andra bilagan.

        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .annex }.map(\.label) == ["I", "II"])
    }

    @Test func constructedFigureCaptionsBetweenParagraphsStayText() {
        // The count goes on after the captions: they are no annexes.
        let text = """
        1. Första stycket.

        Figur I

        2. Andra stycket.

        Figur II

        3. Tredje stycket.

        """
        // (Each is a short line before the next paragraph: an unnumbered heading, as any such line.)
        #expect(outline(text) == ["p1 paragraph -", "h-u1 heading -", "p2 paragraph -", "h-u2 heading -", "p3 paragraph -"])
    }

    @Test func constructedIndonesianGoalsAreFollowedByTheirFirstTarget() {
        let text = """
        Tujuan 1. Mengakhiri kemiskinan

        1.1 Target buatan pertama.

        1.2 Target buatan kedua.

        Tujuan 2. Mengakhiri kelaparan

        2.1 Target buatan pertama.

        """
        #expect(outline(text) == ["g1 heading -", "g1-t1.1 paragraph g1", "g1-t1.2 paragraph g1",
                                  "g2 heading -", "g2-t2.1 paragraph g2"])
    }

    @Test func constructedSwedishUnnumberedAnnexCaptionBeforeTheCountStartsAgain() {
        let text = "1. Första stycket.\n\n2. Andra stycket.\n\nBilaga\nRiktlinjer\n\n1. Första riktlinjen.\n\n2. Andra riktlinjen.\n"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.map(\.id) == ["p1", "p2", "annex", "h-Annex-u1", "annex-p1", "annex-p2"])
        // A count that goes on, or a caption of two words, opens no annex.
        let goingOn = "1. Första stycket.\n\nBilaga\n\n2. Andra stycket.\n\n3. Tredje stycket.\n"
        #expect(!PlainTextSegmenter().segment(DecodedText(goingOn), sourceName: "constructed").blocks.contains { $0.kind == .annex })
        let twoWords = "1. Första stycket.\n\n2. Andra stycket.\n\nDel två\n\n1. Första.\n\n2. Andra.\n"
        #expect(!PlainTextSegmenter().segment(DecodedText(twoWords), sourceName: "constructed").blocks.contains { $0.kind == .annex })
    }

    @Test func aLoneCaptionOrOneOutOfSequenceIsNoCaption() {
        #expect(outline("Příloha II\n\nText.\n\nPříloha III\n\nText.\n").allSatisfy { !$0.contains("annex") })
        #expect(outline("1. Odstavec.\n\nPříloha I\n\nText.\n").allSatisfy { !$0.contains("annex") })
    }
}

/// Contents known by their shape (`ContentsBlockShape`), and the other
/// passes that read structure by shape rather than by words.
@Suite struct ConstructedStructureShapeTests {
    private func outline(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks.map { "\($0.id) \($0.kind.rawValue)" }
    }

    @Test func constructedSwedishContentsAreKnownByTheirDotLeadersAndPages() {
        let text = """
        Innehåll
        I. Inledning ........................................ 2
        II. Läget ........................................... 3
        Bilagor
        I. Indikatorer ...................................... 5

        I. Inledning

        1. Första stycket.

        II. Läget

        2. Andra stycket.

        """
        #expect(outline(text) == [
            "toc-caption tocHeading", "toc-I tocEntry", "toc-II tocEntry", "toc-II-u1 tocEntry", "toc-I-2 tocEntry",
            "h-I heading", "p1 paragraph", "h-II heading", "p2 paragraph",
        ])
    }

    @Test func pagesThatGoDownOrTooFewEntriesAreNoContents() {
        let falling = "Innehåll\nI. Inledning ........ 9\nII. Läget ........ 3\nIII. Slut ........ 1\n"
        #expect(!outline(falling).contains { $0.hasSuffix("tocEntry") })
        let short = "Innehåll\nI. Inledning ........ 2\nII. Läget ........ 3\n"
        #expect(!outline(short).contains { $0.hasSuffix("tocEntry") })
    }

    @Test func contentsBlocksByShape() {
        let pages: [Int: Int] = [3: 2, 4: 2, 6: 5, 20: 1, 21: 9]
        let blocks = ContentsBlockShape.blocks(unitCount: 30) { pages[$0] }
        #expect(blocks.starts == [3])
        #expect(blocks.captions == [2])
    }

    @Test func constructedSwedishPreambleOpeningKnownByItsShape() {
        let text = """
        Avtal om konstruerade vatten

        Parterna i detta avtal,

        som erkänner vattnets betydelse,

        Som önskar samarbeta,

        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.map(\.kind) == [.metadata, .unnumberedParagraph, .unnumberedParagraph, .unnumberedParagraph])
    }

    @Test func constructedCzechMastheadDateWithAMonthNoTableKnows() {
        let document = PlainTextSegmenter().segment(DecodedText("A/81/123\nDistr.: všeobecná\n12. června 2026\n\n1. První odstavec.\n"), sourceName: "constructed")
        #expect(document.blocks.map(\.id) == ["meta-symbol", "meta-distribution", "meta-date", "p1"])
    }

    @Test(arguments: [".", "።"])
    func constructedAmharicItemsBetweenTwoParagraphsOfAnArticleStayInIt(fullStop: String) {
        // Articles by numbering (`አንቀጽ 1`, `አንቀጽ 2`); items in Ethiopic letters no table reads as labels, after a
        // paragraph that ends a sentence (a Latin full stop, or the Ethiopic `።`, a Unicode sentence terminal).
        let text = "አንቀጽ 1\n\n1. የመጀመሪያ የተገነባ ጽሑፍ\n\n2. ተዋዋይ ወገኖች የሚከተሉትን ይከለክላሉ\(fullStop)\n\nሀ. የመጀመሪያ ተግባር\n\nለ. ሁለተኛ ተግባር\n\n"
            + "3. ሦስተኛ የተገነባ ጽሑፍ\(fullStop)\n\nአንቀጽ 2\n\n1. የመጀመሪያ የተገነባ ጽሑፍ\n\n2. ሁለተኛ የተገነባ ጽሑፍ\n"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["art1-p1", "art1-p2", "art1-p3", "art2-p1", "art2-p2"])
        #expect(!document.blocks.contains { $0.kind == .heading })
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.map(\.id) == ["art1-u1", "art1-u2"])
    }

    /// The title line under an article is the article's title (`ConstructedArticleTitleLineTests`): it stays in the article.
    @Test func aTitleLineUnderAnArticleStaysInTheArticle() {
        let text = "Article 1\n\nScope\n\n1. First constructed paragraph.\n\nArticle 2\n\nTerms\n\n1. Second constructed paragraph.\n"
        #expect(outline(text) == ["art1 article", "art1-p1 paragraph", "art2 article", "art2-p1 paragraph"])
        let articles = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks.filter { $0.kind == .article }
        #expect(articles.map(\.text) == ["Article 1 Scope", "Article 2 Terms"])
    }
}
