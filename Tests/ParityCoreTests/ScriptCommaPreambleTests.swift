import Testing
import ParityTestSupport
@testable import ParityCore

/// The commas Unicode files as sentence terminals (Myanmar `၊`, Javanese `꧈`, Balinese `᭞`) end a clause, never a
/// sentence: a Burmese resolution's opening `လုံခြုံရေးကောင်စီ၊` ("The Security Council,") opens its preamble and is no
/// title. The texts here are constructed.
@Suite struct ScriptCommaPreambleTests {
    @Test(arguments: ["\u{104A}", "\u{A9C8}", "\u{1B5E}", "፣", "،", ","])
    func scriptCommasEndClauses(_ mark: String) {
        let scalar = mark.unicodeScalars.first!
        #expect(ScalarClass.isClauseComma(scalar))
        #expect(ScalarClass.isComma(scalar))
        #expect(!ScalarClass.isSentenceEnd(scalar))
        #expect(!ScalarClass.isFullStop(scalar))
        #expect(!ScalarClass.isTerminalPunctuation(scalar))
    }

    /// The greater marks still end sentences: Myanmar `။`, Javanese `꧉`, Balinese `᭟`.
    @Test(arguments: ["\u{104B}", "\u{A9C9}", "\u{1B5F}"])
    func scriptFullStopsEndSentences(_ mark: String) {
        let scalar = mark.unicodeScalars.first!
        #expect(!ScalarClass.isClauseComma(scalar))
        #expect(ScalarClass.isSentenceEnd(scalar))
        #expect(ScalarClass.isFullStop(scalar))
    }

    /// dev/resolution-slingshots my: the opening is the first unnumbered block, four preambular clauses follow, then
    /// operative paragraphs 1-3; no title block ends with `၊`.
    @Test func burmeseSecurityCouncilResolution() throws {
        let document = try ConstructedSegmentation.devDocument("resolution-slingshots", "my")
        #expect(!document.blocks.contains { ($0.kind == .title || $0.kind == .metadata) && $0.text.hasSuffix("၊") })
        let unnumbered = document.blocks.filter { $0.kind == .unnumberedParagraph }
        #expect(unnumbered.map(\.text).first == "လုံခြုံရေးကောင်စီ၊")
        #expect(unnumbered.count == 5)
        #expect(unnumbered.allSatisfy { $0.text.hasSuffix("၊") })
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.number) == [1, 2, 3])
        let facts = OutlineFacts(document)
        #expect(facts.preamble == 4)
    }

    /// A constructed Burmese text: a title line, then the opening and two clauses each ending with `၊` (one with another
    /// `၊` inside) and a paragraph `၁။`.
    @Test func openingAfterTitle() {
        let text = """
        ဆုံးဖြတ်ချက် ၉၁၀ (၂၀၃၀) (ဖန်တီးထားသော စာသား)

        အထွေထွေညီလာခံ၊

        ၎င်း၏ ယခင်ဆုံးဖြတ်ချက်များကို ပြန်လည်သတိရလျက်၊

        ရူရီတေးနီးယား၊ ဆီးလ်ဒေးဗီးယားနှင့် ဘော်ဒူးရီးယားတို့၏ အစီရင်ခံစာများကို ကြိုဆိုလျက်၊

        ၁။ အတွင်းရေးမှူးချုပ်အား အစီရင်ခံရန် တောင်းဆိုသည်။
        """
        let document = ConstructedSegmentation.segment(text, "constructed-opening.my").document
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.map(\.text).first == "အထွေထွေညီလာခံ၊")
        #expect(OutlineFacts(document).preamble == 2)
    }
}
