import ParityCore
@testable import ParityXML
import Testing

/// Issue 11, item 8: a DOCX part is measured by its paragraph count as well as
/// its inflated size, so a small file of tiny paragraphs cannot take a
/// gigabyte as a parsed tree and as blocks.
@Suite struct DOCXParagraphLimitTests {
    /// Parts held in memory (a constructed DOCX without the ZIP container).
    struct ConstructedParts: PackagePartReading {
        var parts: [String: [UInt8]]
        func part(_ path: String) throws(InputError) -> [UInt8]? { parts[path] }
    }

    static func constructedDocument(paragraphs: Int) -> [UInt8] {
        var xml = #"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#
        xml.reserveCapacity(paragraphs * 40 + 200)
        for index in 0..<paragraphs { xml += "<w:p><w:r><w:t>\(index)</w:t></w:r></w:p>" }
        xml += "</w:body></w:document>"
        return Array(xml.utf8)
    }

    @Test func startTagsOfParagraphsAreCountedUnderAnyPrefix() {
        let xml = #"<w:body><w:p><w:pPr><w:pStyle w:val="p"/></w:pPr><w:r><w:t>p</w:t></w:r></w:p><w:p w:rsidR="00A1"/><p>x</p><a:p></a:p><!-- <w:p> --></w:body>"#
        // <w:p>, <w:p w:rsidR…/>, <p>, <a:p> and the <w:p> inside the comment (a conservative count); not pPr, pStyle or end tags.
        #expect(DOCXParagraphCount.count(Array(xml.utf8)) == 5)
        #expect(DOCXParagraphCount.count(Array("<w:p".utf8)) == 0)
        #expect(DOCXParagraphCount.count(Array(xml.utf8), stoppingAfter: 2) == 3)
    }

    @Test func aPartOverTheParagraphLimitIsOneErrorBeforeParsing() throws {
        let parts = ConstructedParts(parts: ["word/document.xml": Self.constructedDocument(paragraphs: DOCXParagraphCount.limit + 1)])
        #expect(throws: InputError.unsupportedFormat(
            file: "constructed-tiny-paragraphs.docx",
            detail: "word/document.xml holds more than 200000 paragraphs (the most Parity reads from one part)")) {
            try DOCXReader().extractText(parts: parts, file: "constructed-tiny-paragraphs.docx")
        }
    }

    @Test func aPartAtTheLimitIsRead() throws {
        let parts = ConstructedParts(parts: ["word/document.xml": Self.constructedDocument(paragraphs: 2_000)])
        let text = try DOCXReader().extractText(parts: parts, file: "constructed-2000-paragraphs.docx")
        #expect(text.string.split(separator: "\n", omittingEmptySubsequences: true).count == 2_000)
    }
}
