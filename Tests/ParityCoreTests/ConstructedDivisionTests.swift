import ParityTestSupport
import Testing
@testable import ParityCore

/// Division headings (`DivisionLine`, `DivisionSequence`) on constructed
/// texts: chapters, parts, sections and goals in the six languages, kept
/// only when they continue a counter.
@Suite struct ConstructedDivisionTests {
    private func outline(_ text: String, _ language: Language? = nil) -> [String] {
        PlainTextSegmenter(language: language).segment(DecodedText(text), sourceName: "constructed").blocks.map {
            "\($0.id) \($0.kind.rawValue) \($0.parent ?? "-")"
        }
    }

    @Test func constructedEnglishCharterChaptersOpenScopesAndArticleParagraphsRestart() {
        #expect(outline(ConstructedStructureTexts.charterEnglish) == [
            "meta-title metadata -",
            "ch1 heading -", "art1 article -", "art1-p1 paragraph art1", "art1-p2 paragraph art1",
            "art2 article -", "art2-u1 unnumberedParagraph art2", "art2-p1 paragraph art2", "art2-p2 paragraph art2", "art2-p3 paragraph art2",
            "ch2 heading -", "art3 article -", "art3-p1 paragraph art3", "art3-p2 paragraph art3",
            "art4 article -", "art4-u1 unnumberedParagraph art4",
            "ch3 heading -", "art5 article -", "art5-p1 paragraph art5", "art5-p2 paragraph art5",
        ])
        let document = PlainTextSegmenter().segment(DecodedText(ConstructedStructureTexts.charterEnglish), sourceName: "constructed")
        let chapter1 = document.block(id: "ch1")
        #expect(chapter1?.label == "CHAPTER I:")
        #expect(chapter1?.text == "PURPOSES AND PRINCIPLES")
        #expect(chapter1?.number == 1)
        #expect(chapter1?.labelPath == "I")
        // The title on the line under `CHAPTER II` is the chapter's, as on its line under `CHAPTER I:`.
        #expect(document.block(id: "ch2")?.label == "CHAPTER II")
        #expect(document.block(id: "ch2")?.text == "MEMBERSHIP")
        #expect(document.block(id: "ch2-title") == nil)
        #expect(document.block(id: "ch2")?.labelPath == "II")
    }

    @Test func constructedSpanishAndFrenchChartersGetTheSameIdsAsEnglish() {
        let english = outline(ConstructedStructureTexts.charterEnglish)
        #expect(outline(ConstructedStructureTexts.charterSpanish) == english)
        #expect(outline(ConstructedStructureTexts.charterFrench) == english)
        let french = PlainTextSegmenter().segment(DecodedText(ConstructedStructureTexts.charterFrench), sourceName: "constructed")
        #expect(french.block(id: "ch1")?.label == "CHAPITRE PREMIER :")
        #expect(french.block(id: "ch1")?.text == "BUTS ET PRINCIPES")
    }

    @Test func constructedRussianArabicChineseChapterLines() {
        let russian = "ГЛАВА I\n\nСтатья 1\n\nКонструированный текст первой статьи.\n\nГЛАВА II: ЧЛЕНЫ\n\nСтатья 2\n\nКонструированный текст второй статьи.\n"
        #expect(outline(russian) == ["ch1 heading -", "art1 article -", "art1-u1 unnumberedParagraph art1",
                                     "ch2 heading -", "art2 article -", "art2-u1 unnumberedParagraph art2"])
        let arabic = "الفصل الأول\n\nالمادة 1\n\nنص مصطنع للمادة الأولى.\n\nالفصل الثاني - الأعضاء\n\nالمادة 2\n\nنص مصطنع للمادة الثانية.\n"
        #expect(outline(arabic) == ["ch1 heading -", "art1 article -", "art1-u1 unnumberedParagraph art1",
                                    "ch2 heading -", "art2 article -", "art2-u1 unnumberedParagraph art2"])
        let chinese = "第一章 宗旨及原则\n\n第一条\n\n构建的第一条案文。\n\n第二章 会员\n\n第二条\n\n构建的第二条案文。\n"
        let document = PlainTextSegmenter().segment(DecodedText(chinese), sourceName: "constructed")
        #expect(document.blocks.map(\.id) == ["ch1", "art1", "art1-u1", "ch2", "art2", "art2-u1"])
        #expect(document.block(id: "ch1")?.text == "宗旨及原则")
        #expect(document.block(id: "ch2")?.text == "会员")
    }

    @Test func constructedPartsRestartTheirSections() {
        let text = """
        PART I

        Section 1

        1. Constructed first paragraph.

        Section 2

        2. Constructed second paragraph.

        PART II

        Section 1

        3. Constructed third paragraph.
        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.map(\.id) == ["part1", "part1-sec1", "p1", "part1-sec2", "p2", "part2", "part2-sec1", "p3"])
        #expect(document.blocks.compactMap(\.labelPath) == ["I", "I.A", "I.B", "II", "II.A"])
        #expect(document.blocks.filter { $0.kind == .heading }.map(\.level) == [1, 2, 2, 1, 2])
    }

    @Test func constructedDivisionWordsOutOfSequenceOrInASentenceAreText() {
        // A lone section, a chapter out of sequence, a sentence naming a chapter.
        let text = """
        1. Constructed opening paragraph.

        Section 5

        Chapter 1

        2. Constructed paragraph between the chapters.

        Chapter 2

        Chapter II of the Charter provides for constructed arrangements.

        Chapter 7
        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .heading }.map(\.id) == ["ch1", "ch2"])
        #expect(document.blocks.contains { $0.text == "Section 5" && $0.kind != .heading })
        #expect(document.blocks.contains { $0.text == "Chapter 7" && $0.kind != .heading })
        #expect(document.blocks.contains { $0.text.hasPrefix("Chapter II of the Charter") && $0.kind == .unnumberedParagraph })
    }
}

extension ConstructedDivisionTests {
    @Test(arguments: [
        "The States Parties to the present Constructed Charter,",
        "Les États parties à la présente Charte,",
        "Los Estados Partes en la presente Carta,",
        "Государства-участники настоящего Устава,",
        "إن الدول الأطراف في هذا الميثاق،",
        "本宪章缔约国，",
    ])
    func constructedTreatyPreambleOpeningIsRunningTextInEveryLanguage(_ opening: String) {
        let text = "Constructed Charter\n\nPreamble\n\n\(opening)\n\nConstructed first preambular paragraph,\n\nArticle 1\n\nConstructed text.\n\nArticle 2\n\nConstructed text.\n"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.map(\.kind) == [.metadata, .title, .unnumberedParagraph, .unnumberedParagraph,
                                                .article, .unnumberedParagraph, .article, .unnumberedParagraph])
        #expect(PreambularOpening.isOpening(Array(opening.unicodeScalars)))
    }

    @Test func constructedSentenceAboutPartiesIsNoOpening() {
        #expect(!PreambularOpening.isOpening(Array("Recalling that the States Parties have agreed to cooperate in the management of shared waters and aquifers,".unicodeScalars)))
        #expect(!PreambularOpening.isOpening(Array("Nothing in this article shall prejudice the parties.".unicodeScalars)))
    }
}

extension ConstructedDivisionTests {
    @Test func constructedArticlesRestartInEveryAnnex() {
        #expect(outline(ConstructedStructureTexts.annexedConventions) == [
            "p1 paragraph -", "annex-I annex -", "u1 unnumberedParagraph -",
            "annex-I-art1 article -", "annex-I-art1-p1 paragraph annex-I-art1",
            "annex-I-art2 article -", "annex-I-art2-u1 unnumberedParagraph annex-I-art2",
            "annex-II annex -", "u2 unnumberedParagraph -",
            "annex-II-art1 article -", "annex-II-art1-p1 paragraph annex-II-art1", "annex-II-art1-p2 paragraph annex-II-art1",
            "annex-II-art2 article -", "annex-II-art2-u1 unnumberedParagraph annex-II-art2",
        ])
    }
}

extension ConstructedDivisionTests {
    @Test func constructedContentsLinesNamingChaptersDoNotOpenThem() {
        let text = """
        Constructed Charter

        Chapter I ........ 2
        Chapter II ........ 5

        CHAPTER I

        Article 1

        Constructed text.

        CHAPTER II

        Article 2

        Constructed text.
        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .heading }.map(\.id) == ["ch1", "ch2"])
        #expect(document.block(id: "ch1")?.text == "")
        #expect(document.blocks.filter { $0.text.contains("........") }.count == 2)
    }
}

extension ConstructedDivisionTests {
    @Test func constructedReportChaptersNestTheirLetteredSections() {
        let text = """
        Chapter I. Constructed organizational matters

        A. Opening of the constructed session

        1. The constructed session was opened on 3 March.

        B. Agenda

        2. The constructed agenda was adopted.

        Chapter II. Constructed resolutions

        A. Resolutions adopted

        3. The constructed resolutions were adopted without a vote.
        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I", "I.A", "I.B", "II", "II.A"])
        #expect(document.blocks.filter { $0.kind == .heading }.map(\.id) == ["ch1", "h-I-A", "h-I-B", "ch2", "h-II-A"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p1", "p2", "p3"])
    }
}
