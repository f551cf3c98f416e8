import ParityTestSupport
import Testing
@testable import ParityCore

/// A text with no blank lines that sets one unit a line shows no right margin (`LinePerUnitText`): every line that
/// stops on a word before an unlabelled line (an item's title) is followed by a line that ends a sentence, and could
/// have taken that line's first word within the longest line that ends one. Its item titles then end their units,
/// however long against the annotations under them, in a caseless script (no capital tells) and in a cased one (no
/// longer read as PDF-extracted); a hard-wrapped text keeps its wrap.
@Suite struct ConstructedLinePerUnitTests {
    private func kinds(_ text: String, _ name: String) -> [String] {
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: name)
        return document.blocks.drop { $0.id != "p1" }.filter { $0.kind != .pageFurniture && $0.kind != .footnote }.map { "\($0.kind)" }
    }

    private func holds(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return LinePerUnitText.holds(bytes, LineScanner.lines(in: bytes))
    }

    private let annotatedShape = ["paragraph", "unnumberedParagraph", "paragraph", "unnumberedParagraph", "paragraph",
                                  "listItem", "listItem", "unnumberedParagraph", "paragraph", "unnumberedParagraph",
                                  "paragraph", "unnumberedParagraph"]

    /// Titles longer than the annotations under them (three fill half the longest line): read from the titles, a wrap
    /// width ran each annotation into its title before.
    private let hebrew = """
    סדר יום זמני מוער
    1.\tפתיחת המושב על ידי יושב ראש ועדת המומחים
    היושב ראש יפתח את המושב.
    2.\tאישור סדר היום ועניינים ארגוניים אחרים של הוועדה
    הוועדה תאשר את סדר היום שלה.
    3.\tכיול ותחזוקה של מכשירי ניווט
    (א)\tהכשרת יצרני מכשירים;
    (ב)\tאספקת זכוכית אופטית.
    הוועדה תדון בדוח המזכירות על 1,840 הסדנאות הרשומות ועל קרן בסך 3.4 מיליון דולר.
    4.\tסדר היום הזמני של המושב השמיני של הוועדה
    הוועדה תחליט על סדר היום הבא שלה.
    5.\tאישור הדוח
    הוועדה תאשר את הדוח שלה ב-16 באפריל 2039.
    """

    @Test func hebrewTitlesLongerThanTheirAnnotationsEndTheirUnits() {
        #expect(holds(hebrew))
        #expect(kinds(hebrew, "constructed-he") == annotatedShape)
    }

    @Test func persianTitlesAfterADashedNumberEndTheirUnits() {
        let persian = """
        دستور کار موقت همراه با توضیحات
        ۱ -\tافتتاح نشست توسط رئیس کمیته کارشناسان
        رئیس نشست را افتتاح خواهد کرد.
        ۲ -\tتصویب دستور کار و سایر مسائل سازمانی کمیته
        کمیته دستور کار خود را تصویب خواهد کرد.
        ۳ -\tتنظیم و نگهداری ابزارهای ناوبری
        (الف)\tآموزش سازندگان ابزار؛
        (ب)\tتأمین شیشه نوری.
        کمیته گزارش دبیرخانه درباره ۱٬۸۴۰ کارگاه و صندوق ۳٫۴ میلیون دلاری را می‌سنجد.
        ۴ -\tدستور کار موقت نشست هشتم کمیته کارشناسان
        کمیته درباره دستور کار بعدی خود تصمیم خواهد گرفت.
        ۵ -\tتصویب گزارش
        کمیته گزارش خود را در ۱۶ آوریل ۲۰۳۹ تصویب خواهد کرد.
        """
        #expect(kinds(persian, "constructed-fa") == annotatedShape)
    }

    @Test func anEnglishAgendaSetOneUnitALineIsNoPDFExtraction() {
        // Twenty lines and more, none blank, many stopping on a word: the shape of a hard-wrapped extraction, but every
        // title could have taken its annotation's first word within the longest sentence.
        let english = """
        United Nations
        E/C.52/2039/1
        Economic and Social Council
        Distr.: General
        3 February 2039
        Original: English
        Committee of Experts on Navigation Instruments
        Seventh session
        Geneva, 14-16 April 2039
        Item 1 of the provisional agenda
        Annotated provisional agenda
        1.\tOpening of the session by the Chair of the Committee
        The Chair will open the session.
        2.\tAdoption of the agenda and other organizational matters
        The Committee will adopt its agenda.
        3.\tCalibration and maintenance of navigation instruments
        (a)\tTraining of instrument makers;
        (b)\tSupply of optical glass.
        The Committee will consider the report of the secretariat on the 1,840 registered workshops and on a fund of $3.4 million.
        4.\tProvisional agenda for the eighth session of the Committee
        The Committee will decide on its next agenda.
        5.\tAdoption of the report
        The Committee will adopt its report on 16 April 2039.
        """
        #expect(!PDFExtractionDetector.looksExtracted(Array(english.utf8)))
        #expect(kinds(english, "constructed-en") == annotatedShape)
    }

    @Test func aHardWrapShowsItsMargin() {
        // Paragraphs wrapped on two lines: each first line could not have taken the next word within the wrap, so within
        // no shorter line that ends a sentence.
        #expect(!holds(ConstructedStructureTexts.hindiHardWrappedParagraphs))
        // A paragraph over three lines has a middle line that ends no sentence.
        let long = """
        1.\tפתיחת המושב
        היושב ראש יפתח את המושב.
        2.\tאישור סדר היום
        הוועדה תאשר את סדר היום שלה ותחליט על ארגון עבודתה
        לרבות מועדי ההתייעצויות הבלתי רשמיות עם המשקיפים
        והמומחים.
        """
        #expect(!holds(long))
        // Blank lines between the units: not this shape.
        #expect(!holds(hebrew.replacingOccurrences(of: "\n", with: "\n\n")))
    }
}
