import ParityCore
@testable import ParityXML
import Testing

/// The `tuid`s of a TMX file are kept as hashes (`TMXUnitIDs`) and made
/// unique with `#2`, `#3`, … as when they were kept as strings.
@Suite struct TMXUnitIDTests {
    @Test func constructedRepeatedPivotIDsGetNumberedSuffixes() throws {
        // The public API lets a document repeat an id: every link naming `p1` names the first such block.
        let spanish = Document(sourceName: "constructed-es.txt", language: .spanish, blocks: [
            Block(id: "p1", kind: .paragraph, number: 1, text: "Párrafo construido uno."),
            Block(id: "p1", kind: .paragraph, number: 1, text: "Párrafo construido repetido."),
            Block(id: "p2", kind: .paragraph, number: 2, text: "Párrafo construido dos."),
        ])
        let english = Document(sourceName: "constructed-en.txt", language: .english, blocks: (1...5).map {
            Block(id: "e\($0)", kind: .unnumberedParagraph, text: "Constructed English text \($0).")
        })
        let french = Document(sourceName: "constructed-fr.txt", language: .french, blocks: (1...5).map {
            Block(id: "f\($0)", kind: .unnumberedParagraph, text: "Texte français construit \($0).")
        })
        let links = [
            AlignmentLink(blockIDs: [["p1"], ["e1"], ["f1"]], method: .number, confidence: 1),
            AlignmentLink(blockIDs: [["p1"], ["e2"], ["f2"]], method: .length, confidence: 0.5),
            AlignmentLink(blockIDs: [["p1"], ["e3"], []], method: .length, confidence: 0.5),
            AlignmentLink(blockIDs: [[], ["e4"], ["f4"]], method: .length, confidence: 0.5),
            AlignmentLink(blockIDs: [["p2"], ["e5"], ["f5"]], method: .number, confidence: 1),
        ]
        let alignment = Alignment(versions: [spanish, english, french], pivot: 0, links: links)
        let result = try TMXWriter(allLanguages: true, tuidPrefix: "X", date: TMXDate(secondsSince1970: 0)).write(alignment)
        let units = try TMXReader().read(result.bytes, file: "constructed.tmx").units
        #expect(units.map(\.id) == ["X:p1", "X:p1#2", "X:p1#3", "X:en:e4", "X:p2"])
    }

    @Test func aRepeatedHashAsksForTheEarlierIDsOnceAndAnswersExactly() {
        var used = TMXUnitIDs()
        var asked = 0
        func given(_ tuid: String) -> Bool {
            used.contains(tuid) {
                asked += 1
                return ["A:p1", "A:p2"]
            }
        }
        let firstNew = given("A:p1")
        used.insert("A:p1")
        let secondNew = given("A:p2")
        used.insert("A:p2")
        #expect(!firstNew && !secondNew && asked == 0)
        let repeated = given("A:p2")
        #expect(repeated && asked == 1)
        let suffixed = given("A:p2#2")
        used.insert("A:p2#2")
        let results = [given("A:p2#2"), given("A:p1"), given("A:p3")]
        #expect(!suffixed && results == [true, true, false] && asked == 1)
    }
}
