import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ParityCore
@testable import ParityXML
import Testing

@Suite struct XCESExportTests {
    private let documentDTD: [UInt8]

    init() throws { documentDTD = try ExportTestFiles.schema("xces-sentence-doc.dtd") }

    @Test func constructedThreeWayWritesADocumentPerVersionAndALinkFilePerOtherVersion() throws {
        let export = try XCESWriter().write(ConstructedAlignments.threeWay().alignment, baseName: "constructed")
        #expect(export.documents.map(\.name) == ["constructed.es.xml", "constructed.en.xml", "constructed.fr.xml"])
        #expect(export.linkFiles.map(\.name) == ["constructed.es-en.xml", "constructed.es-fr.xml"])
        #expect(export.warnings.isEmpty)
        for file in export.documents {
            let issues = try ExportTestFiles.dtdErrors(file.bytes, "xces-sentence-doc.dtd")
            #expect(issues.isEmpty, "\(file.name): \(issues)")
        }
        for file in export.linkFiles {
            let issues = try ExportTestFiles.dtdErrors(file.bytes, "xces-align.dtd")
            #expect(issues.isEmpty, "\(file.name): \(issues)")
        }
    }

    /// A link file counts its blocks' sentences itself when it is written
    /// before its versions' documents (an exporter may write in any order):
    /// the same bytes as after them, and as `write`.
    @Test func constructedThreeWayLinkFilesAreTheSameWrittenBeforeTheDocuments() throws {
        let alignment = ConstructedAlignments.threeWay().alignment
        let whole = try XCESWriter().write(alignment, baseName: "constructed")
        let linksFirst = try XCESWriter().pendingFiles(alignment, baseName: "constructed").reversed()
            .map { file throws(ExportError) in (file.name, try file.write(.memory).bytes) }
        let written = Dictionary(uniqueKeysWithValues: linksFirst)
        for file in whole.documents + whole.linkFiles {
            #expect(written[file.name] == file.bytes, "\(file.name)")
        }
        #expect(written.count == whole.documents.count + whole.linkFiles.count)
    }

    @Test func constructedThreeWayXtargetsResolveInTheRightDocuments() throws {
        let content = ConstructedAlignments.threeWay()
        let export = try XCESWriter().write(content.alignment, baseName: "constructed")
        var idsByFile: [String: [String]] = [:]
        for file in export.documents {
            let document = try XMLDocument(data: Data(file.bytes))
            idsByFile[file.name] = try document.nodes(forXPath: "/cesDoc/text/body/p/s/@id").compactMap(\.stringValue)
            let blockIDs = try document.nodes(forXPath: "/cesDoc/text/body/p/@id").compactMap(\.stringValue)
            #expect(blockIDs == content.alignment.versions[export.documents.firstIndex { $0.name == file.name }!].blocks.map(\.id))
        }
        var linkTypes: [String: [String]] = [:]
        for file in export.linkFiles {
            let document = try XMLDocument(data: Data(file.bytes))
            let root = try #require(document.rootElement())
            let fromDoc = try #require(root.attribute(forName: "fromDoc")?.stringValue)
            let toDoc = try #require(root.attribute(forName: "toDoc")?.stringValue)
            #expect(fromDoc == "constructed.es.xml")
            let fromIDs = Set(try #require(idsByFile[fromDoc])), toIDs = Set(try #require(idsByFile[toDoc]))
            for link in try document.nodes(forXPath: "//link").compactMap({ $0 as? XMLElement }) {
                let xtargets = try #require(link.attribute(forName: "xtargets")?.stringValue)
                let sides = xtargets.split(separator: ";", omittingEmptySubsequences: false)
                #expect(sides.count == 2)
                for id in sides[0].split(separator: " ") { #expect(fromIDs.contains(String(id)), "\(id) not in \(fromDoc)") }
                for id in sides[1].split(separator: " ") { #expect(toIDs.contains(String(id)), "\(id) not in \(toDoc)") }
                linkTypes[toDoc, default: []].append(link.attribute(forName: "type")?.stringValue ?? "")
            }
        }
        // Sentence counts: Spanish p2 is two sentences ("… dos.\tCon tabulador."), linked as one block with
        // English p2 (one sentence) and with French p2 and p3 (one each).
        #expect(linkTypes["constructed.en.xml"] == ["1-1", "1-1", "1-1", "1-1", "2-1", "1-0", "0-1", "1-1"])
        #expect(linkTypes["constructed.fr.xml"] == ["1-1", "1-1", "1-1", "1-1", "2-2", "1-0", "0-1", "1-1"])
    }

    @Test func constructedLinkFileTextIsTheStandardXtargetsForm() throws {
        let export = try XCESWriter().write(ConstructedAlignments.threeWay().alignment, baseName: "c")
        let text = String(decoding: export.linkFiles[1].bytes, as: UTF8.self)
        #expect(text.hasPrefix("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE cesAlign SYSTEM "xces-align.dtd">
            <cesAlign version="1.0" fromDoc="c.es.xml" toDoc="c.fr.xml">
              <linkGrp targType="s" fromDoc="c.es.xml" toDoc="c.fr.xml">
                <link id="l1" xtargets="meta-symbol.s1;meta-symbol.s1" type="1-1" certainty="1.0"/>
            """))
        #expect(text.contains("<link id=\"l5\" xtargets=\"p2.s1 p2.s2;p2.s1 p3.s1\" type=\"2-2\" certainty=\"0.8\"/>"))
        #expect(text.contains("<link id=\"l6\" xtargets=\"u1.s1;\" type=\"1-0\" certainty=\"0.5\"/>"))
        #expect(text.contains("<link id=\"l7\" xtargets=\";u2.s1\" type=\"0-1\" certainty=\"0.4\"/>"))
        let document = String(decoding: export.documents[2].bytes, as: UTF8.self)
        #expect(document.contains("""
                  <p id="p3" kind="paragraph" number="3" label="3.">
                    <s id="p3.s1">suite construite.</s>
                  </p>
            """))
    }

    @Test func duplicateAndMissingLanguagesGetDistinctFileNames() throws {
        var alignment = ConstructedAlignments.threeWay().alignment
        alignment.versions[1].language = nil
        alignment.versions[2].language = .spanish
        let export = try XCESWriter().write(alignment, baseName: "x")
        #expect(export.allFiles.map(\.name) == ["x.es.xml", "x.v1.xml", "x.es-v2.xml", "x.es-v1.xml", "x.es-es-v2.xml"])
    }

    @Test func linkToAnUnknownBlockIsRefused() throws {
        var alignment = ConstructedAlignments.threeWay().alignment
        alignment.links[3].blockIDs[2] = ["p9"]
        #expect(throws: ExportError.inconsistentAlignment(detail: "link 4 refers to block p9, which version 2 does not have")) {
            try XCESWriter().write(alignment, baseName: "x")
        }
    }

    @Test func documentDTDNamesEveryBlockKind() throws {
        let text = String(decoding: documentDTD, as: UTF8.self)
        let kinds = BlockKind.allCases.map(\.rawValue).joined(separator: "|")
        #expect(text.contains("(\(kinds))"))
    }

    @Test func dtdValidationReportsADuplicateID() throws {
        let export = try XCESWriter().write(ConstructedAlignments.threeWay().alignment, baseName: "c")
        let text = String(decoding: export.documents[0].bytes, as: UTF8.self)
            .replacingOccurrences(of: "<p id=\"p2\"", with: "<p id=\"p1\"")
        let issues = try ExportTestFiles.dtdErrors(Array(text.utf8), "xces-sentence-doc.dtd")
        #expect(issues.count == 1, "\(issues)")
        #expect(issues.first?.message.contains("p1") == true, "\(issues)")
    }
}
