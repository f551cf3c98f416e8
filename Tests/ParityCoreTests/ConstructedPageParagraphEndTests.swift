import Testing
import ParityTestSupport
@testable import ParityCore

/// Where a paragraph ends in PDF-extracted text without blank lines (`PDFTextCleanupPass`), each rule shown in two
/// scripts: the full line width is read from the body, not from a masthead set in two columns; an agenda item's
/// title in a caseless script keeps its annotation apart (`CaselessPageContinuation`); a paragraph's indented first
/// line goes on; a title's last line broken by hand ends the title; a short tail ends the sentence of the line above;
/// paragraph numbers in other
/// digits; an annex caption after a full line; a full-width semicolon ends an item; caseless lines wrapped short of the
/// width, an item title broken over a blank line and a numbered paragraph that reads like a masthead field go on (the
/// claim of `CaselessPageContinuation` withdrawn only at breaks made on a sign). All texts here are constructed.
@Suite struct ConstructedPageParagraphEndTests {
    static let end = "\n\n27-02214 (E)    030327\n\u{0C}"

    static func segment(_ lines: [String], _ name: String) -> (bytes: [UInt8], document: Document) {
        ConstructedSegmentation.segment(lines.joined(separator: "\n") + end, "constructed-\(name).txt")
    }

    static func unnumbered(_ document: Document) -> [String] {
        document.blocks.filter { $0.kind == .unnumberedParagraph }.map(\.text)
    }

    /// Agenda items whose titles end no sentence, each followed by its indented annotation, under a masthead whose
    /// symbol stands far right: Chinese (Han) and Arabic, both caseless; the first annotation's first line stops
    /// short before a figure.
    static let constructedAnnotatedItems: [(language: String, lines: [String], annotations: [String])] = [
        ("zh", ["联合国                                                         FLC/GC/9/1/Add.1",
                "鱼道委员会                                                    Distr.: General",
                "附加说明的临时议程",
                "1.  会议开幕",
                "    执行秘书将报告在凯尔瓦河流域建造的鱼道情况，该流域在",
                "2026年新开放了14座鱼道。鲁里塔尼亚和锡尔瓦尼亚分担了四座最大鱼道",
                "的费用。",
                "2.  通过议程",
                "    理事会将通过载于FLC/GC/9/1号文件的临时议程，该议程是与主席团协商",
                "编写的。",
                "3.  通过报告",
                "    理事会将于2027年4月14日下午5时通过其第九届会议的报告，该报告由报告员",
                "编写。"],
         ["执行秘书将报告在凯尔瓦河流域建造的鱼道情况，该流域在2026年新开放了14座鱼道。鲁里塔尼亚和锡尔瓦尼亚分担了四座最大鱼道的费用。",
          "理事会将通过载于FLC/GC/9/1号文件的临时议程，该议程是与主席团协商编写的。",
          "理事会将于2027年4月14日下午5时通过其第九届会议的报告，该报告由报告员编写。"]),
        ("ar", ["الأمم المتحدة                                                   FLC/GC/9/1/Add.1",
                "لجنة ممرات الأسماك                                               Distr.: General",
                "جدول الأعمال المؤقت المشروح",
                "1 -  افتتاح الدورة",
                "    سيقدم الأمين التنفيذي تقريرا عن ممرات الأسماك التي بنيت في حوض نهر",
                "كيلفا، حيث افتتح 14 ممرا جديدا في عام 2026، وتقاسمت روريتانيا وسيلدافيا",
                "تكاليفها.",
                "2 -  إقرار جدول الأعمال",
                "    سيقر المجلس جدول الأعمال المؤقت الوارد في الوثيقة FLC/GC/9/1 الذي أعد",
                "بالتشاور مع المكتب.",
                "3 -  اعتماد التقرير",
                "    سيعتمد المجلس تقرير دورته التاسعة في 14 نيسان/أبريل 2027 في الساعة 17:00 بعد",
                "أن يعرضه المقرر."],
         ["سيقدم الأمين التنفيذي تقريرا عن ممرات الأسماك التي بنيت في حوض نهر كيلفا، حيث افتتح 14 ممرا جديدا في عام 2026، وتقاسمت روريتانيا وسيلدافيا تكاليفها.",
          "سيقر المجلس جدول الأعمال المؤقت الوارد في الوثيقة FLC/GC/9/1 الذي أعد بالتشاور مع المكتب.",
          "سيعتمد المجلس تقرير دورته التاسعة في 14 نيسان/أبريل 2027 في الساعة 17:00 بعد أن يعرضه المقرر."]),
    ]

    @Test(arguments: constructedAnnotatedItems.indices)
    func constructedCaselessItemTitlesKeepTheirAnnotationsApart(_ index: Int) {
        let sample = Self.constructedAnnotatedItems[index]
        let (bytes, document) = Self.segment(sample.lines, "annotated-items-\(sample.language)")
        #expect(document.numberedParagraphs.map(\.number) == [1, 2, 3])
        #expect(Self.unnumbered(document) == sample.annotations)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// A note's title over lines, its last line broken by hand well short of the width, then the note's first
    /// paragraph without a blank line: French (the next line opens with a capital) and Arabic (caseless).
    static let constructedTitleEnds: [(language: String, lines: [String], first: String)] = [
        ("fr", ["Nations Unies                                                       A/82/341",
                "Assemblée générale                                          Distr. générale",
                "Note verbale datée du 11 mai 2027, adressée au Secrétaire général",
                "par la Mission permanente de la Syldavie auprès de l'Organisation",
                "des Nations Unies",
                "La Mission permanente de la Syldavie auprès de l'Organisation des",
                "Nations Unies présente ses compliments au Secrétaire général et a",
                "l'honneur de lui faire tenir ci-joint un rapport.",
                "La Mission permanente prie le Secrétaire général de bien vouloir",
                "faire distribuer la présente note comme document de l'Assemblée."],
         "La Mission permanente de la Syldavie auprès de l'Organisation des"),
        ("ar", ["الأمم المتحدة                                                       A/82/341",
                "الجمعية العامة                                               Distr.: General",
                "مذكرة شفوية مؤرخة 11 أيار/مايو 2027 موجهة إلى الأمين العام من البعثة",
                "الدائمة لسيلدافيا لدى الأمم المتحدة",
                "تهدي البعثة الدائمة لسيلدافيا لدى الأمم المتحدة تحياتها إلى الأمين العام،",
                "وتتشرف بأن تحيل طيه تقريرا عن التدابير التي اتخذتها سيلدافيا لحماية",
                "مناطق القصب وحرفة حصر القصب.",
                "وترجو البعثة الدائمة من الأمين العام التكرم بتعميم هذه المذكرة بوصفها",
                "وثيقة من وثائق الجمعية العامة."],
         "تهدي البعثة الدائمة لسيلدافيا لدى الأمم المتحدة تحياتها إلى الأمين العام،"),
    ]

    @Test(arguments: constructedTitleEnds.indices)
    func constructedTitleBrokenByHandEndsBeforeTheParagraph(_ index: Int) {
        let sample = Self.constructedTitleEnds[index]
        let (bytes, document) = Self.segment(sample.lines, "title-end-\(sample.language)")
        let paragraphs = Self.unnumbered(document)
        #expect(paragraphs.count == 2)
        #expect(paragraphs.first?.hasPrefix(sample.first) == true)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// A paragraph whose line stops on a word short of the width, then a short tail that ends the sentence with a
    /// figure first: Russian and English.
    static let constructedShortTails: [(language: String, lines: [String], tail: String)] = [
        ("ru", ["Организация Объединенных Наций                                 FLC/GC/9/1/Add.1",
                "Комиссия по рыбоходам                                         Distr.: General",
                "3.  Доклад Исполнительного секретаря",
                "    Совет также получит проверенные счета за 2026 год, согласно которым",
                "расходы составили 2,4 млн долл. США при бюджете",
                "2,6 млн долл. США.",
                "4.  Мониторинг мигрирующих рыб",
                "    Совет рассмотрит предложение о подсчете мигрирующего лосося на",
                "38 станциях вдоль реки."],
         "при бюджете 2,6 млн долл. США."),
        ("en", ["United Nations                                                 FLC/GC/9/1/Add.1",
                "Fish Ladder Commission                                        Distr.: General",
                "3.  Report of the Executive Secretary",
                "    The Council will also receive the audited accounts for 2026, which",
                "show expenditure of 2.4 million dollars against a",
                "2.6 million dollar budget.",
                "4.  Monitoring of migratory fish",
                "    The Council will consider a proposal to count migrating salmon at",
                "38 stations along the river."],
         "against a 2.6 million dollar budget."),
    ]

    @Test(arguments: constructedShortTails.indices)
    func constructedShortTailEndsTheSentenceAbove(_ index: Int) {
        let sample = Self.constructedShortTails[index]
        let (bytes, document) = Self.segment(sample.lines, "short-tail-\(sample.language)")
        let paragraphs = Self.unnumbered(document)
        #expect(paragraphs.count == 2)
        #expect(paragraphs.first?.hasSuffix(sample.tail) == true)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// Paragraph numbers in the digits of another script open their paragraphs after a title line that ends no
    /// sentence: Hindi `१.` and Bengali `১.`.
    static let constructedScriptDigitNumbers: [(language: String, lines: [String])] = [
        ("hi", ["संयुक्त राष्ट्र                                                        A/82/341",
                "महासभा                                                      Distr.: General",
                "सरकंडा क्षेत्रों की रक्षा के लिए सिल्डाविया द्वारा किए गए उपाय और उनका परिणाम",
                "१.   वर्ष २०२१ से सिल्डाविया ने वोर्स्क झील के किनारे ४,३०० हेक्टेयर",
                "सरकंडा क्षेत्रों को संरक्षित क्षेत्र घोषित किया है।",
                "२.   सरकंडे की चटाइयाँ बुनने वाले १,२५० कारीगरों को ६०० यूरो की वार्षिक",
                "सहायता मिलती है।"]),
        ("bn", ["জাতিসংঘ                                                             A/82/341",
                "সাধারণ পরিষদ                                                 Distr.: General",
                "নলখাগড়া এলাকা রক্ষায় সিলডাভিয়ার গৃহীত ব্যবস্থা এবং তাদের ফলাফল সম্পর্কে",
                "১.   ২০২১ সাল থেকে সিলডাভিয়া ভোর্স্ক হ্রদের তীরে ৪,৩০০ হেক্টর নলখাগড়া",
                "এলাকাকে সংরক্ষিত এলাকা ঘোষণা করেছে।",
                "২.   নলখাগড়ার মাদুর বোনা ১,২৫০ জন কারিগর বছরে ৬০০ ইউরো সহায়তা",
                "পান।"]),
    ]

    @Test(arguments: constructedScriptDigitNumbers.indices)
    func constructedScriptDigitNumberOpensItsParagraph(_ index: Int) {
        let sample = Self.constructedScriptDigitNumbers[index]
        #expect(PDFLabel.paragraphNumber(Array(sample.lines[3].utf8), 0, sample.lines[3].utf8.count) == 1)
        let (bytes, document) = Self.segment(sample.lines, "script-digits-\(sample.language)")
        #expect(document.numberedParagraphs.map(\.number) == [1, 2])
        #expect(!document.numberedParagraphs.contains { $0.text.contains(String(sample.lines[2].prefix(12))) })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// An annex caption opens the annex after a full line that ends a sentence: French and English.
    static let constructedCaptions: [(language: String, lines: [String])] = [
        ("fr", ["Nations Unies                                                       A/82/341",
                "Assemblée générale                                          Distr. générale",
                "La Mission permanente prie le Secrétaire général de bien vouloir faire",
                "distribuer la présente note et son annexe comme document de l'Assemblée",
                "générale au titre du point 23 de la liste préliminaire de la session.",
                "Annexe à la note verbale datée du 11 mai 2027 adressée au",
                "Secrétaire général par la Mission permanente de la Syldavie",
                "1.   Depuis 2021, la Syldavie a classé 4 300 hectares de roselières."]),
        ("en", ["United Nations                                                      A/82/341",
                "General Assembly                                             Distr.: General",
                "The Permanent Mission requests that the present note and its annex be",
                "circulated as a document of the General Assembly under item 23 of the",
                "preliminary list, together with the report that it sets out in full.",
                "Annex to the note verbale dated 11 May 2027 from the Permanent Mission",
                "of Syldavia addressed to the Secretary-General",
                "1.   Since 2021, Syldavia has protected 4,300 hectares of reed beds."]),
    ]

    @Test(arguments: constructedCaptions.indices)
    func constructedAnnexCaptionOpensAfterAFullLine(_ index: Int) {
        let sample = Self.constructedCaptions[index]
        let (bytes, document) = Self.segment(sample.lines, "caption-\(sample.language)")
        #expect(!Self.unnumbered(document).contains { $0.contains(String(sample.lines[5].prefix(10))) })
        #expect(document.blocks.contains { $0.kind == .annex })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// Paragraphs hard-wrapped well short of the page's width in a caseless script, their inner lines short and
    /// none under half the width: nothing on the page tells a wrapped line from a new paragraph, so the clean-up
    /// pass breaks undecided and the classifier joins the lines again (`CaselessPageContinuation`). Arabic and Hindi.
    static let constructedNarrowWraps: [(language: String, lines: [String])] = [
        ("ar", ["بيان مكتب الأنهار الجليدية",
                "في روريتانيا بشأن الرصد",
                "",
                "1. يرحب المكتب بالخطة الوطنية",
                "لرصد الأنهار الجليدية",
                "التي اعتمدت في 2 أيار/مايو 2030.",
                "",
                "2. وفقا للخطة، ستقيس الحكومة",
                "37 نهرا جليديا كل عام.",
                "",
                "3. يدعو المكتب جميع الدول",
                "إلى المشاركة في العمل",
                "قبل 1 آذار/مارس 2031."]),
        ("hi", ["हिमनद निगरानी पर रूरिटानिया",
                "के कार्यालय का वक्तव्य",
                "",
                "1. कार्यालय 2 मई 2030 को",
                "अपनाई गई राष्ट्रीय हिमनद",
                "निगरानी योजना का स्वागत करता है।",
                "",
                "2. योजना के अनुसार सरकार",
                "हर वर्ष 37 हिमनदों को मापेगी।",
                "",
                "3. कार्यालय सभी राज्यों को",
                "1 मार्च 2031 से पहले काम में",
                "भाग लेने के लिए आमंत्रित करता है।"]),
    ]

    @Test(arguments: constructedNarrowWraps.indices)
    func constructedCaselessLinesWrappedShortStayInTheirParagraphs(_ index: Int) {
        let sample = Self.constructedNarrowWraps[index]
        let (bytes, document) = Self.segment(sample.lines, "narrow-wraps-\(sample.language)")
        #expect(document.numberedParagraphs.map(\.number) == [1, 2, 3])
        #expect(Self.unnumbered(document) == [])
        // The first paragraph's three lines are one paragraph, its last line at its end.
        #expect(document.numberedParagraphs.first?.text.hasSuffix(" " + sample.lines[5]) == true)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// An agenda item's title that reading order broke over a blank line ("2 -  متابعة" / "" / "قرارات …:"): a blank
    /// line the extraction left is no sign the pass read, so the classifier's claim stands and the title is one.
    /// Arabic and Chinese.
    static let constructedBrokenItemTitles: [(language: String, lines: [String], second: String)] = [
        ("ar", ["جدول الأعمال المؤقت", "", "1 -  انتخاب أعضاء المكتب.", "", "2 -  متابعة", "",
                "قرارات المجلس الاقتصادي والاجتماعي ومقرراته:", "", "(أ) تنسيق تعميم مراعاة المنظور الجنساني؛", "",
                "3 -  اعتماد تقرير اللجنة."],
         "متابعة قرارات المجلس الاقتصادي والاجتماعي ومقرراته:"),
        ("zh", ["临时议程", "", "1.  选举主席团成员。", "", "2.  落实", "", "经济及社会理事会的各项决议和决定：", "",
                "(a) 将性别观点纳入主流的协调工作；", "", "3.  通过委员会的报告。"],
         "落实 经济及社会理事会的各项决议和决定："),
    ]

    @Test(arguments: constructedBrokenItemTitles.indices)
    func constructedItemTitleBrokenOverABlankLineIsOneTitle(_ index: Int) {
        let sample = Self.constructedBrokenItemTitles[index]
        let (bytes, document) = Self.segment(sample.lines, "broken-item-title-\(sample.language)")
        #expect(document.numberedParagraphs.map(\.number) == [1, 2, 3])
        #expect(document.numberedParagraphs.dropFirst().first?.text == sample.second)
        #expect(Self.unnumbered(document) == [])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// A numbered paragraph near the top that reads like a masthead's session field ("… at its session in 2030 with
    /// the") is no masthead line: its last line, opening with a capital or in a caseless script, goes on. English and
    /// Hindi.
    static let constructedSessionParagraphs: [(language: String, lines: [String], tail: String)] = [
        ("en", ["Regional goals for millet farming", "",
                "1. The Conference adopts the regional goals and targets for millet farming set out below.", "",
                "2. The Conference takes note of the list of States taking part in the programme.", "",
                "3. The Conference decides to review the goals at its session in 2030 with the",
                "Executive Board of the programme."],
         "with the Executive Board of the programme."),
        ("hi", ["कोदो खेती के लिए क्षेत्रीय लक्ष्य", "",
                "१. सम्मेलन नीचे दिए गए कोदो खेती संबंधी क्षेत्रीय लक्ष्यों को अपनाता है।", "",
                "२. सम्मेलन कार्यक्रम में भाग लेने वाले राज्यों की सूची पर ध्यान देता है।", "",
                "३. सम्मेलन वर्ष २०३० के अपने सत्र में लक्ष्यों की समीक्षा करने का",
                "निर्णय करता है।"],
         "समीक्षा करने का निर्णय करता है।"),
    ]

    @Test(arguments: constructedSessionParagraphs.indices)
    func constructedNumberedParagraphIsNoMastheadLine(_ index: Int) {
        let sample = Self.constructedSessionParagraphs[index]
        let (bytes, document) = Self.segment(sample.lines, "session-paragraph-\(sample.language)")
        #expect(document.numberedParagraphs.map(\.number) == [1, 2, 3])
        #expect(document.numberedParagraphs.last?.text.hasSuffix(sample.tail) == true)
        #expect(Self.unnumbered(document) == [])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// A paragraph number before an ideographic space ("2.　加盟国に対し…", Japanese) is a label as one before a space is.
    @Test func aParagraphNumberBeforeAnIdeographicSpaceIsALabel() {
        let line = Array("2.　加盟国に対し、特に若い女性のための見習い制度を支援するよう奨".utf8)
        #expect(PDFLabel.paragraphNumber(line, 0, line.count) == 2)
        let figure = Array("2.5　トン".utf8)
        #expect(PDFLabel.paragraphNumber(figure, 0, figure.count) == nil)
    }
}
