import Foundation
import ParityCore
import ParityXML
import Testing

/// The native format at the sentence level: blocks with their `<sentence>`
/// elements and `<sentence-alignments>`, valid against
/// `Schemas/parity-alignment.rng`, read back equal.
@Suite struct NativeSentenceTests {
    private func schemaErrors(_ bytes: [UInt8]) throws -> [XMLMessage] {
        try ExportTestFiles.relaxNGErrors(bytes, "parity-alignment.rng")
    }

    /// Two constructed versions, two linked paragraphs; the English first
    /// paragraph has two sentences that the French one joins.
    static func constructedPair() -> CheckedAlignment {
        let english = Document(sourceName: "constructed-en.txt", language: .english, blocks: [
            Block(id: "p1", kind: .paragraph, number: 1, label: "1.", text: "The Assembly met. It adopted the text."),
            Block(id: "p2", kind: .paragraph, number: 2, label: "2.", text: "The session closed on 3 May."),
        ])
        let french = Document(sourceName: "constructed-fr.txt", language: .french, blocks: [
            Block(id: "p1", kind: .paragraph, number: 1, label: "1.", text: "L'Assemblée s'est réunie et a adopté le texte."),
            Block(id: "p2", kind: .paragraph, number: 2, label: "2.", text: "La session a pris fin le 3 mai."),
        ])
        let alignment = Alignment(versions: [english, french], pivot: 0, links: [
            AlignmentLink(blockIDs: [["p1"], ["p1"]], method: .number, confidence: 1),
            AlignmentLink(blockIDs: [["p2"], ["p2"]], method: .number, confidence: 1),
        ])
        return CheckedAlignment(alignment: alignment, sentencePairs: [SentencePairAlignment.align(alignment, target: 1)])
    }

    @Test func constructedPairIsWrittenAsSentencesInBlocksAndBeads() throws {
        let content = Self.constructedPair()
        #expect(content.sentencePairs[0].beads.map(\.type) == ["2-1", "1-1"])
        let result = try NativeAlignmentWriter().write(content)
        let issues = try schemaErrors(result.bytes)
        #expect(issues.isEmpty, "\(issues)")
        let text = String(decoding: result.bytes, as: UTF8.self)
        #expect(text.contains("          <text>The Assembly met. It adopted the text.</text>\n"
            + "          <sentence id=\"p1.s1\">The Assembly met.</sentence>\n"
            + "          <sentence id=\"p1.s2\">It adopted the text.</sentence>\n        </block>\n"))
        let beads = text.components(separatedBy: "\n").filter { $0.contains("<bead ") }.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(beads.count == 2)
        #expect(beads[0].hasPrefix("<bead type=\"2-1\" confidence=\""))
        #expect(beads[0].hasSuffix("source=\"p1.s1 p1.s2\" target=\"p1.s1\"/>"))
        #expect(beads[1].hasSuffix("source=\"p2.s1\" target=\"p2.s1\"/>"))
        #expect(text.contains("  </links>\n  <sentence-alignments>\n    <sentence-alignment source=\"0\" target=\"1\">\n"))
        let readBack = try NativeAlignmentReader().read(result.bytes, file: "constructed.xml")
        #expect(readBack == content)
        #expect(try NativeAlignmentWriter().write(readBack).bytes == result.bytes)
    }

    /// The six real UDHR versions (Spanish pivot): five sentence alignments,
    /// valid, read back equal and rewritten byte-identical; the block-level
    /// content is the block-level file's.
    @Test func sixUDHRVersionsRoundTripAtTheSentenceLevel() throws {
        var content = try RealUDHRAlignment.make()
        let blockLevel = try NativeAlignmentWriter().write(content).bytes
        content.sentencePairs = (1..<6).map { SentencePairAlignment.align(content.alignment, target: $0) }
        let result = try NativeAlignmentWriter().write(content)
        let issues = try schemaErrors(result.bytes)
        #expect(issues.isEmpty, "\(issues.prefix(5))")
        let text = String(decoding: result.bytes, as: UTF8.self)
        let sentences = content.sentencePairs[0].source.count + content.sentencePairs.map(\.target.count).reduce(0, +)
        #expect(text.components(separatedBy: "<sentence id=").count - 1 == sentences)
        #expect(text.components(separatedBy: "<bead ").count - 1 == content.sentencePairs.map(\.beads.count).reduce(0, +))
        #expect(text.components(separatedBy: "<sentence-alignment ").count - 1 == 5)
        let readBack = try NativeAlignmentReader().read(result.bytes, file: "udhr-sentences.xml")
        #expect(readBack == content)
        #expect(try NativeAlignmentWriter().write(readBack).bytes == result.bytes)
        var withoutSentences = readBack
        withoutSentences.sentencePairs = []
        #expect(try NativeAlignmentWriter().write(withoutSentences).bytes == blockLevel)
    }

    @Test func brokenSentenceContentIsOneErrorWithTheLine() throws {
        let good = String(decoding: try NativeAlignmentWriter().write(Self.constructedPair()).bytes, as: UTF8.self)
        let cases: [(String, String, String)] = [
            ("target=\"p2.s1\"/>", "target=\"p9.s1\"/>", "target sentence p9.s1 is no sentence of a linked block"),
            ("<bead type=\"2-1\"", "<bead type=\"1-1\"", "bead type 1-1 does not fit its sentences (2-1)"),
            ("source=\"p2.s1\" target", "target", "bead type 1-1 does not fit its sentences (0-1)"),
            ("<sentence-alignment source=\"0\" target=\"1\">", "<sentence-alignment source=\"1\" target=\"0\">",
             "<sentence-alignment> pairs versions 1 and 0, not the pivot 0 and another version"),
        ]
        for (old, new, message) in cases {
            #expect(good.contains(old), "\(old)")
            let broken = good.replacingOccurrences(of: old, with: new)
            #expect(throws: InputError.self) { try NativeAlignmentReader().read(Array(broken.utf8), file: "constructed-broken.xml") }
            do {
                _ = try NativeAlignmentReader().read(Array(broken.utf8), file: "constructed-broken.xml")
            } catch {
                guard case .malformedXML(_, let line, let found) = error else { Issue.record("\(error)"); continue }
                #expect(found == message)
                #expect(line > 1)
            }
        }
        // A pair whose beads leave out a sentence.
        let dropped = good.replacingOccurrences(of: "source=\"p2.s1\" target=\"p2.s1\"", with: "source=\"p2.s1\"")
            .replacingOccurrences(of: "<bead type=\"1-1\"", with: "<bead type=\"1-0\"")
        do {
            _ = try NativeAlignmentReader().read(Array(dropped.utf8), file: "constructed-broken.xml")
            Issue.record("a pair that leaves out a sentence was read")
        } catch {
            guard case .malformedXML(_, _, let found) = error else { Issue.record("\(error)"); return }
            #expect(found == "the beads do not cover the sentences of versions 0 and 1 in order, each once")
        }
    }

    @Test func writerRefusesSentenceAlignmentsThatDoNotFitTheVersions() throws {
        var content = Self.constructedPair()
        content.sentencePairs[0].beads.removeLast()
        #expect(throws: ExportError.inconsistentAlignment(detail: "the beads of sentence alignment 1 do not cover its sentences in order, each once")) {
            try NativeAlignmentWriter().write(content)
        }
        content = Self.constructedPair()
        content.sentencePairs.append(content.sentencePairs[0])
        #expect(throws: ExportError.self) { try NativeAlignmentWriter().write(content) }
    }
}
