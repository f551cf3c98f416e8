import Testing
@testable import ParityCore

/// Under a speaker's designation alone on its line, a speech that opens with a date written as an ordinal day and a
/// month in lower case (`3. maikuuta 2093 …`) is the turn's speech, not paragraph 3 of a record that numbers none.
/// Constructed text (a made-up verbatim record; the Votic is an approximation).
@Suite struct ConstructedSpeechOpeningDateTests {
    private static let record = """
    Ühistünnüd Rahvahad\tS/PV.10140

    Turvallisuznõuvvossõ

    10140. istunto

    Tiisipäivä, 22. süküzkuuta 2093, kell 10.00

    Istunto avõttii kell 10.05.

    Prezidentti:
    Annan sanan Syldavija edustajallõ.

    Herra Novak (Syldavija) (paagõb ranskaksi):
    3. maikuuta 2093 alkaa Klow oruz on hävitetty 18 saviflöitä tehtäättä.

    Miä valitsuz on antanu 2,6 millionaa dollarja 12 külä uvvõssi rakõntamisõssi.

    Rouva Haddad (Bordurija) (paagõb inglisiksi):
    Bordurija tukõb Missijonin mandaatin jatkamissa 31. märttä 2094 saakka.

    Prezidentti:
    Paagõjoi listaz eb õõ ennää nimiä.

    Istunto lõpõttii kell 11.25.
    """

    @Test func theDateOpensTheSpeech() {
        let blocks = PlainTextSegmenter().segment(DecodedText(Self.record), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .paragraph }.isEmpty)
        #expect(blocks.filter { $0.kind == .speakerTurn }.compactMap(\.label)
            == ["Prezidentti:", "Herra Novak (Syldavija) (paagõb ranskaksi):", "Rouva Haddad (Bordurija) (paagõb inglisiksi):", "Prezidentti:"])
        #expect(blocks.first { $0.id == "sp2" }?.text.hasPrefix("3. maikuuta 2093") == true)
    }
}
