import Testing
import ParityArchive
import ParityCore
import ParityTestSupport
import ParityXML

/// DOCX and HTML that LibreOffice made from the real es.txt
/// (Tests/Fixtures/generated-from-es-txt, scripts/make-fixtures.sh) give the
/// outline of the clean text; hostile DOCX files fail with one InputError.
@Suite struct WordProcessorInputTests {
    static let folder = "generated-from-es-txt"

    /// Reads a DOCX the way the CLI does: a bounded ZIP archive, then the DOCX reader.
    static func readDOCX(_ bytes: [UInt8], file: String, entryLimit: Int = BoundedZIPArchive.defaultEntryLimit) throws(InputError) -> Document {
        try DOCXReader().read(parts: try BoundedZIPArchive(bytes: bytes, file: file, entryLimit: entryLimit), file: file)
    }

    static func docxText(_ bytes: [UInt8], file: String) throws(InputError) -> DecodedText {
        try DOCXReader().extractText(parts: try BoundedZIPArchive(bytes: bytes, file: file), file: file)
    }

    static func cleanOutline() throws -> OutlineComparison {
        let bytes = try RepositoryPaths.sourceTextBytes("un-hearings-2006/es.txt")
        return OutlineComparison(PlainTextSegmenter().segment(try TextDecoder().decode(bytes, file: "es.txt"), sourceName: "es.txt"))
    }

    @Test(arguments: ["es-generated-typed-numbers.docx", "es-generated-auto-numbering.docx"])
    func docxGivesTheOutlineOfTheCleanText(name: String) throws {
        let bytes = try RepositoryPaths.fixtureBytes("\(Self.folder)/\(name)")
        let document = try Self.readDOCX(bytes, file: name)
        #expect(try Self.cleanOutline().differences(to: OutlineComparison(document)) == [])
        #expect(document.numberedParagraphs.count == 76)
        // Source ranges point into the extracted text stream, losslessly.
        let text = try Self.docxText(bytes, file: name)
        #expect(LosslessCoverage.violations(text.utf8, document) == [])
    }

    @Test func autoNumberedDOCXHasNoTypedNumbersAndTheReaderRendersThem() throws {
        let bytes = try RepositoryPaths.fixtureBytes("\(Self.folder)/es-generated-auto-numbering.docx")
        let archive = try BoundedZIPArchive(bytes: bytes, file: "auto.docx")
        let main = String(decoding: try #require(try archive.part("word/document.xml")), as: UTF8.self)
        #expect(try archive.part("word/numbering.xml") != nil)
        #expect(!main.contains(">23. Los participantes"))
        #expect(main.contains("<w:t>Los participantes subrayaron la necesidad de asegurar"))
        #expect(main.components(separatedBy: "<w:numPr>").count - 1 >= 76)
        // Heading labels come from numbered heading styles, not from the text.
        #expect(main.contains("<w:t>Introducción</w:t>"))
        #expect(main.contains("<w:pStyle w:val=\"Heading1\"/>"))
        let text = try Self.docxText(bytes, file: "auto.docx").string
        #expect(text.contains("\n23. Los participantes subrayaron la necesidad de asegurar"))
        #expect(text.contains("\n76. Varios participantes subrayaron"))
        #expect(text.contains("\n\nIV. Segmento sobre migración internacional y desarrollo"))
        #expect(text.contains("\n\nC. La importancia de un enfoque"))
        #expect(text.contains("\n\n6. Coherencia de las políticas"))
    }

    @Test func docxFootnotesFollowTheCitingParagraphWithTheirMarkers() throws {
        let bytes = try RepositoryPaths.fixtureBytes("\(Self.folder)/es-generated-typed-numbers.docx")
        let document = try Self.readDOCX(bytes, file: "typed.docx")
        let notes = document.blocks.filter { $0.kind == .footnote }
        #expect(notes.map(\.id) == ["fn-star", "fn1"])
        #expect(notes.map(\.text) == ["A/61/150.", "A/60/871."])
        #expect(notes.map(\.citedBy) == [["meta-agenda-item"], ["p22"]])
        let p22 = try #require(document.block(id: "p22"))
        #expect(p22.footnoteRefs == ["fn1"])
    }

    @Test(arguments: ["es-generated.html", "es-generated-ol-numbering.html"])
    func htmlGivesTheOutlineOfTheCleanText(name: String) throws {
        let bytes = try RepositoryPaths.fixtureBytes("\(Self.folder)/\(name)")
        let document = try HTMLReader().read(bytes, file: name)
        #expect(try Self.cleanOutline().differences(to: OutlineComparison(document)) == [])
        #expect(document.numberedParagraphs.count == 76)
    }

    @Test func constructedHTMLSnippetWithListsTablesBreaksAndPandocFootnotes() throws {
        let html = """
            <!DOCTYPE html><html><head><title>t</title><style>p{}</style></head><body>
            <h1>I. Constructed   heading</h1>
            <ol start="5" type="a"><li><p>first <b>bold</b> item</p></li><li>second<br>line</li></ol>
            <p>Text with a note<a href="#fn1" class="footnote-ref" id="fnref1"><sup>1</sup></a> inside.</p>
            <table><tr><td>I. Entry</td><td>1–7</td><td>3</td></tr></table>
            <section class="footnotes"><ol><li id="fn1"><p>The constructed note.<a href="#fnref1">↩︎</a></p></li></ol></section>
            </body></html>
            """
        let text = try HTMLReader().extractText(Array(html.utf8), file: "constructed.html").string
        #expect(text == """
            I. Constructed heading

            e. first **bold** item

            f. second
            line

            Text with a note¹ inside.

            ¹ The constructed note.

            I. Entry\t1–7\t3
            """)
    }

    @Test func truncatedDOCXIsOneTruncatedError() throws {
        let bytes = try RepositoryPaths.fixtureBytes("\(Self.folder)/es-generated-typed-numbers.docx")
        for length in [100, 5_000, bytes.count - 30] {
            #expect(throws: InputError.self) { try Self.readDOCX(Array(bytes.prefix(length)), file: "cut.docx") }
            do {
                _ = try Self.readDOCX(Array(bytes.prefix(length)), file: "cut.docx")
            } catch {
                guard case .truncated = error else {
                    Issue.record("expected truncated, got \(error)")
                    continue
                }
            }
        }
    }

    @Test func zipBombStopsAtThePartLimit() throws {
        let bytes = try RepositoryPaths.fixtureBytes("constructed/constructed-zip-bomb.docx")
        #expect(throws: InputError.unsupportedFormat(
            file: "bomb.docx", detail: "DOCX part word/document.xml inflates past 64 MiB (a zip bomb?)")) {
            try Self.readDOCX(bytes, file: "bomb.docx")
        }
        // The counter, not the header, decides: a lower limit stops the real file too.
        let real = try RepositoryPaths.fixtureBytes("\(Self.folder)/es-generated-typed-numbers.docx")
        #expect(throws: InputError.self) { try Self.readDOCX(real, file: "real.docx", entryLimit: 4096) }
    }

    @Test func entitiesInDOCXPartsNeitherExpandNorLoad() throws {
        let bomb = try RepositoryPaths.fixtureBytes("constructed/constructed-entity-bomb.docx")
        #expect(throws: InputError.self) { try Self.readDOCX(bomb, file: "bomb.docx") }
        let external = try RepositoryPaths.fixtureBytes("constructed/constructed-external-entity.docx")
        let text = try Self.docxText(external, file: "external.docx").string
        #expect(text == "1. Constructed paragraph &secret;")
    }

    @Test func constructedOrderedListTypesRenderTheirNumbers() throws {
        let html = "<ol type=\"I\" start=\"4\"><li>Cuarto</li><li>Quinto</li></ol><ol type=\"A\" start=\"27\"><li>x</li></ol><ol type=\"i\"><li value=\"9\">y</li></ol>"
        let text = try HTMLReader().extractText(Array(html.utf8), file: "constructed-lists.html").string
        #expect(text == "IV. Cuarto\n\nV. Quinto\n\nAA. x\n\nix. y")
    }
}

@Suite struct HTMLEncodingTests {
    @Test func constructedWindows1252PageIsReadThroughItsMetaCharset() throws {
        let html = "<html><head><meta charset=\"windows-1252\"></head><body><p>1. Migraci\u{F3}n \u{201C}internacional\u{201D}</p></body></html>"
        let bytes: [UInt8] = html.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x201C: return 0x93
            case 0x201D: return 0x94
            default: return UInt8(scalar.value)
            }
        }
        let text = try HTMLReader().extractText(bytes, file: "constructed-1252.html").string
        #expect(text == "1. Migración “internacional”")
    }
}
