import Testing
import ParityTestSupport
@testable import ParityCore

/// A text typed or saved with hard line breaks (not PDF-extracted): a line
/// broken by the wrap goes on, also when it starts in upper case, and a line
/// indented under the text after a label goes on; a clean text keeps one
/// unit a line. All texts here are constructed.
@Suite struct HardWrapContinuationTests {
    static func segment(_ text: String, _ name: String) -> (bytes: [UInt8], document: Document) {
        let decoded = DecodedText(text)
        #expect(!PDFExtractionDetector.looksExtracted(decoded.utf8))
        return (decoded.utf8, PlainTextSegmenter().segment(decoded, sourceName: name))
    }

    static func texts(_ document: Document, _ kind: BlockKind) -> [String] {
        document.blocks.filter { $0.kind == kind }.map(\.text)
    }

    @Test func constructedGermanTargetsWrappedBeforeCapitalisedNounAreOneTargetEach() {
        let text = """
            Ziel 1. Gesundes Leben für Mütter und Neugeborene
            1.1 Bis 2030 die Müttersterblichkeit auf unter 70 je 100.000
            Lebendgeburten senken
            1.2 Bis 2030 die Neugeborenensterblichkeit auf höchstens zwölf
            je tausend Lebendgeburten senken
            1.a Die Ausbildung von Hebammen in ländlichen Gebieten
            verstärken

            """
        let (bytes, document) = Self.segment(text, "constructed-wrapped-goals.de.txt")
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.labelPath) == ["1.1", "1.2", "1.a"])
        #expect(Self.texts(document, .paragraph) == [
            "Bis 2030 die Müttersterblichkeit auf unter 70 je 100.000 Lebendgeburten senken",
            "Bis 2030 die Neugeborenensterblichkeit auf höchstens zwölf je tausend Lebendgeburten senken",
            "Die Ausbildung von Hebammen in ländlichen Gebieten verstärken",
        ])
        #expect(Self.texts(document, .unnumberedParagraph) == [])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedEnglishIntroductionWrappedUnderTheTitleIsOneParagraph() {
        let text = """
            Regional health goals and targets

            The following goals and targets were endorsed on 30 October
            2024 by Ministers of Health of the region at their meeting
            in Geneva.

            Member States are invited to report on progress towards the
            targets every two years, beginning in 2026.

            """
        let (bytes, document) = Self.segment(text, "constructed-wrapped-intro.en.txt")
        #expect(Self.texts(document, .unnumberedParagraph) == [
            "The following goals and targets were endorsed on 30 October 2024 by Ministers of Health of the region at their meeting in Geneva.",
            "Member States are invited to report on progress towards the targets every two years, beginning in 2026.",
        ])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedSpanishHangingIndentIsContinuation() {
        let text = """
            1. Los participantes examinaron la cuestión de la migración
               Internacional y el desarrollo.
            2. El Presidente abrió el debate general.

            """
        let (bytes, document) = Self.segment(text, "constructed-hanging.es.txt")
        #expect(document.numberedParagraphs.map(\.number) == [1, 2])
        #expect(document.numberedParagraphs.map(\.text) == [
            "Los participantes examinaron la cuestión de la migración Internacional y el desarrollo.",
            "El Presidente abrió el debate general.",
        ])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedFrenchHeaderLinesAndContentsRowsStayWholeInAWrappedText() {
        // The agenda item line and a contents row stop short of the next line's first word: they are whole lines anyway.
        let text = """
            Comité des droits économiques, sociaux et culturels
            Soixante-dix-neuvième session
            Point 19 c) de la liste préliminaire
            Développement durable

            Le Secrétaire général a l’honneur de transmettre
            à l’Assemblée générale le rapport sur l’accès à
            l’eau potable dans les petits États insulaires en
            développement, établi en application de la
            résolution 77/118.

            Table des matières
            I. Introduction ................................. 3
            II. Tendances de l’accès à l’eau potable ...... 4
            Annexe
                Sources des données ........................ 6

            """
        let (bytes, document) = Self.segment(text, "constructed-wrapped-front.fr.txt")
        #expect(document.metadata.agendaItem == "Point 19 c) de la liste préliminaire")
        #expect(document.metadata.session == "Soixante-dix-neuvième session")
        #expect(document.blocks.filter { $0.kind == .tocEntry }.map(\.text) == [
            "Introduction", "Tendances de l’accès à l’eau potable", "Sources des données",
        ])
        #expect(document.blocks.filter { $0.kind == .tocHeading }.map(\.text) == ["Table des matières", "Annexe"])
        #expect(Self.texts(document, .unnumberedParagraph).count == 1)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test(arguments: [
        "3 - متابعة المؤتمر العالمي الرابع المعني بالمرأة\nوالدورة الاستثنائية الثالثة والعشرين للجمعية العامة:\n(أ) استعراض وتقييم تنفيذ إعلان ومنهاج عمل بيجين؛\n(ب) الموضوع ذو الأولوية؛\n",
        "3. 第四次妇女问题世界会议和题为“2000年妇女”的大会第二十三届特别会议的后续行动\n以及大会的有关决定：\n（a） 审查和评价《北京宣言》的执行情况；\n（b） 优先主题；\n",
    ])
    func constructedCaselessParagraphGoingOnOnItsNextLineKeepsItsItems(_ text: String) {
        // The second line starts in a caseless script and goes on from the first: the items are the paragraph's.
        let (bytes, document) = Self.segment(text, "constructed-caseless-items.txt")
        #expect(document.numberedParagraphs.map(\.number) == [3])
        let items = document.blocks.filter { $0.kind == .listItem }
        #expect(items.count == 2)
        #expect(items.allSatisfy { $0.parent == "p3" })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedCleanTextsKeepOneUnitALine() {
        // Lines of varied length, none broken by a wrap: every line stays a unit.
        let english = "Provisional agenda\n\nOpening of the session\nElection of officers\nAdoption of the agenda and other organizational matters\nGeneral debate\n"
        let (_, document) = Self.segment(english, "constructed-clean-agenda.en.txt")
        #expect(document.blocks.count == 5)
        // Chinese: a heading, then its text, no space anywhere: the heading stays apart.
        let chinese = "第一章\n总则\n\n第一条\n本协定的宗旨是确保保护南海的水下文化遗产并促进各缔约方之间的合作与信息交流。\n"
        let (_, chineseDocument) = Self.segment(chinese, "constructed-clean-articles.zh.txt")
        #expect(chineseDocument.blocks.contains { $0.text == "本协定的宗旨是确保保护南海的水下文化遗产并促进各缔约方之间的合作与信息交流。" })
    }
}
