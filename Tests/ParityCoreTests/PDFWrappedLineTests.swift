import Testing
import ParityTestSupport
@testable import ParityCore

/// Wrapped lines of PDF-extracted text that look like the start of
/// something else go on with their paragraph: a name's initial ("M. Jean"),
/// a year in parentheses ("(2011) of"), a line after a bare word
/// ("… comprising" / "GC(59)/RES/16 A on …"). All texts here are constructed.
@Suite struct PDFWrappedLineTests {
    static let masthead = "United Nations\nS/1996/112\n\nSecurity Council\n\nDistr.: General\n14 February 1996\n\n"
    static let end = "\n\n96-03387 (E)    140296\n\u{0C}"

    static let constructedInitials: [(language: String, lines: [String])] = [
        ("en", ["7. However, the security situation deteriorated abruptly in the wake of the",
                "attack on 7 November 1995 against two deputies, one of whom -",
                "M. Jean Hubert Feuillé - was killed and the other seriously injured. Violent",
                "demonstrations erupted in Les Cayes, to which the two deputies belonged."]),
        ("fr", ["7. Toutefois, la situation en matière de sécurité s’est brusquement dégradée",
                "après l’attentat du 7 novembre 1995 contre deux députés, dont l’un -",
                "M. Jean Hubert Feuillé - a été tué et l’autre grièvement blessé. De violentes",
                "manifestations ont éclaté aux Cayes, d’où étaient originaires les deux députés."]),
    ]

    @Test(arguments: constructedInitials.indices)
    func constructedInitialInsideASentenceIsNoSectionLabel(_ index: Int) {
        let sample = Self.constructedInitials[index]
        let text = Self.masthead + sample.lines.joined(separator: "\n") + "\n8. " + sample.lines[3] + Self.end
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-initial-\(sample.language).txt")
        #expect(document.numberedParagraphs.map(\.number) == [7, 8])
        #expect(document.numberedParagraphs[0].text.contains("- M. Jean Hubert Feuillé -"))
        #expect(!document.blocks.contains { $0.kind == .heading })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedSectionLetterAfterASentenceStillStartsASection() {
        let text = Self.masthead + "III. ACTIVITIES OF THE MISSION\n"
            + "A. Tasks undertaken by the Mission\n"
            + "9. The Mission continued to carry out the tasks entrusted to it by the Council in full.\n"
            + "B. Drawdown of the Mission\n"
            + "10. The drawdown of the Mission began on schedule in the period under review." + Self.end
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-section-letters.txt")
        #expect(document.blocks.filter { $0.kind == .heading }.map(\.label) == ["III.", "A.", "B."])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedLineAfterABareWordGoesOn() {
        // "comprising" ends a short line (the next symbol did not fit), and the next line is full.
        let text = Self.masthead
            + "2. Takes note of resolutions GC(59)/RES/9 on measures to strengthen international cooperation\n"
            + "in nuclear, radiation, transport and waste safety; GC(59)/RES/10 on nuclear security; and\n"
            + "GC(59)/RES/16 on personnel matters, comprising\n"
            + "GC(59)/RES/16 A on the staffing of the Agency’s secretariat and GC(59)/RES/16 B on women\n"
            + "in the secretariat;\n"
            + "3. Requests the Secretary-General to transmit to the Director General the records." + Self.end
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-bare-word.txt")
        #expect(document.numberedParagraphs.map(\.number) == [2, 3])
        #expect(document.numberedParagraphs[0].text.contains("comprising GC(59)/RES/16 A on the staffing"))
        #expect(!document.blocks.contains { $0.kind == .unnumberedParagraph })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }
    @Test func constructedShortLineAtAPageEndEndsItsParagraph() {
        // A wrapped title ends on the last line of page 1 without punctuation; page 2 opens with a full line:
        // the title ended there (a wrapped line at a page's end would be full).
        let text = "Naciones Unidas\nS/2024/812\n\nConsejo de Seguridad\n\nDistr. general\n6 de noviembre de 2024\n\n"
            + "Tengo el honor de transmitirle adjunta una declaración publicada el 2 de noviembre de 2024 por\n"
            + "el Ministerio de Relaciones Exteriores de Syldavia sobre el acuerdo regional del agua.\n\n"
            + "Anexo de la carta de fecha 4 de noviembre de 2024 dirigida al Secretario General por el\n"
            + "Representante Permanente de Syldavia ante las Naciones Unidas\n\n24-13579 1/2\n\u{0C}S/2024/812\n\n"
            + "Declaración del Ministerio de Relaciones Exteriores de Syldavia sobre el acuerdo del agua\n"
            + "El Ministerio celebra la entrada en vigor, el 1 de noviembre de 2024, del acuerdo regional.\n\n"
            + "24-13579 2/2\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-page-end-title.txt")
        #expect(document.blocks.contains { $0.text.hasSuffix("ante las Naciones Unidas") })
        #expect(document.blocks.contains { $0.text.hasPrefix("Declaración del Ministerio") })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedContentsEntryWithLeaderAndPageEndsItsParagraph() {
        // Reading order gives the contents without blank lines: an entry with its leader and page is whole.
        let leader = String(repeating: ".", count: 60)
        let text = "Naciones Unidas\nA/79/330\n\nAsamblea General\n\nDistr. general\n26 de agosto de 2024\n\n"
            + "Índice\n\nPágina\n\n"
            + "I. Introducción \(leader) 3\nII. Recomendaciones \(leader) 5\nAnexo\n\nFuentes de datos \(leader) 6\n"
            + "I. Introducción\n\n1. El presente informe se presenta en cumplimiento de la resolución 77/176.\n\n"
            + "II. Recomendaciones\n\n2. Se alienta a los Estados Miembros a reducir el costo de las remesas.\n\n24-13579 1/1\n\u{0C}"
        // As the geometry reading writes it: blank lines mark the paragraph ends it saw.
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-contents-leaders.txt", paragraphsMarkedByGeometry: true)
        #expect(!document.blocks.contains { $0.text.contains("5 Anexo") || $0.text.contains("6 I.") })
        #expect(document.blocks.filter { $0.kind == .heading }.map(\.label) == ["I.", "II."])
        #expect(document.numberedParagraphs.map(\.number) == [1, 2])
        #expect(LosslessCoverage.violations(bytes, document) == [])

        // A verbatim record's chair line, its leader and country: the next line is a paragraph of its own.
        let record = "Nations Unies\nA/79/PV.23\n\nAssemblée générale\n\nSoixante-dix-neuvième session\n\n"
            + "Président : M. Ortega Lind \(leader) (Bordurie)\nLa séance est ouverte à 10 heures.\n\n"
            + "Point 27 de l’ordre du jour\n\n24-13579 1/1\n\u{0C}"
        let (_, meeting) = ConstructedSegmentation.segment(record, "constructed-chair-leader.txt", paragraphsMarkedByGeometry: true)
        #expect(meeting.blocks.contains { $0.text == "La séance est ouverte à 10 heures." })
    }

    /// Constructed goals as PDF text: a full-width goal heading, then its wrapped targets.
    static let constructedTargets: [(language: String, lines: [String], targets: [String])] = [
        ("en", ["Goal 1. Ensure universal and equitable access to safe and affordable water",
                "1.1 By 2030, achieve universal and equitable access to safe drinking water",
                "for all",
                "1.2 By 2030, reduce by half the proportion of people without basic water",
                "services",
                "1.a Expand international cooperation and capacity-building support"],
         ["1.1", "1.2", "1.a"]),
        ("es", ["Objetivo 1. Garantizar el acceso universal y equitativo al agua potable",
                "1.1 De aquí a 2030, lograr el acceso universal y equitativo al agua",
                "potable a un precio asequible para todos",
                "1.2 De aquí a 2030, reducir a la mitad la proporción de personas sin",
                "servicios básicos de agua",
                "1.a Ampliar la cooperación internacional y el apoyo a la creación de capacidad"],
         ["1.1", "1.2", "1.a"]),
        // The line before each next target is full and stops mid-sentence.
        ("fr", ["Objectif 1. Garantir l’accès universel et équitable à l’eau potable et salubre",
                "1.1 D’ici à 2030, assurer l’accès universel et équitable à l’eau potable, à un",
                "coût abordable pour tous les habitants des zones rurales et urbaines du pays",
                "1.2 D’ici à 2030, réduire de moitié la proportion de la population qui n’a",
                "pas accès aux services de base en eau dans les zones rurales de la région",
                "1.a Développer la coopération internationale et l’appui au renforcement des capacités"],
         ["1.1", "1.2", "1.a"]),
    ]

    @Test(arguments: constructedTargets.indices)
    func constructedTargetsUnderAFullWidthGoalHeadingAreUnitsOfTheirOwn(_ index: Int) {
        let sample = Self.constructedTargets[index]
        let text = Self.masthead + sample.lines.joined(separator: "\n") + Self.end + "S/1996/112\n\nThe end of the text.\n"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-pdf-targets-\(sample.language).txt")
        #expect(PDFExtractionDetector.looksExtracted(bytes))
        #expect(document.blocks.filter { $0.kind == .paragraph }.compactMap(\.labelPath) == sample.targets)
        // The goal line stays a block of its own, without the first target.
        #expect(document.blocks.contains { $0.text.hasSuffix(String(sample.lines[0].suffix(20))) })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedFigureAfterALineThatStopsMidSentenceGoesOn() {
        // "1.5 million" continues no decimal sequence (and starts in lower case): it goes on.
        let text = Self.masthead + "3. The number of refugees in the region rose in the last year to more than\n1.5 million people, most of them women and children." + Self.end + "S/1996/112\n\nThe end.\n"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-pdf-figure.txt")
        #expect(document.numberedParagraphs.map(\.text) == ["The number of refugees in the region rose in the last year to more than 1.5 million people, most of them women and children."])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }
}
