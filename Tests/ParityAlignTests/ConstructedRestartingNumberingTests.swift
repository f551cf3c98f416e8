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
}
