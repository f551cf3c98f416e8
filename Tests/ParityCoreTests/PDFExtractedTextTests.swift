import Testing
import ParityTestSupport
@testable import ParityCore

/// PDF-extracted text: the pdftotext outputs of a PDF that LibreOffice made
/// from the real es.txt (Tests/Fixtures/generated-from-es-txt, see
/// scripts/make-fixtures.sh), and constructed snippets for single rules.
@Suite struct PDFExtractedTextTests {
    static let folder = "generated-from-es-txt"

    static func cleanOutline() throws -> OutlineComparison {
        let bytes = try RepositoryPaths.sourceTextBytes("un-hearings-2006/es.txt")
        return OutlineComparison(PlainTextSegmenter().segment(try TextDecoder().decode(bytes, file: "es.txt"), sourceName: "es.txt"))
    }

    static func segment(_ name: String) throws -> (bytes: [UInt8], document: Document) {
        let bytes = try RepositoryPaths.fixtureBytes("\(folder)/\(name)")
        return (bytes, PlainTextSegmenter().segment(try TextDecoder().decode(bytes, file: name), sourceName: name))
    }

    @Test func onlyPDFExtractedTextIsTakenForPDF() throws {
        #expect(!PDFExtractionDetector.looksExtracted(try RepositoryPaths.sourceTextBytes("un-hearings-2006/es.txt")))
        #expect(PDFExtractionDetector.looksExtracted(try RepositoryPaths.fixtureBytes("\(Self.folder)/es-generated.pdftotext.txt")))
        #expect(PDFExtractionDetector.looksExtracted(try RepositoryPaths.fixtureBytes("\(Self.folder)/es-generated.pdftotext-layout.txt")))
    }

    @Test func layoutExtractionGivesTheOutlineOfTheCleanText() throws {
        let (bytes, document) = try Self.segment("es-generated.pdftotext-layout.txt")
        let outline = OutlineComparison(document)
        let clean = try Self.cleanOutline()
        #expect(clean.differences(to: outline) == [])
        #expect(document.numberedParagraphs.count == 76)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func hyphenatedLayoutExtractionGivesTheOutlineOfTheCleanText() throws {
        let (bytes, document) = try Self.segment("es-generated-hyphenated.pdftotext-layout.txt")
        // The fixture really is hyphenated: about 200 lines end in a letter and a hyphen.
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        let hyphenated = lines.filter { $0.count >= 2 && $0.hasSuffix("-") && $0.dropLast().last!.isLetter }
        #expect(hyphenated.count > 150)
        #expect(try Self.cleanOutline().differences(to: OutlineComparison(document)) == [])
        #expect(document.block(id: "p58")?.text.contains("la cooperación Sur-Sur.") == true)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func readingOrderExtractionGivesTheOutlineOfTheCleanText() throws {
        let (bytes, document) = try Self.segment("es-generated.pdftotext.txt")
        // pdftotext wrote the table of contents column by column: titles, then ranges, then pages.
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("B. Cooperación intergubernamental\nAnexo\n\nPárrafos\n1–7\n8–22\n23–29\n\nPágina\n3\n4\n7\n"))
        #expect(try Self.cleanOutline().differences(to: OutlineComparison(document)) == [])
        #expect(document.numberedParagraphs.count == 76)
        #expect(document.blocks.filter { $0.kind == .tocEntry }.count == 18)
        #expect(!document.blocks.contains { $0.id.hasPrefix("annex-p") })
        #expect(LosslessCoverage.violations(bytes, document) == [])
        // Rebuilt rows keep ranges into the pdftotext output: title, range and page where each stands.
        func pieces(_ id: String) -> [String] {
            (document.block(id: id)?.sourceRanges ?? []).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        }
        #expect(pieces("toc-I") == ["I. Introducción", "1–7", "3"])
        #expect(pieces("toc-III-E") == ["E. Ratificación de los instrumentos internacionales de derechos humanos de las\nNaciones Unidas", "29", "9"])
        #expect(pieces("toc-annex") == ["Anexo", "21"])
        #expect(pieces("toc-columns") == ["Párrafos", "Página"])
        #expect(document.block(id: "toc-III")?.tocTarget == TOCTarget(firstParagraph: 23, lastParagraph: 29, page: "7"))
        #expect(document.block(id: "toc-annex")?.tocTarget == TOCTarget(page: "21"))
    }

    @Test func hyphenatedReadingOrderExtractionGivesTheOutlineOfTheCleanText() throws {
        let (bytes, document) = try Self.segment("es-generated-hyphenated.pdftotext.txt")
        // In reading order pdftotext itself joins a line that ends in a hyphen to the next one, so
        // about a third of the lines hold two or more printed lines of the ragged text.
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        #expect(lines.filter { $0.unicodeScalars.count > 200 }.count > 100)
        #expect(try Self.cleanOutline().differences(to: OutlineComparison(document)) == [])
        #expect(document.numberedParagraphs.count == 76)
        #expect(document.blocks.filter { $0.kind == .tocEntry }.count == 18)
        // At four page ends pdftotext glued the page number to the broken word ("los tra5", then "tados" on
        // the next page): the number is page furniture again and the word whole.
        #expect(lines.contains { $0.hasSuffix("sobre los tra5") })
        let pageNumbers = document.blocks.filter { $0.kind == .pageFurniture && Int($0.text) != nil }.map(\.text)
        #expect(pageNumbers == (2...13).map(String.init))
        #expect(document.block(id: "p29")?.text.contains("la reunión especial sobre los tratados cuya celebración") == true)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedPageNumberGluedToABrokenWord() {
        let line = "Los participantes subrayaron la importancia de la cooperación entre los países de origen y"
        let page = { (number: Int, text: String) in "A/61/187\n\(text)\n\(number)\n06-44927\n\u{0C}" }
        // Page 2 lost its number line: pdftotext joined "tra-" with "2". Page 3 has none either, but
        // the next page starts a new paragraph, so the "3" of "anexo3" is left alone.
        let text = page(1, "1. \(line) de destino.")
            + "A/61/187\n2. \(line) los tra2\n06-44927\n\u{0C}"
            + "A/61/187\ntados vigentes, según el anexo3\n06-44927\n\u{0C}" + page(4, "3. \(line) de destino.")
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-glued-page-number.txt")
        #expect(document.blocks.filter { $0.kind == .pageFurniture && Int($0.text) != nil }.map(\.text) == ["1", "2", "4"])
        #expect(document.block(id: "p2")?.text.hasSuffix("de origen y los tratados vigentes, según el anexo3") == true)
        #expect(LosslessCoverage.violations(Array(text.utf8), document) == [])
    }

    /// A constructed hard-wrapped preamble whose clauses end with a comma on a
    /// full line: the next clause's first word is one the text capitalises
    /// only where a paragraph starts ("Recalling" opens a paragraph after a
    /// short line; "noting" is also written in lower case), so it ends the
    /// clause; "Convention" (capitalised inside sentences too) and "Syldavia"
    /// (a name, never in lower case, opening no plain paragraph) go on.
    @Test func constructedClauseEndingInACommaOnAFullLine() {
        let lines = [
            "The States Parties to the present Convention,",
            "Recalling the principles of international law on the use of transboundary",
            "watercourses and the obligations that the Parties have accepted under the",
            "regional agreements concluded between Ruritania, Borduria and Freedonia,",
            "Syldavia and the other riparian States, which remain in force among them,",
            "Noting that the lakes shared by the Parties are vulnerable to pollution,",
            "to the loss of their wetlands and to the effects of climate change, and",
            "noting that cooperation among the riparian States is essential to them,",
            "Recalling also the decisions adopted at the first meeting of the Parties,",
            "Noting further that the measures taken by each Party under this Text,",
            "Convention in its earlier form and the protocols adopted under it should",
            "be applied in good faith and in the spirit of the earlier Convention,",
            "Have agreed as follows:",
        ]
        let text = lines.joined(separator: "\n") + "\n\u{0C}"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-clauses-ending-in-commas.txt")
        let starts = document.blocks.filter { $0.kind == .unnumberedParagraph || $0.kind == .heading }.map { String($0.text.prefix(12)) }
        #expect(starts == ["The States P", "Recalling th", "Noting that ", "Recalling al", "Noting furth", "Have agreed "])
        #expect(LosslessCoverage.violations(Array(text.utf8), document) == [])
    }

    /// A constructed Chinese annex page as `pdftotext -layout` prints it, no blank lines: the caption (a short line,
    /// no full stop) and the title under it are two blocks. Chinese wraps between any two characters, so the title's
    /// "first word" is one character, which would have fitted on the caption's line: the caption did not wrap.
    @Test func constructedChineseShortCaptionLineIsNotWrappedIntoItsTitle() {
        let lines = [
            "弗里多尼亚常驻联合国代表团向秘书长致意，并谨随函转递弗里多尼亚为支持其竞选 2025-2027 年任期",
            "人权理事会成员而作出的自愿保证和承诺，这些保证和承诺是在与各利益攸关方协商之后拟订的，见附件。",
            "弗里多尼亚常驻联合国代表团谨借此机会再次向秘书长致以最崇高的敬意，并对秘书处的协助表示感谢。",
            "\u{0C}2024 年 6 月 7 日弗里多尼亚常驻联合国代表团给秘书长的普通照会的附件",
            "弗里多尼亚的自愿保证和承诺",
            "1. 弗里多尼亚已批准 18 项核心国际人权文书和议定书中的 16 项。",
            "2. 弗里多尼亚将在 2025 年 12 月 31 日之前向各条约机构提交逾期未交的报告。",
        ]
        let text = lines.joined(separator: "\n") + "\n\u{0C}"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-chinese-annex-layout.txt")
        #expect(document.blocks.contains { $0.text == "弗里多尼亚的自愿保证和承诺" })
        #expect(!document.blocks.contains { $0.text.contains("附件弗里多尼亚") })
        #expect(LosslessCoverage.violations(Array(text.utf8), document) == [])
    }

    /// A constructed page whose annex follows the footnotes with no blank line (as a small-type section after the
    /// notes): the last note ends a sentence on a line far shorter than a body line, so the note ends there and
    /// "Annex" / "Methods" / "1. …" are body text, not the note's continuation.
    @Test func constructedNoteEndingOnAShortLineBeforeAnAnnexEndsThere() {
        let lines = [
            "1.  The present report is submitted pursuant to General Assembly resolution 78/161,¹ in which the",
            "Assembly requested the Secretary-General to report on access to safe drinking water in small",
            "island developing States, and covers the period from 1 January 2023 to 31 December 2023.",
            "2.  Data for 2023 were provided by the Governments of the States concerned in their replies.²",
            "    __________________",
            "¹ Resolution 78/161, para. 12.",
            "² Provided by 19 of the 27 States.",
            "Annex",
            "Methods",
            "1. Data were collected through a questionnaire sent on 4 December 2023.",
            "2. Replies received after 31 March 2024 are not reflected in the report.",
        ]
        let text = lines.joined(separator: "\n") + "\n\u{0C}"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-annex-after-notes.txt")
        let notes = document.blocks.filter { $0.kind == .footnote }.map(\.text)
        #expect(notes == ["Resolution 78/161, para. 12.", "Provided by 19 of the 27 States."])
        #expect(document.blocks.contains { $0.kind == .annex && $0.text == "Annex" })
        #expect(document.blocks.filter { $0.kind == .paragraph }.count == 4)
        #expect(LosslessCoverage.violations(Array(text.utf8), document) == [])
    }

    @Test func constructedMergedLinesDoNotMakePrintedLinesShort() {
        // 20 printed lines of 100 scalars and 10 lines of two printed lines each: a full line is 100 long, not 200.
        let lengths = [Int](repeating: 100, count: 20) + [Int](repeating: 200, count: 10) + [30, 40]
        #expect(PDFTextCleanupPass.fullLineWidth(lengths) == 100)
        #expect(PDFTextCleanupPass.fullLineWidth(Array(1...100)) == 91)
    }

    @Test func runningHeadersAndFootersBecomePageFurniture() throws {
        let (bytes, document) = try Self.segment("es-generated.pdftotext-layout.txt")
        let furniture = document.blocks.filter { $0.kind == .pageFurniture }
        // 13 pages: the symbol heads pages 2–13; page 1 has the job number line and the barcode;
        // pages 2–13 a footer line with page number and job number.
        #expect(furniture.filter { $0.text == "A/61/187" }.count == 12)
        #expect(furniture.filter { $0.text.hasPrefix("06-44927 (S)") }.count == 1)
        #expect(furniture.filter { $0.text == "*0644927*" }.count == 1)
        #expect(furniture.filter { $0.text.hasSuffix("06-44927") && $0.text.first!.isNumber }.count == 12)
        for block in furniture {
            let range = block.sourceRanges[0]
            #expect(String(decoding: bytes[range.start..<range.end], as: UTF8.self) == block.text)
        }
        // None of it reaches the running text.
        #expect(!document.blocks.contains { $0.kind != .pageFurniture && $0.text.contains("06-44927") })
    }

    @Test func numberedFootnoteMarkerGluedToItsWordIsRecognised() throws {
        let (_, document) = try Self.segment("es-generated.pdftotext.txt")
        let footnote = try #require(document.block(id: "fn1"))
        #expect(footnote.label == "¹")
        #expect(footnote.text == "A/60/871.")
        #expect(footnote.citedBy.count == 1)
    }

    @Test func constructedHyphenationSnippet() {
        let text = """
            Los participantes examinaron la cooperación Sur-Sur y el desarrollo socio-económico de los países de di-
            ciembre de 2005 hasta hoy en el marco de la cooperación Sur-
            Sur y del desarrollo socio-
            económico, y también la in-
            formación recibida por los participantes de cada uno de los países presentes en la reunión.
            """
        let document = PlainTextSegmenter().segment(DecodedText(text + "\u{0C}"), sourceName: "constructed-hyphenation.txt")
        let joined = document.blocks.map(\.text).joined(separator: " ")
        #expect(joined.contains("de diciembre de 2005"))
        #expect(joined.contains("cooperación Sur-Sur y del"))
        #expect(joined.contains("desarrollo socio-económico, y"))
        #expect(joined.contains("la información recibida"))
    }

    @Test func constructedFurnitureIsTakenOnlyAtPageEdges() {
        let body = String(repeating: "Texto de un párrafo que llena la línea entera como en una página de documento. ", count: 1)
        let page1 = "A/61/187\n1. \(body)\nEl documento A/61/187 se cita aquí en el cuerpo del texto y la línea sigue.\n2\n06-44927\n"
        let page2 = "A/61/187\n2. \(body)\nOtra línea del cuerpo que termina el párrafo con un punto final bien puesto.\n3\n06-44927\n"
        let document = PlainTextSegmenter().segment(DecodedText(page1 + "\u{0C}" + page2 + "\u{0C}"), sourceName: "constructed-pages.txt")
        #expect(document.blocks.filter { $0.kind == .pageFurniture }.map(\.text) == ["A/61/187", "2", "06-44927", "A/61/187", "3", "06-44927"])
        #expect(document.numberedParagraphs.map(\.number) == [1, 2])
        #expect(document.numberedParagraphs[0].text.contains("El documento A/61/187 se cita"))
    }

    @Test func constructedParagraphNumbersAloneOnTheirLines() {
        let line = "Los participantes subrayaron la importancia de la cooperación entre los países de origen y de destino"
        let text = "23.\n\(line)\nde los migrantes.\n24.\n\(line)\nen todos sus planos.\n\u{0C}"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-margin-numbers.txt")
        #expect(document.numberedParagraphs.map(\.number) == [23, 24])
        #expect(document.numberedParagraphs.map(\.text) == ["\(line) de los migrantes.", "\(line) en todos sus planos."])
    }

    @Test func cleanTextIsLeftAsItIs() throws {
        let bytes = try RepositoryPaths.sourceTextBytes("un-hearings-2006/es.txt")
        let text = try TextDecoder().decode(bytes, file: "es.txt")
        #expect(PlainTextSegmenter().preparedText(text).utf8 == text.utf8)
    }
}
