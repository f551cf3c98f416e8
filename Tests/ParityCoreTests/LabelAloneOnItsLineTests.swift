import Testing
import ParityTestSupport
@testable import ParityCore

/// A paragraph number or heading label alone on its line, followed (with or
/// without blank lines) by its text, is one block: in clean text and in
/// PDF-extracted text alike ("1." / "" / "El día 12 de julio …"). All
/// texts here are constructed.
@Suite struct LabelAloneOnItsLineTests {
    /// Constructed clean texts: a heading label alone, then two numbered
    /// paragraphs whose numbers stand alone, a blank line before the text.
    static let constructedCleanTexts: [(language: String, text: String, heading: String, first: String, second: String)] = [
        ("en", "I.\n\nIntroduction\n\n1.\n\nOn 12 July 2006 the hearings were held at Headquarters.\n\n2.\n\nParticipants stressed the importance of cooperation.\n",
         "Introduction", "On 12 July 2006 the hearings were held at Headquarters.", "Participants stressed the importance of cooperation."),
        ("fr", "I.\n\nIntroduction\n\n1.\n\nLe 12 juillet 2006, les auditions ont eu lieu au Siège.\n\n2.\n\nLes participants ont souligné l’importance de la coopération.\n",
         "Introduction", "Le 12 juillet 2006, les auditions ont eu lieu au Siège.", "Les participants ont souligné l’importance de la coopération."),
        ("es", "I.\n\nIntroducción\n\n1.\n\nEl día 12 de julio de 2006 se celebraron las audiencias en la Sede.\n\n2.\n\nLos participantes subrayaron la importancia de la cooperación.\n",
         "Introducción", "El día 12 de julio de 2006 se celebraron las audiencias en la Sede.", "Los participantes subrayaron la importancia de la cooperación."),
        ("ru", "I.\n\nВведение\n\n1.\n\nПредседатель Генеральной Ассамблеи имеет честь препроводить доклад.\n\n2.\n\nУчастники подчеркнули важность сотрудничества.\n",
         "Введение", "Председатель Генеральной Ассамблеи имеет честь препроводить доклад.", "Участники подчеркнули важность сотрудничества."),
        ("ar", "أولا -\n\nمقدمة\n\n1 -\n\nيتشرف رئيس الجمعية العامة بأن يحيل هذا التقرير.\n\n2 -\n\nوأكد المشاركون أهمية التعاون.\n",
         "مقدمة", "يتشرف رئيس الجمعية العامة بأن يحيل هذا التقرير.", "وأكد المشاركون أهمية التعاون."),
        ("zh", "一、\n\n导言\n\n1.\n\n大会主席谨转递本报告。\n\n2.\n\n与会者强调了合作的重要性。\n",
         "导言", "大会主席谨转递本报告。", "与会者强调了合作的重要性。"),
    ]

    @Test(arguments: constructedCleanTexts.indices)
    func constructedCleanTextNumberAloneAndBlankLineIsOneParagraph(_ index: Int) {
        let sample = Self.constructedCleanTexts[index]
        let (bytes, document) = ConstructedSegmentation.segment(sample.text, "constructed-label-alone-\(sample.language).txt")
        #expect(document.blocks.filter { $0.kind == .heading }.map(\.text) == [sample.heading])
        #expect(document.numberedParagraphs.map(\.number) == [1, 2])
        #expect(document.numberedParagraphs.map(\.text) == [sample.first, sample.second])
        #expect(document.blocks.count == 3)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedCleanTextSubparagraphLabelsAloneWithAndWithoutBlankLine() {
        let text = "1.\nLos participantes examinaron:\n\n(a)\n\nla migración internacional;\n\n(b)\nel desarrollo.\n"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-items-alone.txt")
        #expect(document.numberedParagraphs.map(\.text) == ["Los participantes examinaron:"])
        #expect(document.blocks.filter { $0.kind == .listItem }.map(\.label) == ["(a)", "(b)"])
        #expect(document.blocks.filter { $0.kind == .listItem }.map(\.text) == ["la migración internacional;", "el desarrollo."])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// Constructed goals whose target numbers stand alone, in three languages.
    static let constructedTargetsAlone: [(language: String, text: String, targets: [String])] = [
        ("en", "Goal 1. Ensure access to water\n1.1\nBy 2030, achieve universal access to safe drinking water\n1.a\nExpand international cooperation\n",
         ["By 2030, achieve universal access to safe drinking water", "Expand international cooperation"]),
        ("es", "Objetivo 1. Garantizar el acceso al agua\n1.1\n\nDe aquí a 2030, lograr el acceso universal al agua potable\n1.a\n\nAmpliar la cooperación internacional\n",
         ["De aquí a 2030, lograr el acceso universal al agua potable", "Ampliar la cooperación internacional"]),
        ("zh", "目标1. 确保人人获得水\n1.1\n到2030年，人人普遍获得安全的饮用水\n1.a\n扩大国际合作\n",
         ["到2030年，人人普遍获得安全的饮用水", "扩大国际合作"]),
    ]

    @Test(arguments: constructedTargetsAlone.indices)
    func constructedDecimalTargetNumberAloneIsOneTargetWithItsText(_ index: Int) {
        let sample = Self.constructedTargetsAlone[index]
        let (bytes, document) = ConstructedSegmentation.segment(sample.text, "constructed-targets-alone-\(sample.language).txt")
        let targets = document.blocks.filter { $0.labelPath == "1.1" || $0.labelPath == "1.a" }
        #expect(targets.map(\.labelPath) == ["1.1", "1.a"])
        #expect(targets.map(\.text) == sample.targets)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedListLabelAloneAfterALineEndingInAColonStartsAnItem() {
        // "a)" starts in lower case but is a label alone: it does not go on from the line above.
        for text in ["2. Cuestiones de organización:\na)\nElección del Presidente;\nb)\nAprobación del reglamento.\n",
                     "2. Organizational matters:\na)\nElection of the President;\nb)\nAdoption of the rules.\n"] {
            let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-item-label-alone.txt")
            #expect(document.numberedParagraphs.count == 1)
            #expect(document.blocks.filter { $0.kind == .listItem }.map(\.label) == ["a)", "b)"])
            #expect(LosslessCoverage.violations(bytes, document) == [])
        }
    }

    /// Constructed reports: a numbered sub-heading whose number stands alone stays a heading.
    @Test(arguments: [
        ("II. Financing\n\nA. Needs\n\n1. Needs are large.\n\n2. Needs grow.\n\n3. Costs rise.\n\n4. Gaps remain.\n\nB. Sources\n\n1.\nPublic financing\n\n5. Public expenditure reached $1.25 billion in 2023.\n",
         "Public financing"),
        ("II. Financement\n\nA. Besoins\n\n1. Les besoins sont grands.\n\n2. Ils augmentent.\n\n3. Les coûts montent.\n\n4. Des lacunes subsistent.\n\nB. Sources\n\n1.\n\nFinancement public\n\n5. Les dépenses publiques ont atteint 1,25 milliard de dollars.\n",
         "Financement public"),
        ("II. 筹资\n\nA. 需求\n\n1. 需求很大。\n\n2. 需求增长。\n\n3. 成本上升。\n\n4. 缺口仍然存在。\n\nB. 来源\n\n1.\n公共筹资\n\n5. 2023年公共支出达到12.5亿美元。\n",
         "公共筹资"),
    ])
    func constructedNumberedSubheadingNumberAloneStaysAHeading(_ text: String, _ title: String) {
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-subheading-number-alone.txt")
        #expect(document.blocks.filter { $0.kind == .heading }.map(\.labelPath) == ["II", "II.A", "II.B", "II.B.1"])
        #expect(document.blocks.first { $0.labelPath == "II.B.1" }?.text == title)
        #expect(document.numberedParagraphs.map(\.number) == [1, 2, 3, 4, 5])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedCleanTextLabelBeforeAnotherLabelStaysApart() {
        // "A." alone, then "1." with its text: the section label does not swallow the paragraph.
        let text = "A.\n\n1.\n\nEl día 12 de julio de 2006 se celebraron las audiencias.\n"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-label-before-label.txt")
        #expect(document.numberedParagraphs.map(\.text) == ["El día 12 de julio de 2006 se celebraron las audiencias."])
        #expect(document.blocks.count == 2)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test(arguments: [("23.", true), ("IV.", true), ("A.", true), ("(a)", true), ("b)", true), ("Б.", true), ("一、", true),
                      ("1 -", true), ("أولا -", true), ("(iv)", true),
                      ("2011.", false), ("-", false), ("*", false), ("Total", false), ("23", false), ("1. Text", false)])
    func constructedLabelOnlyLines(_ line: String, _ expected: Bool) {
        let bytes = Array(line.utf8)
        #expect(LabelOnlyLine.isLabelOnly(bytes, 0, bytes.count) == expected)
    }

    /// A constructed pdftotext-like text: a masthead, then numbers alone on their
    /// lines, a blank line, and the wrapped text; a page break inside paragraph 2.
    static func constructedPDFText(language: String, heading: String, lines first: [String], _ second: [String], _ third: [String]) -> String {
        let masthead = "United Nations\nA/61/187\n\nGeneral Assembly\n\nDistr.: General\n27 July 2006\n\n"
        // Each language's own labels: "أولا -" and "1 -" in Arabic, "一、" in Chinese.
        let section = language == "ar" ? "أولا -" : language == "zh" ? "一、" : "I."
        func number(_ value: Int) -> String { language == "ar" ? "\(value) -" : "\(value)." }
        return masthead + "\(section)\n\n\(heading)\n\n\(number(1))\n\n" + first.joined(separator: "\n") + "\n\n\(number(2))\n\n"
            + second.prefix(2).joined(separator: "\n") + "\n\n06-44927\n\u{0C}A/61/187\n\n"
            + second.dropFirst(2).joined(separator: "\n") + "\n\n\(number(3))\n\n" + third.joined(separator: "\n") + "\n\n2\n06-44927\n\u{0C}"
    }

    static let constructedPDFTexts: [(language: String, heading: String, first: [String], second: [String], third: [String])] = [
        ("es", "Introducción",
         ["El día 12 de julio de 2006 se celebraron en la Sede de las Naciones Unidas las audiencias",
          "interactivas oficiosas de la Asamblea General con representantes de la sociedad civil."],
         ["Los participantes subrayaron la importancia de la cooperación entre los países de origen",
          "y los países de destino de los migrantes, así como la necesidad de proteger sus derechos",
          "humanos en todas las etapas del proceso migratorio y en todos los países afectados."],
         ["La Presidenta agradeció a todos los participantes sus valiosas contribuciones al debate."]),
        ("fr", "Introduction",
         ["Le 12 juillet 2006, les auditions interactives officieuses de l’Assemblée générale ont eu",
          "lieu au Siège de l’Organisation des Nations Unies avec des représentants de la société civile."],
         ["Les participants ont souligné l’importance de la coopération entre les pays d’origine et",
          "les pays de destination des migrants, ainsi que la nécessité de protéger leurs droits de",
          "l’homme à toutes les étapes du processus migratoire et dans tous les pays concernés."],
         ["La Présidente a remercié tous les participants de leurs précieuses contributions au débat."]),
        ("en", "Introduction",
         ["On 12 July 2006, the informal interactive hearings of the General Assembly were held at",
          "United Nations Headquarters with representatives of non-governmental organizations."],
         ["Participants stressed the importance of cooperation between countries of origin and",
          "countries of destination of migrants, as well as the need to protect their human rights",
          "at every stage of the migration process and in every country concerned by it today."],
         ["The President thanked all participants for their valuable contributions to the debate."]),
        ("ru", "Введение",
         ["12 июля 2006 года в Центральных учреждениях Организации Объединенных Наций состоялись",
          "неофициальные интерактивные слушания Генеральной Ассамблеи с представителями общества."],
         ["Участники подчеркнули важность сотрудничества между странами происхождения и странами",
          "назначения мигрантов, а также необходимость защиты их прав человека на всех этапах",
          "процесса миграции и во всех затрагиваемых этим процессом странах без всякого исключения."],
         ["Председатель поблагодарила всех участников за их ценный вклад в проведенное обсуждение."]),
        ("ar", "مقدمة",
         ["عقدت في 12 تموز/يوليه 2006 في مقر الأمم المتحدة جلسات الاستماع التفاعلية غير الرسمية",
          "للجمعية العامة مع ممثلي المنظمات غير الحكومية ومنظمات المجتمع المدني والقطاع الخاص."],
         ["وأكد المشاركون أهمية التعاون بين بلدان المنشأ وبلدان المقصد للمهاجرين وضرورة حماية",
          "حقوق الإنسان الخاصة بهم في جميع مراحل عملية الهجرة وفي جميع البلدان المعنية بها",
          "دون أي استثناء ومع مراعاة الاحتياجات الخاصة للنساء والأطفال من المهاجرين وأسرهم."],
         ["وشكرت الرئيسة جميع المشاركين على إسهاماتهم القيمة في المناقشة التي جرت خلال الجلسة."]),
        ("zh", "导言",
         ["二〇〇六年七月十二日在联合国总部举行了大会与非政府组织民间社会组织和私营部门代表的",
          "非正式互动听询会，会议由大会主席主持，各方代表踊跃参加了讨论并提出了许多建议。"],
         ["与会者强调了移民原籍国和目的地国之间开展合作的重要性，以及在移民进程的各个阶段",
          "和在所有有关国家保护移民人权的必要性，并呼吁各国政府采取切实措施落实有关承诺，",
          "特别关注妇女和儿童移民及其家庭成员的特殊需要，确保他们能够获得基本服务和保护。"],
         ["主席感谢所有与会者对讨论作出的宝贵贡献，并表示将把听询会的摘要转交大会全体会议。"]),
    ]

    @Test(arguments: constructedPDFTexts.indices)
    func constructedPDFTextNumberAloneBlankLineThenText(_ index: Int) {
        let sample = Self.constructedPDFTexts[index]
        let text = Self.constructedPDFText(language: sample.language, heading: sample.heading, lines: sample.first, sample.second, sample.third)
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-pdf-number-alone-\(sample.language).txt")
        #expect(document.blocks.filter { $0.kind == .heading }.map(\.text) == [sample.heading])
        #expect(document.numberedParagraphs.map(\.number) == [1, 2, 3])
        let separator = sample.language == "zh" ? "" : " "  // Chinese lines join without a space
        #expect(document.numberedParagraphs.map(\.text) == [sample.first.joined(separator: separator),
                                                            sample.second.joined(separator: separator),
                                                            sample.third.joined(separator: separator)])
        #expect(!document.blocks.contains { $0.kind == .unnumberedParagraph })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }
}
