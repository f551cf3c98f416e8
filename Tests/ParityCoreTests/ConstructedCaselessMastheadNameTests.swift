import Testing
@testable import ParityCore

/// A document's first line that sets a body's name in a script without case beside the symbol, two spaces apart
/// (`المؤتمر الدولي المعني بحصر الأسل  ICRM/2094/1/Add.1`): no capital tells the name there, so words that all start
/// with the script's letters do, and the symbol is found. Constructed text (a made-up annotated agenda).
@Suite struct ConstructedCaselessMastheadNameTests {
    private static let agenda = """
    المؤتمر الدولي المعني بحصر الأسل  ICRM/2094/1/Add.1
    التوزيع: عام
    6 آذار/مارس 2094
    العربية
    الأصل: بالفرنسية

    جدول الأعمال المؤقت المشروح
    1 - افتتاح الدورة.
    سيفتتح رئيس الدورة الثانية الدورة.
    2 - انتخاب أعضاء المكتب.
    سينتخب المؤتمر رئيسا وثلاثة نواب للرئيس.
    3 - إقرار جدول الأعمال وتنظيم الأعمال.
    ستعقد الجلسات من الساعة 00/10 إلى الساعة 00/13.
    """

    @Test func theSymbolBesideACaselessNameIsFound() {
        let document = PlainTextSegmenter().segment(DecodedText(Self.agenda), sourceName: "constructed")
        #expect(document.metadata.symbol == "ICRM/2094/1/Add.1")
        #expect(document.metadata.organ == "المؤتمر الدولي المعني بحصر الأسل")
    }

    @Test func titleCaseInEveryScript() {
        #expect(MastheadLineSplitter.isTitleCased("المؤتمر الدولي المعني"))
        #expect(MastheadLineSplitter.isTitleCased("Nazioni Unite"))
        #expect(!MastheadLineSplitter.isTitleCased("the meeting was opened"))
        // Caseless words beside a word in lower case are no name.
        #expect(!MastheadLineSplitter.isTitleCased("المؤتمر meeting"))
    }
}
