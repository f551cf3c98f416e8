import Foundation
import ParityCore
import ParityIO
import ParityTestSupport
import Testing

/// The JSON encoders of `ParityIO` as a library user calls them.
@Suite struct JSONEncoderTests {
    /// `DocumentJSON` writes every field and decodes back as the same `Document`.
    @Test func documentJSONDecodesAsTheDocument() throws {
        let document = try InputLoader().load(RepositoryPaths.sourceText("un-hearings-2006/es.txt").path)
        let json = try DocumentJSON.encode(document)
        #expect(json.hasSuffix("}\n"))
        #expect(try JSONDecoder().decode(Document.self, from: Data(json.utf8)) == document)
        // Every key present, null when unknown: a paragraph has no tocTarget.
        #expect(json.contains("\"tocTarget\" : null"))
    }

    /// `AlignCheckJSON` on the UDHR in English and French: the schema names,
    /// one entry per version and per link, and the summary that counts the findings.
    @Test func alignAndCheckJSONCountWhatTheyEncode() throws {
        let loader = InputLoader()
        let documents = try ["udhr/udhr_eng.xml", "udhr/udhr_fra.xml"].map { try loader.load(RepositoryPaths.sourceText($0).path) }
        let alignment = Aligner(pivot: 0).align(documents)
        let findings = ParityChecker().check(alignment)
        let align = try JSONSerialization.jsonObject(with: Data(AlignCheckJSON.encode(AlignCheckJSON.AlignmentOutput(alignment)).utf8)) as? [String: Any]
        #expect(align?["schema"] as? String == "parity-align/1")
        #expect((align?["versions"] as? [Any])?.count == 2)
        #expect((align?["links"] as? [Any])?.count == alignment.links.count)
        let check = try JSONSerialization.jsonObject(
            with: Data(AlignCheckJSON.encode(AlignCheckJSON.CheckOutput(alignment: alignment, findings: findings)).utf8)) as? [String: Any]
        #expect(check?["schema"] as? String == "parity-check/1")
        let summary = check?["summary"] as? [String: Int]
        #expect(summary?["warning"] == findings.filter { $0.severity == .warning }.count)
        #expect((check?["findings"] as? [Any])?.count == findings.count)
    }
}
