import ParityCore
import Testing

/// A numbering that starts again at 1, 2 inside one scope (paragraphs of
/// parts whose headings Parity does not read) is counted per run: no
/// duplicate-number finding; a number repeated inside a run, or a lone `1`,
/// still is one. Constructed block lists, not real UN text.
@Suite struct ConstructedRestartingNumberingTests {
    private func duplicateFindings(_ numbers: [Int]) -> [Finding] {
        let blocks = numbers.enumerated().map { position, number in
            Block(id: "b\(position)", kind: .paragraph, number: number, text: "constructed paragraph \(position) numbered \(number)")
        }
        let alignment = Aligner().align([Document(sourceName: "constructed.txt", language: .english, blocks: blocks)])
        return ParityChecker().check(alignment).filter { $0.kind == .duplicateNumber || $0.kind == .outOfOrderNumber }
    }

    @Test func constructedRunsStartingAgainAtOneAreNoDuplicates() {
        #expect(duplicateFindings([1, 2, 3, 1, 2, 3, 4, 1, 2]).isEmpty)
    }

    @Test func constructedRepeatInsideARunIsStillADuplicate() {
        let found = duplicateFindings([1, 2, 3, 1, 2, 2, 3])
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
    }

    @Test func constructedLoneOneIsNoRestart() {
        #expect(!duplicateFindings([1, 2, 3, 1, 4, 5]).isEmpty)
    }

    @Test func runsAreScopesOfTheirOwn() {
        #expect(NumberingScope.runs([1, 2, 3, 1, 2, 3, 4, 1, 2]) == [1, 1, 1, 2, 2, 2, 2, 3, 3])
        #expect(NumberingScope.runs([1, 2, 3, 1, 4]) == [1, 1, 1, 1, 1])
        let blocks = [1, 2, 1, 2].enumerated().map { position, number in
            Block(id: "b\(position)", kind: .paragraph, number: number, text: "constructed paragraph")
        }
        let keys = NumberingScope.keys(Document(sourceName: "constructed.txt", language: .english, blocks: blocks)).map(\.key)
        #expect(keys == ["paragraph#0", "paragraph#0", "paragraph#0/run2", "paragraph#0/run2"])
        #expect(NumberingScope.unitName("paragraph#0/run2") { _ in nil } == "paragraph")
    }

    @Test func constructedRestartingParagraphsAreNamedAndAnchoredByTheirRun() {
        let text = "Deel een\n\n1. Eerste alinea.\n\n2. Tweede alinea.\n\nDeel twee\n\n1. Eerste alinea.\n\n2. Tweede alinea.\n"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        let ids = document.blocks.filter { $0.kind == .paragraph }.map(\.id)
        #expect(ids == ["p1", "p2", "run2-p1", "run2-p2"])
        // The same text twice aligns run to run, paragraph to paragraph, with no finding.
        let alignment = Aligner().align([document, PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-2")])
        #expect(ParityChecker().check(alignment).filter { $0.severity == .error }.isEmpty)
    }
}
