@testable import ParityCore
import Testing

/// `PDFSectionColumns` on constructed box layouts (no PDF): a two-column
/// section inside full-width text (a table of contents) whose second column
/// the extractor gave first is read in column order; the next heading after
/// it, and ordinary pages, stay as they were. Italian and Swedish (the layout
/// PDFs that showed the class are German, Portuguese and Arabic).
@Suite struct PDFSectionColumnsTests {
    static func line(_ text: String, x: Double, y: Double, flow: Int, block: Int) -> PDFLayoutLine {
        PDFGeometryReadingTests.line(text.split(separator: " ").map(String.init), x: x, y: y, block: block, flow: flow)
    }

    static func texts(_ lines: [PDFLayoutLine]) -> [String] {
        lines.map { $0.words.map(\.text).joined(separator: " ") }
    }

    /// A summary paragraph over the page, a contents section in two columns (the right one given first, the left
    /// one in a block with the first body heading), then a body paragraph over the page.
    static var italianContents: [PDFLayoutLine] {
        let body = "Il presente rapporto descrive gli sviluppi recenti della migrazione internazionale nella regione."
        return [
            Self.line(body, x: 96, y: 350, flow: 0, block: 0),
            Self.line("Indice", x: 96, y: 375, flow: 0, block: 1),
            Self.line("Pagina", x: 250, y: 399, flow: 0, block: 2),
            Self.line("B. Sfollamento..........4", x: 340, y: 399, flow: 1, block: 3),
            Self.line("III. Raccomandazioni....5", x: 340, y: 413, flow: 1, block: 3),
            Self.line("Allegato", x: 340, y: 427, flow: 1, block: 3),
            Self.line("I. Introduzione.........3", x: 96, y: 423, flow: 2, block: 4),
            Self.line("II. Sviluppi recenti....3", x: 96, y: 437, flow: 2, block: 4),
            Self.line("A. Migrazione...........4", x: 110, y: 451, flow: 2, block: 4),
            Self.line("I. Introduzione", x: 62, y: 465, flow: 2, block: 4),
            Self.line(body, x: 96, y: 489, flow: 3, block: 5),
            Self.line("Fonti dei dati..........6", x: 363, y: 441, flow: 4, block: 6),
        ]
    }

    @Test func aSectionWhoseSecondColumnCameFirstIsReadInColumnOrder() {
        let ordered = PDFSectionColumns.ordered(Self.italianContents, page: 0)
        let texts = Self.texts(ordered)
        #expect(Array(texts[1...10]) == [
            "Indice", "Pagina", "I. Introduzione.........3", "II. Sviluppi recenti....3", "A. Migrazione...........4",
            "B. Sfollamento..........4", "III. Raccomandazioni....5", "Allegato", "Fonti dei dati..........6", "I. Introduzione",
        ])
        #expect(ordered.count == Self.italianContents.count)
        // Each column one flow.
        #expect(Set(ordered[2...5].map(\.flow)).count == 1)
        #expect(Set(ordered[6...9].map(\.flow)).count == 1)
        #expect(ordered[2].flow != ordered[6].flow)
    }

    @Test func theGeometryReadingWritesTheContentsInOrder() {
        let text = PDFGeometryReading.text([PDFGeometryReadingTests.page(Self.italianContents)])
        let introduction = text.range(of: "II. Sviluppi")!.lowerBound
        let displacement = text.range(of: "B. Sfollamento")!.lowerBound
        let sources = text.range(of: "Fonti dei dati")!.lowerBound
        let heading = text.range(of: "I. Introduzione\n")!.lowerBound
        #expect(introduction < displacement)
        #expect(displacement < sources)
        #expect(sources < heading)
    }

    @Test func pagesInReadingOrderAndAHeaderRowAreLeftAlone() {
        // Swedish: two page columns given left then right, and a header row given right first (one line a side).
        let lines = [
            Self.line("A/79/400", x: 480, y: 40, flow: 0, block: 0),
            Self.line("24-13579", x: 62, y: 40, flow: 0, block: 1),
            Self.line("Kommittén har granskat rapporten", x: 62, y: 100, flow: 1, block: 2),
            Self.line("om gränsöverskridande vatten och", x: 62, y: 114, flow: 1, block: 2),
            Self.line("diskuterat rekommendationerna.", x: 62, y: 128, flow: 1, block: 2),
            Self.line("Rapporten välkomnades av alla", x: 330, y: 100, flow: 2, block: 3),
            Self.line("närvarande medlemsstater och", x: 330, y: 114, flow: 2, block: 3),
            Self.line("observatörer vid mötet.", x: 330, y: 128, flow: 2, block: 3),
        ]
        #expect(PDFSectionColumns.ordered(lines, page: 0) == lines)
    }

    @Test func aRightToLeftSectionWhoseLeftColumnCameFirstIsReadRightColumnFirst() {
        // Hebrew: the first column is the right one; the extractor gave the left one first.
        let body = "הוועדה בחנה את הדוח של המזכיר הכללי על ניהול המים המשותפים באזור כולו."
        let lines = [
            Self.line(body, x: 100, y: 350, flow: 0, block: 0),
            Self.line("ב. עקורים..........4", x: 100, y: 399, flow: 1, block: 1),
            Self.line("ג. המלצות..........5", x: 100, y: 413, flow: 1, block: 1),
            Self.line("א. מבוא..........3", x: 380, y: 399, flow: 2, block: 2),
            Self.line("ב. התפתחויות.....3", x: 380, y: 413, flow: 2, block: 2),
            Self.line(body, x: 100, y: 450, flow: 3, block: 3),
        ]
        let texts = Self.texts(PDFSectionColumns.ordered(lines, page: 0))
        #expect(Array(texts[1...4]) == ["א. מבוא..........3", "ב. התפתחויות.....3", "ב. עקורים..........4", "ג. המלצות..........5"])
    }
}
