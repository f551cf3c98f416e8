import ParityTestSupport
import Testing
@testable import ParityCore

/// Caption words written with an apostrophe or an ASCII tone letter inside or at their end, as Latin orthographies
/// of tone languages and glottal stops write them (the Lahu tones `^` `_`, a glottal `'`): `Taw^ 3: …`, `HK'A_ II`
/// are an article's and a chapter's captions, known by their sequence as any other word is. A made-up treaty in a
/// made-up orthography of that kind (constructed, no real language's words).
@Suite struct ConstructedToneLetterCaptionTests {
    private func caption(_ text: String) -> String? {
        NumberedCaption.match(Array(text.unicodeScalars)).map { "\($0.key) \($0.number) \($0.hasRest)" }
    }

    @Test func aCaptionWordWithAToneLetterOrAnApostropheIsOneWord() {
        #expect(caption("Ka^ 3: Mo'lo Pa") == "ka^ 3 true")
        #expect(caption("TSE'E_ II") == "tse'e_ 2 false")
        #expect(caption("Ma`a 4 – Hlo") == "ma`a 4 true")
        // The mark alone, or a word after it in lower case, is no caption word.
        #expect(caption("^ 3: Mo'lo") == nil)
        #expect(caption("Ka^ mo'lo 3 pa^ hta") == nil)
    }

    @Test func aTreatyWhoseArticleAndChapterWordsCarryToneLetters() {
        let text = """
        Mo'lo^ ta^ ve hpa_ ka,

        Pa^ hte ve lo'o ma^ ka_ ve:

        TSE'E_ I
        Ko^ ve Ka^

        Ka^ 1: Hpa_ Lo
        Mo'lo^ ta^ Freedonia hta^ tan^ ve yo.

        Ka^ 2: Lo'o Ve
        (1) Mo'lo^ ta^ 1,200 hka_ pa^ ve.

        (2) Mo'lo^ ta^ 15 March 2071 hta^ ve.

        TSE'E_ II
        Hka_ Ve Ka^

        Ka^ 3: Pa^ Lo
        (1) Lo'o ta^ hpa_ ve.

        (2) Lo'o ta^ ka_ ve.

        (3) Lo'o ta^ ma^ ve.

        Ka^ 4: Ve Hta^
        Mo'lo^ ta^ 1 July 2071 hta^ ve.
        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2", "art3", "art4"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["art2-p1", "art2-p2", "art3-p1", "art3-p2", "art3-p3"])
        #expect(document.blocks.filter { $0.kind == .heading && $0.labelPath?.contains("*") == false }.map(\.labelPath) == ["I", "II"])
    }
}
