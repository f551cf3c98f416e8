import Foundation
import ParityCore
import ParityXML
import Testing

/// The cross-check of each article's `number` attribute against its title,
/// on constructed snippets.
@Suite struct UDHRArticleNumberTests {
    static func constructedUDHR(_ articles: [(number: String?, title: String)], language: String = "en") -> [UInt8] {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<udhr xml:lang=\"\(language)\" n=\"Constructed\">\n<title>T</title>\n"
        for article in articles {
            let attribute = article.number.map { " number=\"\($0)\"" } ?? ""
            xml += "<article\(attribute)><title>\(article.title)</title><para>Text.</para></article>\n"
        }
        return Array((xml + "</udhr>\n").utf8)
    }

    @Test func constructedTitlesInAllSixLanguagesAgreeWithTheirNumbers() throws {
        let articles: [(number: String?, title: String)] = [
            ("1", "Artículo 1"), ("1", "Article premier"), ("2", "Article 2"), ("1", "Статья 1"), ("1", "المادة 1"),
            ("5", "المادة ٥"), ("12", "المادة ۱۲"), ("1", "第一条"), ("29", "第二十九条"), ("30", "第三十条"),
            ("10", "第十条"), ("105", "第一百零五条"), ("4", "Article IV"),
        ]
        let document = try UDHRReader().read(Self.constructedUDHR(articles), file: "constructed-agreeing-titles.xml")
        #expect(document.diagnostics == [])
        let numbers = document.blocks.filter { $0.kind == .article }.map(\.number)
        #expect(numbers == [1, 1, 2, 1, 1, 5, 12, 1, 29, 30, 10, 105, 4])
        // Repeated numbers still get unique ids.
        let ids = document.blocks.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.contains("art1-dup2"))
    }

    @Test func constructedTitleThatDisagreesGivesADiagnostic() throws {
        let articles: [(number: String?, title: String)] = [("3", "Article 4"), ("29", "第三十条"), ("7", "المادة ٨")]
        let document = try UDHRReader().read(Self.constructedUDHR(articles), file: "constructed-disagreeing-titles.xml")
        #expect(document.diagnostics == [
            ReaderDiagnostic(blockIDs: ["art3"], message: "article 3: the title \"Article 4\" gives number 4"),
            ReaderDiagnostic(blockIDs: ["art29"], message: "article 29: the title \"第三十条\" gives number 30"),
            ReaderDiagnostic(blockIDs: ["art7"], message: "article 7: the title \"المادة ٨\" gives number 8"),
        ])
        // The attribute wins for the number.
        #expect(document.blocks.filter { $0.kind == .article }.map(\.number) == [3, 29, 7])
    }

    @Test func constructedArticleWithoutNumberAttributeTakesTheTitleNumber() throws {
        let articles: [(number: String?, title: String)] = [(nil, "Article 6"), ("x", "Article"), (nil, "Article")]
        let document = try UDHRReader().read(Self.constructedUDHR(articles), file: "constructed-missing-numbers.xml")
        #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art6", "art2", "art3"])
        #expect(document.diagnostics.map(\.message) == [
            "article 6: no number attribute",
            "article 2: number=\"x\" is not a number",
            "article 3: no number attribute",
        ])
    }

    @Test func constructedStrayTextBecomesParagraphsOfItsSection() throws {
        let xml = "<udhr xml:lang='fr'><title>T</title>loose <!-- c --> words<article number='1'><title>Article premier</title>inside<para>P</para></article></udhr>"
        let bytes = Array(xml.utf8)
        let document = try UDHRReader().read(bytes, file: "constructed-stray-text.xml")
        #expect(document.blocks.map(\.id) == ["title", "u1", "art1", "art1-p1", "art1-p2"])
        #expect(document.blocks.map(\.text) == ["T", "loose words", "Article premier", "inside", "P"])
        let u1 = try #require(document.block(id: "u1")?.sourceRanges.first)
        #expect(String(decoding: bytes[u1.start..<u1.end], as: UTF8.self) == "loose <!-- c --> words")
        #expect(document.language == .french)
    }

    @Test func constructedEntityAndCDATAKeepTheirRawBytesInTheRange() throws {
        let xml = "<udhr><title>A &amp; B &#x4E00; <![CDATA[<c>]]></title></udhr>"
        let bytes = Array(xml.utf8)
        let document = try UDHRReader().read(bytes, file: "constructed-references.xml")
        let title = try #require(document.block(id: "title"))
        #expect(title.text == "A & B 一 <c>")
        let range = try #require(title.sourceRanges.first)
        #expect(String(decoding: bytes[range.start..<range.end], as: UTF8.self) == "A &amp; B &#x4E00; <![CDATA[<c>")
    }

    @Test func constructedLatin1AndUTF16FilesMapRangesToTheirOwnBytes() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<udhr xml:lang=\"es\"><title>Declaración</title></udhr>\n"
        let latin1 = xml.unicodeScalars.map { UInt8($0.value) }
        let fromLatin1 = try UDHRReader().read(latin1, file: "constructed-latin1.xml")
        let range = try #require(fromLatin1.block(id: "title")?.sourceRanges.first)
        #expect(fromLatin1.block(id: "title")?.text == "Declaración")
        #expect(Array(latin1[range.start..<range.end]) == Array("Declaración".unicodeScalars.map { UInt8($0.value) }))

        let utf16Text = xml.replacingOccurrences(of: "ISO-8859-1", with: "UTF-16")
        let utf16: [UInt8] = [0xFF, 0xFE] + utf16Text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let fromUTF16 = try UDHRReader().read(utf16, file: "constructed-utf16.xml")
        #expect(fromUTF16.blocks.map(\.text) == ["Declaración"])
        let range16 = try #require(fromUTF16.block(id: "title")?.sourceRanges.first)
        #expect(range16.length == "Declaración".utf16.count * 2)
    }
}
