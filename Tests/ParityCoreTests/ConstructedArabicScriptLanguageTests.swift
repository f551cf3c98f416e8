import Foundation
import ParityTestSupport
import Testing
@testable import ParityCore

/// Languages written in the Arabic script other than Arabic: told apart by
/// the letters they add and their function words (`ArabicScriptLanguages`),
/// their items lettered in their own alphabets (`ArabicScriptItemLetters`),
/// their headings labelled by ordinal words no table lists
/// (`WordLabelSequence`), and contents pages in their digits.
@Suite struct ConstructedArabicScriptLanguageTests {
    private func detect(_ text: String) -> Language? { LanguageDetector.detect(Array(text.utf8)) }

    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    // MARK: Language identification

    @Test(arguments: [
        ("dev/report-qanats.constructed.fa.txt", "fa"),
        ("dev/agenda-caravanserais.constructed.ur.txt", "ur"),
    ])
    func constructedDevTextsAreIdentifiedByTheirLetters(_ file: String, _ code: String) throws {
        let bytes = try RepositoryPaths.fixtureBytes("constructed-documents/" + file)
        #expect(LanguageDetector.detect(bytes) == Language(code: code))
    }

    /// A text in a script no language here is usual for names no language, though it writes the Arabic comma,
    /// semicolon and digits: constructed Syriac (`،` and `؛` between clauses, Arabic-Indic figures) and Thaana;
    /// an Arabic paragraph with many Latin symbols and figures stays Arabic.
    @Test func constructedTextsInAnotherScriptWithArabicPunctuationNameNoLanguage() {
        let syriac = "ܐ. ܡܛܠ ܫܘܐܠܐ ܕܡܝܐ، ܘܥܠ ܡܕܝܢܬܐ ܕܝܠܗܘܢ؛ ܘܥܠ ܩܘܝܡܐ ܕ٢٠٢٨، ١٦٨٠ ܐܢܫܐ ܦܠܚܘ ܒܫܢܬܐ.\n\n"
            + "ܒ. ܘܐܬܒܥܝ ܕܢܣܬܥܪ ܥܒܕܐ ܗܢܐ، ܘܢܬܒܩܐ ܥܕܡܐ ܠ١٥ ܒܐܕܪ.\n"
        #expect(detect(syriac) == nil)
        let thaana = "1. ކޮމިޓީން، ސަރުކާރުގެ މަސައްކަތަށް ޝުކުރުދަންނަވައެވެ؛ 2028 ވަނަ އަހަރު 14 ފާރު ހެދިއެވެ.\n"
        #expect(detect(thaana) == nil)
        let arabic = "1 - ترحب اللجنة بالتقرير A/83/176 المؤرخ 12 آذار/مارس 2028، وبالوثيقة E/2028/64، وتلاحظ أن 1 240 حرفياً شاركوا.\n"
        #expect(detect(arabic) == .arabic)
    }

    /// Every Arabic dev text stays Arabic, as does the Arabic UDHR (its markup taken out).
    @Test func arabicTextsStayArabic() throws {
        let folder = RepositoryPaths.fixture("constructed-documents/dev")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".ar.txt") }
        #expect(files.count >= 6)
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
            #expect(LanguageDetector.detect(bytes) == .arabic, "\(file)")
        }
        let udhr = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Sources-Texts/udhr/udhr_arb.xml"), encoding: .utf8)
        let text = udhr.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        #expect(detect(text) == .arabic)
    }

    /// An Arabic text that names Persian and Urdu people and places (`پ`, `گ`, `ک`, `ی`, `ے`) is still Arabic.
    @Test func constructedArabicQuotingPersianNamesStaysArabic() {
        let text = """
        ١ - رحبت اللجنة بالتقرير الذي قدمه السيد پرویز گلشیری، ممثل جمهورية روريتانيا، عن زيارته إلى مدينة کرمانشاه وإلى إقليم \
        پنجاب، وأشارت إلى أن الحكومة قد اعتمدت في عام ٢٠٢٦ خطة وطنية لحماية المياه الجوفية التي تعتمد عليها القرى في المنطقة.
        ٢ - وطلبت اللجنة إلى الحكومة أن تقدم في تقريرها المقبل معلومات عن عدد القنوات التي تم ترميمها وعن الموارد التي خصصت لها، \
        وأن تبين التدابير التي اتخذت لإشراك المجتمعات المحلية في صيانة تلك القنوات على المدى الطويل.
        """
        #expect(detect(text) == .arabic)
    }

    /// Constructed lines in Central Kurdish, Pashto, Uyghur and Sindhi: each language's own letters and words name it.
    @Test(arguments: [
        ("ئەم ڕاپۆرتە باری کەناوەکانی ئاو و ئەو گوندانە دەخاتە ڕوو کە پشتیان پێ دەبەستن، لەگەڵ ڕاسپاردەکان بۆ دەوڵەتانی ئەندام لەسەر پاراستنی ئاو.", "ckb"),
        ("دا راپور د اوبو د کاریزونو حالت او د هغو کلیو ستونزې څېړي چې په دې اوبو تکیه کوي، او غړو هېوادونو ته سپارښتنې وړاندې کوي.", "ps"),
        ("بۇ دوكلات كارىز سۇلىرىنىڭ ئەھۋالى ۋە ئۇلارغا تايىنىدىغان يېزىلارنىڭ مەسىلىلىرى ھەققىدە بولۇپ، ئەزا دۆلەتلەرگە تەكلىپ بېرىدۇ.", "ug"),
        ("هيءَ رپورٽ ڪاريز جي پاڻيءَ جي حالت ۽ انهن ڳوٺن جي مسئلن بابت آهي جيڪي ان پاڻيءَ تي ڀاڙين ٿا، ۽ ميمبر ملڪن کي سفارشون ڏئي ٿي.", "sd"),
    ])
    func constructedLinesAreIdentifiedByLettersAndWords(_ text: String, _ code: String) {
        #expect(detect(text) == Language(code: code))
    }

    /// Added letters that no profile owns and no function word: not Arabic, but no language either.
    @Test func addedLettersWithoutAProfileLeaveTheLanguageUndetermined() {
        #expect(detect("پژگ چکی ژپگ گچژ کیپ ژگچ پکی چژگ") == nil)
    }

    // MARK: Items

    private func itemIDs(_ text: String) -> [String] {
        segment(text).blocks.filter { $0.kind == .listItem }.map(\.id)
    }

    /// Kurdish `(ئا)` `(ب)` `(پ)`, Persian `(الف)` `(ب)` `(پ)` `(ت)`: the run gives the place; Arabic keeps the abjad.
    @Test func constructedItemsInOtherAlphabetsFollowTheirRun() {
        let kurdish = "١- سکرتێری گشتی ڕادەسپێرێت کە دەوڵەتان:\n(ئا) یەکەم ئەرک؛\n(ب) دووەم ئەرک؛\n(پ) سێیەم ئەرک.\n\n٢- کۆتایی.\n"
        #expect(itemIDs(kurdish) == ["p1-a", "p1-b", "p1-c"])
        let persian = "۱- دبیرکل توصیه می‌کند:\n(الف) نخست؛\n(ب) دوم؛\n(پ) سوم؛\n(ت) چهارم.\n\n۲- پایان.\n"
        #expect(itemIDs(persian) == ["p1-a", "p1-b", "p1-c", "p1-d"])
        let arabic = "١ - يوصي الأمين العام بما يلي:\n(أ) الأول؛\n(ب) الثاني؛\n(ج) الثالث.\n\n٢ - النهاية.\n"
        #expect(itemIDs(arabic) == ["p1-a", "p1-b", "p1-c"])
    }

    @Test func itemLetterShapes() {
        #expect(ArabicScriptItemLetters.provisionalKey(Array("ئا".unicodeScalars)[...]) != nil)
        #expect(ArabicScriptItemLetters.provisionalKey(Array("الف".unicodeScalars)[...]) != nil)
        #expect(ArabicScriptItemLetters.provisionalKey(Array("پ".unicodeScalars)[...]) != nil)
        // An abjad letter is read by the abjad; a word is no letter.
        #expect(ArabicScriptItemLetters.provisionalKey(Array("ب".unicodeScalars)[...]) == nil)
        #expect(ArabicScriptItemLetters.provisionalKey(Array("ما".unicodeScalars)[...]) == nil)
        #expect(ArabicScriptItemLetters.resolve(provisional: false, abjad: 22, after: (3, true))?.key == "d")
        #expect(ArabicScriptItemLetters.resolve(provisional: false, abjad: 3, after: (2, false))?.key == "c")
    }

    // MARK: Headings by ordinal words

    private func headings(_ text: String) -> [String] {
        segment(text).blocks.filter { $0.kind == .heading }.compactMap(\.labelPath)
    }

    /// Persian sections `اول -`, `دوم -`, `سوم -` and letters `الف -`, `ب -`: ordinals by first use, letters by sequence.
    @Test func constructedOrdinalWordHeadingsAreLearned() {
        let text = """
        اول - مقدمه

        ۱- این گزارش ارائه می‌شود.

        دوم - وضعیت قنات‌ها

        الف - نگهداری

        ۲- نگهداری انجام می‌شود.

        ب - مرمت

        ۳- مرمت انجام شد.

        سوم - توصیه‌ها

        ۴- دبیرکل توصیه می‌کند.

        """
        #expect(headings(text) == ["I", "II", "II.A", "II.B", "III"])
    }

    /// One word labelling one line, or a word labelling many (`یادداشت -`, "Note -"), teaches no sequence.
    @Test func constructedWordsOutsideASequenceLabelNothing() {
        let single = "اول - مقدمه\n\n۱- این گزارش ارائه می‌شود.\n\n۲- پایان.\n"
        #expect(headings(single).allSatisfy { $0.contains("*") })
        let repeated = """
        یادداشت - نخست

        ۱- متن.

        منبع - سازمان

        یادداشت - دوم

        ۲- متن.

        یادداشت - سوم

        ۳- متن.

        """
        let words = ["یادداشت", "منبع", "یادداشت", "یادداشت"].enumerated().map { (unit: 2 * $0.offset, word: Array($0.element.unicodeScalars), known: Int?.none) }
        #expect(WordLabelSequence.learn(words).ordinals.isEmpty)
        // `رئیس - …`, `گزارشگر - …` on consecutive lines: a list of officers, not two sections.
        let officers = ["رئیس", "گزارشگر"].enumerated().map { (unit: 5 + $0.offset, word: Array($0.element.unicodeScalars), known: Int?.none) }
        #expect(WordLabelSequence.learn(officers).ordinals.isEmpty)
        let sections = ["اول", "دوم"].enumerated().map { (unit: 5 + 3 * $0.offset, word: Array($0.element.unicodeScalars), known: Int?.none) }
        #expect(WordLabelSequence.learn(sections).ordinals.count == 2)
        #expect(!headings(repeated).contains("I"))
    }

    // MARK: Contents

    /// Contents pages in Extended Arabic-Indic digits make a contents block; the page column caption set over
    /// the page numbers leaves the line above it as the caption (dev/report-qanats, fa).
    @Test func constructedContentsWithPersianPageDigits() throws {
        let bytes = try RepositoryPaths.fixtureBytes("constructed-documents/dev/report-qanats.constructed.fa.txt")
        let blocks = PlainTextSegmenter().segment(DecodedText(String(decoding: bytes, as: UTF8.self)), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .tocHeading }.map(\.text) == ["فهرست مطالب", "صفحه"])
        #expect(blocks.filter { $0.kind == .tocEntry }.compactMap(\.labelPath) == ["I", "II", "II.A", "II.B", "III"])
        #expect(blocks.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I", "II", "II.A", "II.B", "III"])
    }
}
