import Testing
import ParityTestSupport
@testable import ParityCore

/// A resolution's symbol carries its year ("S/RES/2904 (2026)", "A/RES/79/1 (2024)"): as the running
/// header of a later page it is page furniture like a bare symbol, never a heading or a line of the text
/// around it (`PageFurnitureRecognizer.isFurnitureText`). Two-page texts, constructed.
@Suite struct ConstructedResolutionSymbolHeaderTests {
    @Test(arguments: [("S/RES/2904 (2026)", true), ("A/RES/79/1 (2024)", true), ("S/RES/2904 (2026) 2/3", true),
                      ("S/RES/2904", true), ("S/RES/2904 (twenty)", false), ("S/RES/2904 (20261)", false),
                      ("(2026) adopted", false), ("Resolution 2904 (2026)", false)])
    func constructedSymbolLines(_ line: String, _ expected: Bool) {
        #expect(PageFurnitureRecognizer.isFurnitureText(line, pageNumber: 2, pageCount: 3) == expected)
    }

    static let constructedResolutions: [(masthead: String, preamble: String, first: String, second: String)] = [
        ("United Nations\nS/RES/2904 (2026)\nSecurity Council\nDistr.: General\n14 April 2026\n\nResolution 2904 (2026)",
         "The Security Council,\n\nRecalling its previous resolutions on the situation in the region,",
         "1. Demands that all parties fully respect the ceasefire agreement;",
         "2. Decides to remain actively seized of the matter."),
        ("Nations Unies\nS/RES/2904 (2026)\nConseil de sécurité\nDistr. générale\n14 avril 2026\n\nRésolution 2904 (2026)",
         "Le Conseil de sécurité,\n\nRappelant ses résolutions antérieures sur la situation dans la région,",
         "1. Exige de toutes les parties qu’elles respectent pleinement l’accord de cessez-le-feu;",
         "2. Décide de rester activement saisi de la question."),
        ("संयुक्त राष्ट्र\nS/RES/2904 (2026)\nसुरक्षा परिषद\n14 अप्रैल 2026\n\nसंकल्प 2904 (2026)",
         "सुरक्षा परिषद,\n\nक्षेत्र की स्थिति पर अपने पिछले संकल्पों को याद करते हुए,",
         "1. सभी पक्षों से युद्धविराम समझौते का पूर्ण सम्मान करने की मांग करती है;",
         "2. इस मामले पर सक्रिय रूप से विचार करते रहने का निर्णय करती है।"),
    ]

    @Test(arguments: constructedResolutions.indices)
    func constructedRunningSymbolWithYearOnPageTwo(_ index: Int) {
        let resolution = Self.constructedResolutions[index]
        let text = resolution.masthead + "\n\n" + resolution.preamble + "\n\n" + resolution.first
            + "\n\n\n26-13579 1/2\n\n*2613579*\n\u{0C}S/RES/2904 (2026)\n\n" + resolution.second + "\n\n\n2/2 26-13579\n"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-resolution-running-symbol.txt")
        #expect(document.blocks.filter { $0.kind == .pageFurniture }.map(\.text).contains("S/RES/2904 (2026)"))
        #expect(!document.blocks.contains { $0.kind == .heading || $0.kind == .unnumberedParagraph && $0.text.contains("S/RES/2904") })
        #expect(document.numberedParagraphs.map(\.number) == [1, 2])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }
}
