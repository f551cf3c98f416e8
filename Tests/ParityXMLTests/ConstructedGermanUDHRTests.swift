import Foundation
import ParityCore
import ParityTestSupport
import ParityXML
import Testing

/// A constructed UDHR-style excerpt in German (`xml:lang="deu"`, three
/// articles written for these tests) read, aligned and checked against its
/// constructed Spanish counterpart and against the real Spanish UDHR, and
/// exported as TMX, XCES and native XML.
@Suite struct ConstructedGermanUDHRTests {
    private static let folder = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/constructed/languages")

    private func constructed(_ name: String) throws -> Document {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        return try UDHRReader().read(bytes, file: name)
    }

    private let german = Language(code: "de")!

    @Test func constructedGermanExcerptIsReadWithLanguageDe() throws {
        let document = try constructed("constructed-udhr-deu.xml")
        #expect(document.language == german)
        #expect(document.language?.tag == "de")
        #expect(document.metadata.language == german)
        #expect(document.metadata.languageName == "German (constructed)")
        #expect(document.diagnostics.isEmpty)
        let articles = document.blocks.filter { $0.kind == .article }
        #expect(articles.map(\.text) == ["Artikel 1", "Artikel 2", "Artikel 3"])
        #expect(articles.compactMap(\.number) == [1, 2, 3])
    }

    @Test(arguments: [("xml:lang='pt-BR'", "pt-BR"), ("xml:lang='jpn'", "ja"), ("xml:lang='hin'", "hi"), ("xml:lang='cat'", "ca"),
                      ("iso639-3='por'", "pt")])
    func constructedSnippetTakesAnyLanguageTag(_ attribute: String, _ tag: String) throws {
        let xml = "<udhr \(attribute)><title>T</title><article number='1'><title>1</title><para>P</para></article></udhr>"
        let document = try UDHRReader().read(Array(xml.utf8), file: "constructed.xml")
        #expect(document.language?.tag == tag)
    }

    @Test func constructedSnippetWithABadTagIsReportedAndHasNoLanguage() throws {
        let xml = "<udhr xml:lang='12'><title>T</title></udhr>"
        let document = try UDHRReader().read(Array(xml.utf8), file: "constructed.xml")
        #expect(document.language == nil)
        #expect(document.diagnostics.map(\.message) == [
            "xml:lang=\"12\": malformed language tag '12': the language subtag '12' is not letters; the language is unknown (give it with --lang)",
        ])
    }

    @Test func constructedGermanAndSpanishAlignAndCheckClean() throws {
        let alignment = Aligner(pivot: 0).align([try constructed("constructed-udhr-spa.xml"), try constructed("constructed-udhr-deu.xml")])
        let findings = ParityChecker().check(alignment)
        #expect(findings.filter { $0.severity != .info }.isEmpty, "\(findings.map(\.message))")
        #expect(alignment.versions.map(\.language) == [.spanish, german])
        let articleLinks = alignment.links.filter { link in link.blockIDs[0].contains { $0.hasPrefix("art") && !$0.contains("-") } }
        #expect(articleLinks.map(\.blockIDs) == [[["art1"], ["art1"]], [["art2"], ["art2"]], [["art3"], ["art3"]]])
    }

    @Test func constructedGermanTMXIsValidAndCarriesDe() throws {
        let alignment = Aligner(pivot: 0).align([try constructed("constructed-udhr-spa.xml"), try constructed("constructed-udhr-deu.xml")])
        let content = CheckedAlignment(alignment: alignment, findings: ParityChecker().check(alignment))
        for writer in [TMXWriter(tuidPrefix: "constructed"), TMXWriter(pair: (german, .spanish), tuidPrefix: "constructed"),
                       TMXWriter(allLanguages: true, tuidPrefix: "constructed")] {
            let result = try writer.write(content)
            #expect(try ExportTestFiles.dtdErrors(result.bytes, "tmx14.dtd").isEmpty)
            let text = String(decoding: result.bytes, as: UTF8.self)
            #expect(text.contains("xml:lang=\"de\""))
            let document = try TMXReader().read(result.bytes, file: "constructed.tmx")
            let article = try #require(document.units.first { $0.id == "constructed:art1" })
            #expect(article.text(language: "de") == "Artikel 1")
            #expect(article.text(language: "es") == "Artículo 1")
        }
    }

    @Test func constructedGermanAgainstTheRealSpanishUDHRExportsValidTMX() throws {
        let spanish = try UDHRReader().read(try RepositoryPaths.sourceTextBytes("udhr/udhr_spa.xml"), file: "udhr_spa.xml")
        let alignment = Aligner(pivot: 0).align([spanish, try constructed("constructed-udhr-deu.xml")])
        let content = CheckedAlignment(alignment: alignment, findings: ParityChecker().check(alignment))
        let result = try TMXWriter().write(content)
        #expect(try ExportTestFiles.dtdErrors(result.bytes, "tmx14.dtd").isEmpty)
        let document = try TMXReader().read(result.bytes, file: "udhr-es-de.tmx")
        #expect(document.sourceLanguage == "es")
        // No symbol in the UDHR files: tuids start with the pivot's file name.
        let articleTwo = try #require(document.units.first { $0.id == "udhr_spa:art2" })
        #expect(articleTwo.variants.map(\.language) == ["es", "de"])
        #expect(articleTwo.text(language: "de") == "Artikel 2")
    }

    @Test func constructedGermanXCESAndNativeExportsAreValidAndReadBack() throws {
        let alignment = Aligner(pivot: 0).align([try constructed("constructed-udhr-spa.xml"), try constructed("constructed-udhr-deu.xml")])
        let content = CheckedAlignment(alignment: alignment, findings: ParityChecker().check(alignment))
        let xces = try XCESWriter().write(alignment, baseName: "constructed")
        #expect(xces.documents.map(\.name) == ["constructed.es.xml", "constructed.de.xml"])
        #expect(xces.linkFiles.map(\.name) == ["constructed.es-de.xml"])
        for file in xces.documents {
            #expect(try ExportTestFiles.dtdErrors(file.bytes, "xces-sentence-doc.dtd").isEmpty, "\(file.name)")
        }
        #expect(String(decoding: xces.documents[1].bytes, as: UTF8.self).contains("xml:lang=\"de\""))
        let native = try NativeAlignmentWriter().write(content).bytes
        #expect(try ExportTestFiles.relaxNGErrors(native, "parity-alignment.rng").isEmpty)
        let readBack = try NativeAlignmentReader().read(native, file: "constructed.xml")
        #expect(readBack.alignment.versions.map(\.language) == [.spanish, german])
    }

    @Test func constructedRegionTagsKeepTheirRegionInExports() throws {
        var spanish = try constructed("constructed-udhr-spa.xml")
        var brazilian = try constructed("constructed-udhr-deu.xml")
        brazilian.language = Language(code: "pt-BR")
        spanish.language = .spanish
        let alignment = Aligner(pivot: 0).align([spanish, brazilian])
        let result = try TMXWriter(pair: (.spanish, Language(code: "pt")!)).write(alignment)
        #expect(String(decoding: result.bytes, as: UTF8.self).contains("xml:lang=\"pt-BR\""))
        #expect(try ExportTestFiles.dtdErrors(result.bytes, "tmx14.dtd").isEmpty)
    }
}
