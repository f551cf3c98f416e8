import Testing
@testable import ParityCore

/// A summary record's masthead line naming the presiding officer in a language whose function word no table lists
/// ("Ssentebe: Mw. Kato (Freedonia)"), right under a masthead line as long as the wrap: it stays a line of its own,
/// so the record learns the function and the Chair's reported turns ("Ssentebe yagambye nti …") open as the members'
/// do. In a text wrapped with no blank line, in one read as a PDF's extraction (a page break) and in one that sets its units apart by blank lines. Constructed
/// text (made-up record, Luganda, an approximation).
@Suite struct ConstructedPresidingLineTests {
    private static let masthead = [
        "United Nations", "E/C.31/2074/SR.4", "Economic and Social Council", "Distr.: General", "9 June 2074",
        "Original: English", "Akakiiko ku by'emirimu gy'emikono", "Olukiiko olw'amakumi abiri mu lumu",
        "Ebifunze ku lukiiko olw'ana",
        "Lwakubirizibwa ku Headquarters, New York, ku Lwokubiri, 2 Muzigo 2074, ku ssaawa nnya",
        "Ssentebe: Mw. Kato (Freedonia)",
        "Okwekenneenya lipoota z'amawanga (kweyongerayo)",
        "Olukiiko lwaggulwawo ku ssaawa nnya n'eddakiika ttaano.",
    ]
    private static let body = [
        "1.\tSsentebe yagambye nti Akakiiko kajja kwekenneenya lipoota ya Ruritania ku",
        "by'emirimu gy'emikono (E/C.31/2074/2).",
        "2.\tMw. Novak (Ruritania) yagambye nti eggwanga lye lirina amasomero",
        "1,250 ag'emirimu gy'emikono.",
        "3.\tMw. Okello (Syldavia) yabuuzizza abayizi bameka abakazi.",
        "4.\tSsentebe yagambye nti Akakiiko kajja kuddamu okwogera ku nsonga eno.",
    ]

    private func speakers(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks.compactMap(\.speaker)
    }

    private let expected = ["Ssentebe", "Mw. Novak (Ruritania)", "Mw. Okello (Syldavia)", "Ssentebe"]

    @Test func aWrappedRecordWithNoBlankLineOpensTheChairsTurns() {
        let text = (Self.masthead + Self.body).joined(separator: "\n") + "\n"
        #expect(speakers(text) == expected)
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
        #expect(blocks.contains { $0.text == "Ssentebe: Mw. Kato (Freedonia)" })
    }

    @Test func anExtractedRecordOpensTheChairsTurns() {
        let text = (Self.masthead + Self.body.prefix(4)).joined(separator: "\n") + "\n\u{0C}E/C.31/2074/SR.4\n"
            + Self.body.dropFirst(4).joined(separator: "\n") + "\n"
        #expect(PDFExtractionDetector.looksExtracted(Array(text.utf8)))
        #expect(speakers(text) == expected)
    }

    @Test func aRecordWithBlankLinesBetweenItsUnitsOpensTheChairsTurns() {
        let text = Self.masthead.joined(separator: "\n") + "\n\n" + Self.body.joined(separator: "\n") + "\n"
        #expect(speakers(text) == expected)
    }
}
