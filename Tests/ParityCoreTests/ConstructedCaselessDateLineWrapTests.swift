import Testing
@testable import ParityCore

/// Hard-wrapped text in a script without capitals: a line that starts with a date and runs on
/// ("जनवरी 2026 से 240,000 से अधिक लोगों" / "के विस्थापन …") is a sentence that holds a date, not a
/// masthead date line, so the wrap joins the next line to it (`HardWrapContinuation.yearRunsIntoWords`).
/// Constructed texts.
@Suite struct ConstructedCaselessDateLineWrapTests {
    @Test(arguments: [("जनवरी 2026 से 240,000 से अधिक लोगों", true), ("2 नवंबर 2001 को पेरिस में अंगीकृत", true),
                      ("ஜனவரி 2026 முதல் 240,000-க்கும் அதிகமான மக்கள்", true), ("14 अप्रैल 2026", false), ("14 April 2026", false),
                      ("Thursday, 12 July 2006, at 10 a.m.", false), ("24 June 2024 (Original: English)", false),
                      ("14 ஏப்ரல் 2026", false), ("12 July 2006 Geneva", false)])
    func constructedYearRunningIntoWords(_ line: String, _ expected: Bool) {
        let bytes = Array(line.utf8)
        let textLine = LineScanner.lines(in: bytes).first!
        #expect(HardWrapContinuation.yearRunsIntoWords(bytes, textLine) == expected)
    }

    @Test func constructedHindiPreambleLineStartingWithADate() {
        let text = """
संयुक्त राष्ट्र
सुरक्षा परिषद
14 अप्रैल 2026

सुरक्षा परिषद,

निचले वेल्ड्रा क्षेत्र की स्थिति पर
अपने पिछले प्रस्तावों का स्मरण करते
हुए और क्षेत्र में शांति की आवश्यकता
पर बल देते हुए,

जनवरी 2026 से 240,000 से अधिक लोगों
के विस्थापन पर गंभीर चिंता व्यक्त
करते हुए,

1. माँग करती है कि सभी पक्ष
युद्धविराम समझौते का पूर्ण सम्मान
करें;
"""
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
        #expect(blocks.contains { $0.text == "जनवरी 2026 से 240,000 से अधिक लोगों के विस्थापन पर गंभीर चिंता व्यक्त करते हुए," })
        #expect(blocks.contains { $0.text == "14 अप्रैल 2026" })
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.number) == [1])
    }
}
