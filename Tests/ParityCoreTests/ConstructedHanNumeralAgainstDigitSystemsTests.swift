import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A Chinese ordinal or cardinal in numerals (`第八十六届`, `八十六个`) against the same figure in the digits of
/// another system (Devanagari `८६` in Konkani or Hindi, Arabic-Indic `٨٦`, Bengali `৮৬`, Chakma `𑄾𑄼`, ASCII):
/// 86 = 86, no finding; another figure is a difference. Constructed passages.
@Suite struct ConstructedHanNumeralAgainstDigitSystemsTests: NumberTextComparing {
    static let eightySix: [(code: String, text: String)] = [
        ("gom", "सर्वसादारण सभेच्या ८६ व्या अधिवेशनांत ठराव मान्य जालो."),
        ("hi", "महासभा के ८६वें सत्र में संकल्प स्वीकार किया गया।"),
        ("ar", "اعتُمد القرار في الدورة ٨٦ للجمعية العامة."),
        ("bn", "সাধারণ পরিষদের ৮৬তম অধিবেশনে প্রস্তাব গৃহীত হয়।"),
        ("ccp", "𑄥𑄧𑄇𑄧𑄣𑄴 𑄥𑄧𑄞𑄢𑄴 \u{1113E}\u{1113C} 𑄃𑄧𑄙𑄨𑄝𑄬𑄥𑄧𑄚𑄴"),
        ("en", "The resolution was adopted at the 86th session of the General Assembly."),
    ]

    @Test func constructedChineseOrdinalIsTheFigureInAnyDigits() {
        for (code, text) in Self.eightySix {
            #expect(compare("zh", "大会第八十六届会议通过了该决议。", code, text) == nil, "\(code)")
            #expect(compare(code, text, "zh", "大会第八十六届会议通过了该决议。") == nil, "\(code)")
        }
    }

    @Test func constructedChineseCardinalIsTheFigureInAnyDigits() {
        for (code, text) in [("gom", "८६ राष्ट्रांनी ठरावाक पाठबळ दिलें."), ("hi", "८६ देशों ने संकल्प का समर्थन किया।"), ("en", "86 States supported the resolution.")] {
            #expect(compare("zh", "八十六个国家支持该决议。", code, text) == nil, "\(code)")
        }
    }

    @Test func constructedAnotherFigureIsADifference() {
        #expect(compare("zh", "大会第八十七届会议通过了该决议。", "gom", Self.eightySix[0].text) != nil)
        #expect(compare("zh", "大会第八十七届会议通过了该决议。", "ar", Self.eightySix[2].text) != nil)
    }
}
