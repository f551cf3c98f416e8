import ParityTestSupport
import Testing
@testable import ParityCore

/// Text printed as `pdftotext -layout` prints a PDF, and contents set without
/// blank lines: a wrapped line that starts with a date at its paragraph's
/// text column (no page-foot note), the rows of a two-column list and of a
/// table of figures (one unit a row), and an unnumbered annex the contents
/// name whose title has a dot leader of its own. The layout shapes are read on
/// the dev documents (`report-quillcutters` sv and uk, `budget-turnstiles` it),
/// whose pages make them read as layout text; the contents on a short text.
@Suite struct ConstructedLayoutWrapRowTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    private func fixture(_ name: String) throws -> Document {
        let bytes = try RepositoryPaths.fixtureBytes("constructed-documents/dev/" + name)
        return segment(String(decoding: bytes, as: UTF8.self))
    }

    /// "3.   … avslutas den" / "     1 oktober 2036." right over "Bilaga II": the date is the paragraph's, not note 1,
    /// and the note at the page's foot is; the two rows of the list under annex II are two units.
    @Test func aDateAtTheParagraphsTextColumnIsNoNote() throws {
        for name in ["report-quillcutters.constructed.sv.txt", "report-quillcutters.constructed.uk.txt"] {
            let document = try fixture(name)
            let notes = document.blocks.filter { $0.kind == .footnote }
            #expect(notes.count == 3)
            #expect(notes.last.map { $0.text.contains("Szohod") || $0.text.contains("Соході") } == true)
            #expect(document.blocks.contains { $0.id == "annex-I-p3" && ($0.text.hasSuffix(" 2036.") || $0.text.hasSuffix(" 2036 року.")) })
            #expect(document.blocks.filter { $0.kind == .unnumberedParagraph && $0.text.hasPrefix("E/2037/") }.count == 2)
        }
    }

    /// The rows of table 18.1 in layout, cells set apart by runs of spaces, are one unit a row.
    @Test func rowsOfALayoutTableAreOneUnitARow() throws {
        let blocks = try fixture("budget-turnstiles.constructed.it.txt").blocks
        for row in ["Categoria", "Posti", "Altre spese di personale", "Viaggi del personale", "Servizi contrattuali", "Totale"] {
            #expect(blocks.filter { $0.text.hasPrefix(row + " ") }.count == 1)
        }
        #expect(!blocks.contains { $0.text.hasPrefix("Categoria") && $0.text.contains("Posti") })
    }

    @Test func anAnnexTheContentsNameWithALeaderOfItsOwn() {
        let text = """
        Turinys
        Puslapis
        I.
        Įvadas . . . . . . . . . . . . . . . . . . . . 2
        II.
        Išvados . . . . . . . . . . . . . . . . . . . . 2
        III.
        Rekomendacijos . . . . . . . . . . . . . . . . 3
        Priedas
        Dokumentai, pateikti Tarybai . . . . . . . . . 3
        I.
        Įvadas
        1.
        Ši ataskaita parengta pagal Tarybos rezoliuciją 2035/14.
        II.
        Išvados
        2.
        Atsakiusiose valstybėse veikia 58 baržų dirbtuvės.
        III.
        Rekomendacijos
        3.
        Taryba raginama šį klausimą vėl apsvarstyti 2040 m. sesijoje.
        Priedas
        Dokumentai, pateikti Tarybai
        E/2037/31
        Generalinio sekretoriaus ataskaita apie baržų meistrų amato išsaugojimą

        """
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .annex }.map(\.text) == ["Priedas"])
        #expect(document.blocks.filter { $0.kind == .heading }.map(\.id) == ["h-I", "h-II", "h-III"])
    }
}
