import ParityTestSupport
import Testing
@testable import ParityCore

/// Goals and decimal targets (`DecimalLabel`, `DecimalSequence`) on
/// constructed texts in the six languages: a decimal label numbers a unit
/// only when it continues the sequence of its scope.
@Suite struct ConstructedDecimalNumberingTests {
    static let expectedIDs = [
        "g1", "g1-t1.1", "g1-t1.2", "g1-t1.a", "g1-t1.b",
        "g2", "g2-t2.1", "g2-t2.2", "g2-t2.a",
        "g3", "g3-t3.1", "g3-t3.2", "g3-t3.a",
    ]

    @Test(arguments: [
        (ConstructedStructureTexts.goalsEnglish, "en"), (ConstructedStructureTexts.goalsSpanish, "es"),
        (ConstructedStructureTexts.goalsFrench, "fr"), (ConstructedStructureTexts.goalsRussian, "ru"),
        (ConstructedStructureTexts.goalsArabic, "ar"), (ConstructedStructureTexts.goalsChinese, "zh"),
    ])
    func constructedGoalsAndTargetsAreRecognizedInEveryLanguage(_ text: String, _ code: String) {
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-\(code)")
        let goals = document.blocks.filter { $0.kind == .heading }
        let targets = document.blocks.filter { $0.kind == .paragraph }
        #expect(goals.count == 3)
        #expect(targets.count == 10)
        #expect(document.blocks.filter { $0.kind == .title }.isEmpty)
        #expect(Array(document.blocks.map(\.id).dropFirst()) == Self.expectedIDs)
        #expect(targets.map { $0.label ?? "" } == ["1.1", "1.2", "1.a", "1.b", "2.1", "2.2", "2.a", "3.1", "3.2", "3.a"])
        #expect(targets.map { $0.parent ?? "" } == ["g1", "g1", "g1", "g1", "g2", "g2", "g2", "g3", "g3", "g3"])
        #expect(goals.map(\.number) == [1, 2, 3])
        // The label is cut from the text.
        #expect(targets.allSatisfy { !$0.text.hasPrefix("1.") && !$0.text.hasPrefix("1-") })
    }

    @Test func constructedChineseTargetKeepsItsTextAfterTheLabel() {
        let document = PlainTextSegmenter().segment(DecodedText(ConstructedStructureTexts.goalsChinese), sourceName: "constructed-zh")
        #expect(document.block(id: "g1-t1.1")?.text == "到2030年，在世界所有人口中消除极端贫困。")
        #expect(document.block(id: "g1")?.text == "在全世界消除一切形式的贫困")
        #expect(document.block(id: "g1")?.label == "目标1.")
    }

    @Test func constructedFigureAtTheStartOfALineIsNoTarget() {
        let text = """
        Goal 1. Constructed goal

        1.1 Constructed first target of the goal.

        Goal 2. Constructed second goal

        2.1 Constructed target.

        1.5 Million people were counted in the constructed survey.

        2.2 Constructed second target.
        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.map(\.id) == ["g1", "g1-t1.1", "g2", "g2-t2.1", "u1", "g2-t2.2"])
        #expect(document.block(id: "u1")?.text == "1.5 Million people were counted in the constructed survey.")
    }

    @Test func constructedReportWithThreeLevelDecimalNumbering() {
        let text = """
        1. Constructed introduction paragraph of the report.

        1.1 Constructed first subsection.

        1.2 Constructed second subsection.

        1.2.1 Constructed deeper unit.

        1.2.2 Constructed second deeper unit.

        1.3 Constructed third subsection.

        2.5 per cent of the constructed budget was spent.
        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.map(\.id) == ["p1", "p1.1", "p1.2", "p1.2.1", "p1.2.2", "p1.3", "u1"])
        #expect(document.blocks.compactMap(\.labelPath) == ["1.1", "1.2", "1.2.1", "1.2.2", "1.3"])
    }

    @Test func constructedResolutionListingItsGoalsBeforeSettingThemOut() {
        // As A/RES/70/1: paragraph 59 lists the goals, the annex-like part sets them out with targets.
        let text = """
        58. We encourage constructed ongoing efforts in other forums.

        59. We adopt the following constructed Goals:

        Goal 1. End poverty in all its forms everywhere

        Goal 2. End hunger, achieve food security and improved nutrition

        Goal 3. Ensure healthy lives and promote well-being for all at all ages

        Sustainable Development Goals and targets

        Goal 1. End poverty in all its forms everywhere

        1.1 By 2030, eradicate extreme poverty for all people everywhere.

        1.a Ensure significant mobilization of resources from a variety of sources.

        Goal 2. End hunger, achieve food security and improved nutrition

        2.1 By 2030, end hunger and ensure access by all people to safe food.

        Goal 3. Ensure healthy lives and promote well-being for all at all ages

        3.1 By 2030, reduce the global maternal mortality ratio.

        Means of implementation and the Global Partnership

        60. We reaffirm our strong commitment to the full implementation of this constructed Agenda.
        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.map(\.id) == [
            "p58", "p59", "u1", "u2", "u3", "u4",
            "g1", "g1-t1.1", "g1-t1.a", "g2", "g2-t2.1", "g3", "g3-t3.1", "h-u1", "p60",
        ])
        #expect(document.block(id: "u1")?.text == "Goal 1. End poverty in all its forms everywhere")
        #expect(document.block(id: "p60")?.parent == nil)
    }

    @Test func constructedNumberedHeadingOverItsDecimalParagraphs() {
        let text = """
        1. The constructed report transmits the guidelines in the annex.

        Annex

        Constructed guidelines

        1. Scope

        1.1 The constructed guidelines apply to national offices.

        1.2 They cover:

        1.2.1 abstraction of constructed surface water;

        1.2.2 abstraction of constructed groundwater.

        2. Definitions

        2.1 Constructed abstraction means water removed from any source.
        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.map(\.kind) == [.paragraph, .annex, .unnumberedParagraph, .heading, .paragraph, .paragraph, .paragraph, .paragraph,
                                                .heading, .paragraph])
        #expect(document.blocks.filter { $0.kind == .paragraph }.compactMap(\.labelPath) == ["1.1", "1.2", "1.2.1", "1.2.2", "2.1"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p1", "annex-p1.1", "annex-p1.2", "annex-p1.2.1", "annex-p1.2.2", "annex-p2.1"])
    }

    @Test(arguments: [
        ("Goal", "Target", "Constructed target."),
        ("Objetivo", "Meta", "Meta construida."),
        ("Цель", "Задача", "Сконструированная задача."),
        ("目标", "具体目标", "构建的具体目标。"),
    ])
    func constructedTargetsNamedByATargetWord(_ goal: String, _ target: String, _ sentence: String) {
        let space = goal == "目标" ? "" : " "
        let text = (1...2).map { n in
            "\(goal)\(space)\(n). \(sentence)\n\n\(target)\(space)\(n).1 \(sentence)\n\n\(target)\(space)\(n).a \(sentence)\n"
        }.joined(separator: "\n")
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.map(\.id) == ["g1", "g1-t1.1", "g1-t1.a", "g2", "g2-t2.1", "g2-t2.a"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map { $0.label ?? "" } == ["1.1", "1.a", "2.1", "2.a"])
        #expect(document.blocks.allSatisfy { $0.text == sentence })
    }
}
