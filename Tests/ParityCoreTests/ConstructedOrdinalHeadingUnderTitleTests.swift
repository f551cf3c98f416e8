import Testing
@testable import ParityCore

/// A heading label of a sequence the document goes on with below (`أولا -⇥مقدمة`, `ثانيا -` further down), right
/// under the title's line with no blank line, in a text read as a PDF's extraction: it opens its heading, and is not
/// run into the title. Constructed text (made-up report, Arabic).
@Suite struct ConstructedOrdinalHeadingUnderTitleTests {
    private let report = """
    الأمم المتحدة\tE/2079/31
    المجلس الاقتصادي والاجتماعي\tDistr.: General
    12 April 2079
    Original: Arabic
    البند 12 من جدول الأعمال
    تقرير الفريق العامل المعني بالحرف التقليدية عن دورته الثالثة
    أولا -\tمقدمة
    1 -\tعقد الفريق العامل دورته الثالثة في كلوف في الفترة من 3 إلى 7 آذار/مارس
    2079.
    2 -\tشارك في الدورة 31 دولة عضوا.
    ثانيا -\tالاستنتاجات
    3 -\tتعمل في الحرف التقليدية 280 ورشة.
    \u{0C}E/2079/31
    4 -\tأوصى الفريق العامل بعقد دورته الرابعة في عام 2080.
    """

    @Test func theFirstOrdinalHeadingStandsUnderTheTitle() {
        #expect(PDFExtractionDetector.looksExtracted(Array(report.utf8)))
        let blocks = PlainTextSegmenter().segment(DecodedText(report), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .heading }.map(\.id) == ["h-I", "h-II"])
        #expect(blocks.contains { $0.text == "تقرير الفريق العامل المعني بالحرف التقليدية عن دورته الثالثة" })
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p1", "p2", "p3", "p4"])
    }
}
