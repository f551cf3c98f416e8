import Foundation
import ParityTestSupport
import Testing
@testable import ParityCore

/// The top-level units of a decimal outline written in Chinese numerals and set apart from their text by a space
/// (`一　範圍。…`, an IDEOGRAPHIC SPACE U+3000, or any other) over their decimal units `一．一　…`: the sequence `N.1`
/// implies its parent `N`, and the line opening with the bare numeral right before `N.1` is that parent
/// (`BareDecimalHeads`). Documents `dev/note-sealcarvers` (lzh, zh, en).
@Suite struct ConstructedDecimalParentLabelTests {
    private func dev(_ code: String) throws -> Document {
        try ConstructedSegmentation.devDocument("note-sealcarvers", code)
    }

    static let annexIDs = ["annex-p1", "annex-p1.1", "annex-p1.2", "annex-p2", "annex-p2.1", "annex-p2.1.1", "annex-p2.1.2",
                           "annex-p2.2", "annex-p3", "annex-p3.1"]

    private func scanned(_ text: String) -> (bytes: [UInt8], lines: [TextLine]) {
        let bytes = Array(text.utf8)
        return (bytes, LineScanner.lines(in: bytes))
    }

    @Test(arguments: ["lzh", "zh", "en"])
    func theAnnexHoldsTenUnitsOnThreeLevels(_ code: String) throws {
        let document = try dev(code)
        let paragraphs = document.blocks.filter { $0.kind == .paragraph }.map(\.id)
        #expect(paragraphs == ["p1", "p2", "p3"] + Self.annexIDs)
    }

    @Test func theTopLevelUnitKeepsItsHeadingWordAndText() throws {
        let document = try dev("lzh")
        #expect(document.block(id: "annex-p2")?.text == "校定。採石之量應每年校定之。")
        #expect(document.block(id: "annex-p2")?.number == 2)
        #expect(document.block(id: "annex-p3")?.text == "覆審。本則應定期覆審之。")
    }

    @Test(arguments: ["\u{3000}", " ", "\t"])
    func aNumeralAndAnySpaceOverItsFirstChildIsAHead(_ space: String) {
        let text = "附件\n\n一\(space)範圍。本則施於一切。\n\n一．一　凡採石者皆應登記。\n\n二\(space)校定。採石之量應校定之。\n\n二．一　每坑採石不得逾350噸。\n"
        let (bytes, lines) = scanned(text)
        #expect(BareDecimalHeads.find(bytes, lines) == [2: 1, 6: 2])
    }

    @Test func aNumeralNotFollowedByItsFirstChildIsNoHead() {
        // `二` followed by `三．一`, or heads with no children at all: text, whatever their space.
        let text = "一　範圍。本則施於一切。\n二　校定。採石之量應校定之。\n三．一　每坑採石不得逾350噸。\n"
        let (bytes, lines) = scanned(text)
        #expect(BareDecimalHeads.find(bytes, lines).isEmpty)
        // An ordinal `一、` over `一．一` is a label of its own (`LabelParser`), no bare head.
        let ordinals = "一、範圍。本則施於一切。\n一．一　凡採石者皆應登記。\n二、校定。採石之量應校定之。\n二．一　每坑採石不得逾350噸。\n"
        let (ordinalBytes, ordinalLines) = scanned(ordinals)
        #expect(BareDecimalHeads.find(ordinalBytes, ordinalLines).isEmpty)
    }

    @Test(arguments: ["lzh-en", "zh-en", "lzh-zh"])
    func thePairsAreClean(_ pair: String) throws {
        let codes = pair.split(separator: "-").map(String.init)
        let findings = ParityChecker().check(Aligner().align([try dev(codes[0]), try dev(codes[1])])).filter { $0.severity >= .warning }
        #expect(findings.map { "\($0.kind.rawValue) \($0.locations.last?.blockIDs.joined(separator: "+") ?? "")" } == [])
    }
}
