import Testing
import ParityTestSupport
@testable import ParityCore

/// Footnotes in PDF-extracted text stand at the page bottom, below the body
/// and the footnote rule, are cited on their page and follow the document's
/// numbering. A wrapped body line that starts with a figure, a year or an
/// amount, and a table's total row, are never footnotes. All texts here
/// are constructed.
@Suite struct PDFFootnoteSequenceTests {
    static let masthead = "United Nations\nS/2015/100\n\nSecurity Council\n\nDistr.: General\n1 April 2015\n\n"

    @Test func constructedWrappedLineStartingWithAFigureIsNoFootnote() {
        // Page 1 has footnote 1; on page 2 a wrapped line starts with "6 months" and another with "5 per cent".
        let text = Self.masthead
            + "1. The present report is submitted pursuant to resolution 2099 (2013) and covers the period\n"
            + "since my previous report, which described the situation on the ground in detail.1\n"
            + "__________________\n1 S/2014/258.\n\n15-05716 (E) 140415\n\u{0C}S/2015/100\n\n"
            + "2. During the period, 14 detainees, including 2 minors aged between\n"
            + "6 months and 17 years were released, and the authorities reported that some\n"
            + "5 per cent of the population had been displaced at least once during the year,\n"
            + "while 12 more detainees were held without charge.\n\n"
            + "15-05716 2/2\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-figure-line.txt")
        #expect(document.blocks.filter { $0.kind == .footnote }.map(\.label) == ["¹"])
        #expect(document.blocks.filter { $0.kind == .footnote }.map(\.text) == ["S/2014/258."])
        #expect(document.numberedParagraphs.map(\.number) == [1, 2])
        #expect(document.numberedParagraphs[1].text.contains("aged between 6 months and 17 years were released"))
        #expect(document.numberedParagraphs[1].text.contains("some 5 per cent of the population"))
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// A budget fascicle's pages as `pdftotext -layout` prints them, each note's number alone on its line and the
    /// text on the next, without a footnote rule (the case of hold-out 36's Russian fascicle, constructed anew).
    static func aloneMarkerPages(citing: Bool) -> String {
        let one = citing ? "1" : "", two = citing ? "2" : ""
        return """
                                                                 A/98/6 (Sect. 21)
            United Nations
                      General Assembly                 Distr.: General
                                                          2 April 2043

            Proposed programme budget for 2044*

              I.    Overall orientation
                21.1     The responsibility for the programme lies with the Commission, under the mandates
                         set out in resolution 97/212 of the General Assembly\(one).
                21.2     In 2043, the programme helped 64 countries, 40 per cent of them small island
                         States.




              * A/98/50.
              1
                  See also resolution 96/187.


            43-05521 (E)    100443
            \u{0C}A/98/6 (Sect. 21)

              II.   Resources
                21.3     The proposed resources amount to $3,418,600, a decrease of $112,400\(two).
                21.4     Extrabudgetary resources are estimated at $850,000.




              2
                  A/97/6 (Sect. 21), para. 21.9.

            2/2                                                                        43-05521
            \u{0C}
            """
    }

    @Test func constructedNoteNumberAloneOnItsLineAtAPageFootIsAFootnote() {
        let (bytes, document) = ConstructedSegmentation.segment(Self.aloneMarkerPages(citing: true), "constructed-alone-markers.txt")
        let notes = document.blocks.filter { $0.kind == .footnote }
        #expect(notes.map(\.label) == ["*", "¹", "²"])
        #expect(notes.map(\.text) == ["A/98/50.", "See also resolution 96/187.", "A/97/6 (Sect. 21), para. 21.9."])
        #expect(document.numberedParagraphs.map(\.label) == ["21.1", "21.2", "21.3", "21.4"])
        #expect(document.numberedParagraphs.map(\.footnoteRefs.count) == [1, 0, 1, 0])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedUncitedNumberAloneOnItsLineIsNoFootnote() {
        let (bytes, document) = ConstructedSegmentation.segment(Self.aloneMarkerPages(citing: false), "constructed-uncited-alone-numbers.txt")
        #expect(document.blocks.filter { $0.kind == .footnote }.map(\.label) == ["*"])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test(arguments: ["—", "-"])
    func constructedParagraphNumberBeforeADashAtAPageEndIsNoFootnote(_ dash: String) {
        // "1 — …" / "2 — …" (articles numbered as in Portuguese treaties) end page 1: paragraphs, not notes.
        let text = "Nações Unidas\nA/79/900\n\nAssembleia Geral\n\nDistr.: Geral\n1 de abril de 2025\n\n"
            + "Artigo 6.º\n1 \(dash) É criado, nos termos do artigo 2 e do artigo 4, um fundo comum com uma\ndotação inicial de 3,6 milhões de dólares.\n"
            + "2 \(dash) Nenhuma Parte contribui com mais de 25 % dos recursos do\nfundo.\n\n24-13579 1/2\n\u{0C}"
            + "A/79/900\n\nArtigo 7.º\n1 \(dash) A Reunião das Partes adota o seu regulamento interno.\n\n24-13579 2/2\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-dash-numbers.txt")
        #expect(document.blocks.filter { $0.kind == .footnote }.isEmpty)
        // The segmenter numbers "1 — " paragraphs ("1 - " is a label in Arabic text only).
        if dash == "—" { #expect(document.numberedParagraphs.map(\.number) == [1, 2, 1]) }
        #expect(document.blocks.contains { $0.text.hasPrefix("Nenhuma Parte contribui") || $0.text.contains("- Nenhuma Parte contribui") })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedNotesMarkedWithBracketedNumbersBelowTheRuleAreFootnotes() {
        // Arabic marks its notes "(1)", cited glued to the word ("المياه(1)."); below the rule they are notes, not items.
        let text = "الأمم المتحدة\nA/80/900\n\nالجمعية العامة\n\nDistr.: General\n1 April 2025\n\nالتعاون في مجال المياه*\n\n"
            + "1 - يتناول هذا التقرير التعاون الإقليمي في مجال المياه(1).\n\n"
            + "2 - وقدمت 20 دولة ردودا على الاستبيان(2).\n\n"
            + "__________________\n\n* أعيد إصداره لأسباب فنية.\n\n(1) انظر القرار 78/200.\n\n(2) انظر المرفق الأول.\n\n"
            + "25-01234 1/1\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-bracketed-notes.txt")
        let notes = document.blocks.filter { $0.kind == .footnote }
        #expect(notes.map(\.label) == ["*", "(1)", "(2)"])
        #expect(notes.map(\.text) == ["أعيد إصداره لأسباب فنية.", "انظر القرار 78/200.", "انظر المرفق الأول."])
        #expect(document.numberedParagraphs.map(\.number) == [1, 2])
        #expect(document.numberedParagraphs.map(\.footnoteRefs.count) == [1, 1])
        #expect(!document.blocks.contains { $0.kind == .listItem })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedRuleEndingAPageStandsOverTheNotesAtTheTopOfTheNext() {
        // The rule is the last line of page 1 (the footer below it); the notes "(1)", "(2)" open page 2.
        let text = "الأمم المتحدة\nA/80/902\n\nالجمعية العامة\n\nDistr.: General\n2 April 2025\n\n"
            + "1 - يعرض هذا التقرير حالة الأراضي الرطبة(1).\n\n2 - وتشمل البيانات 40 موقعا(2).\n\n__________________\n\n"
            + "25-01236 1/2\n\u{0C}A/80/902\n\n(1) انظر القرار 79/10.\n\n(2) وفقا للجرد الوطني.\n\n"
            + "3 - ويقدم التقرير توصيات.\n\n25-01236 2/2\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-rule-ends-page.txt")
        let notes = document.blocks.filter { $0.kind == .footnote }
        #expect(notes.map(\.label) == ["(1)", "(2)"])
        #expect(document.numberedParagraphs.map(\.number) == [1, 2, 3])
        #expect(!document.blocks.contains { $0.kind == .listItem })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedNotesBelowARuleWhoseCallsStandOnAnEarlierPageAreFootnotesEachOnItsLine() {
        // The notes, one a line, below the rule on page 3; their calls ("*", "¹", "²") stand on page 1.
        let text = "Naciones Unidas\nA/80/901\n\nAsamblea General\n\nDistr. general\n1 de abril de 2025\n\n"
            + "Cooperación regional en materia de agua*\n\n"
            + "1. El presente informe se presenta en cumplimiento de la resolución 78/200¹.\n\n"
            + "2. Respondieron al cuestionario 20 Estados².\n\n25-01235 1/3\n\u{0C}A/80/901\n\n"
            + "3. Los Estados describieron sus planes nacionales de gestión del agua.\n\n25-01235 2/3\n\u{0C}A/80/901\n\n"
            + "4. El Secretario General presentará otro informe en 2027.\n\n"
            + "__________________\n\n* Publicado nuevamente por razones técnicas.\n¹ Véase el párrafo 4 de la resolución.\n"
            + "² Datos recibidos hasta el 31 de marzo de 2025.\n\n25-01235 3/3\n\u{0C}"
        // As the geometry reading gives it: blank lines mark the paragraphs (the notes' lines have none between them).
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-notes-after-calls.txt", paragraphsMarkedByGeometry: true)
        let notes = document.blocks.filter { $0.kind == .footnote }
        #expect(notes.map(\.label) == ["*", "¹", "²"])
        #expect(notes.map(\.text) == ["Publicado nuevamente por razones técnicas.", "Véase el párrafo 4 de la resolución.",
                                      "Datos recibidos hasta el 31 de marzo de 2025."])
        #expect(document.numberedParagraphs.map(\.number) == [1, 2, 3, 4])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test(arguments: [false, true])
    func constructedTableNotesLetteredInTurnAreFootnotes(_ markerAlone: Bool) {
        // A table, then its notes a, b, c: the marker before its text (reading order) or alone on its line (-layout).
        func note(_ letter: String, _ text: String) -> String { markerAlone ? "\(letter)\n\(text)\n" : "\(letter) \(text)\n" }
        let text = Self.masthead + "Annexe\n\nPays\tObservateurs militairesa\tContingentsa\tPolice civileb\tTotal\n"
            + "Argentine\t3\t0\t0\t3\nGhana\t10\t7\t0\t17\nTotal\t13\t7\t0\t20c\n\n"
            + note("a", "Effectif autorisé : 231, y compris le commandant de la force.")
            + note("b", "Effectif autorisé : 6.")
            + note("c", "Effectif réel sur le terrain, y compris le commandant de la force.")
            + "\n12-27711 24/25\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-table-notes.txt")
        let notes = document.blocks.filter { $0.kind == .footnote }
        #expect(notes.map(\.label) == ["ᵃ", "ᵇ", "ᶜ"])
        #expect(notes.map(\.text) == ["Effectif autorisé : 231, y compris le commandant de la force.", "Effectif autorisé : 6.",
                                     "Effectif réel sur le terrain, y compris le commandant de la force."])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedLineOpeningWithALetterAloneIsNoTableNote() {
        // One line starting "a Naciones …" (a Spanish preposition), no "b" after it: body text.
        let text = Self.masthead + "1. El Consejo decidió transmitir el informe del Secretario General sobre la situación\n"
            + "a Naciones Unidas Hábitat y a los demás organismos interesados.\n\n12-27711 1/1\n\u{0C}"
        let (_, document) = ConstructedSegmentation.segment(text, "constructed-letter-a-line.txt")
        #expect(document.blocks.filter { $0.kind == .footnote }.isEmpty)
        #expect(document.numberedParagraphs.first?.text.hasSuffix("a Naciones Unidas Hábitat y a los demás organismos interesados.") == true)
    }

    @Test func constructedOutOfSequenceNumberIsNoFootnote() {
        // "56" glued to a word ("56th plenary meeting") and a total "235c" are out of the numbering (next is 1).
        let text = Self.masthead
            + "1. Requests the Secretary-General to transmit to the Director General of the Agency the\n"
            + "records of the seventieth session relating to the activities of the Agency.\n\n"
            + "Total\n203\n27\n5\n235c\n\n"
            + "56th plenary meeting\n17 November 2015\n\n15-05716 (E) 140415\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-out-of-sequence.txt")
        #expect(document.blocks.filter { $0.kind == .footnote }.isEmpty)
        #expect(document.blocks.contains { $0.text.hasPrefix("56th plenary meeting") })
        #expect(document.blocks.contains { $0.text.contains("235c") })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedFootnotesCountUpThroughTheDocument() {
        // Footnotes 1 and 2 on page 1, 3 on page 2: numbered footnotes continue across pages.
        let text = Self.masthead
            + "1. The Council extended the mandate of the Mission,1 and requested a report on the situation\n"
            + "before the end of the mandate period, as set out in its most recent resolution.2\n"
            + "__________________\n1 See resolution 2099 (2013).\n2 S/2014/258, para. 4.\n\n15-05716 (E) 140415\n\u{0C}S/2015/100\n\n"
            + "2. The parties met for a seventh round of informal talks in June,3 and discussed\n"
            + "the proposals of the Personal Envoy, which were set out in detail in the annex.\n"
            + "__________________\n3 See S/2011/249, annex.\n\n15-05716 2/2\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-sequence.txt")
        let footnotes = document.blocks.filter { $0.kind == .footnote }
        #expect(footnotes.map(\.label) == ["¹", "²", "³"])
        #expect(footnotes.map(\.text) == ["See resolution 2099 (2013).", "S/2014/258, para. 4.", "See S/2011/249, annex."])
        #expect(footnotes.allSatisfy { $0.citedBy.count == 1 })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// Reading order below a footnote rule: the marker alone on its line, the
    /// job number, then the footnote text ("1" / "" / "25-05237 (E)" / "" / "For …").
    static let constructedRuleFootnotes: [(language: String, body: String, note: String)] = [
        ("en", "The report covers the period from 1 November 2024 to 14 April 2025. 1", "For previous reports, see S/2018/451 and S/2019/380."),
        ("fr", "Le rapport couvre la période du 1er novembre 2024 au 14 avril 2025. 1", "Pour les rapports précédents, voir S/2018/451 et S/2019/380."),
        ("es", "El informe abarca el período comprendido entre noviembre de 2024 y abril de 2025. 1", "Véanse los informes anteriores S/2018/451 y S/2019/380."),
    ]

    @Test(arguments: constructedRuleFootnotes.indices)
    func constructedMarkerAloneBelowTheRule(_ index: Int) {
        let sample = Self.constructedRuleFootnotes[index]
        let filler = String(repeating: "Lorem ipsum dolor sit amet, consectetur adipiscing elit sed do eiusmod. ", count: 1)
        let text = Self.masthead + "1.\n" + filler + "\n" + sample.body + "\n2.\n" + filler + "\n"
            + "__________________\n1\n\n25-05237 (E)\n\n" + sample.note + "\n\n300425\n\n*2505237*\n\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-rule-footnote-\(sample.language).txt")
        let footnotes = document.blocks.filter { $0.kind == .footnote }
        #expect(footnotes.map(\.label) == ["¹"])
        #expect(footnotes.map(\.text) == [sample.note])
        #expect(footnotes.first?.citedBy == ["p1"])
        #expect(document.blocks.filter { $0.kind == .pageFurniture }.map(\.text)
                == ["__________________", "25-05237 (E)", "300425", "*2505237*"])
        #expect(document.numberedParagraphs.map(\.number) == [1, 2])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }
}
