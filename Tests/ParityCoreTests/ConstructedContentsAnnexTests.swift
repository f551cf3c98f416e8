import ParityTestSupport
import Testing
@testable import ParityCore

/// Shapes of reports with no blank lines and every label alone on its line,
/// and of annexes that number no paragraph: a paragraph whose text opens with
/// a year and its stop (`5.` / `2036. január …`), contents entries whose label
/// stands alone over the title, an unnumbered annex the contents name
/// (`Melléklet` / title) with no numbered paragraph, a footnote cited after a
/// year's stop at a paragraph's end (`2030.2`), and a lettered honorific in a
/// list of participants (`M. Teodor Vasko`). Short constructed texts.
@Suite struct ConstructedContentsAnnexTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    @Test func aYearAndItsStopUnderAParagraphNumberAloneIsItsText() {
        // Estonian: "2036. aastal" writes the year as an ordinal, with a full stop.
        let text = """
        1.
        Käesolev aruanne esitatakse nõukogu otsuse 2034/12 alusel.
        2.
        Aruanne põhineb 19 liikmesriigi vastustel.
        3.
        2036. aastal võtsid maakonnamuuseumid veskite registri üle.
        4.
        Nõukogu vaatab küsimuse uuesti läbi.

        """
        let document = segment(text)
        let paragraphs = document.blocks.filter { $0.kind == .paragraph }
        #expect(paragraphs.map(\.id) == ["p1", "p2", "p3", "p4"])
        #expect(paragraphs.count == 4 && paragraphs[2].text.contains("2036. aastal"))
    }

    @Test func figuresAfterALabelAlone() {
        func figure(_ label: String, _ line: String) -> Bool {
            let text = label + "\n" + line + "\n"
            let bytes = Array(text.utf8)
            let lines = LineScanner.lines(in: bytes)
            return RawBlockBuilder.opensWithFigureAfterLabel(bytes, lines[0], lines[1])
        }
        #expect(figure("5.", "2036. január 1-jétől a malmok …"))
        #expect(figure("II.", "2036. évi eredmények"))
        #expect(figure("5.", "12. pontja szerint …"))
        // A count that goes on or starts again is a label of its own.
        #expect(!figure("5.", "6. A Tanács …"))
        #expect(!figure("5.", "1. A Tanács …"))
        #expect(!figure("5.", "A Tanács …"))
    }

    @Test func anUnnumberedAnnexTheContentsName() {
        // Hungarian, no table: the contents list the annex's caption over its title; the annex numbers no paragraph.
        let text = """
        Tartalom
        Oldal
        I.
        Bevezetés 2
        II.
        Megállapítások 2
        III.
        Ajánlások 3
        Melléklet
        A Tanács elé terjesztett dokumentumok 4
        I.
        Bevezetés
        1.
        Ez a jelentés a Tanács 2034/12. számú határozata alapján készült.
        II.
        Megállapítások
        2.
        A válaszoló államokban 1 240 vízimalom áll.
        III.
        Ajánlások
        3.
        A főtitkár azt ajánlja, hogy a tagállamok készítsék el a felmérést.
        Melléklet
        A Tanács elé terjesztett dokumentumok
        E/2036/44 A főtitkár jelentése a vízimalmok megőrzéséről
        E/2036/45 A Bizottság jelentése a harmincadik ülésszakáról

        """
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .annex }.map(\.text) == ["Melléklet"])
        #expect(document.blocks.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I", "II", "III"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p1", "p2", "p3"])
    }

    @Test func aLineAfterTheBodyNoContentsNamesOpensNothing() {
        let text = """
        1.
        Ez a jelentés a Tanács 2034/12. számú határozata alapján készült.
        2.
        A válaszoló államokban 1 240 vízimalom áll.
        Köszönetnyilvánítás
        A Tanács elé terjesztett dokumentumok
        E/2036/44 A főtitkár jelentése a vízimalmok megőrzéséről

        """
        #expect(segment(text).blocks.allSatisfy { $0.kind != .annex })
    }

    @Test func aLetterFarPastItsSequenceIsNoHeading() {
        var numbering = HeadingNumbering()
        #expect(BlockClassifier.jumpsPastSequence(.letter(13), numbering))
        #expect(!BlockClassifier.jumpsPastSequence(.letter(1), numbering))
        #expect(!BlockClassifier.jumpsPastSequence(.letter(3), numbering))
        #expect(!BlockClassifier.jumpsPastSequence(.section(roman: 1, letters: [9]), numbering))
        #expect(BlockClassifier.jumpsPastSequence(.section(roman: 1000, letters: [13]), numbering))
        numbering.enterAnnex("II")
        #expect(BlockClassifier.jumpsPastSequence(.section(roman: 1000, letters: [13]), numbering))
    }
}
