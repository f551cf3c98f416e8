import Testing
@testable import ParityCore

/// `DetectorKin`: a name and a reading the detector cannot tell apart (one script other than Latin, a named
/// language the detector has no evidence for) are kin; every other pair is a mismatch to report.
@Suite struct DetectorKinTests {
    private func language(_ code: String) -> Language { Language(code: code)! }

    @Test(arguments: [("skr", "ur"), ("skr", "sd"), ("bal", "ur"), ("bal", "ar"), ("pnb", "ur"), ("gom", "hi"), ("mai", "hi"),
                      ("bho", "hi"), ("mr", "hi"), ("ne", "hi"), ("new", "hi"), ("bg", "ru"), ("es", "es"),
                      // Kana are Japanese writing (Ainu, CLDR's Katakana); a Latin-script language CLDR has no locale
                      // data for may be written in the text's script (Laz in Georgian, Gagauz in Cyrillic).
                      ("ain", "ja"), ("lzz", "ka"), ("gag", "ru"), ("kbd", "ru")])
    func kinTheDetectorCannotSeparate(_ named: String, _ read: String) {
        #expect(DetectorKin.cannotTell(language(named), from: language(read)))
    }

    @Test(arguments: [("ru", "uk"), ("uk", "ru"), ("be", "ru"), ("kk", "ru"), ("fr", "en"), ("en", "fr"), ("gl", "es"),
                      ("skr", "en"), ("gom", "en"), ("fa", "ur"), ("ur", "fa"), ("ar", "ur"), ("hi", "ur"), ("ur", "hi"),
                      ("ja", "zh"), ("skr", "hi"), ("sw", "en"), ("ru", "ar"), ("new", "ru"), ("vec", "ru"), ("lzz", "en")])
    func languagesTheDetectorTellsApartAreAMismatch(_ named: String, _ read: String) {
        #expect(!DetectorKin.cannotTell(language(named), from: language(read)))
    }

    /// What the detector reads in the constructed kin texts, and that each reading is kin of the text's code.
    @Test func constructedKinTextsReadAsTheirKin() {
        let hindi = LanguageDetector.detect(Array("१. समितीन सरकाराच्या यत्नांचें स्वागत केलें, जाणें 2026 वर्सा 14 दिवेघर परत बांदले.".utf8))
        #expect(hindi?.tag == "hi")
        #expect(DetectorKin.cannotTell(language("gom"), from: hindi!))
    }
}
