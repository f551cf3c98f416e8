import Testing
@testable import ParityCore

/// Contents printed without pages or leaders (`PagelessContentsRun`): the run of headings the body repeats with its
/// paragraphs between them is the contents, whatever its caption says; and notes set right after the last paragraph
/// whose markers the body cites glued to a symbol or before a stop (`CitedFootnoteMarker`). Constructed texts (made
/// up for these tests) in Finnish and Albanian, languages the dev documents `report-bargewrights` and
/// `report-tanneries` do not use.
@Suite struct ConstructedPagelessContentsTests {
    private func blocks(_ text: String) -> [Block] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
    }

    private func key(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test func aRunOfHeadingsTheBodyRepeatsWithParagraphsBetweenIsTheContents() {
        // Units: caption, five headings, the body's first heading at once, a paragraph, the other four and paragraphs.
        let units: [String?] = [nil, "I. A", "II. B", "A. C", "B. D", "III. E", "I. A", nil, "II. B", "A. C", nil,
                                "B. D", nil, "III. E", nil]
        #expect(PagelessContentsRun.runs(count: units.count) { units[$0].map(key) } == [1...5])
        // The same headings twice with nothing between either time: no body, no contents.
        let twice: [String?] = ["I. A", "II. B", "III. C", nil, "I. A", "II. B", "III. C"]
        #expect(PagelessContentsRun.runs(count: twice.count) { twice[$0].map(key) }.isEmpty)
        // Headings the body does not repeat in their order are the body's own.
        let unordered: [String?] = ["I. A", "II. B", "III. C", nil, "II. B", nil, "I. A", nil, "III. C"]
        #expect(PagelessContentsRun.runs(count: unordered.count) { unordered[$0].map(key) }.isEmpty)
    }

    /// Hostile shapes: thousands of one heading in a row (each head of the run was searched again after it, a
    /// cubic walk), and runs of three headings the next run repeats, each with a paragraph after it. Neither is a
    /// contents: the long run is over `maximumEntries`, and every short run is echoed only by runs alike.
    @Test func longRunsOfRepeatedHeadingsAreNoContents() {
        let same: [String?] = Array(repeating: "I. A", count: 3 * PagelessContentsRun.maximumEntries)
        #expect(PagelessContentsRun.runs(count: same.count) { same[$0].map(key) }.isEmpty)
        let repeated: [String?] = (0..<2_000).flatMap { _ -> [String?] in ["I. A", "II. B", "III. C", nil] }
        // Each run's echo is the next run, its three headings one after another: no paragraph between them.
        #expect(PagelessContentsRun.runs(count: repeated.count) { repeated[$0].map(key) }.isEmpty)
    }

    /// Finnish: no blank lines, every label alone on its line, contents without pages, notes right after the last paragraph.
    @Test func constructedFinnishContentsWithoutPagesAndNotesWithoutARule() {
        let read = blocks(FINNISH)
        #expect(read.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I", "II", "II.A", "II.B", "III"])
        #expect(read.filter { $0.kind == .tocEntry }.compactMap(\.labelPath) == ["I", "II", "II.A", "II.B", "III"])
        #expect(read.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2, 3, 4])
        #expect(read.filter { $0.kind == .footnote }.compactMap(\.label) == ["*", "(1)", "(2)"])
    }

    /// Albanian: blank lines between everything, label and title on one line; a last paragraph whose items `(1)`, `(2)`
    /// no note is cited for stay items.
    @Test func constructedAlbanianItemsNoNoteCitesStayItems() {
        let read = blocks(ALBANIAN)
        #expect(read.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I", "II", "III"])
        #expect(read.filter { $0.kind == .tocEntry }.compactMap(\.labelPath) == ["I", "II", "III"])
        #expect(read.filter { $0.kind == .footnote }.isEmpty)
        #expect(read.filter { $0.kind == .listItem }.compactMap(\.label) == ["(1)", "(2)"])
    }

    @Test func parenthesizedMarkersGluedToASymbolOrBeforeAStop() {
        let cited = CitedFootnoteMarker.citations(in: key("päätöslauselma 89/144(1), ja vuonna 2035(3) sekä vuosina(2). artikla 5(4) ja"))
        #expect(cited.keys.sorted() == [1, 2])
    }
}

private let FINNISH = """
Yhdistyneet kansakunnat
A/91/310
Yleiskokous
Jakelu: yleinen
Asialistan kohta 40*
Lauttaliikenne järvillä
Pääsihteerin raportti
Sisällys
I.
Johdanto
II.
Lauttojen tila
A.
Lautat
B.
Laiturit
III.
Suositukset
I.
Johdanto
1.
Raportti laaditaan yleiskokouksen päätöslauselman 89/144(1) mukaisesti.
II.
Lauttojen tila
A.
Lautat
2.
Järvillä liikennöi 210 lauttaa.
B.
Laiturit
3.
Laitureita korjattiin 64 vuonna 2035 eri järvillä(2).
III.
Suositukset
4.
Yleiskokous voi ottaa raportin tiedoksi.
* A/91/50.
(1) Päätöslauselma 89/144.
(2) Vuoden 2036 luvut julkaistaan myöhemmin.
"""

private let ALBANIAN = """
Kombet e Bashkuara

A/91/311

Asambleja e Përgjithshme

Përmbajtja

I. Hyrje

II. Gjendja e urave

III. Rekomandimet

I. Hyrje

1. Ky raport paraqitet sipas rezolutës 89/145.

II. Gjendja e urave

2. Janë riparuar 48 ura.

III. Rekomandimet

3. Sekretari i Përgjithshëm rekomandon:

(1) të riparohen urat e tjera;

(2) të raportohet në vitin 2038.
"""
