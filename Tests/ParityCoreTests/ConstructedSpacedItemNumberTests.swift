import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// An annotated agenda whose items are numbered without a mark, one space before a short title (`1 Opening of the
/// session`), each item set apart by a blank line over an annotation of its own: the count 1, 2, 3 … of short lines
/// is no page's footnotes, since every member stands after a blank line over long text. Short numbered lines with
/// nothing long between them stay notes. Constructed agendas (made-up council and symbols) in English and French.
@Suite struct ConstructedSpacedItemNumberTests {
    private static func agenda(_ items: [(String, String)]) -> String {
        var text = """
        United Nations\tICSV/2106/1
        International Council of Silversmiths\tDistr.: General
        Twelfth session\t2 July 2106

        Annotated provisional agenda

        """
        for (number, item) in items.enumerated() {
            text += "\n\(number + 1) \(item.0)\n\(item.1)\n"
        }
        return text
    }

    private static let english = [
        ("Opening of the session", "The session will be opened by the President of the Council at 10 a.m. on Monday, 14 September 2106, in the main hall."),
        ("Adoption of the agenda", "The Council will adopt its agenda (ICSV/2106/1) and agree on the organization of its work for the session."),
        ("Programme of work for 2107-2108", "The Council will consider its programme of work (ICSV/2106/3), which includes the training of 60 young silversmiths."),
        ("Adoption of the report", "The Council will adopt the report on its twelfth session on 18 September 2106, before the closing of the session."),
    ]

    private static let french = [
        ("Ouverture de la session", "La session sera ouverte par le Président du Conseil à 10 heures le lundi 14 septembre 2106, dans la grande salle."),
        ("Adoption de l’ordre du jour", "Le Conseil adoptera son ordre du jour (ICSV/2106/1) et conviendra de l’organisation de ses travaux pendant la session."),
        ("Programme de travail pour 2107-2108", "Le Conseil examinera son programme de travail (ICSV/2106/3), qui prévoit la formation de 60 jeunes orfèvres."),
        ("Adoption du rapport", "Le Conseil adoptera le rapport sur sa douzième session le 18 septembre 2106, avant la clôture de la session."),
    ]

    @Test(arguments: ["en", "fr"])
    func constructedSpacedItemNumbersOverAnnotationsAreParagraphs(language: String) {
        let items = language == "en" ? Self.english : Self.french
        let (_, document) = ConstructedSegmentation.segment(Self.agenda(items), "constructed-spaced-items-\(language).txt")
        let paragraphs = document.blocks.filter { $0.kind == .paragraph }
        #expect(paragraphs.compactMap(\.number) == [1, 2, 3, 4])
        #expect(paragraphs.map(\.text) == items.map(\.0))
    }

    /// Short numbered lines after blank lines with no long text between them (notes set one a line) make no count.
    @Test func constructedShortSpacedLinesWithoutTextBetweenAreNoCount() {
        let bytes = Array("""
        The survey covered every workshop of the region in the year under review.

        1 See ICSV/2106/3.

        2 Ibid., para. 4.

        3 See ICSV/2105/7.

        """.utf8)
        #expect(SpacedNumberCounts.find(bytes, LineScanner.lines(in: bytes)).isEmpty)
    }
}
