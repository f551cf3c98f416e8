import Testing
import ParityTestSupport
@testable import ParityCore

/// A paragraph number or heading label alone on its line, followed (with or
/// without blank lines) by its text, is one block: in clean text and in
/// PDF-extracted text alike ("1." / "" / "El día 12 de julio …"). All
/// texts here are constructed.
@Suite struct LabelAloneOnItsLineTests {
    static func segment(_ text: String, _ name: String) -> (bytes: [UInt8], document: Document) {
        let decoded = DecodedText(text)
        return (decoded.utf8, PlainTextSegmenter().segment(decoded, sourceName: name))
    }

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
        let (bytes, document) = Self.segment(sample.text, "constructed-label-alone-\(sample.language).txt")
        #expect(document.blocks.filter { $0.kind == .heading }.map(\.text) == [sample.heading])
        #expect(document.numberedParagraphs.map(\.number) == [1, 2])
        #expect(document.numberedParagraphs.map(\.text) == [sample.first, sample.second])
        #expect(document.blocks.count == 3)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedCleanTextSubparagraphLabelsAloneWithAndWithoutBlankLine() {
        let text = "1.\nLos participantes examinaron:\n\n(a)\n\nla migración internacional;\n\n(b)\nel desarrollo.\n"
        let (bytes, document) = Self.segment(text, "constructed-items-alone.txt")
        #expect(document.numberedParagraphs.map(\.text) == ["Los participantes examinaron:"])
        #expect(document.blocks.filter { $0.kind == .listItem }.map(\.label) == ["(a)", "(b)"])
        #expect(document.blocks.filter { $0.kind == .listItem }.map(\.text) == ["la migración internacional;", "el desarrollo."])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedCleanTextLabelBeforeAnotherLabelStaysApart() {
        // "A." alone, then "1." with its text: the section label does not swallow the paragraph.
        let text = "A.\n\n1.\n\nEl día 12 de julio de 2006 se celebraron las audiencias.\n"
        let (bytes, document) = Self.segment(text, "constructed-label-before-label.txt")
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
    static func constructedPDFText(heading: String, lines first: [String], _ second: [String], _ third: [String]) -> String {
        let masthead = "United Nations\nA/61/187\n\nGeneral Assembly\n\nDistr.: General\n27 July 2006\n\n"
        return masthead + "I.\n\n\(heading)\n\n1.\n\n" + first.joined(separator: "\n") + "\n\n2.\n\n"
            + second.prefix(2).joined(separator: "\n") + "\n\n06-44927\n\u{0C}A/61/187\n\n"
            + second.dropFirst(2).joined(separator: "\n") + "\n\n3.\n\n" + third.joined(separator: "\n") + "\n\n2\n06-44927\n\u{0C}"
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
    ]

    @Test(arguments: constructedPDFTexts.indices)
    func constructedPDFTextNumberAloneBlankLineThenText(_ index: Int) {
        let sample = Self.constructedPDFTexts[index]
        let text = Self.constructedPDFText(heading: sample.heading, lines: sample.first, sample.second, sample.third)
        let (bytes, document) = Self.segment(text, "constructed-pdf-number-alone-\(sample.language).txt")
        #expect(document.blocks.filter { $0.kind == .heading }.map(\.text) == [sample.heading])
        #expect(document.numberedParagraphs.map(\.number) == [1, 2, 3])
        #expect(document.numberedParagraphs.map(\.text) == [sample.first.joined(separator: " "), sample.second.joined(separator: " "),
                                                            sample.third.joined(separator: " ")])
        #expect(!document.blocks.contains { $0.kind == .unnumberedParagraph })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }
}
