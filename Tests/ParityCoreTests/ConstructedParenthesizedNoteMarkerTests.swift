import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A note marker `(n)` glued to a word or a figure (`oshadi(2).`,
/// `89/144(1)`) in a document whose notes are labelled `(1)`, `(2)`: a
/// citation, not a figure (``ParenthesizedNoteMarkers``). Constructed
/// passages (dev set `report-nailsmiths`: uz, fr).
@Suite struct ConstructedParenthesizedNoteMarkerTests {
    private func remaining(_ code: String, _ text: String, markers: Set<String>) -> [String] {
        let values = NumberExtractor(languageCode: code).extract(text)
        return ParenthesizedNoteMarkers.removingCitations(values, in: text, markers: markers).map(\.canonical)
    }

    @Test func constructedGluedMarkerOfADocumentNoteIsNoFigure() {
        #expect(remaining("uz", "mablag‘lari 2041-yilgacha 1,6 milliongacha oshadi(2).", markers: ["1", "2"]) == ["2041", "1600000"])
        #expect(remaining("uz", "Bosh Assambleyaning 89/144(1) rezolyutsiyasiga", markers: ["1", "2"]) == ["89/144"])
        #expect(remaining("ar", "في عام 2034(٢).", markers: ["2"]) == ["2034"])
    }

    @Test func constructedParenthesizedFiguresThatAreNoMarker() {
        // Set apart by a space, of a number no note has, or in a document without such notes: a figure.
        #expect(remaining("en", "under option (2) of the plan", markers: ["1", "2"]) == ["2"])
        #expect(remaining("en", "the plan's phase(3) ends", markers: ["1", "2"]) == ["3"])
        #expect(remaining("en", "the plan's phase(2) ends", markers: []) == ["2"])
    }

    @Test func constructedNoteLabelsInParentheses() {
        #expect(ParenthesizedNoteMarkers.number(inParentheses: Array("(12)".unicodeScalars)) == 12)
        #expect(ParenthesizedNoteMarkers.number(inParentheses: Array(" (٣) ".unicodeScalars)) == 3)
        #expect(ParenthesizedNoteMarkers.number(inParentheses: Array("(a)".unicodeScalars)) == nil)
        #expect(ParenthesizedNoteMarkers.number(inParentheses: Array("12".unicodeScalars)) == nil)
        let blocks = [Block(id: "fn-x1", kind: .footnote, label: "(1)", text: "Note."), Block(id: "fn-star", kind: .footnote, label: "*", text: "A/94/150."),
                      Block(id: "li-p5-b", kind: .listItem, label: "(2)", text: "Item.")]
        #expect(ParenthesizedNoteMarkers.markers(of: blocks) == ["1"])
    }
}
