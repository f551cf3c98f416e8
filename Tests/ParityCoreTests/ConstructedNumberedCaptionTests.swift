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

    @Test func constructedMyanmarArticlesOverParagraphsInParenthesesInMyanmarDigits() {
        // `(၁)`, `(၂)` restart under each caption as `(1)`, `(2)` do: the captions are articles.
        let text = "အပိုဒ် ၁: ရည်ရွယ်ချက်\n\nဤသဘောတူစာချုပ်သည် ဗော်စတ်ဆိပ်ကမ်းနှင့် ဆိပ်ကမ်းအကြား ဝန်ဆောင်မှုကို စည်းကမ်းချသည်။\n\nအပိုဒ် ၂: လိုင်စင်\n\n(၁) နှစ်ဖက်စလုံးသည် လိုင်စင်ထုတ်ပေးမည်။\n\n(၂) လိုင်စင်သည် ငါးနှစ် သက်တမ်းရှိသည်။\n\nအပိုဒ် ၃: ကော်မရှင်\n\n(၁) နှစ်ဖက်သည် ကော်မရှင်ဖွဲ့မည်။\n\n(၂) ကော်မရှင်သည် အစည်းအဝေးကျင်းပမည်။\n"
        #expect(outline(text) == ["art1 article -", "art1-u1 unnumberedParagraph art1",
                                  "art2 article -", "art2-p1 paragraph art2", "art2-p2 paragraph art2",
                                  "art3 article -", "art3-p1 paragraph art3", "art3-p2 paragraph art3"])
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

    @Test func aCaptionMayWriteItsWordAfterItsNumber() {
        func read(_ text: String) -> String? {
            NumberedCaption.matchNumberFirst(Array(text.unicodeScalars)).map { "\($0.key) \($0.number) \($0.hasRest)" }
        }
        #expect(read("1. pants") == "#pants 1 false")
        #expect(read("12 artikla") == "#artikla 12 false")
        #expect(read("3. straipsnis – Tikslas") == "#straipsnis 3 true")
        // A paragraph, two words, a sentence: no caption.
        #expect(read("1. Puses sadarbojas.") == nil)
        #expect(read("2. Komisija sanāk reizi gadā") == nil)
        #expect(read("3. pants – Puses sadarbojas.") == nil)
        #expect(read("1.5 miljoni") == nil)
        // A Roman numeral in capitals before the word (Latvian, Estonian, Lithuanian chapters; Hungarian annexes).
        #expect(read("I NODAĻA") == "#nodaļa 1 false")
        #expect(read("II. FEJEZET") == "#fejezet 2 false")
        #expect(read("IV PEATÜKK – Lõppsätted") == "#peatükk 4 true")
        #expect(NumberedCaption.matchNumberFirst(Array("II. melléklet".unicodeScalars))?.style == .roman)
        #expect(read("I. Introduction of the report.") == nil)
        #expect(read("IIII NODAĻA") == nil)
        #expect(read("In Latvia") == nil)
    }

    @Test func anOrdinalEndingOnTheNumberMayStandBeforeTheWord() {
        func read(_ text: String) -> String? {
            NumberedCaption.matchNumberFirst(Array(text.unicodeScalars)).map { "\($0.key) \($0.number) \($0.hasRest)" }
        }
        // Azerbaijani, Kazakh, Chuvash: the ending after a hyphen changes with the number; the key is the word.
        #expect(read("1-ci məqsəd. Otlaqları bərpa etmək") == "#məqsəd 1 true")
        #expect(read("3-cü məqsəd. Zərəri azaltmaq") == "#məqsəd 3 true")
        #expect(read("2-ші мақсат") == "#мақсат 2 false")
        #expect(read("4-мӗш статья") == "#статья 4 false")
        // Run into the digits (two letters at least), or after an apostrophe.
        #expect(read("2nd Goal") == "#goal 2 false")
        #expect(read("1'inci Hedef") == "#hedef 1 false")
        // The word itself after the hyphen, as before.
        #expect(read("1-modda") == "#modda 1 false")
        // A sentence, a date, one letter run in (an inserted article), a capital after the hyphen: no caption.
        #expect(read("1-ci məqsəd bərpa edilməlidir.") == nil)
        #expect(read("2030-cu ilə qədər") == nil)
        #expect(read("14 fevral 2027-ci il") == nil)
        #expect(read("1a Goal") == nil)
        #expect(read("1-Ci Goal") == nil)
        // A caption word first, its number with an ordinal ending after a hyphen.
        #expect(NumberedCaption.match(Array("Maqsad 2-chi".unicodeScalars)).map { "\($0.key) \($0.number)" } == "maqsad 2")
    }

    @Test func constructedAzerbaijaniGoalsWithOrdinalEndingsOpenTheirTargets() {
        let text = "1. Birinci bənd.\n\n2. İkinci bənd.\n\nI əlavə\nMəqsədlər\n\n1-ci məqsəd. Otlaqları bərpa etmək\n1.1 Birinci hədəf\n1.2 İkinci hədəf\n\n"
            + "2-ci məqsəd. Gəliri artırmaq\n2.1 Birinci hədəf\n\n3-cü məqsəd. Zərəri azaltmaq\n3.1 Birinci hədəf\n\nII əlavə\nDövlətlər\n\nRuritaniya\n"
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.id)
                == ["p1", "p2", "annex-I-g1-t1.1", "annex-I-g1-t1.2", "annex-I-g2-t2.1", "annex-I-g3-t3.1"])
        #expect(blocks.filter { $0.kind == .annex }.map(\.label) == ["I", "II"])
    }

    @Test func constructedLatvianChaptersWithTheNumeralBeforeTheWord() {
        let text = "I NODAĻA\nVISPĀRĪGIE NOTEIKUMI\n\n1. pants\n\nPirmā panta teksts.\n\n2. pants\n\n1. Pirmā daļa.\n\n2. Otrā daļa.\n\n"
            + "II NODAĻA\nPUŠU PIENĀKUMI\n\n3. pants\n\n1. Pirmā daļa.\n\n2. Otrā daļa.\n"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .heading && $0.labelPath?.contains("*") == false }.map(\.labelPath) == ["I", "II"])
        #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2", "art3"])
        // One such line, or two with different words, is no chapter.
        #expect(!outline("I NODAĻA\n\n1. pants\n\nTeksts.\n\n2. pants\n\nTeksts.\n").contains { $0.hasPrefix("ch") })
    }

    @Test func constructedHungarianAnnexesWrittenNumberFirstAfterTheBody() {
        let text = "1. Első bekezdés.\n\n2. Második bekezdés.\n\nI. melléklet\nIránymutatások\n\n1. Első.\n\n2. Második.\n\n"
            + "II. melléklet\nFeladatok\n\n1. Első.\n"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .annex || $0.kind == .paragraph }.map(\.id)
                == ["p1", "p2", "annex-I", "annex-I-p1", "annex-I-p2", "annex-II", "annex-II-p1"])
        // The caption keeps its number in its text.
        #expect(document.blocks.first { $0.kind == .annex }?.text.hasPrefix("I. melléklet") == true)
    }

    @Test func constructedFinnishAnnexesNumberedInDigitsAreLabelledByValue() {
        // `Liite 1`, `Liite 2` are the annexes another version calls `Annex I`, `Annex II`.
        let text = "1. Ensimmäinen kappale.\n\n2. Toinen kappale.\n\nLiite 1\n\n1. Ensimmäinen.\n\n2. Toinen.\n\nLiite 2\n\n1. Ensimmäinen.\n"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .annex }.map(\.id) == ["annex-I", "annex-II"])
        #expect(document.blocks.filter { $0.kind == .annex }.map(\.label) == ["I", "II"])
        #expect(CaptionRecognizer.annexLabel("Annex 1") == "I")
        #expect(CaptionRecognizer.annexLabel("Anexo 12") == "XII")
        #expect(CaptionRecognizer.annexLabel("Annex B") == "B")
    }

    @Test func constructedWelshGoalsInAnAnnexAfterTheNotesRunningText() {
        // No numbered paragraph before the goals: the note's last sentence stands before the one-word caption.
        let text = "Gwahoddir y Comisiwn i nodi’r nodau ac i’w hystyried yn ei bedwaredd sesiwn.\n\nAtodiad\n\nNodau rhanbarthol\n\n"
            + "Nod 1: Diogelu perllannau\n\n1.1 Erbyn 2030, mapio perllannau.\n\nNod 2: Adfer perllannau\n\n2.1 Erbyn 2035, adfer perllannau.\n"
        #expect(outline(text).filter { $0.hasPrefix("annex") } == ["annex annex -", "annex-g1 heading -", "annex-g1-t1.1 paragraph annex-g1",
                                                                  "annex-g2 heading -", "annex-g2-t2.1 paragraph annex-g2"])
        // A short line of text before the caption is no running text.
        #expect(!outline("Nodyn byr.\n\nAtodiad\n\nNod 1: Un\n\n1.1 Un.\n\nNod 2: Dau\n\n2.1 Dau.\n").contains { $0.contains("annex") })
    }

    @Test func aNumberThatJumpsAheadAndThatNothingContinuesIsNoParagraph() {
        // "52. plenáris ülés" and "2026. december 14." after paragraph 2, then an annex's count: closing lines.
        let closing = "1. Első bekezdés.\n\n2. Második bekezdés.\n\n52. plenáris ülés\n2026. december 14.\n\nI. melléklet\n\n1. Első.\n\n2. Második.\n\nII. melléklet\n\n1. Első.\n"
        let document = PlainTextSegmenter().segment(DecodedText(closing), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .paragraph && !$0.id.hasPrefix("annex") }.map(\.id) == ["p1", "p2"])
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.map(\.text) == ["52. plenáris ülés", "2026. december 14."])
        // At the end of the document too.
        #expect(PlainTextSegmenter().segment(DecodedText("1. Eka.\n\n2. Toka.\n\n52. täysistunto\n"), sourceName: "constructed")
            .blocks.filter { $0.kind == .paragraph }.map(\.number) == [1, 2])
        // A jump that the next number continues (an extract) is a paragraph; so is a small step (a paragraph left out).
        let numbered: [(index: Int, number: Int)] = [(0, 1), (1, 2), (2, 25), (3, 26)]
        #expect(!BlockClassifier.jumpsWithoutContinuing(25, after: 2, lastParagraph: 2, in: numbered))
        #expect(!BlockClassifier.jumpsWithoutContinuing(5, after: 2, lastParagraph: 2, in: [(0, 1), (1, 2), (2, 5)]))
        #expect(BlockClassifier.jumpsWithoutContinuing(52, after: 2, lastParagraph: 2, in: [(0, 1), (1, 2), (2, 52), (4, 1)]))
        #expect(!BlockClassifier.jumpsWithoutContinuing(52, after: 0, lastParagraph: 0, in: [(0, 52), (1, 1)]))
    }

    @Test func constructedLatvianArticlesWithTheWordAfterTheNumber() {
        let text = "1. pants\n\nPirmā panta teksts.\n\n2. pants\n\n1. Pirmā daļa.\n\n2. Otrā daļa.\n\n3. pants\n\n1. Pirmā daļa.\n\n2. Otrā daļa.\n"
        #expect(outline(text) == ["art1 article -", "art1-u1 unnumberedParagraph art1",
                                  "art2 article -", "art2-p1 paragraph art2", "art2-p2 paragraph art2",
                                  "art3 article -", "art3-p1 paragraph art3", "art3-p2 paragraph art3"])
        // One numbered heading of one word is no article; two with different words neither.
        #expect(outline("1. Ievads\n\nTeksts.\n\n2. Vēsture\n\nTeksts.\n").allSatisfy { !$0.contains("article") })
    }

    @Test func constructedHungarianStyleArticlesWithParenthesizedParagraphs() {
        // Paragraphs numbered `(1)`, `(2)` restart in every article: the lines `1. cikk` … are articles.
        let text = "1. cikk\n\n(1) Első bekezdés.\n\n(2) Második bekezdés.\n\n2. cikk\n\n(1) Első bekezdés.\n\n(2) Második bekezdés.\n"
        #expect(outline(text).filter { $0.contains("article") } == ["art1 article -", "art2 article -"])
    }

    @Test func constructedEstonianArticleParagraphsNumberedInParentheses() {
        let text = "Artikkel 1\n\n(1) Esimene lõige.\n\n(2) Teine lõige.\n\nArtikkel 2\n\n(1) Esimene lõige.\n\n"
            + "Artikkel 3\n\n1. Esimene lõige:\n\n(1) esimene punkt;\n\n(2) teine punkt.\n"
        // `(1)` opening an article numbers its paragraphs; after a paragraph `1.` they are its items.
        #expect(outline(text) == ["art1 article -", "art1-p1 paragraph art1", "art1-p2 paragraph art1",
                                  "art2 article -", "art2-p1 paragraph art2",
                                  "art3 article -", "art3-p1 paragraph art3", "art3-p1-1 listItem art3-p1", "art3-p1-2 listItem art3-p1"])
    }

    @Test func constructedMalayArticlesStayArticlesWhenAParagraphIsLeftOut() {
        // Article 2 lacks its paragraph 3 (a difference to report): the counts still restart at 1 in every article.
        let text = "Perkara 1\n\n1. Satu.\n\n2. Dua.\n\nPerkara 2\n\n1. Satu.\n\n2. Dua.\n\n4. Empat.\n\nPerkara 3\n\n1. Satu.\n"
        #expect(outline(text) == ["art1 article -", "art1-p1 paragraph art1", "art1-p2 paragraph art1",
                                  "art2 article -", "art2-p1 paragraph art2", "art2-p2 paragraph art2", "art2-p4 paragraph art2",
                                  "art3 article -", "art3-p1 paragraph art3"])
        #expect(NumberedCaptionSequence.restartsAtOne([1, 2, 4]))
        #expect(!NumberedCaptionSequence.restartsAtOne([1, 2, 9]))
        #expect(!NumberedCaptionSequence.restartsAtOne([3, 4]))
        #expect(!NumberedCaptionSequence.restartsAtOne([1, 3, 2]))
    }

    @Test func constructedTamilGoalsInAnAnnexAfterTheBodysParagraphs() {
        // Words written with vowel signs and viramas (marks) are words; the goals' numbering from 1 after
        // the body's paragraphs 1, 2 opens a scope, and the one-word line before it is the annex caption.
        let text = "1. முதல் பத்தி.\n\n2. இரண்டாம் பத்தி.\n\nஇணைப்பு\n\nஇலக்கு 1. முதல் இலக்கு\n\n1.1 முதல் குறிக்கோள்.\n\n"
            + "இலக்கு 2. இரண்டாம் இலக்கு\n\n2.1 முதல் குறிக்கோள்.\n"
        #expect(outline(text) == ["p1 paragraph -", "p2 paragraph -", "annex annex -", "annex-g1 heading -",
                                  "annex-g1-t1.1 paragraph annex-g1", "annex-g2 heading -", "annex-g2-t2.1 paragraph annex-g2"])
        // Without paragraphs before the goals, the line opens no annex.
        #expect(!outline("இணைப்பு\n\nஇலக்கு 1. முதல் இலக்கு\n\n1.1 முதல்.\n\nஇலக்கு 2. இரண்டாம்\n\n2.1 முதல்.\n").contains { $0.contains("annex") })
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

    @Test func constructedHungarianMastheadAgendaItemWithASubItemLetter() {
        // "19. (c) napirendi pont": the number opens no sequence, and a sub-item letter follows it: the agenda item.
        let text = "A/RES/81/64\nDistr.: általános\n2026. december 17.\n19. (c) napirendi pont\n\n1. Első bekezdés.\n\n2. Második bekezdés.\n"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.map(\.id) == ["meta-symbol", "meta-distribution", "meta-date", "meta-agenda-item", "p1", "p2"])
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

/// Annex captions known because they repeat the title of the letter or note
/// they are annexed to (`AnnexCaptionEcho`), in languages without tables.
@Suite struct ConstructedAnnexCaptionEchoTests {
    private func echoes(_ caption: String, _ title: String) -> Bool {
        AnnexCaptionEcho.echoes(Array(caption.unicodeScalars), title: Array(title.unicodeScalars))
    }

    @Test func aCaptionRepeatsTheTitleAfterAWordOfItsOwn() {
        let slovak = "List stáleho predstaviteľa Bordurie zo dňa 20. apríla 2026 adresovaný predsedovi Bezpečnostnej rady"
        #expect(echoes("Príloha k listu stáleho predstaviteľa Bordurie zo dňa 20. apríla 2026 adresovanému predsedovi Bezpečnostnej rady", slovak))
        // Particles written onto the word (Hebrew): the word is inside the longer one.
        #expect(echoes("נספח לאיגרת המילולית מיום 3 במאי 2026 של הנציגות הקבועה", "איגרת מילולית מיום 3 במאי 2026 של הנציגות הקבועה"))
        // Another date, a sentence, a line that repeats the title's first word, a few words only: no caption.
        #expect(!echoes("Príloha k listu stáleho predstaviteľa Bordurie zo dňa 21. apríla 2026 adresovanému predsedovi", slovak))
        #expect(!echoes("Príloha k listu stáleho predstaviteľa Bordurie zo dňa 20. apríla 2026 bola rozoslaná.", slovak))
        #expect(!echoes("List stáleho predstaviteľa Bordurie zo dňa 20. apríla 2026 adresovaný predsedovi", slovak))
        #expect(!echoes("Rokovanie o liste zo dňa 20. apríla 2026", slovak))
    }

    @Test func anEchoCaptionMayWriteTheAnnexNumberNextToItsWord() {
        func number(_ text: String) -> String? { AnnexCaptionEcho.ownNumber(Array(text.unicodeScalars)) }
        #expect(number("… Raisiga yo'llagan maktubiga II ilova") == "II")
        #expect(number("Príloha IV k listu zo dňa 20. apríla 2026") == "IV")
        #expect(number("Príloha k listu zo dňa 20. apríla 2026") == nil)
        #expect(number("… maktubiga ilova") == nil)
        // A letter's two annexes, numbered I and II before the annex word at the end of a caption that repeats its title.
        let title = "Sildaviyaning doimiy vakilining 2026-yil 9-oktabrdagi Xavfsizlik Kengashi Raisiga yo'llagan maktubi"
        let caption = "Sildaviyaning doimiy vakilining 2026-yil 9-oktabrdagi Xavfsizlik Kengashi Raisiga yo'llagan maktubiga"
        let body = "Sildaviya hukumati imzolagan qo'shma bayonotni va nazorat punktlari ro'yxatini ushbu maktub bilan yuborishni sharaf deb bilaman."
        let text = "S/2026/912\n\n\(title)\n\n\(body)\n\n\(caption) I ilova\n\n1. Birinci.\n\n2. Ikkinchi.\n\n\(caption) II ilova\n\nNazorat punktlari ochiq.\n"
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .annex }.map(\.label) == ["I", "II"])
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.id) == ["annex-I-p1", "annex-I-p2"])
        // Only one of them numbered: both stay unnumbered, as before.
        let once = text.replacingOccurrences(of: "\(caption) II ilova", with: "\(caption) ilova")
        #expect(PlainTextSegmenter().segment(DecodedText(once), sourceName: "constructed").blocks.filter { $0.kind == .annex }.map(\.label) == [nil, nil])
    }

    @Test func theAnnexWordMayEndTheCaptionOrBeginLikeAShortWordOfTheTitle() {
        // Azerbaijani puts the annex word last: "… məktubuna əlavə" (annex to the letter).
        let azerbaijani = "Sildaviyanın Daimi Nümayəndəsinin 12 may 2026-cı il tarixli Təhlükəsizlik Şurasının Sədrinə ünvanlanmış məktubu"
        #expect(echoes("Sildaviyanın Daimi Nümayəndəsinin 12 may 2026-cı il tarixli Təhlükəsizlik Şurasının Sədrinə ünvanlanmış məktubuna əlavə", azerbaijani))
        // The title itself, with a word of its own last that is one of the title's, is no caption.
        #expect(!echoes("Sildaviyanın Daimi Nümayəndəsinin 12 may 2026-cı il tarixli Təhlükəsizlik Şurasının Sədrinə ünvanlanmış məktubu", azerbaijani))
        // Croatian "Prilog" begins like the title's "pri" (at): another word.
        let croatian = "Pismo stalnog predstavnika Sildavije pri Ujedinjenim narodima od 12. svibnja 2026. upućeno predsjedniku Vijeća sigurnosti"
        #expect(echoes("Prilog pismu stalnog predstavnika Sildavije pri Ujedinjenim narodima od 12. svibnja 2026. upućenom predsjedniku Vijeća sigurnosti", croatian))
    }

    @Test func constructedBelarusianAnnexCaptionNamedByTheNotesText() {
        // The caption names the note in short; its first word is the annex word the note uses twice, and no title line uses.
        let text = """
        A/81/287

        Вербальная нота Пастаяннага прадстаўніцтва Сільдавіі ад 3 сакавіка 2026 года на імя Генеральнага сакратара

        Пастаяннае прадстаўніцтва мае гонар перадаць справаздачу аб мерах па ахове жывых платоў (гл. дадатак).

        Пастаяннае прадстаўніцтва просіць распаўсюдзіць гэтую ноту і дадатак да яе ў якасці дакумента.

        Дадатак да вербальнай ноты ад 3 сакавіка 2026 года

        1. Першы пункт дадатку.

        2. Другі пункт дадатку.

        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .annex || $0.kind == .paragraph }.map(\.id) == ["annex", "annex-p1", "annex-p2"])
        // The word used once only ("гл. дадатак"): the count that follows the note is still its annex's
        // (`BlockClassifier.firstCountCaption`: one use, or the caption repeating the title in short, suffices there).
        let once = text.replacingOccurrences(of: "ноту і дадатак да яе", with: "ноту")
        #expect(PlainTextSegmenter().segment(DecodedText(once), sourceName: "constructed").blocks.filter { $0.kind == .annex }.map(\.id) == ["annex"])
        // The word used by the title too: no annex.
        let inTitle = text.replacingOccurrences(of: "на імя Генеральнага сакратара", with: "з дадаткам")
        #expect(!PlainTextSegmenter().segment(DecodedText(inTitle), sourceName: "constructed").blocks.contains { $0.kind == .annex })
    }

    @Test func constructedPolishNoteVerbaleAnnexOpensWhereItsCaptionEchoesTheTitle() {
        let text = """
        A/81/999

        Nota werbalna Stałego Przedstawicielstwa Ruritanii z dnia 2 marca 2026 r. skierowana do Sekretarza Generalnego

        Stałe Przedstawicielstwo Ruritanii ma zaszczyt przekazać w załączeniu sprawozdanie, które zostało przygotowane przez rząd.

        Załącznik do noty werbalnej Stałego Przedstawicielstwa Ruritanii z dnia 2 marca 2026 r. skierowanej do Sekretarza Generalnego

        1. Pierwszy akapit załącznika.

        2. Drugi akapit załącznika.

        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .annex || $0.kind == .paragraph }.map(\.id) == ["annex", "annex-p1", "annex-p2"])
        // The same lines without the title above: no annex.
        let untitled = text.replacingOccurrences(of: "Nota werbalna Stałego Przedstawicielstwa Ruritanii z dnia 2 marca 2026 r. skierowana do Sekretarza Generalnego\n\n", with: "")
        #expect(!PlainTextSegmenter().segment(DecodedText(untitled), sourceName: "constructed").blocks.contains { $0.kind == .annex })
    }
}

/// Article captions whose word no table knows and whose title, on the caption's
/// line after a point, ends with a full stop (`Neni 1. Qëllimi.`).
@Suite struct ConstructedSentenceTitleCaptionTests {
    private func outline(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks.map {
            "\($0.id) \($0.kind.rawValue) \($0.parent ?? "-")"
        }
    }

    @Test func aTitleEndingWithAFullStopIsReadAfterASeparatorOnly() {
        func read(_ text: String) -> String? {
            NumberedCaption.match(Array(text.unicodeScalars)).map { "\($0.key) \($0.number) \($0.titleEndsSentence)" }
        }
        #expect(read("Neni 1. Qëllimi i Marrëveshjes.") == "neni 1 true")
        #expect(read("Neni 2 Varietetet vendase") == "neni 2 false")
        // No separator, a lower-case start, or a long sentence: no caption.
        #expect(read("Neni 5 rregullon detyrimet e Palëve.") == nil)
        #expect(read("Neni 5. rregullon detyrimet e Palëve.") == nil)
        #expect(read("Neni 5. Palët bien dakord që të gjitha mosmarrëveshjet të zgjidhen me bisedime të drejtpërdrejta ndërmjet tyre.") == nil)
    }

    @Test func constructedAlbanianArticlesWithTitlesEndingInAFullStopRestartTheirParagraphs() {
        let text = """
        Neni 1. Qëllimi.

        1. Paragrafi i parë i nenit të parë.

        2. Paragrafi i dytë i nenit të parë.

        Neni 2
        Komisioni

        1. Paragrafi i parë i nenit të dytë.

        2. Paragrafi i dytë i nenit të dytë.

        Neni 3. Hyrja në fuqi.

        1. Paragrafi i parë i nenit të tretë.

        """
        #expect(outline(text) == [
            "art1 article -", "art1-p1 paragraph art1", "art1-p2 paragraph art1",
            "art2 article -", "art2-p1 paragraph art2", "art2-p2 paragraph art2",
            "art3 article -", "art3-p1 paragraph art3",
        ])
    }

    @Test func constructedOneLineParagraphsEndingInAFullStopAreNoCaptionsWithoutRestartingParagraphs() {
        // "Faza 1. …" and "Faza 2. …" go on with the count of the paragraphs: no articles.
        let text = """
        1. Plani ka dy faza.

        Faza 1. Mbledhja e të dhënave.

        2. Të dhënat mblidhen çdo vit.

        Faza 2. Analiza e të dhënave.

        3. Analiza botohet çdo 3 vjet.

        """
        #expect(!outline(text).contains { $0.contains("article") })
    }
}

/// A protocol annexed after a treaty's last article, its articles numbered
/// from 1 again under an annex caption of one word no table knows.
@Suite struct ConstructedAnnexedProtocolCaptionTests {
    private func outline(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks.map {
            "\($0.id) \($0.kind.rawValue)"
        }
    }

    @Test func aCountOfCaptionsStartsAgainAfterALineOfOneWord() {
        func match(_ text: String) -> NumberedCaption.Match { NumberedCaption.match(Array(text.unicodeScalars))! }
        let candidates = [(0, "Airteagal 1"), (3, "Airteagal 2"), (8, "Airteagal 1"), (10, "Airteagal 2")].map { ($0.0, match($0.1)) }
        let restarting = NumberedCaptionSequence.sequences(candidates) { $0 == 8 }
        #expect(restarting.map { $0.map(\.index) } == [[0, 3, 8, 10]])
        let plain = NumberedCaptionSequence.sequences(candidates)
        #expect(plain.map { $0.map(\.index) } == [[0, 3]])
    }

    @Test func constructedIrishProtocolInAnUnnumberedAnnexKeepsItsArticles() {
        let text = """
        Airteagal 1

        1. An chéad mhír den chéad airteagal.

        2. An dara mír den chéad airteagal.

        Airteagal 2

        1. An chéad mhír den dara hairteagal.

        2. An dara mír den dara hairteagal.

        Arna dhéanamh in Strelsau, an 3 Meitheamh 2026.

        Iarscríbhinn

        Prótacal maidir le cigireacht

        Airteagal 1

        1. An chéad mhír den phrótacal.

        Airteagal 2

        1. An dara mír den phrótacal.

        """
        let blocks = outline(text)
        #expect(blocks.filter { $0.hasSuffix(" article") }.count == 4)
        #expect(blocks.filter { $0.hasSuffix(" annex") }.count == 1)
    }
}
