@testable import ParityCore
import Testing

/// The furniture cut out of PDF-extracted text goes back among the blocks in
/// place (`PlainTextSegmenter.merge(_:into:)`), without a second array of
/// blocks (issue 11: memory below 3× the input): before the first block that
/// starts after it, as the merge into a new array did, also where blocks
/// are out of input order or have no range.
@Suite struct FurnitureMergeTests {
    private func block(_ id: String, _ start: Int?) -> Block {
        Block(id: id, kind: .paragraph, text: id, sourceRanges: start.map { [SourceRange(start: $0, end: $0 + 1)] } ?? [])
    }

    /// The merge into a new array, as it was written before.
    private func mergedIntoNewArray(_ blocks: [Block], _ furniture: [Block]) -> [Block] {
        var output: [Block] = []
        var next = 0
        for block in blocks {
            let start = block.sourceRanges.first?.start ?? Int.max
            while next < furniture.count, furniture[next].sourceRanges[0].start < start {
                output.append(furniture[next])
                next += 1
            }
            output.append(block)
        }
        output.append(contentsOf: furniture[next...])
        return output
    }

    @Test(arguments: [
        [10, 20, 30], [10, 5, 30], [nil, 10, 20], [10, nil, 5], [], [40], [0, 0, 10, 10],
    ] as [[Int?]])
    func mergesInPlaceAsIntoANewArray(starts: [Int?]) {
        let blocks = starts.enumerated().map { block("b\($0.offset)", $0.element) }
        for furnitureStarts in [[3, 7, 10, 40], [0], [50, 60], [10, 10], [] as [Int]] {
            let furniture = furnitureStarts.enumerated().map { block("pf\($0.offset)", $0.element) }
            var merged = blocks
            merged.reserveCapacity(blocks.count + furniture.count)
            PlainTextSegmenter.merge(furniture, into: &merged)
            #expect(merged.map(\.id) == mergedIntoNewArray(blocks, furniture).map(\.id), "blocks \(starts), furniture \(furnitureStarts)")
        }
    }
}
