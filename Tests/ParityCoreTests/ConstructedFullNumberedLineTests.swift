import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Text printed as `pdftotext -layout` prints a short report: a numbered paragraph's first line that fills the width
/// and ends a sentence ("4.      The value … dollars.") goes on into the line under it at the same indent ("Most
/// workshops sell …"), though the text is too short to show a wrap by count: where most lines that run on into lower
/// case were broken by the wrap, a line as long as the width was broken by it too. The wide gap after the number may
/// set the line a few columns past the width. Constructed reports (made-up symbol, figures and workshops), in English
/// and French.
@Suite struct ConstructedFullNumberedLineTests {
    private static let english = """
                                                                                       A/158/190
     United Nations
                     General Assembly                                  Distr.: General
                                                                       21 July 2103
                                                                       Original: English

    One hundred and fifty-eighth session
    Rural development

                      Village pottery and livelihoods

                      Report of the Secretary-General

              I.     Introduction
              1.      The present report is submitted pursuant to General Assembly resolution
              156/214, in which the Assembly requested the Secretary-General to report to
              it at its one hundred and fifty-eighth session on village pottery.
              2.      The report draws on replies received from 23 Member States by 14 March
              2103 and on a survey of 2,940 workshops in rural areas of those States.
              II.    Production
              3.      The 2,940 workshops surveyed produced some 318,000 jugs in 2102, of
              which 41 per cent were glazed with local lead-free glazes. Women own
              62 per cent of the workshops.
              4.      The value of the pottery sold in 2102 is estimated at 4.9 million dollars.
              Most workshops sell at local markets; only 7 per cent export their products.
              5.      The centres in Ruritania and Borduria will extend their courses to two
              years from 1 September 2103, at a cost of 610,000 dollars.


     03-11460 (E)    040803
    """

    private static let french = """
                                                                                       A/158/190
     Nations Unies
                     Assemblée générale                                Distr. générale
                                                                       21 juillet 2103
                                                                       Français
                                                                       Original : anglais

    Cent cinquante-huitième session
    Développement rural

                      Poterie villageoise et moyens de subsistance

                      Rapport du Secrétaire général

              I.     Introduction
              1.      Le présent rapport est soumis en application de la résolution 156/214 de
              l’Assemblée générale, dans laquelle l’Assemblée a prié le Secrétaire général
              de lui faire rapport à sa cent cinquante-huitième session sur la poterie.
              2.      Le rapport s’appuie sur les réponses reçues de 23 États Membres au 14 mars
              2103 et sur une enquête menée auprès de 2 940 ateliers des zones rurales.
              II.    Production
              3.      Les 2 940 ateliers interrogés ont produit quelque 318 000 cruches en 2102,
              dont 41 % étaient émaillées avec des glaçures locales sans plomb. Les femmes
              possèdent 62 % des ateliers.
              4.      La valeur des poteries vendues en 2102 est estimée à 4,9 millions de dollars.
              La plupart des ateliers vendent sur les marchés locaux ; 7 % seulement exportent.
              5.      Les centres de Ruritanie et de Borduria porteront leurs cours à deux ans à
              compter du 1er septembre 2103, pour un coût de 610 000 dollars.


     03-11460 (F)    040803
    """

    @Test(arguments: [("en", "Most workshops"), ("fr", "La plupart des ateliers")])
    func constructedFullFirstLineGoesOn(language: String, tail: String) {
        let text = language == "en" ? Self.english : Self.french
        #expect(PDFExtractionDetector.looksExtracted(Array(text.utf8)))
        let (_, document) = ConstructedSegmentation.segment(text, "constructed-full-numbered-line-\(language).txt")
        let paragraphs = document.blocks.filter { $0.kind == .paragraph }
        #expect(paragraphs.compactMap(\.number) == [1, 2, 3, 4, 5])
        #expect(paragraphs.first { $0.number == 4 }?.text.contains(tail) == true)
        #expect(!document.blocks.contains { $0.kind == .unnumberedParagraph && $0.text.hasPrefix(tail) })
    }
}
