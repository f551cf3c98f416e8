import Foundation
import ParityTestSupport
import Testing
@testable import ParityCore

/// Decimal labels written with Chinese numerals (`一.一`, `一.二`, `二.一`, Literary Chinese) read as `1.1`, `1.2`,
/// `2.1` (`DecimalLabel`), no ordinal `一.` over the text `一 …` (`LabelParser`). Document `dev/decision-silkreels`
/// (lzh, en).
@Suite struct ChineseDecimalLabelTests {
    private func dev(_ code: String) throws -> Document {
        try ConstructedSegmentation.devDocument("decision-silkreels", code)
    }

    @Test func labelsInChineseNumerals() {
        #expect(DecimalLabel.parse(Array("一.二 登記冊應載其坊繅盆之數。".unicodeScalars))?.components == ["1", "2"])
        #expect(DecimalLabel.parse(Array("二.十一 其記錄應存。".unicodeScalars))?.components == ["2", "11"])
        #expect(DecimalLabel.parse(Array("三．一繭應依每春所議之價購之。".unicodeScalars))?.components == ["3", "1"])
        #expect(DecimalLabel.parse(Array("一.2 混合".unicodeScalars)) == nil)
        #expect(LabelParser.parse(Array("一.二 登記冊應載其坊繅盆之數。".unicodeScalars), language: nil) == nil)
        #expect(LabelParser.parse(Array("一、登記冊應載其坊繅盆之數。".unicodeScalars), language: nil)?.form == .ordinal(1))
    }

    @Test func theAnnexParagraphsAreNumberedOneOneToFourTwo() throws {
        let document = try dev("lzh")
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == [
            "p1", "p2", "p3", "annex-p1.1", "annex-p1.2", "annex-p1.3", "annex-p2.1", "annex-p2.2", "annex-p3.1",
            "annex-p3.2", "annex-p3.3", "annex-p4.1", "annex-p4.2",
        ])
    }

    @Test func thePairAgainstEnglishIsClean() throws {
        let findings = ParityChecker().check(Aligner().align([try dev("en"), try dev("lzh")])).filter { $0.severity >= .warning }
        #expect(findings.map { "\($0.kind.rawValue) \($0.locations.last?.blockIDs.joined(separator: "+") ?? "")" } == [])
    }
}
