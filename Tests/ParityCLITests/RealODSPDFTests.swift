import Foundation
@testable import ParityCore
import ParityTestSupport
import Testing

/// `parity outline` on real ODS PDFs (Tests/Fixtures/real/un-ods-pdf, see
/// SOURCE.txt there), in reading order and with `--pdf-layout`. The
/// expected figures were established by reading the documents (their page
/// images and pdftotext's text), not by recording Parity's output: the
/// numbered paragraphs each document prints, its footnotes, its symbol,
/// and wrapped lines that start with a figure inside given paragraphs.
@Suite struct RealODSPDFTests {
    static let folder = "Tests/Fixtures/real/un-ods-pdf"

    static func outline(_ name: String, layout: Bool) throws -> Document {
        let run = try ParityExecutable.run(["outline", "--json"] + (layout ? ["--pdf-layout"] : []) + ["\(folder)/\(name)"])
        #expect(run.exitCode == 0, "\(name): \(run.standardError)")
        return try JSONDecoder().decode(Document.self, from: Data(run.standardOutput.utf8))
    }

    /// What reading a document shows.
    struct Expected: Sendable, CustomTestStringConvertible {
        var file: String
        /// The paragraph numbers as printed, in order (a resolution's annex numbers again from 1).
        var numbers: [Int]
        /// The footnotes' markers as Parity writes them (superscript digits, asterisks).
        var footnotes: [String]
        var symbol: String
        /// The masthead's organ (the first, for a joint symbol) and date.
        var organ: String
        var date: String
        /// (paragraph number, words that must stand in it): a wrapped line that starts with a figure, joined.
        var joined: [(Int, String)] = []
        var testDescription: String { file }
    }

    static let documents: [Expected] = [
        // The annex table's notes a, b, c (written as superscript letters) follow the reissue note.
        Expected(file: "S_2012_197-EN.pdf", numbers: Array(1...114), footnotes: ["***", "ᵃ", "ᵇ", "ᶜ"], symbol: "S/2012/197", organ: "Security Council", date: "5 April 2012",
                 joined: [(26, "stood at 228 personnel, including the Force Commander"),
                          (39, "MINURSO received 12 notifications from Frente Polisario"),
                          (79, "in solidarity with the 23 detainees were reportedly broken up"),
                          (113, "an increase of 15 military observers to bolster")]),
        Expected(file: "S_2014_258-EN.pdf", numbers: Array(1...104), footnotes: ["*"], symbol: "S/2014/258", organ: "Security Council", date: "10 April 2014",
                 joined: [(6, "an estimated 150 people, on both sides"),
                          (33, "stood at 225 personnel, 13 of whom are female"),
                          (57, "installed in 16 schools to ensure clean water")]),
        Expected(file: "S_2025_257-EN.pdf", numbers: Array(1...22), footnotes: ["¹"], symbol: "S/2025/257", organ: "Security Council", date: "25 April 2025"),
        Expected(file: "A_RES_70_10-EN.pdf", numbers: Array(1...5), footnotes: ["¹"], symbol: "A/RES/70/10", organ: "General Assembly", date: "2 December 2015"),
        Expected(file: "S_Agenda_10026-EN.pdf", numbers: [1, 2], footnotes: [], symbol: "S/Agenda/10026", organ: "Security Council", date: "29 October 2025"),
        Expected(file: "S_RES_2803_2025-EN.pdf", numbers: Array(1...11) + Array(1...20), footnotes: [], symbol: "S/RES/2803 (2025)", organ: "Security Council", date: "17 November 2025"),
        Expected(file: "A_80_434-EN.pdf", numbers: Array(1...11), footnotes: [], symbol: "A/80/434-S/2025/632", organ: "General Assembly", date: "16 October 2025"),
        Expected(file: "S_1996_112-EN.pdf", numbers: Array(1...65), footnotes: [], symbol: "S/1996/112", organ: "Security Council", date: "14 February 1996"),
    ]

    @Test(.enabled(if: RealWorldInputTests.pdftotextInstalled, "needs pdftotext (apt-get install poppler-utils)"),
          arguments: documents, [false, true])
    func numberedParagraphsFootnotesAndSymbol(_ expected: Expected, layout: Bool) throws {
        let document = try Self.outline(expected.file, layout: layout)
        // Every numbered paragraph once, none lost and none split.
        #expect(document.numberedParagraphs.compactMap(\.number) == expected.numbers)
        #expect(document.blocks.filter { $0.kind == .footnote }.compactMap(\.label) == expected.footnotes)
        #expect(document.metadata.symbol == expected.symbol)
        #expect(document.metadata.organ == expected.organ)
        #expect(document.metadata.date == expected.date)
        for (number, words) in expected.joined {
            let paragraph = document.numberedParagraphs.first { $0.number == number }
            #expect(paragraph?.text.contains(words) == true, "paragraph \(number) lacks “\(words)”")
        }
        // No job number, barcode or "page/total" footer in the running text.
        let running = document.blocks.filter { $0.kind != .pageFurniture }
        #expect(!running.contains { block in
            PageFurnitureRecognizer.columnsOf(block.text).contains { PrintingMark.isBarcode($0) || PrintingMark.isJobNumberToken($0) }
        })
    }

    @Test(.enabled(if: RealWorldInputTests.pdftotextInstalled, "needs pdftotext (apt-get install poppler-utils)"),
          arguments: [false, true])
    func footnoteTextsAsPrinted(layout: Bool) throws {
        func footnotes(_ file: String) throws -> [String] {
            try Self.outline(file, layout: layout).blocks.filter { $0.kind == .footnote }.map(\.text)
        }
        #expect(try footnotes("S_2012_197-EN.pdf") == ["Third reissue for technical reasons (17 April 2012).",
                                                      "Authorized strength is 231, including the Force Commander.",
                                                      "Authorized strength is 6.",
                                                      "Actual strength on the ground, for military and civilian police, including the Force Commander."])
        #expect(try footnotes("S_2014_258-EN.pdf") == ["Reissued for technical reasons on 15 April 2014."])
        #expect(try footnotes("S_2025_257-EN.pdf") == [
            "For previous reports, see S/2018/451, S/2019/380, S/2020/393, S/2021/434, S/2022/360, S/2023/308, S/2023/936, S/2024/352 and S/2024/858.",
        ])
        #expect(try footnotes("A_RES_70_10-EN.pdf") == ["See A/70/219."])
    }

    @Test(.enabled(if: RealWorldInputTests.pdftotextInstalled, "needs pdftotext (apt-get install poppler-utils)"),
          arguments: [false, true])
    func annexTableRowsAreRows(layout: Bool) throws {
        // S/2012/197, annex: 31 contributing countries (Argentina … Yemen) and a total row (235, with table
        // note c), each one row; reading order writes the table cell by cell and its rows are rebuilt.
        let document = try Self.outline("S_2012_197-EN.pdf", layout: layout)
        let rows = document.blocks.filter { block in
            let columns = PageFurnitureRecognizer.columnsOf(block.text)
            return columns.count >= 5 && columns.suffix(4).allSatisfy { $0.allSatisfy(\.isNumber) }
        }
        #expect(rows.count == 31)
        #expect(rows.first?.text == "Argentina 3 0 0 3")
        #expect(rows.last?.text == "Yemen 9 0 1 10")
        #expect(rows.allSatisfy { $0.kind == .unnumberedParagraph })
        if layout {
            let total = try #require(document.blocks.first { $0.text.hasPrefix("Total 203 27 5 235c") })
            #expect(total.kind == .unnumberedParagraph)
        }
    }
}
