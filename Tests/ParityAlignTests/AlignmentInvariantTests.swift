import ParityCore
import ParityTestSupport
import Testing

/// Many defects at once, chosen by a seeded generator, on the real texts:
/// the alignment still holds every block exactly once, in pivot order, and
/// the checker reports each numbering defect it is given.
@Suite struct AlignmentInvariantTests {
    private func pivotOrderHolds(_ alignment: Alignment) -> Bool {
        var position: [String: Int] = [:]
        for (index, block) in alignment.versions[alignment.pivot].blocks.enumerated() { position[block.id] = index }
        let firsts = alignment.links.compactMap { $0.blockIDs[alignment.pivot].first.flatMap { position[$0] } }
        return zip(firsts, firsts.dropFirst()).allSatisfy { $0 < $1 }
    }

    /// Applies `count` random defects to `document` (never to the same unit twice).
    private func damaged(_ document: Document, count: Int, generator: inout SplitMix64) throws -> Document {
        var result = document
        var touched = Set<String>()
        for _ in 0..<count {
            let candidates = result.blocks.filter {
                ($0.kind == .paragraph || $0.kind == .article || $0.kind == .unnumberedParagraph || $0.kind == .footnote)
                    && !touched.contains($0.id) && !$0.id.contains("-dup") && !$0.id.contains("-split")
            }
            guard let target = candidates.randomElement(using: &generator) else { break }
            touched.insert(target.id)
            let injector = DefectInjector(result)
            switch Int.random(in: 0..<5, using: &generator) {
            case 0: result = try injector.deleting(target.id)
            case 1: result = try injector.duplicating(target.id)
            case 2: result = (try? injector.splitting(target.id)) ?? result
            case 3:
                if let number = target.number { result = try injector.renumbering(target.id, to: number + 1000) }
            default:
                if target.kind == .footnote { result = try injector.droppingFootnote(target.id) }
                else if let next = result.blocks.drop(while: { $0.id != target.id }).dropFirst().first(where: { $0.kind == target.kind && $0.parent == target.parent }) {
                    touched.insert(next.id)
                    result = try injector.merging(target.id, with: next.id)
                }
            }
        }
        result.sourceName = document.sourceName + "-damaged"
        return result
    }

    @Test(arguments: 1...12)
    func spanishDocumentWithRandomDefectsKeepsTheInvariants(_ seed: Int) throws {
        var generator = SplitMix64(seed: UInt64(seed))
        let original = try AlignTestFixtures.spanishHearings()
        let damagedCopy = try damaged(original, count: 1 + seed % 6, generator: &generator)
        let alignment = Aligner().align([original, damagedCopy])
        #expect(alignment.coversEveryBlockOnce)
        #expect(pivotOrderHolds(alignment))
        let findings = ParityChecker().check(alignment)
        #expect(!findings.filter { $0.severity == .error }.isEmpty)
        // Reversed roles too.
        let reversed = Aligner().align([damagedCopy, original])
        #expect(reversed.coversEveryBlockOnce)
        #expect(pivotOrderHolds(reversed))
        _ = ParityChecker().check(reversed)
    }

    @Test(arguments: 1...6)
    func sixWayUDHRWithRandomDefectsKeepsTheInvariants(_ seed: Int) throws {
        var generator = SplitMix64(seed: UInt64(100 + seed))
        var documents = try AlignTestFixtures.udhrKeys.map(AlignTestFixtures.udhr)
        for index in 1..<documents.count {
            documents[index] = try damaged(documents[index], count: seed, generator: &generator)
        }
        let alignment = Aligner(pivot: seed % 6).align(documents)
        #expect(alignment.coversEveryBlockOnce)
        #expect(pivotOrderHolds(alignment))
        #expect(!ParityChecker().check(alignment).filter { $0.severity == .error }.isEmpty)
    }

    @Test func emptyAndSingleDocumentsAlignWithoutCrashing() throws {
        let empty = Document(sourceName: "constructed-empty")
        #expect(Aligner().align([]).links.isEmpty)
        #expect(Aligner().align([empty, empty]).links.isEmpty)
        #expect(ParityChecker().check(Aligner().align([empty, empty])).isEmpty)
        let english = try AlignTestFixtures.udhr("eng")
        let alone = Aligner(pivot: 7).align([english])
        #expect(alone.pivot == 0)
        #expect(alone.links.count == english.blocks.count)
        let againstEmpty = Aligner().align([english, empty])
        #expect(againstEmpty.coversEveryBlockOnce)
        let errors = ParityChecker().check(againstEmpty).filter { $0.severity == .error }
        #expect(errors.count == 30)  // the 30 articles, each missing with its paragraphs
        #expect(errors.allSatisfy { $0.kind == .missingParagraph })
    }

    @Test func alignmentWithUnlinkedAndUnknownBlocksIsReportedNotTrusted() throws {
        var alignment = Aligner().align([try AlignTestFixtures.udhr("eng"), try AlignTestFixtures.udhr("fra")])
        let index = try #require(alignment.links.firstIndex { $0.blockIDs == [["art3-p1"], ["art3-p1"]] })
        alignment.links.remove(at: index)
        alignment.links.append(AlignmentLink(blockIDs: [["constructed-missing"], []], method: .length, confidence: 0.5))
        let integrity = Set(ParityChecker().check(alignment).filter { $0.kind == .unalignedBlock }.map(FindingSummary.init))
        #expect(integrity == [
            FindingSummary(.unalignedBlock, .warning, [0: ["art3-p1"]]),
            FindingSummary(.unalignedBlock, .warning, [1: ["art3-p1"]]),
            FindingSummary(.unalignedBlock, .warning, [:]),
        ])
    }
}
