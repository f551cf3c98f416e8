import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ParityCore
import ParityXML
import Testing

/// Sentence-level TMX and XCES of the real English–French UDHR: valid against
/// the DTDs, every sentence written once, every xtarget resolving to an `<s id>`.
@Suite struct SentenceExportTests {
    private static func pairs() throws -> (Alignment, [SentencePairAlignment]) {
        let alignment = Aligner(pivot: 0).align([try readRealUDHR("udhr_eng.xml"), try readRealUDHR("udhr_fra.xml"), try readRealUDHR("udhr_rus.xml")])
        return (alignment, [1, 2].map { SentencePairAlignment.align(alignment, target: $0) })
    }

    @Test func sentenceTMXIsValidAndCarriesEveryTwoSidedBead() throws {
        let (alignment, pairs) = try Self.pairs()
        let result = try SentenceTMXWriter().write(
            pairs[0], source: .init(language: "en", sourceName: alignment.versions[0].sourceName),
            target: .init(language: "fr", sourceName: alignment.versions[1].sourceName))
        let issues = try ExportTestFiles.dtdErrors(result.bytes, "tmx14.dtd")
        #expect(issues.isEmpty, "\(issues)")
        let document = try XMLDocument(data: Data(result.bytes))
        #expect(try document.nodes(forXPath: "/tmx/header/@segtype").first?.stringValue == "sentence")
        let units = try document.nodes(forXPath: "/tmx/body/tu")
        #expect(units.count == pairs[0].beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }.count)
        let englishSegments = try document.nodes(forXPath: "/tmx/body/tu/tuv[@xml:lang='en']/seg").compactMap(\.stringValue)
        #expect(englishSegments.contains("All human beings are born free and equal in dignity and rights."))
        #expect(throws: ExportError.self) {
            try SentenceTMXWriter().write(pairs[0], source: .init(language: "en", sourceName: "a"), target: .init(language: "en", sourceName: "b"))
        }
    }

    @Test func sentenceXCESIsValidAndItsLinksResolveToSentences() throws {
        let (alignment, pairs) = try Self.pairs()
        let export = try SentenceXCESWriter().write(alignment, pairs: pairs, baseName: "udhr")
        #expect(export.documents.map(\.name) == ["udhr.en.xml", "udhr.fr.xml", "udhr.ru.xml"])
        #expect(export.linkFiles.map(\.name) == ["udhr.en-fr.xml", "udhr.en-ru.xml"])
        var sentenceIDs: [String: Set<String>] = [:]
        for file in export.documents {
            let issues = try ExportTestFiles.dtdErrors(file.bytes, "xces-sentence-doc.dtd")
            #expect(issues.isEmpty, "\(file.name): \(issues)")
            let document = try XMLDocument(data: Data(file.bytes))
            let ids = try document.nodes(forXPath: "/cesDoc/text/body/p/s/@id").compactMap(\.stringValue)
            #expect(Set(ids).count == ids.count)
            sentenceIDs[file.name] = Set(ids)
        }
        #expect(sentenceIDs["udhr.en.xml"]?.count == pairs[0].source.count)
        for (file, pair) in zip(export.linkFiles, pairs) {
            let issues = try ExportTestFiles.dtdErrors(file.bytes, "xces-align.dtd")
            #expect(issues.isEmpty, "\(file.name): \(issues)")
            let document = try XMLDocument(data: Data(file.bytes))
            #expect(try document.nodes(forXPath: "/cesAlign/linkGrp/@targType").first?.stringValue == "s")
            let xtargets = try document.nodes(forXPath: "/cesAlign/linkGrp/link/@xtargets").compactMap(\.stringValue)
            #expect(xtargets.count == pair.beads.count)
            let targetFile = "udhr.\(alignment.versions[pair.targetVersion].language!.rawValue).xml"
            var linkedSource: [String] = [], linkedTarget: [String] = []
            for value in xtargets {
                let sides = value.split(separator: ";", omittingEmptySubsequences: false)
                linkedSource += sides[0].split(separator: " ").map(String.init)
                linkedTarget += sides[1].split(separator: " ").map(String.init)
            }
            // Every sentence of both sides is linked exactly once.
            #expect(linkedSource.sorted() == sentenceIDs["udhr.en.xml"]!.sorted())
            #expect(linkedTarget.sorted() == sentenceIDs[targetFile]!.sorted())
        }
    }
}
