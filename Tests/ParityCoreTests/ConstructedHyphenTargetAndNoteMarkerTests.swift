import ParityTestSupport
import Testing
@testable import ParityCore

/// Targets joined to their goal's number by a hyphen and lettered in an
/// Arabic-script language's own alphabet (`۱-الف`, `۲-پ`, `١-ئا`), in any
/// digits, and footnotes whose marker stands alone on its line with the
/// note's text on the next, at the foot of a document or below a rule.
/// Short constructed texts.
@Suite struct ConstructedHyphenTargetAndNoteMarkerTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    private func labels(_ text: String) -> [String]? {
        DecimalLabel.parse(Array(text.unicodeScalars)).map(\.components)
    }

    @Test func hyphenatedLabelsReadLikeDecimalOnesInAnyDigitsAndAlphabet() {
        #expect(labels("۱-۲ تا سال") == ["1", "2"])
        #expect(labels("೧-೨ ೨೦೩೦") == ["1", "2"])
        #expect(labels("1-أ يجري") == ["1", "a"])
        // The first letter written out and letters the abjad does not list keep a provisional key.
        #expect(labels("۱-الف از").map { DecimalLabel.isProvisionalLetter($0[1]) } == true)
        #expect(labels("۲-پ نقشه").map { DecimalLabel.isProvisionalLetter($0[1]) } == true)
        #expect(labels("١-ئا پشتگیری").map { DecimalLabel.isProvisionalLetter($0[1]) } == true)
        // A word after the hyphen is none (`1-бап`, `۱-بند`).
        #expect(labels("۱-بند از") == nil)
        #expect(labels("1-бап Мақсат") == nil)
        // So a letter after the hyphen is no caption word written number first, and `1-бап` still is.
        #expect(NumberedCaption.matchNumberFirst(Array("۱-الف".unicodeScalars)) == nil)
        #expect(NumberedCaption.matchNumberFirst(Array("1-бап".unicodeScalars)) != nil)
    }

    @Test func constructedPersianGoalsWithHyphenatedTargetsEachLabelAlone() {
        let text = """
        کمیسیون توسعه پایدار،

        ۱.
        اهداف منطقه‌ای را که در پیوست این قطعنامه آمده است تصویب می‌کند؛

        ۲.
        از دبیرخانه درخواست می‌کند که در سال ۲۰۲۹ گزارش دهد.

        پیوست

        اهداف منطقه‌ای برای آب‌بندان‌ها

        هدف ۱: احیای آب‌بندان‌ها

        ۱-۱
        تا سال ۲۰۳۰، ۱۲۰۰ آب‌بندان احیا شود.

        ۱-الف
        از کمیته‌های محلی حمایت شود.

        هدف ۲: حفاظت از آب آب‌بندان‌ها

        ۲-۱
        تا سال ۲۰۳۰، آلودگی به نصف کاهش یابد.

        ۲-الف
        ۳۰۰ پایشگر آموزش ببینند.

        ۲-ب
        نتایج با دفاتر در میان گذاشته شود.

        ۲-پ
        نقشه سالانه منتشر شود.

        ۲-ت
        گزارش سالانه منتشر شود.
        """
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .annex }.map { $0.label ?? "-" } == ["-"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id)
                == ["p1", "p2", "annex-g1-t1.1", "annex-g1-t1.a", "annex-g2-t2.1", "annex-g2-t2.a", "annex-g2-t2.b",
                    "annex-g2-t2.c", "annex-g2-t2.d"])
    }

    @Test func constructedNotesWithTheirMarkersAloneAtTheFootOfTheDocument() {
        // Bashkir, no rule: the chain of notes ends the document; the markers are glued to words in the body.
        let text = """
        Алдан төҙөлгән исемлектең 45-се пункты*

        1. Был доклад 85/214 резолюцияһына ярашлы тәҡдим ителә, унда Ассамблея доклад һораны¹.

        2. Финанслау етешмәне: схемалар хаҡын заемдар ҡапланы².

        *
        A/87/150.
        ¹
        Шулай уҡ A/85/276 ҡарағыҙ.
        ²
        Төбәк үҫеш банктарының заемдары.
        """
        let document = segment(text)
        let notes = document.blocks.filter { $0.kind == .footnote }
        #expect(notes.map { $0.label ?? "" } == ["*", "¹", "²"])
        #expect(notes.map(\.text) == ["A/87/150.", "Шулай уҡ A/85/276 ҡарағыҙ.", "Төбәк үҫеш банктарының заемдары."])
        #expect(!document.blocks.contains { $0.kind == .unnumberedParagraph })
    }

    @Test func constructedNotesWithTheirMarkersAloneBelowARule() {
        // Basque, below a rule, an annex after the notes: the chain stands right below the rule.
        let text = """
        1. Batzarrak txosten bat eskatu zuen.¹

        2. Maileguek kostuaren zatirik handiena estali zuten.²

        __________________
        ¹
        Ikus, halaber, A/85/276.
        ²
        Eskualdeko garapen-bankuen maileguak.
        """
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .footnote }.map { $0.label ?? "" } == ["¹", "²"])
    }

    @Test func aMarkerAloneThatTheBodyDoesNotCiteOrThatStandsMidDocumentIsNoNote() {
        // No citation of `²` in the body: the lines stay as they were.
        let uncited = """
        1. Batzarrak txosten bat eskatu zuen.

        ²
        Eskualdeko garapen-bankuen maileguak.
        """
        #expect(segment(uncited).blocks.filter { $0.kind == .footnote }.isEmpty)
        // A cited marker alone in the middle of the text, with no rule above and the body going on after it.
        let midText = """
        1. Batzarrak txosten bat eskatu zuen*.

        *
        Idazkaritzak jakinarazi zuen.

        2. Maileguek kostuaren zatirik handiena estali zuten.
        """
        #expect(segment(midText).blocks.filter { $0.kind == .footnote }.isEmpty)
    }
}
