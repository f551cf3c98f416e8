import Testing
@testable import ParityCore

/// A hard-wrapped text whose wrap broke a sentence short of the width before
/// a word that is no lower case (a name), the sentence's tail on a line of its
/// own (`HardWrapContinuation.closesOpenSentence`): the tail goes on in its
/// unit, in any language. Hungarian words of agreement here; document
/// `dev/treaty-moraines` (fi).
@Suite struct ConstructedWrappedSentenceTailTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    /// The lines of a text hard-wrapped at 74 columns, with the tail of the words of agreement on a line of its own.
    private let hungarianTreaty = """
    Egyezmény a konstruált folyók védelméről

    Ezen Egyezmény Részes Felei,

    tudatában annak, hogy a konstruált folyók vizet biztosítanak 12 város és
    a környező falvak számára,

    aggódva amiatt, hogy e folyók vízhozama 1990 óta 18 százalékkal csökkent,

    a folyók közös védelméről folytatott tárgyalások után megállapodtak
    Szirmond városában a következőkben:

    1. cikk
    Cél

    Ezen Egyezmény célja a konstruált folyók védelme és a vízhozam
    helyreállítása az érintett Felek közös erőfeszítéseivel.

    2. cikk
    Hatálybalépés

    Ezen Egyezmény 2027. június 1-jén lép hatályba, a megerősítő okiratok
    letétbe helyezését követően.
    """

    @Test func wordsOfAgreementWithTheirTailAreOneUnitAndNoPreambularParagraph() {
        let document = segment(hungarianTreaty)
        let formula = document.blocks.first { $0.text.hasSuffix("a következőkben:") }
        #expect(formula?.text.hasPrefix("a folyók közös védelméről") == true)
        #expect(formula?.kind == .heading)
        #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2"])
        // The opening and two preambular paragraphs stand before the words of agreement.
        let firstArticle = document.blocks.firstIndex { $0.kind == .article } ?? 0
        #expect(document.blocks[..<firstArticle].filter { $0.kind == .unnumberedParagraph }.count == 3)
    }

    @Test func aShortTailEndingTheSentenceGoesOn() {
        let bytes = Array("""
        a folyók közös védelméről folytatott tárgyalások után megállapodtak
        Szirmond városában a következőkben:
        """.utf8)
        let lines = LineScanner.lines(in: bytes)
        #expect(HardWrapContinuation.closesOpenSentence(bytes, lines[0], lines[1], width: 74, previousContinued: false))
    }

    /// Under a line that starts in lower case (running text) the tail may be longer than half the width (a narrower wrap).
    @Test func aLongTailUnderALowerCaseLineGoesOn() {
        let bytes = Array("""
        sopineet seuraavasta koskien
        Kelvan vuoriston jäätiköitä ja niiden valuma-alueita:
        """.utf8)
        let lines = LineScanner.lines(in: bytes)
        #expect(HardWrapContinuation.closesOpenSentence(bytes, lines[0], lines[1], width: 48, previousContinued: false))
    }

    @Test(arguments: [
        // A heading above a one-line paragraph: the heading starts with a capital and holds no clause.
        "Activities of the constructed commission in the year\nThe commission met 3 times.",
        // The line above ends its sentence.
        "the constructed parties agreed on the following terms today.\nSzirmond hosted them.",
        // The line below is no tail: it runs on past half the width without ending a sentence.
        "the constructed parties agreed on the following terms of the\nSzirmond agreement on the protection of the constructed rivers and",
    ])
    func notATail(_ text: String) {
        let bytes = Array(text.utf8)
        let lines = LineScanner.lines(in: bytes)
        #expect(!HardWrapContinuation.closesOpenSentence(bytes, lines[0], lines[1], width: 74, previousContinued: false))
    }
}
