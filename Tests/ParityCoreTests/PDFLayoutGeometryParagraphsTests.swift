@testable import ParityCore
import Testing

/// The paragraph ends of the geometry reading put into `pdftotext -layout`
/// text (`PDFLayoutGeometryParagraphs`); all texts constructed.
@Suite struct PDFLayoutGeometryParagraphsTests {
    static func marking(_ layout: String, _ geometry: String) -> String {
        String(decoding: PDFLayoutGeometryParagraphs.marking(Array(layout.utf8), geometry: geometry), as: UTF8.self)
    }

    @Test func aParagraphEndOfTheBoxesGoesBetweenTheSameTwoRows() {
        // A title set bold above its subtitle and a ragged last row: nothing on the grid tells them apart.
        let layout = "Los humedales de la costa\nResolución aprobada por la Asamblea\n"
            + "Recordando su resolución 77/118, de 8 de\ndiciembre de 2022, de tempestad,\n"
            + "Acogiendo con beneplácito las\ncontribuciones\n\u{0C}"
        let geometry = "Los humedales de la costa\n\nResolución aprobada por la Asamblea\n\n"
            + "Recordando su resolución 77/118, de 8 de\ndiciembre de 2022, de tempestad,\n\n"
            + "Acogiendo con beneplácito las\ncontribuciones\n\u{0C}"
        #expect(Self.marking(layout, geometry) == "Los humedales de la costa\n\nResolución aprobada por la Asamblea\n\n"
            + "Recordando su resolución 77/118, de 8 de\ndiciembre de 2022, de tempestad,\n\n"
            + "Acogiendo con beneplácito las\ncontribuciones\n\u{0C}")
    }

    @Test func rowsAreMatchedByTheirTextWithoutWhiteSpaceOnTheSamePage() {
        // Justified Cyrillic rows, CJK spaced on the grid and a label in the margin; the second page's
        // pair of lines is a paragraph end there only, so page one is left as it is.
        let layout = "1.    Генеральная   Ассамблея   постановляет\nпродлить мандат.\n"
            + "2025 年 2 月 3 日\n議題\n\u{0C}"
            + "1.    Генеральная   Ассамблея   постановляет\nпродлить мандат.\n"
        let geometry = "1. Генеральная Ассамблея постановляет\nпродлить мандат.\n\n2025年2月3日\n\n議題\n\u{0C}"
            + "1. Генеральная Ассамблея постановляет\n\nпродлить мандат.\n"
        #expect(Self.marking(layout, geometry) == "1.    Генеральная   Ассамблея   постановляет\nпродлить мандат.\n\n"
            + "2025 年 2 月 3 日\n\n議題\n\u{0C}"
            + "1.    Генеральная   Ассамблея   постановляет\n\nпродлить мандат.\n")
    }

    @Test func rowsTheReadingsWriteDifferentlyOrRunOnAreLeftAsTheyAre() {
        // Visual order on the grid, logical in the boxes: no match. A pair that runs on elsewhere on the
        // page is no end. Blank rows already there stay.
        let layout = "النص الأول .1\nالسطر الثاني\nA\nB\nC\n\nA\nB\n"
        let geometry = "1. الأول النص\n\nالثاني السطر\nA\n\nB\nC\n\nA\nB\n"
        #expect(Self.marking(layout, geometry) == layout)
    }
}
