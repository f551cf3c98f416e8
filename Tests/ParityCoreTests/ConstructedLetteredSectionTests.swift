import ParityTestSupport
import Testing
@testable import ParityCore

/// Lettered sections inside numbered chapters (`LetteredSectionCaption`,
/// `LetteredSectionSequence`): a caption word repeated with letters that run
/// A, B, C … in their script and start again under each chapter, whatever
/// the word and the script.
@Suite struct ConstructedLetteredSectionTests {
    private func headings(_ text: String, _ language: Language? = nil) -> [String] {
        PlainTextSegmenter(language: language).segment(DecodedText(text), sourceName: "constructed").blocks
            .filter { $0.kind == .heading }.map { "\($0.id) \($0.labelPath ?? "-") \($0.level ?? 0)" }
    }

    private func ids(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks.map(\.id)
    }

    /// A charter of two chapters, two lettered sections under the first and one under the second, in the
    /// words and letters given.
    private func charter(chapter: (String, String), section: (String, String, String), article: (Int) -> String) -> String {
        """
        \(chapter.0)

        \(section.0) Constructed purposes

        \(article(1))

        1. Constructed first paragraph of the first article.

        2. Constructed second paragraph of the first article.

        \(section.1) Constructed membership

        \(article(2))

        Constructed text of the second article.

        \(chapter.1)

        \(section.2) Constructed assembly

        \(article(3))

        1. Constructed first paragraph of the third article.

        2. Constructed second paragraph of the third article.

        """
    }

    private let expected = ["ch1 I 1", "ch1-sec1 I.A 2", "ch1-sec2 I.B 2", "ch2 II 1", "ch2-sec1 II.A 2"]

    @Test func latinSectionsRestartUnderEachChapter() {
        let text = charter(chapter: ("CHAPTER I", "CHAPTER II"), section: ("Section A.", "Section B.", "Section A."), article: { "Article \($0)" })
        #expect(headings(text) == expected)
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.block(id: "ch1-sec2")?.label == "Section B.")
        #expect(document.block(id: "ch1-sec2")?.text == "Constructed membership")
        // The articles' numbering is not disturbed.
        #expect(ids(text).filter { $0.hasPrefix("art") } == ["art1", "art1-p1", "art1-p2", "art2", "art2-u1", "art3", "art3-p1", "art3-p2"])
    }

    @Test func cyrillicSectionsRestartUnderEachChapter() {
        let text = charter(chapter: ("ГЛАВА I", "ГЛАВА II"), section: ("Раздел А.", "Раздел Б.", "Раздел А."), article: { "Статья \($0)" })
        #expect(headings(text) == expected)
    }

    @Test func arabicLetterNamesAndLettersRestartUnderEachChapter() {
        let names = charter(chapter: ("الفصل الأول", "الفصل الثاني"), section: ("الفرع ألف -", "الفرع باء -", "الفرع ألف -"),
                            article: { "المادة \($0)" })
        #expect(headings(names) == expected)
        let letters = charter(chapter: ("الفصل الأول", "الفصل الثاني"), section: ("الفرع أ -", "الفرع ب -", "الفرع أ -"),
                              article: { "المادة \($0)" })
        #expect(headings(letters) == expected)
    }

    @Test func hanSectionsWithTheLetterBeforeTheirWord() {
        let text = charter(chapter: ("第一章", "第二章"), section: ("A节", "B节", "A节"), article: { "第\(["一", "二", "三"][$0 - 1])条" })
        #expect(headings(text) == expected)
    }

    @Test func captionWordsNoTableKnows() {
        // Swahili chapters and articles the numbering finds; sections `Sehemu A.` a word no table knows.
        let swahili = charter(chapter: ("SURA YA I", "SURA YA II"), section: ("Sehemu A.", "Sehemu B.", "Sehemu A."),
                              article: { "Ibara ya \($0)" })
        #expect(headings(swahili) == expected)
        // A Circassian-style word with a Latin `I` for the palochka, Cyrillic letters.
        let adyghe = charter(chapter: ("ГЛАВА I", "ГЛАВА II"), section: ("Iахь А.", "Iахь Б.", "Iахь А."), article: { "Статья \($0)" })
        #expect(headings(adyghe) == expected)
    }

    @Test func lettersThatDoNotStartAgainAreNoSections() {
        // `Appendix A`, `Appendix B` under the last chapter: one run, no restart, a word no table reads for sections.
        let text = """
        CHAPTER I

        Article 1

        Constructed text of the first article.

        CHAPTER II

        Article 2

        Constructed text of the second article.

        Appendix A. Constructed list

        Appendix B. Constructed table

        """
        #expect(!headings(text).contains { $0.contains("-sec") })
    }

    @Test func aSingleRunOfATableSectionWordIsEnough() {
        let text = """
        CAPÍTULO I

        Artículo 1

        Texto construido del primer artículo.

        CAPÍTULO II

        Sección A. Asamblea

        Artículo 2

        Texto construido del segundo artículo.

        Sección B. Consejo

        Artículo 3

        Texto construido del tercer artículo.

        """
        #expect(headings(text) == ["ch1 I 1", "ch2 II 1", "ch2-sec1 II.A 2", "ch2-sec2 II.B 2"])
    }

    @Test func captionShapes() {
        func match(_ line: String) -> LetteredSectionCaption.Match? { LetteredSectionCaption.match(Array(line.unicodeScalars)) }
        #expect(match("Section A. Membership")?.key == "section")
        #expect(match("Section A. Membership")?.letter.place == 1)
        #expect(match("Раздел В. Секретариат")?.letter.place == 3)
        #expect(match("الفرع جيم - الأمانة")?.letter.place == 3)
        #expect(match("الفرع ج - الأمانة")?.letter.place == 3)
        #expect(match("B节 理事会")?.key == "#节")
        #expect(match("Iахь Б.")?.key == "iахь")
        // A sentence, a lower-case title, a word that is no letter.
        #expect(match("Section A of the report describes the method.") == nil)
        #expect(match("Section A. the method") == nil)
        #expect(match("Section Alpha. Membership") == nil)
        let letters = ["Ա", "Բ"].map { SectionLetter.read(Array($0.unicodeScalars), 0)!.0 }
        #expect(letters[0].isFirst && letters[1].follows(letters[0]))
    }
}
