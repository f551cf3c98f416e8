import Testing
@testable import ParityCore

/// An annotated agenda whose item blocks are set apart by blank lines, each item's title on its label's line and its
/// annotation, a whole sentence far longer than the title, on the line under it: the titles run on into lines no
/// wrap at their width could have set, so the text shows no wrap, and each annotation is a paragraph of its own.
/// Constructed text (French wording made for the test).
@Suite struct ConstructedItemTitleOverAnnotationTests {
    static let agenda = """
        Nations Unies	E/C.40/2044/1/Add.1
        Conseil économique et social	Distr. générale
        	3 février 2044
        	Original : français

        Comité des métiers du bois
        Dixième session
        Genève, 4-8 mars 2044

        Ordre du jour provisoire annoté

        1.	Ouverture de la session
        La session sera ouverte le lundi 4 mars 2044 à 10 heures par le Président du Comité.

        2.	Adoption de l'ordre du jour
        Le Comité sera saisi de l'ordre du jour provisoire et d'un projet de calendrier des travaux.

        3.	Tonneliers et charrons
        Le Comité examinera un rapport qui recense 3 240 ateliers de tonnellerie dans 9 États.

        4.	Adoption du rapport
        Le Comité adoptera son rapport le vendredi 8 mars 2044.
        """

    @Test func anAnnotationLongerThanAnyWrapIsAParagraphOfItsOwn() {
        let document = PlainTextSegmenter().segment(DecodedText(Self.agenda), sourceName: "constructed-item-title.txt")
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.text) == [
            "Ouverture de la session", "Adoption de l'ordre du jour", "Tonneliers et charrons", "Adoption du rapport",
        ])
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.count == 4)
    }
}
