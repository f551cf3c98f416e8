import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A verbatim record read as extracted text (its masthead set apart by tabs) whose presiding officer's designation
/// stands alone on its line, in a word no table knows ("Convenor:", "Oo-Presidentu:"), three times over its speech: a
/// label the record repeats so opens a turn, even under a line as long as a wrapped one that ends a sentence (no
/// sentence ends on it twice). Constructed records (made-up meeting, speakers and figures).
@Suite struct ConstructedRecurringLabelLineTests {
    private static func record(_ label: String) -> String {
        """
        United Nations\tA/156/PV.52
        General Assembly\tOfficial Records
        Hundred and fifty-sixth session
        52nd plenary meeting
        Monday, 4 December 2101, 10 a.m.
        New York
        \(label)
        The Assembly will now consider agenda item 31. I give the floor to
        the representative of Ruritania.
        Mr. Novak (Ruritania):
        Our country has some 1,940 workshops that make runners for sleds, and
        in 2100 our Government spent 2.7 million dollars on their renewal.
        Ms. Petrova (Borduria) (spoke in French):
        Borduria welcomes the report and the measures taken since 4 March 2101
        by the cooperatives, which now count 23 per cent of all the workshops.
        \(label)
        I give the floor to the representative of Syldavia.
        Mr. Haddad (Syldavia):
        Syldavia will host a regional fair on 15 January 2102 and invites all
        delegations to take part in it.
        \(label)
        May I take it that the Assembly wishes to conclude its consideration?
        It was so decided.
        The meeting rose at 11.40 a.m.

        """
    }

    @Test(arguments: ["Convenor:", "Oo-Presidentu:"])
    func constructedRepeatedLabelOpensEveryTurn(label: String) {
        let text = Self.record(label)
        #expect(PDFExtractionDetector.looksExtracted(Array(text.utf8)))
        let (_, document) = ConstructedSegmentation.segment(text, "constructed-recurring-label.txt")
        let turns = document.blocks.filter { $0.kind == .speakerTurn }
        #expect(turns.count == 6)
        #expect(!document.blocks.contains { $0.kind != .speakerTurn && $0.text.contains(label) })
    }
}
