import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ParityCore
import ParityXML
import Testing

/// N-way sentence TMX (`SentenceTMXWriter.write(_:alignment:)`, the CLI's
/// `--all-languages` at `--level sentence`): valid against the TMX DTD, one
/// `<tu>` per sentence row with sentences in two or more languages.
@Suite struct SentenceNWayTMXTests {
    /// Three constructed versions of two one-block links; the French joins
    /// the two English sentences of the first block, the Spanish adds a
    /// sentence to the second.
    static func constructedThreeVersions() -> Alignment {
        func document(_ name: String, _ language: Language, _ first: String, _ second: String) -> Document {
            Document(sourceName: name, language: language, blocks: [
                Block(id: "p1", kind: .paragraph, number: 1, text: first), Block(id: "p2", kind: .paragraph, number: 2, text: second),
            ])
        }
        let links = [AlignmentLink(blockIDs: [["p1"], ["p1"], ["p1"]], method: .number, confidence: 1),
                     AlignmentLink(blockIDs: [["p2"], ["p2"], ["p2"]], method: .number, confidence: 1)]
        return Alignment(versions: [
            document("constructed-en.txt", .english, "The Committee met on 3 May 2024. It adopted the report.", "The session closed."),
            document("constructed-fr.txt", .french, "Le Comité s'est réuni le 3 mai 2024 et a adopté le rapport.", "La session est close."),
            document("constructed-es.txt", .spanish, "El Comité se reunió el 3 de mayo de 2024. Aprobó el informe.",
                     "Se levantó la sesión. Esta frase construida, añadida solo a la versión española, no tiene equivalente en las otras versiones del texto."),
        ], pivot: 0, links: links)
    }

    @Test func constructedThreeVersionsGiveOneUnitPerRow() throws {
        let alignment = Self.constructedThreeVersions()
        let pairs = [1, 2].map { SentencePairAlignment.align(alignment, target: $0) }
        #expect(pairs[0].beads.map(\.type) == ["2-1", "1-1"])
        #expect(pairs[1].beads.map(\.type) == ["1-1", "1-1", "1-1", "0-1"])
        let rows = SentenceRows(pairs: pairs, alignment: alignment)
        let result = try SentenceTMXWriter(date: TMXDate(secondsSince1970: 1_704_067_200)).write(rows, alignment: alignment)
        #expect(result.warnings.isEmpty)
        let issues = try ExportTestFiles.dtdErrors(result.bytes, "tmx14.dtd")
        #expect(issues.isEmpty, "\(issues)")
        let document = try XMLDocument(data: Data(result.bytes))
        #expect(try document.nodes(forXPath: "/tmx/header/@segtype").first?.stringValue == "sentence")
        #expect(try document.nodes(forXPath: "/tmx/header/@srclang").first?.stringValue == "en")
        let units = try document.nodes(forXPath: "/tmx/body/tu")
        // The Spanish sentence without counterpart is a row of one language: no unit.
        #expect(try units.map { try $0.nodes(forXPath: "@tuid").first?.stringValue } == ["p1.s1+p1.s2", "p2.s1"])
        #expect(try units.map { try $0.nodes(forXPath: "prop[@type='x-bead-type']").first?.stringValue } == ["2-1-2", "1-1-1"])
        let first = try units[0].nodes(forXPath: "tuv/seg").compactMap(\.stringValue)
        #expect(first == ["The Committee met on 3 May 2024. It adopted the report.",
                          "Le Comité s'est réuni le 3 mai 2024 et a adopté le rapport.",
                          "El Comité se reunió el 3 de mayo de 2024. Aprobó el informe."])
        #expect(try units[1].nodes(forXPath: "tuv/@xml:lang").compactMap(\.stringValue) == ["en", "fr", "es"])
    }

    /// The six real UDHR versions, Spanish pivot. Article 1's paragraph is one
    /// Spanish sentence and two in each other version (read in the files;
    /// `constructed-udhr-sentence-gold.txt`): one unit `1-2-2-2-2-2`.
    @Test func sixUDHRVersionsInOneTMX() throws {
        let content = try RealUDHRAlignment.make()
        let alignment = content.alignment
        let rows = SentenceRows.align(alignment)
        let result = try SentenceTMXWriter().write(rows, alignment: alignment, languageTags: try TMXLanguageTags(parsing: "zh=zh-CN"))
        let issues = try ExportTestFiles.dtdErrors(result.bytes, "tmx14.dtd")
        #expect(issues.isEmpty, "\(issues)")
        let document = try XMLDocument(data: Data(result.bytes))
        let units = try document.nodes(forXPath: "/tmx/body/tu")
        #expect(units.count == rows.rows.filter { $0.sentences.filter { !$0.isEmpty }.count >= 2 }.count)
        #expect(try document.nodes(forXPath: "/tmx/header/prop[@type='x-source-name']/@xml:lang").compactMap(\.stringValue)
            == ["es", "en", "fr", "ru", "ar", "zh-CN"])
        let article1 = try #require(try units.first { try $0.nodes(forXPath: "@tuid").first?.stringValue == "art1-p1.s1" })
        #expect(try article1.nodes(forXPath: "prop[@type='x-bead-type']").first?.stringValue == "1-2-2-2-2-2")
        #expect(try article1.nodes(forXPath: "tuv[@xml:lang='en']/seg").first?.stringValue
            == "All human beings are born free and equal in dignity and rights. They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood.")
        // Every sentence of every version that shares its row with another language is written once.
        for version in 0..<6 {
            let code = ["es", "en", "fr", "ru", "ar", "zh-CN"][version]
            let written = try document.nodes(forXPath: "/tmx/body/tu/tuv[@xml:lang='\(code)']/prop[@type='x-sentence-ids']")
                .compactMap(\.stringValue).flatMap { $0.split(separator: " ").map(String.init) }
            let expected = rows.rows.filter { $0.sentences.filter { !$0.isEmpty }.count >= 2 }
                .flatMap { $0.sentences[version].map { rows.sentences[version][$0].id } }
            #expect(written == expected, "\(code)")
        }
    }
}
