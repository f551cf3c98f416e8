import Testing
import ParityTestSupport
@testable import ParityCore

/// A table of contents that pdftotext in reading order writes column by
/// column (titles, then paragraph ranges, then pages), on constructed
/// documents: each is written once as clean text (one row per entry,
/// tab-separated) and once as reading-order PDF text, and both must give
/// the same outline.
@Suite struct PDFColumnTableOfContentsTests {
    /// Body of a constructed document: headings and numbered paragraphs after the table of contents.
    static func constructedBody(_ headings: [Int: String], paragraphs: Int, sentence: String) -> String {
        var lines: [String] = []
        for number in 1...paragraphs {
            if let heading = headings[number] { lines.append(heading) }
            lines.append("\(number). \(sentence) \(number).")
        }
        return lines.joined(separator: "\n")
    }

    static func segment(_ text: String, _ name: String) -> (bytes: [UInt8], document: Document) {
        let decoded = DecodedText(text)
        return (Array(text.utf8), PlainTextSegmenter().segment(decoded, sourceName: name))
    }

    static func pieces(_ document: Document, _ bytes: [UInt8], _ id: String) -> [String] {
        (document.block(id: id)?.sourceRanges ?? []).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    @Test func constructedEnglishColumnByColumnTableOfContents() {
        let body = Self.constructedBody(
            [1: "I. Introduction", 4: "II. Main findings of the meeting on international migration and development and the protection of the human rights of all migrants",
             5: "A. Gender", 8: "B. Civil society"],
            paragraphs: 9, sentence: "The participants stressed the need for cooperation between countries of origin and destination, as stated in paragraph")
        let annex = "Annex\nProgramme of the informal interactive hearings held on 12 July."
        let clean = """
            Contents

            \tParagraphs\tPage
            I. Introduction\t1–3\t3
            II. Main findings of the meeting on international migration and development and the protection of the human rights of all migrants\t4–9\t4
            A. Gender\t5–7\t5
            B. Civil society\t8–9\t6
            Annex\t\t7

            \(body)

            \(annex)

            """
        // The ranges and pages in two turns each, as pdftotext writes them when the columns break into blocks.
        let readingOrder = """
            Contents
            I. Introduction
            II. Main findings of the meeting on international migration and development and the
            protection of the human rights of all migrants
            A. Gender
            B. Civil society
            Annex

            Paragraphs
            1–3
            4–9

            Page
            3
            4

            5–7
            8–9

            5
            6
            7
            \u{0C}\(body)
            \u{0C}\(annex)
            \u{0C}
            """
        let (_, cleanDocument) = Self.segment(clean, "constructed-english-toc.txt")
        let (bytes, document) = Self.segment(readingOrder, "constructed-english-toc.pdftotext.txt")
        #expect(OutlineComparison(cleanDocument).differences(to: OutlineComparison(document)) == [])
        let entries = document.blocks.filter { $0.kind == .tocEntry }
        #expect(entries.map(\.id) == ["toc-I", "toc-II", "toc-II-A", "toc-II-B", "toc-annex"])
        #expect(entries.map(\.tocTarget) == [
            TOCTarget(firstParagraph: 1, lastParagraph: 3, page: "3"), TOCTarget(firstParagraph: 4, lastParagraph: 9, page: "4"),
            TOCTarget(firstParagraph: 5, lastParagraph: 7, page: "5"), TOCTarget(firstParagraph: 8, lastParagraph: 9, page: "6"),
            TOCTarget(page: "7"),
        ])
        #expect(entries[1].text == "Main findings of the meeting on international migration and development and the protection of the human rights of all migrants")
        #expect(document.blocks.filter { $0.kind == .heading }.map(\.id) == ["h-I", "h-II", "h-II-A", "h-II-B"])
        #expect(document.numberedParagraphs.map(\.id) == (1...9).map { "p\($0)" })
        #expect(document.blocks.filter { $0.kind == .annex }.count == 1)
        #expect(Self.pieces(document, bytes, "toc-annex") == ["Annex", "7"])
        #expect(Self.pieces(document, bytes, "toc-II-A") == ["A. Gender", "5–7", "5"])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedFrenchColumnByColumnTableOfContents() {
        let body = Self.constructedBody(
            [1: "I. Introduction", 4: "II. Principales conclusions des audiences sur les migrations internationales et le développement",
             5: "A. Ratification des instruments internationaux relatifs aux droits de l’homme des Nations Unies",
             8: "B. Société civile"],
            paragraphs: 9, sentence: "Les participants ont souligné la nécessité d’une coopération entre les pays d’origine et de destination, comme au paragraphe")
        let annex = "Annexe\nProgramme des auditions informelles tenues le 12 juillet."
        let clean = """
            Table des matières

            \tParagraphes\tPage
            I. Introduction\t1–3\t3
            II. Principales conclusions des audiences sur les migrations internationales et le développement\t4–9\t4
            A. Ratification des instruments internationaux relatifs aux droits de l’homme des Nations Unies\t5–7\t5
            B. Société civile\t8–9\t6
            Annexe\t\t7

            \(body)

            \(annex)

            """
        // One turn per column; the body goes on after a blank line on the same page.
        let readingOrder = """
            Table des matières
            I. Introduction
            II. Principales conclusions des audiences sur les migrations internationales et le
            développement
            A. Ratification des instruments internationaux relatifs aux droits de l’homme des
            Nations Unies
            B. Société civile
            Annexe

            Paragraphes
            1–3
            4–9
            5–7
            8–9

            Page
            3
            4
            5
            6
            7

            \(body)
            \u{0C}\(annex)
            \u{0C}
            """
        let (_, cleanDocument) = Self.segment(clean, "constructed-french-toc.txt")
        let (bytes, document) = Self.segment(readingOrder, "constructed-french-toc.pdftotext.txt")
        #expect(OutlineComparison(cleanDocument).differences(to: OutlineComparison(document)) == [])
        let entries = document.blocks.filter { $0.kind == .tocEntry }
        #expect(entries.map(\.id) == ["toc-I", "toc-II", "toc-II-A", "toc-II-B", "toc-annex"])
        #expect(entries[2].text == "Ratification des instruments internationaux relatifs aux droits de l’homme des Nations Unies")
        #expect(entries.last?.tocTarget == TOCTarget(page: "7"))
        #expect(document.blocks.filter { $0.kind == .heading }.map(\.id) == ["h-I", "h-II", "h-II-A", "h-II-B"])
        #expect(document.numberedParagraphs.map(\.id) == (1...9).map { "p\($0)" })
        #expect(Self.pieces(document, bytes, "toc-columns") == ["Paragraphes", "Page"])
        #expect(Self.pieces(document, bytes, "toc-II-A")
            == ["A. Ratification des instruments internationaux relatifs aux droits de l’homme des\nNations Unies", "5–7", "5"])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedBodyNumbersAreNoTableOfContents() {
        // Number-only lines after running text (a stray column of a table) rebuild nothing.
        let text = """
            1. The participants stressed the need for cooperation between countries of origin and destination.
            2. They also noted the figures below for the years under review in the report of the Secretary-General.

            2005
            2006
            \u{0C}
            """
        let bytes = Array(text.utf8)
        let lines = PDFLine.lines(in: bytes)
        #expect(PDFColumnTableOfContents.regions(Array(lines.indices), lines, bytes) == [])
    }
}
