import Testing
@testable import ParityCore

/// Two annex captions written with an annex word and an ordinal word that no table lists (`ضمیمه یکُم`, `ضمیمه دومی`,
/// "annex first", "annex second" in a Balochi-like spelling): the second is found where the count starts again, and
/// the first, a list with no count of its own, shares its first word and stands after the body. Both are annexes,
/// I and II in order. Constructed text (a made-up report; the language is an approximation).
@Suite struct ConstructedSiblingWordCaptionTests {
    private static let report = """
    United Nations\tA/148/77
    General Assembly\tDistr.: General
    \t3 March 2094

    Item 12 of the provisional agenda*

    سکرترجنرلءِ رپورٹ

    ۱. ای رپورٹ گروپءِ فیصلہ ۱۴۶/۲۱ءِ رِد ءَ پیش کنگ بیت.

    ۲. رپورٹءِ تیاری ءَ ۱۲ ملک ءَ کمک کتگ.

    ۳. گروپا ای رپورٹءِ دومی ضمیمهءِ سپارشت منّتنت(۱).

    __________________
    (*) E/2093/1.
    (۱) بچار E/2091/88.

    ضمیمه یکُم

    کمک کنوکیں ملکانی لڑ

    روریتانیاءِ ملکی دستکاری انجمن
    سیلداویاءِ گُڈیانی موزیم
    بوردوریاءِ دارکاری انستیتوت

    ضمیمه دومی

    سپارشت

    ۱. ملک وتی دودمانی گوازیانی لڑ ءَ جوڑ کننت.

    ۲. سکرترێت تان ۳۰ جون ۲۰۹۵ ءَ دگہ رپورٹے پیش کنت.
    """

    @Test func theCaptionThatSharesTheAnnexWordIsTheFirstAnnex() {
        let blocks = PlainTextSegmenter().segment(DecodedText(Self.report), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .annex }.compactMap(\.label) == ["I", "II"])
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p1", "p2", "p3", "annex-II-p1", "annex-II-p2"])
    }
}
