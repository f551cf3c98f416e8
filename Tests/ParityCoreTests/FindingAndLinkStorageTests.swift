import Foundation
import ParityCore
import Testing

/// Findings keep their message and locations packed in one buffer, and
/// alignment links their ids in one array (issue 11: a pair with a finding
/// and a link for every block held each in four to six allocations). Every
/// value still reads back what was written, whatever its size, and equal
/// values are equal and hash alike however they were made.
@Suite struct FindingAndLinkStorageTests {
    static let locationLists: [[FindingLocation]] = [
        [],
        [FindingLocation(version: 0, language: .english, blockIDs: ["p1"], labels: ["1"])],
        [FindingLocation(version: 0, language: nil, blockIDs: [], labels: []),
         FindingLocation(version: 1, language: Language(code: "pt-BR"), blockIDs: ["p1", "p2", ""], labels: ["paragraph 1", "", "2"])],
        [FindingLocation(version: -3, language: Language(code: "zh-Hant"), blockIDs: [String](repeating: "a-long-block-identifier-of-article-17", count: 300),
                         labels: [String(repeating: "é", count: 200)]),
         FindingLocation(version: Int.max, language: nil, blockIDs: ["x"]),
         FindingLocation(version: Int.min, language: .arabic, blockIDs: ["y"])],
    ]

    @Test(arguments: locationLists)
    func findingReadsBackItsLocationsAndMessage(locations: [FindingLocation]) {
        for message in ["", "French paragraph 7 has the same text as English paragraph 7: \"Paragraph 7 the text of…\"",
                        String(repeating: "長い文", count: 5_000)] {
            var finding = Finding(kind: .untranslatedBlock, severity: .error, locations: locations, message: message)
            #expect(finding.locations == locations)
            #expect(finding.message == message)
            finding.message += " (again)"
            #expect(finding.message == message + " (again)")
            #expect(finding.locations == locations)
            finding.locations.append(FindingLocation(version: 2, language: .french, blockIDs: ["q"], labels: ["q"]))
            #expect(finding.locations == locations + [FindingLocation(version: 2, language: .french, blockIDs: ["q"], labels: ["q"])])
            #expect(finding.message == message + " (again)")
        }
    }

    @Test func equalFindingsAreEqualAndHashAlikeWhateverTheirBytes() throws {
        // é as one scalar and as e and a combining accent: equal strings, different bytes.
        let composed = Finding(kind: .headingMismatch, severity: .warning,
                               locations: [FindingLocation(version: 0, language: .french, blockIDs: ["h1"], labels: ["Article premier \u{E9}"])],
                               message: "titre \u{E9}")
        let decomposed = Finding(kind: .headingMismatch, severity: .warning,
                                 locations: [FindingLocation(version: 0, language: .french, blockIDs: ["h1"], labels: ["Article premier e\u{301}"])],
                                 message: "titre e\u{301}")
        #expect(composed == decomposed)
        #expect(composed.hashValue == decomposed.hashValue)
        #expect(Set([composed, decomposed]).count == 1)
        var other = composed
        other.severity = .error
        #expect(other != composed)
        other = composed
        other.message = "titre"
        #expect(other != composed)
        let data = try JSONEncoder().encode(composed)
        #expect(try JSONDecoder().decode(Finding.self, from: data) == composed)
        let keys = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]).keys.sorted()
        #expect(keys == ["kind", "locations", "message", "severity"])
    }

    static let idLists: [[[String]]] = [
        [],
        [[]],
        [["p1"], ["p1"]],
        [["p1", "p2"], [], ["q7"]],
        (0..<9).map { ["v\($0)"] },
        [(0..<300).map { "p\($0)" }, ["x"]],
        [[], [], [], [], [], [], []],
    ]

    @Test(arguments: idLists)
    func linkReadsBackItsIDs(ids: [[String]]) {
        var link = AlignmentLink(blockIDs: ids, method: .length, confidence: 0.5)
        #expect(link.blockIDs == ids)
        #expect(link.versionCount == ids.count)
        for version in -1...ids.count {
            #expect(Array(link.blockIDs(in: version)) == (ids.indices.contains(version) ? ids[version] : []))
        }
        #expect(link.type == ids.map { String($0.count) }.joined(separator: "-"))
        #expect(link == AlignmentLink(blockIDs: ids, method: .length, confidence: 0.5))
        #expect(link.hashValue == AlignmentLink(blockIDs: ids, method: .length, confidence: 0.5).hashValue)
        link.blockIDs.append(["new"])
        #expect(link.blockIDs == ids + [["new"]])
        #expect(link != AlignmentLink(blockIDs: ids, method: .length, confidence: 0.5))
        if !ids.isEmpty {
            link.blockIDs[0] = ["changed"]
            #expect(Array(link.blockIDs(in: 0)) == ["changed"])
            #expect(link.blockIDs.dropFirst().elementsEqual(ids.dropFirst() + [["new"]]))
        }
    }

    /// A link of two versions with one block each keeps its ids in itself; made
    /// so or reached by a change, it reads, compares and hashes as the same link.
    @Test func aOneToOneLinkIsTheSameHoweverItWasMade() throws {
        let pair = AlignmentLink(blockIDs: [["p3"], ["p4"]], method: .number, confidence: 1)
        var shrunk = AlignmentLink(blockIDs: [["p3"], ["p4"], ["x"]], method: .number, confidence: 1)
        shrunk.blockIDs.removeLast()
        var grown = AlignmentLink(blockIDs: [["p3"], []], method: .number, confidence: 1)
        grown.blockIDs[1] = ["p4"]
        for link in [shrunk, grown] {
            #expect(link == pair)
            #expect(link.hashValue == pair.hashValue)
        }
        #expect(Array(pair.blockIDs(in: 0)) == ["p3"])
        #expect(Array(pair.blockIDs(in: 1)) == ["p4"])
        #expect(pair.blockIDs(in: 2).isEmpty && pair.blockIDs(in: -1).isEmpty)
        // The same ids read alike whether held alone or in a link's array.
        let listed = AlignmentLink(blockIDs: [["p3"], ["p4", "p5"]], method: .number, confidence: 1)
        #expect(listed.blockIDs(in: 0) == pair.blockIDs(in: 0))
        #expect(listed.blockIDs(in: 0).hashValue == pair.blockIDs(in: 0).hashValue)
        #expect(pair.type == "1-1" && pair.versionCount == 2)
        #expect(pair != AlignmentLink(blockIDs: [["p4"], ["p3"]], method: .number, confidence: 1))
        let data = try JSONEncoder().encode(pair)
        #expect(try JSONDecoder().decode(AlignmentLink.self, from: data) == pair)
        #expect(String(decoding: data, as: UTF8.self).contains("[[\"p3\"],[\"p4\"]]"))
    }

    @Test func linksWithTheSameIDsInDifferentVersionsDiffer() throws {
        let first = AlignmentLink(blockIDs: [["a", "b"], []], method: .number, confidence: 1)
        let second = AlignmentLink(blockIDs: [["a"], ["b"]], method: .number, confidence: 1)
        #expect(first != second)
        let data = try JSONEncoder().encode(first)
        #expect(try JSONDecoder().decode(AlignmentLink.self, from: data) == first)
        let keys = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]).keys.sorted()
        #expect(keys == ["blockIDs", "confidence", "method"])
    }

    @Test func findingsAndLinksAreSmall() {
        #expect(MemoryLayout<Finding>.stride <= 16)
        // Two ids held in the link (a 1-1 link of a pair allocates nothing), its method and confidence.
        #expect(MemoryLayout<AlignmentLink>.stride <= 48)
    }
}
