import ParityCore
import Testing

/// Footnote markers as the versions write them (constructed forms).
@Suite struct FootnoteMarkerTests {
    @Test(arguments: ["¹", "1", "(1)", "[1]", " 1 ", "01", "١", "₁"])
    func constructedFormsOfMarkerOneAreEqual(_ marker: String) {
        #expect(FootnoteMarker.normalize(marker) == "1")
    }

    @Test func constructedMultiDigitAndSymbolMarkers() {
        #expect(FootnoteMarker.normalize("¹²") == "12")
        #expect(FootnoteMarker.normalize("*") == "*")
        #expect(FootnoteMarker.normalize("**") == "**")
        #expect(FootnoteMarker.normalize("†") == "†")
    }
}
