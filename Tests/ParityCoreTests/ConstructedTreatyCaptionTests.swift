import ParityTestSupport
import Testing
@testable import ParityCore

/// Treaty chapters and articles, and unnumbered annexes, in shapes the
/// hold-out sets showed as classes: chapters written number first with a
/// colon over articles whose word is abbreviated (`1. kapitola: …` /
/// `Čl. 1 …`), a chapter title on the line under the chapter caption, and an
/// unnumbered annex whose one-word caption stands after the body's footnotes.
/// Short constructed texts; documents `dev/treaty-springs` (en, sk, gl),
/// `dev/treaty-saltpans` (en, pt, it), `dev/goals-baobabs` (en, sw).
@Suite struct ConstructedTreatyCaptionTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    @Test func anAbbreviatedWordNumbersACaption() {
        func read(_ text: String) -> String? {
            NumberedCaption.match(Array(text.unicodeScalars)).map { "\($0.key) \($0.number) \($0.hasRest)" }
        }
        #expect(read("Art. 1 Definicións") == "art 1 true")
        #expect(read("Čl. 3 Chránené pramene") == "čl 3 true")
        #expect(read("Art. 5") == "art 5 false")
        #expect(NumberedCaption.mayStart(Array("Čl. 3 Chrán".unicodeScalars)))
        // A sentence, a point without white space after it, one letter before the point: no caption.
        #expect(read("Art. 5 of the Convention applies to them.") == nil)
        #expect(read("Art.5 Definicións") == nil)
        #expect(read("A. 5 Definicións") == nil)
    }

    @Test func constructedCzechChaptersNumberFirstOverAbbreviatedArticles() {
        // `1. kapitola: …` starts with `1.`: it is the caption of a sequence over the articles, no paragraph before them.
        let text = "1. kapitola: Obecná ustanovení\n\nČl. 1 Vymezení pojmů\n\n1. První odstavec.\n\n2. Druhý odstavec.\n\n"
            + "Čl. 2 Cíl\n\nJediný odstavec článku.\n\n2. kapitola: Ochrana\n\nČl. 3 Chráněné prameny\n\n1. První odstavec.\n\n2. Druhý odstavec.\n"
        let document = segment(text)
        #expect(document.blocks.map(\.id) == ["ch1", "art1", "art1-p1", "art1-p2", "art2", "art2-u1", "ch2", "art3", "art3-p1", "art3-p2"])
        #expect(document.blocks.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I", "II"])
        #expect(document.block(id: "ch1")?.text == "Obecná ustanovení")
        #expect(document.block(id: "art3")?.label == "Čl. 3")
    }

    @Test func constructedCzechChaptersOverArticlesWithoutNumberedParagraphs() {
        // No article numbers its paragraphs: each chapter line is followed right away by an article caption,
        // and the articles' count goes on across the chapters.
        let text = "1. kapitola: Obecná ustanovení\n\nČl. 1 Vymezení pojmů\n\nPrvní odstavec článku.\n\nČl. 2 Cíl\n\nJediný odstavec článku.\n\n"
            + "2. kapitola: Ochrana\n\nČl. 3 Chráněné prameny\n\nOdstavec článku tři.\n\n3. kapitola: Závěrečná ustanovení\n\n"
            + "Čl. 4 Platnost\n\nOdstavec článku čtyři.\n"
        let document = segment(text)
        #expect(document.blocks.map(\.id) == ["ch1", "art1", "art1-u1", "art2", "art2-u1", "ch2", "art3", "art3-u1", "ch3", "art4", "art4-u1"])
        // A chapter line with text between it and the next article is no such evidence: the lines stay text.
        let apart = text.replacingOccurrences(of: "2. kapitola: Ochrana\n\n", with: "2. kapitola: Ochrana\n\nÚvodní věta kapitoly.\n\n")
        #expect(apart != text)
        #expect(segment(apart).blocks.filter { $0.kind == .article }.isEmpty)
    }

    @Test func abbreviatedFigureCaptionsBetweenParagraphsStayText() {
        // The count goes on across them: no articles.
        let text = "1. První odstavec.\n\nObr. 1 Emise\n\n2. Druhý odstavec.\n\nObr. 2 Pracovníci\n\n3. Třetí odstavec.\n"
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .article }.isEmpty)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p1", "p2", "p3"])
    }

    @Test func aChapterTitleOnTheLineUnderItsCaptionIsTheChapters() {
        let text = "CAPÍTULO I\nDISPOSIÇÕES GERAIS\n\nArtigo 1.º\n\n1. Primeiro.\n\n2. Segundo.\n\nCAPÍTULO II\nDISPOSIÇÕES FINAIS\n\n"
            + "Artigo 2.º\n\n1. Primeiro.\n"
        let document = segment(text)
        #expect(document.blocks.map(\.id) == ["ch1", "art1", "art1-p1", "art1-p2", "ch2", "art2", "art2-p1"])
        #expect(document.block(id: "ch1")?.label == "CAPÍTULO I")
        #expect(document.block(id: "ch1")?.text == "DISPOSIÇÕES GERAIS")
        #expect(document.block(id: "ch2")?.text == "DISPOSIÇÕES FINAIS")
        // An article right under the caption is no title: the chapter has none.
        let untitled = segment("CAPÍTULO I\n\nArtigo 1.º\n\n1. Primeiro.\n\nCAPÍTULO II\n\nArtigo 2.º\n\n1. Primeiro.\n")
        #expect(untitled.blocks.map(\.id) == ["ch1", "art1", "art1-p1", "ch2", "art2", "art2-p1"])
        #expect(untitled.block(id: "ch1")?.text == "")
    }

    private static let icelandicNote = "Aðalframkvæmdastjórinn hefur þann heiður að senda allsherjarþinginu svæðisbundin markmið um þurrlendisskóga.¹\n\n"
        + "Markmiðin og undirmarkmið þeirra, sem sett eru fram í viðauka við þessa orðsendingu, skulu nást fyrir árið 2040.²\n\n"
        + "__________________\n¹ Ákvörðun 2/1.\n² Ákvörðun 2/4.\n\nViðauki\n\nSvæðisbundin markmið\n\n"
        + "Markmið 1: Vernda skóga\n\n1.1 Fyrir 2030, kortleggja skóga.\n\n1.2 Fyrir 2035, vernda skóga.\n\n"
        + "Markmið 2: Endurheimta skóga\n\n2.1 Fyrir 2040, endurheimta skóga.\n"

    @Test func constructedIcelandicGoalsInAnAnnexAfterTheNotesFootnotes() {
        // The one-word caption stands after the footnotes; the note names it in lower case, inflected (`í viðauka`).
        let document = segment(Self.icelandicNote)
        #expect(document.blocks.filter { $0.kind == .annex }.map(\.text) == ["Viðauki"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id)
            == ["annex-g1-t1.1", "annex-g1-t1.2", "annex-g2-t2.1"])
        #expect(document.blocks.filter { $0.kind == .footnote }.map(\.id) == ["fn1", "fn2"])
        // Footnotes written with plain digits, and a signature, between the body and the caption.
        let plain = Self.icelandicNote.replacingOccurrences(of: "¹ Ákvörðun 2/1.\n² Ákvörðun 2/4.", with: "1 Ákvörðun 2/1.\n\n2 Ákvörðun 2/4.\n\n(Undirritað) Jón Jónsson")
        #expect(plain != Self.icelandicNote)
        #expect(segment(plain).blocks.filter { $0.kind == .annex }.map(\.text) == ["Viðauki"])
    }

    @Test func aOneWordLineAfterTheFootnotesThatTheBodyDoesNotNameIsNoAnnex() {
        let unnamed = Self.icelandicNote.replacingOccurrences(of: "sem sett eru fram í viðauka við þessa orðsendingu", with: "sem hér fylgja")
        #expect(unnamed != Self.icelandicNote)
        #expect(segment(unnamed).blocks.filter { $0.kind == .annex }.isEmpty)
        // A paragraph of running text that ends no sentence between the footnotes and the caption: no signature, no caption.
        let prose = Self.icelandicNote.replacingOccurrences(of: "² Ákvörðun 2/4.\n\n", with: "² Ákvörðun 2/4.\n\n"
            + "Þessi texti er lengri en undirskrift og endar ekki á punkti heldur heldur hann áfram á sama hátt og meginmálið gerir\n\n")
        #expect(segment(prose).blocks.filter { $0.kind == .annex }.isEmpty)
    }

    @Test func aSentenceEndsBeforeTheFootnoteMarkersAfterItsStop() {
        func ends(_ text: String) -> Bool { BlockClassifier.endsSentenceBeforeMarkers(Array(text.unicodeScalars)) }
        #expect(ends("held in Klow from 3 to 5 May 2027.¹"))
        #expect(ends("at its eighty-second session.*"))
        #expect(ends("vermektedir.12"))
        #expect(!ends("Article 3"))
        #expect(!ends("in the year 2027"))
        // The rule the front matter and citations use (`CitedFootnoteMarker.endsSentenceBeforeMarker`): a decimal is no
        // stop and a marker (the digit read as one before was), a year and month no sentence; another script's stop is.
        #expect(!ends("the fund rose to 2.5"))
        #expect(!ends("2026.12"))
        #expect(ends("كما هو مبين في المرفق۔1"))
        #expect(ends("held at Klow (Syldavia).2"))
        #expect(BlockClassifier.usesInLowerCase(Array("viðauki".unicodeScalars), Array("sett fram í viðauka við".unicodeScalars)))
        #expect(!BlockClassifier.usesInLowerCase(Array("viðauki".unicodeScalars), Array("Viðauki við orðsendingu".unicodeScalars)))
    }
}
