import Foundation
import ParityCore
import ParityTestSupport
import ParityXML
import Testing

/// `parity outline` on the real texts.
@Suite struct OutlineCommandTests {
    @Test func englishUDHROutlineStartsWithTitlePreambleAndArticles() throws {
        let run = try ParityExecutable.run(["outline", "Sources-Texts/udhr/udhr_eng.xml"])
        #expect(run.exitCode == 0)
        #expect(run.standardError == "")
        let lines = run.outputLines
        #expect(lines.count == 92)
        #expect(Array(lines.prefix(3)) == [
            "title       title                -         Universal Declaration of Human Rights",
            "h-preamble  heading              preamble  Preamble",
            "pre1        unnumberedParagraph  -         Whereas recognition of the inherent dignity and of the equal…",
        ])
        #expect(lines.contains("art1        article              1         Article 1"))
        #expect(lines.contains("art11-li1   listItem             1         Everyone charged with a penal offence has the right to be pr…"))
        #expect(lines.last == "art30-p1    unnumberedParagraph  -         Nothing in this Declaration may be interpreted as implying f…")
    }

    @Test(arguments: [("udhr_fra.xml", 91, "art1        article              1         Article premier"),
                      ("udhr_spa.xml", 92, "art1        article              1         Artículo 1"),
                      ("udhr_rus.xml", 92, "art1        article              1         Статья 1"),
                      ("udhr_arb.xml", 92, "art1        article              1         المادة 1"),
                      ("udhr_cmn_hans.xml", 92, "art29       article              29        第二十九条")])
    func udhrOutlineHasOneLinePerBlock(_ file: String, _ count: Int, _ articleLine: String) throws {
        let run = try ParityExecutable.run(["outline", "Sources-Texts/udhr/\(file)"])
        #expect(run.exitCode == 0)
        #expect(run.standardError == "")
        #expect(run.outputLines.count == count)
        #expect(run.outputLines.filter { $0.hasPrefix("art") && $0.contains(" article ") }.count == 30)
        #expect(run.outputLines.contains(articleLine))
    }

    @Test func spanishHearingsOutlineStartsWithTheOrgan() throws {
        let run = try ParityExecutable.run(["outline", "Sources-Texts/un-hearings-2006/es.txt"])
        #expect(run.exitCode == 0)
        #expect(run.errorLines.allSatisfy { $0.hasPrefix("parity: warning: Sources-Texts/un-hearings-2006/es.txt: ") })
        #expect(run.outputLines.first?.hasSuffix("  Asamblea General") == true)
        let json = try ParityExecutable.run(["outline", "--json", "Sources-Texts/un-hearings-2006/es.txt"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        #expect(blocks.count == run.outputLines.count)
        #expect(object["sourceName"] as? String == "Sources-Texts/un-hearings-2006/es.txt")
    }

    @Test func outlineTruncatesOnAScalarBoundaryAndKeepsOneLinePerBlock() throws {
        let run = try ParityExecutable.run(["outline", "Sources-Texts/udhr/udhr_arb.xml"])
        for line in run.outputLines {
            let text = (line.split(separator: "  ", omittingEmptySubsequences: true).last ?? "").drop { $0 == " " }
            #expect(text.unicodeScalars.count <= 61, "\(line)")
            #expect(text.unicodeScalars.first?.properties.generalCategory != .nonspacingMark, "\(line)")
        }
    }

    static let blockKeys: Set<String> = [
        "id", "kind", "number", "label", "labelPath", "level", "text", "emphasis", "sourceRanges", "parent",
        "footnoteRefs", "citedBy", "tocTarget", "metadataField", "speaker",
    ]

    @Test func spanishUDHRJSONHasEveryFieldAndDecodesAsTheDocument() throws {
        let run = try ParityExecutable.run(["outline", "Sources-Texts/udhr/udhr_spa.xml", "--json"])
        #expect(run.exitCode == 0)
        let data = Data(run.standardOutput.utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["sourceName", "language", "metadata", "blocks", "diagnostics"])
        #expect(object["language"] as? String == "es")
        let metadata = try #require(object["metadata"] as? [String: Any])
        #expect(metadata.count == 11)
        #expect(metadata["title"] as? String == "Declaración Universal de Derechos Humanos")
        #expect(metadata["languageName"] as? String == "Spanish")
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        #expect(blocks.count == 92)
        #expect(blocks.allSatisfy { Set($0.keys) == Self.blockKeys })
        #expect(blocks.filter { $0["kind"] as? String == "article" }.count == 30)
        #expect(blocks.filter { $0["kind"] as? String == "listItem" }.count == 32)
        #expect((object["diagnostics"] as? [Any])?.count == 0)

        let decoded = try JSONDecoder().decode(Document.self, from: data)
        let direct = try UDHRReader().read(try RepositoryPaths.sourceTextBytes("udhr/udhr_spa.xml"),
                                           file: "Sources-Texts/udhr/udhr_spa.xml")
        #expect(decoded == direct)
    }

    @Test func constructedTitleMismatchIsAWarningNotAnError() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let xml = "<udhr xml:lang='en'><title>T</title><article number='3'><title>Article 4</title><para>P</para></article></udhr>"
        let path = try files.write("constructed-title-mismatch.xml", Array(xml.utf8))
        let run = try ParityExecutable.run(["outline", path])
        #expect(run.exitCode == 0)
        #expect(run.errorLines == ["parity: warning: \(path): article 3: the title \"Article 4\" gives number 4"])
        #expect(run.outputLines.count == 3)
    }

    @Test func langOptionOverridesTheFileLanguage() throws {
        let run = try ParityExecutable.run(["outline", "--lang", "fra", "--json", "Sources-Texts/udhr/udhr_eng.xml"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(object["language"] as? String == "fr")
    }

    @Test func unknownLanguageIsAUsageError() throws {
        let run = try ParityExecutable.run(["outline", "--lang", "xx", "Sources-Texts/udhr/udhr_eng.xml"])
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains("unknown language 'xx'"))
        #expect(run.standardOutput == "")
    }
}
