import Testing
@testable import ParityCore

/// The notes below a footnote rule end at an annex's caption the tables know once the last note has ended its
/// sentence (`PDFFootnoteFinder.footnotesBelowRule`), however many lines the annex sets before its count starts
/// again (a title and a list of names, then a second annex). Constructed French report (fictional bodies and
/// figures), no blank lines, a tab after every label and note marker.
@Suite struct ConstructedFootnotesBeforeAnnexCaptionTests {
    private let report = """
        Rapport du Secrétaire général
        I.	Introduction
        1.	Le présent rapport est présenté en application de la résolution
        2031/7 du Conseil économique et social¹.
        2.	Le Secrétariat a reçu des informations de 14 États Membres.
        3.	Selon les informations reçues, il existe 1 250 ateliers de
        tissage, dont 48 % sont des ateliers familiaux.
        4.	En 2032, les ventes de tapis ont atteint
        8,5 millions de dollars².
        __________________
        ¹	Résolution 2031/7 du 20 juillet 2031.
        ²	Données fournies par l'Office de statistique de la Ruritanie.
        Annexe I
        Organisations de tisserands ayant fourni des informations
        Fédération des tisserands de Ruritanie
        Association des teinturiers de Syldavie
        Coopérative des métiers à tisser de Borduria
        Réseau des ateliers de Freedonia
        École de tissage de Klow
        Annexe II
        Informations complémentaires sur l'apprentissage
        1.	En 2032, la formation a été achevée par
        210 apprentis.
        2.	La durée moyenne de la formation est de 16 mois.
        """

    @Test func constructedAnnexCaptionEndsTheNotesAboveIt() throws {
        let document = PlainTextSegmenter().segment(DecodedText(report), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .annex }.map(\.id) == ["annex-I", "annex-II"])
        let notes = document.blocks.filter { $0.kind == .footnote }
        #expect(notes.map(\.text) == ["Résolution 2031/7 du 20 juillet 2031.", "Données fournies par l'Office de statistique de la Ruritanie."])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p1", "p2", "p3", "p4", "annex-II-p1", "annex-II-p2"])
        // No text is lost: the list's names are in the annex's blocks.
        let annexText = document.blocks.filter { $0.kind == .unnumberedParagraph }.map(\.text).joined(separator: " ")
        for name in ["Fédération des tisserands", "Association des teinturiers", "École de tissage de Klow"] {
            #expect(annexText.contains(name), "\(name)")
        }
    }
}
