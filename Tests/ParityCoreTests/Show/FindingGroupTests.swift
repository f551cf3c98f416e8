import Foundation
import ParityCore
import ParityTestSupport
import Testing

/// Findings grouped under their cause, on the real Spanish UN document and a
/// constructed revision of it (`scripts/make-constructed-renumbered-es.py`:
/// paragraph 24 deleted, 25–76 renumbered 24–75, the table of contents left
/// as it was).
@Suite struct FindingGroupTests {
    static func spanish(_ path: String, name: String) throws -> Document {
        let bytes = [UInt8](try Data(contentsOf: RepositoryPaths.root.appendingPathComponent(path)))
        return PlainTextSegmenter(language: .spanish).segment(try TextDecoder().decode(bytes, file: name), sourceName: name)
    }

    static func renumberedRevision() throws -> (Alignment, [Finding]) {
        let alignment = Aligner(pivot: 0).align([
            try spanish("Sources-Texts/un-hearings-2006/es.txt", name: "es.txt"),
            try spanish("Tests/Fixtures/constructed/constructed-es-renumbered.txt", name: "constructed-es-renumbered.txt"),
        ])
        return (alignment, ParityChecker().check(alignment))
    }

    /// The contents give 15 entries whose range ends at paragraph 24 or later
    /// (III and III.A–E, IV and IV.A–E, V, V.A and V.B); I (1–7) and II (8–22)
    /// end before the change. All 15 follow from the renumbered run.
    @Test func renumberedRunCarriesTheContentsRangesItShifts() throws {
        let (alignment, findings) = try Self.renumberedRevision()
        let groups = FindingGroup.grouping(findings, versions: alignment.versions, pivot: alignment.pivot)
        #expect(groups.map(\.consequences.count).reduce(0, +) + groups.count == findings.count)
        let run = try #require(groups.first { $0.cause.kind == .outOfOrderNumber })
        #expect(run.consequences.count == 15)
        #expect(run.consequences.allSatisfy { $0.kind == .tocRangeMismatch })
        let entries = run.consequences.compactMap { $0.locations.first?.labels.first }
        #expect(entries == ["III", "III.A", "III.B", "III.C", "III.D", "III.E", "IV", "IV.A", "IV.B", "IV.C", "IV.D", "IV.E", "V", "V.A", "V.B"]
            .map { "contents entry \($0)" })
        #expect(run.severity == .error)
        #expect(!groups.contains { $0.cause.kind == .tocRangeMismatch })
    }

    @Test func withoutANumberingChangeContentsFindingsStandAlone() {
        let entry = Block(id: "toc-II", kind: .tocEntry, label: "II", labelPath: "II", text: "II. Constructed 8–22",
                          tocTarget: TOCTarget(firstParagraph: 8, lastParagraph: 22))
        let document = Document(sourceName: "constructed-es.txt", language: .spanish, blocks: [entry])
        let toc = Finding(kind: .tocRangeMismatch, severity: .warning,
                          locations: [FindingLocation(version: 0, language: .spanish, blockIDs: ["toc-II"])], message: "constructed")
        let length = Finding(kind: .lengthRatioOutlier, severity: .info, locations: [], message: "constructed")
        let groups = FindingGroup.grouping([toc, length], versions: [document], pivot: 0)
        #expect(groups == [FindingGroup(cause: toc), FindingGroup(cause: length)])
    }
}
