import Testing
@testable import ParityCore

/// A record's opening and closing lines known by a clock time (`RecordTimeLine`), in languages no table
/// lists, and the segmentation of hard-wrapped records, letters and resolutions that rely on the shapes of
/// `PDFTextCleanupPass` (`dev/summary-gluemakers`, `dev/verbatim-lutemakers`, `dev/resolution-rooftanks`).
@Suite struct RecordTimeLineTests {
    @Test(arguments: [
        "The meeting rose at 11.55 a.m.",
        "Заседание закрывается в 11 ч 55 мин.",
        "A komakandra tapu 11.55 yuru na mamanten.",
        "Az ülést 11 óra 55 perckor berekesztik.",
        "Засідання закривається об 11 год. 55 хв.",
        "La séance est levée à 11 h 5.",
        "Kokous päättyi klo 11.20.",
        "Toplantı saat 11.20'de kapandı.",
        "Se levanta la sesión a las 11:55 horas.",
    ])
    func timeLines(_ line: String) {
        #expect(RecordTimeLine.isTimeLine(Array(line.unicodeScalars)))
    }

    @Test(arguments: [
        "8. The Chair thanked the delegation for its replies.",
        "Borduria has contributed 3.2 million dollars.",
        "2 350 children were enrolled in 2034.",
        "The next meeting will be held on 14 May 2034.",
        "The commission met 1.800 times.",
        "Tiistai 14. marraskuuta 2034 klo 10.00",
        "The meeting rose at 11.55 a.m. The Committee then met in private.",
    ])
    func noTimeLines(_ line: String) {
        #expect(!RecordTimeLine.isTimeLine(Array(line.unicodeScalars)))
    }

    /// A hard-wrapped summary record without blank lines: the closing line under paragraph 8 is a unit of its own.
    @Test func closingLineUnderTheLastParagraph() throws {
        let text = """
        CRC/C/SR.3310
        Az ülést 10 óra 05 perckor megnyitják.
        1. Az Elnök meghívására Ruritánia küldöttsége helyet foglal a Bizottság
        asztalánál.
        2. Novak úr (Ruritánia) elmondja, hogy 2031 óta 2 350 gyermeket vettek
        fel a ragasztó- és lakkgyártók szakiskoláiba, és hogy az ellenőrzés
        költségvetése 14 százalékkal nőtt.
        3. Az Elnök megköszöni a küldöttség válaszait.
        Az ülést 11 óra 55 perckor berekesztik.
        """
        let cleaned = PDFTextCleanupPass.clean(DecodedText(text)).text.string
        #expect(cleaned.contains("válaszait.\n\nAz ülést 11 óra 55 perckor berekesztik."))
    }

    /// A short record set one unit a line under a long masthead and contents: the opening line stands past the first half
    /// of the lines but above paragraph 1, and the closing line under the longest paragraph is still a unit of its own.
    @Test func closingLineUnderALongMasthead() {
        let lines = [
            "United Nations", "E/C.61/2031/SR.4", "Economic and Social Council", "Distr.: General", "20 May 2031",
            "Original: French", "Committee of Experts on Building Stones", "Fourth session", "Summary record of the 4th meeting",
            "Chair: Mr. Varga (Borduria)", "Contents", "Adoption of the report",
            "The meeting was called to order at 10.10 a.m.", "Adoption of the report",
            "1.\tThe Chair said that the Committee would adopt its report.",
            "2.\tThe draft report was adopted.",
            "3.\tThe Chair said that the Committee would take up the provisional agenda for its fifth session at its next meeting.",
            "The meeting rose at 11.55 a.m.",
        ].map { Array($0.unicodeScalars) }
        func opensNumbered(_ line: [Unicode.Scalar]) -> Bool { line.count > 2 && ("1"..."9").contains(line[0]) && line[1] == "." }
        let numbered: (Int) -> Bool = { opensNumbered(lines[$0]) }
        #expect(RecordTimeLine.closingLine(Array(lines.indices), length: { lines[$0].count }, text: { lines[$0] },
                                           opensNumbered: numbered) == lines.count - 1)
        // Without the paragraph numbers to read, the opening line past the first half is not read.
        #expect(RecordTimeLine.closingLine(Array(lines.indices), length: { lines[$0].count }, text: { lines[$0] }) == nil)
        // A time line inside the body, past paragraph 1, is no opening line.
        var body = lines
        body.swapAt(12, 15)
        #expect(RecordTimeLine.closingLine(Array(body.indices), length: { body[$0].count }, text: { body[$0] },
                                           opensNumbered: { opensNumbered(body[$0]) }) == nil)
    }
}
