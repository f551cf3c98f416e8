import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A footnote marker glued to a year at the end of a sentence, its
/// superscript lost in the text (`… le ƒe 2027.1`, `… em 2027.1`): read as
/// the decimal 2027.1, it is the year and a marker when the other passage
/// states that year (`en 2027.¹`, `in 2027`) or a date in it
/// (``NumberComparison/cancelGluedFootnoteMarkers(_:_:)``), in any
/// language and digit system; against another year it stays an error, and
/// a decimal that is no year (`27.1`) or is written with a decimal comma
/// (`2027,1`) is a figure. Constructed passages.
@Suite struct ConstructedGluedFootnoteMarkerTests: NumberTextComparing {
    @Test func constructedGluedMarkerAfterAYearIsTheYear() {
        #expect(compare("ee", "Dukɔwo ƒe habɔbɔ la wɔ takpekpe le ƒe 2027.1 Eye wòna ga 450 000.", "es",
                        "La asamblea se reunió en 2027.¹ Y concedió 450.000.") == nil)
        #expect(compare("pt", "A assembleia reuniu-se em 2027.1 E concedeu 450 000.", "en",
                        "The assembly met in 2027. It granted 450,000.") == nil)
        #expect(compare("sw", "Mkutano ulifanyika mwaka 2027.12 Ulitoa 450,000.", "fr",
                        "L'assemblée s'est réunie le 14 septembre 2027. Elle a accordé 450 000.") == nil)
        #expect(compare("ur", "اجلاس ۲۰۲۷.۱ میں ہوا۔", "en", "The meeting was held in 2027.") == nil)
    }

    @Test func constructedGluedMarkerAfterAnotherYearIsStillAnError() {
        #expect(compare("pt", "A assembleia reuniu-se em 2026.1 E concedeu 450 000.", "en",
                        "The assembly met in 2027. It granted 450,000.")?.severity == .error)
    }

    @Test func constructedDecimalsThatAreNoGluedMarker() {
        #expect(compare("en", "The index rose to 27.1 points.", "es", "El índice subió a 27 puntos.")?.severity == .error)
        #expect(compare("fr", "La production a atteint 2027,1 tonnes.", "en", "Production reached 2027 tonnes.")?.severity == .error)
        #expect(NumberComparison.gluedMarkerYear(ExtractedNumber(kind: .number, canonical: "2027.1", written: "2027.1")) == "2027")
        #expect(NumberComparison.gluedMarkerYear(ExtractedNumber(kind: .number, canonical: "2027.125", written: "2027.125")) == nil)
        #expect(NumberComparison.gluedMarkerYear(ExtractedNumber(kind: .number, canonical: "2027.1", written: "2027,1")) == nil)
    }
}
