import Testing
@testable import ParityCore

/// Page-foot notes numbered in a script's own digits (`PDFFootnoteFinder`): in a pdftotext -layout rendering of a
/// Marathi report (Devanagari digits, fictional body and figures), the title's note `*` and note `१` stand at the foot
/// of page 1 below a rule, note `२` at the foot of page 2, each cited by its digit glued to a word (`नुसार१`, `आहे२.`).
/// The notes are read in the order their texts stand, `*` first, their markers written as superscripts of their
/// value (`¹`, `²`), as ASCII-digit notes are; a note's digit inside a figure (`२०३९`, `२१`) cites nothing.
@Suite struct ConstructedOwnDigitFootnoteTests {
    private let report = """
        E/2041/38                                                            संयुक्त राष्ट्र
        Distr.: General                                          आर्थिक आणि सामाजिक परिषद
        4 April 2041
        Original: English

                                      महासचिवांचा अहवाल*


                                                                         I.   प्रस्तावना
              १.  हा अहवाल परिषदेच्या ठराव २०३९/४ नुसार१ सादर करण्यात येत आहे, ज्यात परिषदेने
        पितळी घंटांविषयी अहवाल मागवला होता.
              २.  हा अहवाल २१ सदस्य राष्ट्रांनी १२ जानेवारी २०४१ पर्यंत पाठवलेल्या उत्तरांवर आधारित आहे.


        __________________
             *    तांत्रिक कारणांसाठी १८ एप्रिल २०४१ रोजी पुन्हा प्रसिद्ध.
             १    २२ जुलै २०३९ रोजी स्वीकारला.

                                                                            41-05127 (M)    040441
        \u{0C}E/2041/38


              ३.  २०३३ पासून घंटा ओतणाऱ्या कारागिरांची संख्या २३ टक्क्यांनी घटली आहे२.
              ४.  महासचिव शिफारस करतात की परिषदेने २०४३ च्या सत्रात या विषयावर पुन्हा विचार
        करावा.




        __________________
             २    E/2041/9, परिच्छेद ५ पहा.

        2/2                                                                             41-05127
        """

    @Test func constructedNotesInDevanagariDigitsKeepTheirTextsOrder() {
        let document = PlainTextSegmenter().segment(DecodedText(report), sourceName: "constructed-mr")
        let notes = document.blocks.filter { $0.kind == .footnote }
        #expect(notes.compactMap(\.label) == ["*", "¹", "²"])
        #expect(notes.map(\.text) == ["तांत्रिक कारणांसाठी १८ एप्रिल २०४१ रोजी पुन्हा प्रसिद्ध.", "२२ जुलै २०३९ रोजी स्वीकारला.",
                                      "E/2041/9, परिच्छेद ५ पहा."])
        #expect(document.blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2, 3, 4])
    }

    @Test func markersOfAnyScriptsDigits() {
        func marker(_ text: String) -> PDFFootnoteFinder.Marker? {
            let bytes = Array(text.utf8)
            return PDFLine.lines(in: bytes).first.flatMap { PDFFootnoteFinder.marker($0, bytes) }
        }
        #expect(marker("१२ text")?.value == 12)
        #expect(marker("১ text")?.value == 1)
        #expect(marker("12 text")?.value == 12)
        // A label (`१.`) or a longer figure (`१२३४`) is no marker.
        #expect(marker("१. text") == nil)
        #expect(marker("१२३४ text") == nil)
        // A paragraph label with the danda (`१।`, `1।`) is no marker either.
        #expect(marker("१। text") == nil)
        #expect(marker("1। text") == nil)
    }

    /// The linker's plain citation of a note it has (`FootnoteLinker`, `CitedFootnoteMarker.plainCitation`): a digit of
    /// the script's own glued to a word of a caseless script cites it; a digit inside a figure does not.
    @Test func ownDigitsGluedToACaselessWordCiteTheirNote() {
        let text = Array("हा अहवाल ठराव २०३९/४ नुसार१ सादर करण्यात येत आहे.".unicodeScalars)
        let range = CitedFootnoteMarker.plainCitation(1, in: text)
        #expect(range.map { String(String.UnicodeScalarView(text[$0])) } == "१")
        #expect(CitedFootnoteMarker.plainCitation(2, in: Array("१२ सदस्य राष्ट्रांनी २१ उत्तरे दिली".unicodeScalars)) == nil)
    }
}
