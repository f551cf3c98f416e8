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

    @Test func controlTestIsTheGeneralCategory() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(OutlineFormatter.isControl(scalar) == (scalar.properties.generalCategory == .control), "\(value)")
        }
    }

    @Test func constructedLongTextWithControlsIsCutAtTheLimit() {
        let formatter = OutlineFormatter()
        #expect(formatter.firstWords("a\tb\u{85}c") == "a b c")
        let long = "Line one\nline two " + String(repeating: "\u{7F}x ", count: 100)
        #expect(formatter.firstWords(long) == "Line one line two " + String(repeating: " x ", count: 13) + " x…")
        #expect(formatter.firstWords(String(repeating: "é", count: 61)) == String(repeating: "é", count: 60) + "…")
        #expect(formatter.firstWords(String(repeating: "é", count: 60)) == String(repeating: "é", count: 60))
    }

    @Test func markerIsNumberElseLabelElseDash() {
        let formatter = OutlineFormatter()
        #expect(formatter.marker(Block(id: "p3", kind: .paragraph, number: 3, label: "3.", text: "")) == "3")
        #expect(formatter.marker(Block(id: "h-IV", kind: .heading, label: "IV.", text: "")) == "IV.")
        #expect(formatter.marker(Block(id: "u1", kind: .unnumberedParagraph, text: "")) == "-")
    }
}
