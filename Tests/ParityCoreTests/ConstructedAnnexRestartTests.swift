import ParityTestSupport
import Testing
@testable import ParityCore

/// Unnumbered annexes in languages no table knows, found where the body has
/// closed and a count starts again at 1: goal names in title case of two
/// words (`Sini Autu 1: …`), an annex word with an apostrophe inside
/// (`Mba'ejoapy`), an annex word of two words in lower case after the
/// body's notes, a hard-wrapped title right over the annex's `1.`, and a
/// caption of two lines over the annex's title. Short constructed texts.
@Suite struct ConstructedAnnexRestartTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    private func wordFirst(_ text: String) -> String? {
        NumberedCaption.match(Array(text.unicodeScalars)).map { "\($0.key) \($0.number) \($0.hasRest)" }
    }

    @Test func aNameInTitleCaseBeforeItsNumberAndATitle() {
        #expect(wordFirst("Sini Autu 1: Puipuia faatoaga ulu") == "sini autu 1 true")
        #expect(wordFirst("Sini Autu 2. Toe faaleleia faatoaga") == "sini autu 2 true")
        // Without a separator and a title the second capital starts a caption of its own: text.
        #expect(wordFirst("Dalam Pasal 5") == nil)
        #expect(wordFirst("Dalam Pasal 5 disebutkan bahwa") == nil)
        // A capital inside a word is no title case.
        #expect(wordFirst("Sini AuTu 1: Puipuia") == nil)
    }

    @Test func countOpeningLines() {
        func opens(_ line: String) -> Bool {
            let bytes = Array(line.utf8)
            return CountOpeningLine.opensAtOne(bytes, 0, bytes.count)
        }
        #expect(opens("1. E Estadonan ta protehá"))
        #expect(opens("1."))
        #expect(opens("১।"))
        #expect(opens("1.1 E oo atu i le 2030"))
        #expect(!opens("2. E bankonan"))
        #expect(!opens("1.2 E oo atu"))
        #expect(!opens("12 000 eka o faatoaga"))
    }

    @Test func constructedAnnexParagraphOneUnderAFullTitleLine() {
        // Papiamento, hard-wrapped at 72 columns: the annex's title fills its line and does not end a sentence.
        let text = """
        1. Ta invitá e Estadonan pa aumentá e inversion den investigashon riba
        kasaba;
        2. Ta animá e Estadonan pa stablesé bankonan di semia nashonal i pa
        3 organisashon regional sostené nan;
        3. Ta disidí di inkluí e punto den e agenda provishonal di su sesion.
        64vo reunion plenario
        19 di desèmber 2026
        Adhuntu
        Prinsipionan pa un kultivo sostenibel di kasaba den e region di Karibe
        1. E Estadonan ta protehá e variedatnan lokal di kasaba.
        2. E bankonan di semia ta wardá por lo ménos 50 variedat.

        """
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p1", "p2", "p3", "annex-p1", "annex-p2"])
    }

    @Test func constructedAnnexWordWithAnApostropheAfterTheSignatures() {
        // Guarani: the annex word writes its glottal stop with an apostrophe; the last article numbers no paragraph.
        let text = """
        Artíkulo 1
        Jehupytyrã
        1.
        Ko Ñemoaŋuĩ jehupytyrã ha'e tamarindo yvyra ñeñangareko.
        2.
        Mokõivéva ohupyty ko jehupytyrã.
        Artíkulo 2
        Tamarindo ko'ãgua rysýi
        1.
        Peteĩteĩ Tetã oguereko peteĩ rysýi.
        2.
        Mokõivéva omoambue irysýi 3 ary ary.
        Artíkulo 3
        Oñepyrũ hag̃ua oñemboguata
        Ko Ñemoaŋuĩ oñepyrũ oñemboguata 30 ára rire ipaha marandu.
        Ojejapo Strelsau-pe, 14 jasypo 2026-pe, mokõi kuatiarã teépe.
        Tetã Ruritania rérape
        Tetã Sildavia rérape
        Mba'ejoapy
        Tamarindo ko'ãgua oñeñangarekóva rysýi
        1.
        Tamarindo he'ẽ yvyty rehegua.
        2.
        Tamarindo pytã ñu rehegua.

        """
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .annex }.count == 1)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["art1-p1", "art1-p2", "art2-p1", "art2-p2", "annex-p1", "annex-p2"])
    }
}
