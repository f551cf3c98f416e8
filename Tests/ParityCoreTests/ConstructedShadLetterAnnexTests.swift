import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A letter in the Tibetan script whose sentences end with the shad `།` (a mark Unicode calls terminal punctuation but
/// no sentence's end): its body's first sentence is still told by its size, so the annex caption that repeats the
/// letter's dated title (`TitleRepeatCaption`) is found under the annex word, and the count under it is the annex's.
/// A constructed letter (the wording is an approximation written for this test).
@Suite struct ConstructedShadLetterAnnexTests {
    static let title = "སྤྱི་ལོ་ ༢༠༤༤ ཟླ་ ༥ ཚེས་ ༣ ཉིན་ རུ་རི་ཏ་ནི་ཡའི་ སྐུ་ཚབ་ ནས་ སྤྱི་ཁྱབ་ དྲུང་ཆེ་ ལ་ བཏང་བའི་ ཡི་གེ"

    static let constructedLetter = """
        United Nations\tA/99/515

        General Assembly\tDistr.: General
        \t9 May 2044
        \tOriginal: English

        Ninety-ninth session

        Agenda item 31

        \(title)

        ང་ཚོས་ ཆུ་འཁོར་ བཟོ་ལས་ སྐོར་གྱི་ སྙན་ཞུ་ འདི་ ཟུར་སྦྲགས་ ནང་ འབུལ་ རྒྱུ་ ཡིན་ པས་ དགོངས་ པ་ བཞེས་ རོགས་ ཞུ།

        ཡི་གེ་ འདི་ དང་ ཟུར་སྦྲགས་ སྤྱི་ཚོགས་ ཀྱི་ ཡིག་ཆ་ ཞིག་ ཏུ་ ཁྱབ་བསྒྲགས་ གནང་ རོགས་ ཞུ།

        ཟུར་སྦྲགས།

        \(title)

        ཆུ་འཁོར་ བཟོ་ལས་ སྐོར་གྱི་ སྙན་ཞུ

        ༡. རུ་རི་ཏ་ནི་ཡ་ ནང་ ཆུ་འཁོར་ བཟོ་གྲྭ་ ༣༤༠ ཡོད།

        ༢. སྤྱི་ལོ་ ༢༠༤༣ ལོར་ ཆུ་འཁོར་ ༡༢༠༠ བཟོས།

        ༣. གཞུང་ གིས་ སློབ་ཕྲུག་ ༩༠ ལ་ སློབ་སྦྱོང་ སྤྲད།
        """

    @Test func constructedAnnexUnderATitleRepeatedInAShadText() {
        let document = ConstructedSegmentation.segment(Self.constructedLetter, "constructed-shad-letter.bo.txt").document
        #expect(document.blocks.filter { $0.kind == .annex }.count == 1)
        #expect(document.numberedParagraphs.map(\.number) == [1, 2, 3])
        #expect(document.numberedParagraphs.map(\.id) == ["annex-p1", "annex-p2", "annex-p3"])
        let beforeAnnex = document.blocks.prefix { $0.kind != .annex }
        #expect(beforeAnnex.filter { $0.kind == .unnumberedParagraph }.map { String($0.text.unicodeScalars.prefix(6)) }
                == ["ང་ཚོས་", "ཡི་གེ་"])
    }
}
