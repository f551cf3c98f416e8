import Testing
@testable import ParityCore

/// A verbatim record in a script without case, wrapped by hand unevenly with no blank line: a turn's line that stops
/// on a word or figure goes on into the next line, whatever it opens with (a figure, a symbol, a letter), until a line
/// ends its sentence; the next designation opens the next turn, and a line under a sentence's end stays a paragraph of
/// its own. Constructed text (made-up record, Arabic).
@Suite struct ConstructedHandWrappedTurnTests {
    private let record = """
    الأمم المتحدة
    A/131/PV.12
    الجمعية العامة
    الدورة الحادية والثلاثون بعد المائة
    الجلسة العامة 12
    الاثنين، 3 تشرين الأول/أكتوبر 2076، الساعة 15:00
    نيويورك
    افتتحت الجلسة الساعة 15:05.
    البند 40 من جدول الأعمال
    صناعة المجاديف
    الرئيس (تكلم بالفرنسية): أعطي الكلمة الآن لممثلة سيلدافيا لعرض مشروع القرار
    A/131/L.7.
    السيدة كوفاتش (سيلدافيا) (تكلمت بالإسبانية): يطلب مشروع القرار إلى الدول دعم الورش التي تصنع
    المجاديف الخشبية وعددها 1200 ورشة. وقد تراجع عددها في العقد الماضي بنسبة
    21 في المائة.
    السيد برونو (بوردوريا) (تكلم بالإنكليزية): تؤيد بوردوريا مشروع القرار وستقدم مبلغ
    4,5 مليون يورو للتدريب.
    ونأمل أن يُعتمد بتوافق الآراء.
    الرئيس (تكلم بالفرنسية): هل لي أن أعتبر أن الجمعية تقرر اعتماد مشروع القرار
    A/131/L.7؟
    اعتُمد مشروع القرار A/131/L.7.
    رفعت الجلسة الساعة 16:10.
    """

    @Test func eachTurnRunsOnToItsSentenceEnd() {
        let document = PlainTextSegmenter().segment(DecodedText(record), sourceName: "constructed")
        let turns = document.blocks.filter { $0.kind == .speakerTurn }
        #expect(turns.count == 4)
        #expect(turns.map { $0.text.hasSuffix("A/131/L.7.") || $0.text.hasSuffix("21 في المائة.")
                    || $0.text.hasSuffix("للتدريب.") || $0.text.hasSuffix("A/131/L.7؟") } == [true, true, true, true])
        let after = document.blocks.drop { $0.id != turns[2].id }.dropFirst().first
        #expect(after?.kind == .unnumberedParagraph)
        #expect(after?.text == "ونأمل أن يُعتمد بتوافق الآراء.")
        #expect(document.blocks.last?.text == "رفعت الجلسة الساعة 16:10.")
    }
}
