import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ParityCore
import ParityXML
import Testing

/// XCES of the real six-way UDHR alignment.
@Suite struct XCESUDHRExportTests {
    @Test func realSixWayXCESIsValidAndEveryXtargetResolves() throws {
        let alignment = try RealUDHRAlignment.make().alignment
        let export = try XCESWriter().write(alignment, baseName: "udhr")
        #expect(export.documents.map(\.name) == ["udhr.es.xml", "udhr.en.xml", "udhr.fr.xml", "udhr.ru.xml", "udhr.ar.xml", "udhr.zh.xml"])
        #expect(export.linkFiles.map(\.name) == ["en", "fr", "ru", "ar", "zh"].map { "udhr.es-\($0).xml" })
        var idsByFile: [String: [String]] = [:]
        for file in export.documents {
            #expect(try ExportTestFiles.dtdErrors(file.bytes, "xces-sentence-doc.dtd").isEmpty, "\(file.name)")
            let document = try XMLDocument(data: Data(file.bytes))
            let blockIDs = try document.nodes(forXPath: "/cesDoc/text/body/p/@id").compactMap(\.stringValue)
            #expect(blockIDs == alignment.versions[file.version].blocks.map(\.id))
            idsByFile[file.name] = try document.nodes(forXPath: "/cesDoc/text/body/p/s/@id").compactMap(\.stringValue)
        }
        for file in export.linkFiles {
            #expect(try ExportTestFiles.dtdErrors(file.bytes, "xces-align.dtd").isEmpty, "\(file.name)")
            let document = try XMLDocument(data: Data(file.bytes))
            let fromIDs = Set(idsByFile["udhr.es.xml"] ?? []), toIDs = Set(idsByFile[export.documents[file.version].name] ?? [])
            var covered: [String] = []
            for link in try document.nodes(forXPath: "//link").compactMap({ $0 as? XMLElement }) {
                let sides = (link.attribute(forName: "xtargets")?.stringValue ?? "").split(separator: ";", omittingEmptySubsequences: false)
                #expect(sides.count == 2)
                guard sides.count == 2 else { continue }
                for id in sides[0].split(separator: " ") { #expect(fromIDs.contains(String(id))) }
                for id in sides[1].split(separator: " ") {
                    #expect(toIDs.contains(String(id)))
                    covered.append(String(id))
                }
            }
            // The aligner puts every block in exactly one link, so each link file covers every sentence of its version once.
            #expect(covered.sorted() == (idsByFile[export.documents[file.version].name] ?? []).sorted(), "\(file.name)")
        }
    }
}
