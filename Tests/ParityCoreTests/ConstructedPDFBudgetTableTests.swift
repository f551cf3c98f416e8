import Testing
@testable import ParityCore

/// A programme budget fascicle printed as `pdftotext -layout` prints it, with a table between two section-numbered
/// paragraphs: a table row ends its unit, so the line under it that opens with a figure (a label no pattern reads,
/// `21-4`, `٢١-٤`) opens the next paragraph, whatever digits the row's figures are written in (`836,7 2`,
/// `٨٣٦٫٧ ٢`); and a decimal-labelled paragraph's lines broken by hand before a figure go on into it. All
/// texts are constructed (Arabic and English versions of one made-up fascicle).
@Suite struct ConstructedPDFBudgetTableTests {
    static func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-pdf-budget-table.txt")
    }

    static func paragraphs(_ document: Document) -> [String] {
        document.blocks.filter { $0.kind == .paragraph }.compactMap(\.labelPath)
    }

    static let arabicWithASCIIDigits = """
        الأمم المتحدة	A/98/6 (Sect. 21)
        الجمعية العامة	Distr.: General
        	3 April 2043
        	Original: English
        الدورة الثامنة والتسعون
        البند 140 من القائمة الأولية
        الميزانية البرنامجية المقترحة لعام 2044
        الجزء الخامس
        التعاون الإقليمي من أجل التنمية
        الباب 21
        التنمية الاقتصادية في المناطق الجبلية
        البرنامج 17
        العربات الريفية والأدوات الصغيرة
        أولا -	التوجه العام
        21-1 تضطلع لجنة المناطق الجبلية بالمسؤولية عن برنامج العمل المتعلق بالعربات الريفية وفقا للولايات
        التي أسندها إليها المجلس الاقتصادي والاجتماعي.
        21-2 وسيدرب البرنامج 400 صانع عربات في عام 2044 وسينشر دليلا للإصلاح بحلول 30 حزيران/يونيه 2044.
        ثانيا -	برنامج العمل
        21-3 وتبلغ الموارد المقترحة لعام 2044 ما قدره 700 836 2 دولار، بزيادة قدرها 3,9 في المائة عن عام 2043.
        الجدول 21-1
        الاحتياجات من الموارد حسب العنصر
        (بآلاف دولارات الولايات المتحدة)
        العنصر                                    نفقات 2043                تقديرات 2044
        أجهزة تقرير السياسات                          412,5                     430,0
        برنامج العمل                                318,4 2                   406,7 2
        المجموع                                     730,9 2                   836,7 2
        21-4 وتتصل الزيادة أساسا بحلقات العمل التدريبية.
        """

    /// The same fascicle with Arabic-Indic digits and the Arabic decimal sign in its body (the English masthead, its
    /// first four lines, keeps its ASCII digits).
    static let arabicWithArabicIndicDigits: String = {
        let lines = arabicWithASCIIDigits.split(separator: "\n", omittingEmptySubsequences: false)
        let body = lines.dropFirst(4).map { line in
            String(String.UnicodeScalarView(line.unicodeScalars.map { scalar -> Unicode.Scalar in
                if scalar == "," { return "\u{066B}" }
                guard let digit = scalar.properties.numericType == .decimal ? scalar.properties.numericValue : nil else { return scalar }
                return Unicode.Scalar(0x0660 + UInt32(digit))!
            }))
        }
        return (lines.prefix(4).map(String.init) + body).joined(separator: "\n")
    }()

    static let englishWithHandWrapBeforeFigure = """
        United Nations                                                  A/98/6 (Sect. 21)
        General Assembly                                                Distr.: General
                                                                        3 April 2043
                                                                        Original: English
        Ninety-eighth session
        Item 140 of the preliminary list*
        Proposed programme budget for 2044
        Part V
        Regional cooperation for development
        Section 21
        Economic development in the hill regions
        Programme 17
        Rural carts and small tools
        I.   Overall orientation
        21.1 The programme supports some
        2,640 small cart workshops in the hill regions, of which
        24 per cent are run by women, in line with the mandates of the Economic and Social Council(1).
        21.2 The programme will train 400 cart makers in 2044 and publish a repair manual by 30 June 2044.
        II.  Programme of work
        21.3 The resources proposed for 2044 amount to $2,836,700, an increase of 3.9 per cent over 2043.
        Table 21.1
        Resource requirements by component
        (Thousands of United States dollars)
        Component                                        2043 expenditure                2044 estimate
        Policymaking organs                                        412.5                        430.0
        Programme of work                                        2 318.4                      2 406.7
        Total                                                    2 730.9                      2 836.7
        21.4 The increase relates mainly to the training workshops.
        __________________
        * A/98/50.
        (1) See Official Records of the Economic and Social Council, 2042, Supplement No. 19.
        """

    @Test(arguments: [arabicWithASCIIDigits, arabicWithArabicIndicDigits])
    func theLineUnderATableRowOpensTheNextParagraph(_ text: String) {
        let document = Self.segment(text)
        #expect(Self.paragraphs(document) == ["21.1", "21.2", "21.3", "21.4"])
        let rows = document.blocks.filter { $0.kind == .unnumberedParagraph }.map(\.text)
        #expect(rows.count == 7)
        #expect(rows.last?.hasPrefix("المجموع") == true)
        #expect(rows.allSatisfy { !$0.contains("وتتصل") })
    }

    @Test func aDecimalParagraphBrokenBeforeAFigureGoesOn() {
        let document = Self.segment(Self.englishWithHandWrapBeforeFigure)
        #expect(Self.paragraphs(document) == ["21.1", "21.2", "21.3", "21.4"])
        #expect(document.blocks.first { $0.labelPath == "21.1" }?.text.hasPrefix(
            "The programme supports some 2,640 small cart workshops in the hill regions, of which 24 per cent") == true)
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.map(\.text).last == "Total 2 730.9 2 836.7")
    }
}
