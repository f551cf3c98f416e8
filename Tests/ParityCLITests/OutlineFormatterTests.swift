import ParityCore
import Testing
@testable import parity

@Suite struct OutlineFormatterTests {
    @Test func constructedTextIsNotCutBetweenALetterAndItsAccent() {
        let text = String(repeating: "a", count: 59) + "e\u{301}xyz"
        #expect(OutlineFormatter().firstWords(text) == String(repeating: "a", count: 59) + "…")
    }

    @Test func constructedShortTextIsKeptWhole() {
        #expect(OutlineFormatter().firstWords("Article 1") == "Article 1")
        #expect(OutlineFormatter().firstWords(String(repeating: "b", count: 60)) == String(repeating: "b", count: 60))
    }

    @Test func markerIsNumberElseLabelElseDash() {
        let formatter = OutlineFormatter()
        #expect(formatter.marker(Block(id: "p3", kind: .paragraph, number: 3, label: "3.", text: "")) == "3")
        #expect(formatter.marker(Block(id: "h-IV", kind: .heading, label: "IV.", text: "")) == "IV.")
        #expect(formatter.marker(Block(id: "u1", kind: .unnumberedParagraph, text: "")) == "-")
    }
}
