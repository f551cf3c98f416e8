import Testing
@testable import ParityCore

/// Unit tests of the six UN languages' conventions on short constructed snippets
/// (made up for these tests; they are not taken from, or translations of, real documents).
@Suite struct LanguageConventionsTests {
    private func segment(_ text: String, language: Language? = nil) -> Document {
        PlainTextSegmenter(language: language).segment(DecodedText(text), sourceName: "constructed")
    }

    private func label(_ text: String, _ language: Language? = nil) -> BlockLabel.Form? {
        LabelParser.parse(Array(text.unicodeScalars), language: language)?.form
    }

    // MARK: Paragraph numbers

    @Test(arguments: [
        ("1. Constructed paragraph.", 1), ("12. Párrafo construido.", 12), ("3. Абзац.", 3),
        ("１．构造段落。", 1), ("1．构造段落。", 1), ("2.构造段落。", 2),
        ("1 - فقرة مصطنعة.", 1), ("1- فقرة مصطنعة.", 1), ("١ - فقرة مصطنعة.", 1), ("١٢ - فقرة.", 12),
    ])
    func constructedParagraphNumbers(_ text: String, _ number: Int) {
        #expect(label(text) == .number(number))
    }

    @Test(arguments: ["10.00 a 13.00 horas", "2006 - 2007 budget", "27 de julio de 2006", "1.5 million"])
    func constructedTextsThatAreNotParagraphNumbers(_ text: String) {
        #expect(label(text) == nil)
    }

    // MARK: Section headings

    @Test(arguments: [
        ("I. Introduction", 1), ("IV. Título", 4), ("XII. Title", 12),
    ])
    func constructedRomanHeadings(_ text: String, _ value: Int) {
        guard case .section(let roman, _)? = label(text) else {
            Issue.record("no section label in \(text)")
            return
        }
        #expect(roman == value)
    }

    @Test(arguments: [
        ("أولا - مقدمة", 1), ("أولاً - مقدمة", 1), ("اولا - مقدمة", 1), ("ثانيا - الاستنتاجات", 2),
        ("ثالثاً - عنوان", 3), ("رابعا - عنوان", 4), ("خامسا - عنوان", 5), ("سادسا - عنوان", 6),
        ("سابعا - عنوان", 7), ("ثامنا - عنوان", 8), ("تاسعا - عنوان", 9), ("عاشرا - عنوان", 10),
        ("حادي عشر - عنوان", 11), ("ثاني عشر - عنوان", 12),
        ("一、导言", 1), ("二. 结论", 2), ("三．建议", 3), ("十一、其他", 11),
    ])
    func constructedOrdinalHeadings(_ text: String, _ value: Int) {
        #expect(label(text) == .ordinal(value))
    }

    @Test(arguments: [
        ("ألف - عنوان", 1), ("باء - عنوان", 2), ("بـاء - عنوان", 2), ("جيم - عنوان", 3), ("دال - عنوان", 4),
        ("هاء - عنوان", 5), ("واو - عنوان", 6), ("زاي - عنوان", 7), ("حاء - عنوان", 8), ("طاء - عنوان", 9),
        ("ياء - عنوان", 10), ("（一）第一小节", 1), ("（二）第二小节", 2),
    ])
    func constructedLetterHeadings(_ text: String, _ position: Int) {
        #expect(label(text) == .letter(position))
    }

    @Test func constructedCyrillicLettersFollowTheRussianAlphabet() {
        #expect(label("А. Раздел") == .section(roman: nil, letters: [1]))
        #expect(label("Б. Раздел") == .section(roman: nil, letters: [2]))
        #expect(label("В. Раздел") == .section(roman: nil, letters: [3]))
        #expect(label("Г. Раздел") == .section(roman: nil, letters: [4]))
        #expect(label("К. Раздел") == .section(roman: nil, letters: [10]))
        // A Latin B in a Russian text stands for the Cyrillic В, the third letter.
        #expect(label("B. Раздел", .russian) == .section(roman: nil, letters: [3, 2]))
        #expect(label("B. Section", .english) == .section(roman: nil, letters: [2, 3]))
    }

    @Test func constructedRussianSectionsWithLatinLookalikes() {
        let document = segment("""
        I. Введение

        1. Абзац.

        A. Раздел с латинской A

        2. Абзац.

        Б. Раздел

        3. Абзац.

        B. Раздел с латинской B

        4. Абзац.

        Г. Раздел

        5. Абзац.

        Д. Раздел

        6. Абзац.

        E. Раздел с латинской E

        7. Абзац.
        """)
        #expect(document.language == .russian)
        let paths = document.blocks.filter { $0.kind == .heading }.compactMap(\.labelPath)
        #expect(paths == ["I", "I.A", "I.B", "I.C", "I.D", "I.E", "I.F"])
        #expect(document.numberedParagraphs.count == 7)
    }

    @Test func constructedLatinSectionsChooseLetterOrRomanBySequence() {
        let document = segment("""
        I. Introduction

        A. First

        1. Text.

        B. Second

        2. Text.

        C. Third

        3. Text.

        D. Fourth

        4. Text.

        II. Next

        5. Text.
        """)
        let headings = document.blocks.filter { $0.kind == .heading }
        #expect(headings.compactMap(\.labelPath) == ["I", "I.A", "I.B", "I.C", "I.D", "II"])
        #expect(headings.compactMap(\.level) == [1, 2, 2, 2, 2, 1])
    }

    // MARK: Normalised paths across languages

    @Test func constructedArabicDocumentGetsTheSamePathsAsOtherLanguages() {
        let document = segment("""
        أولاً - مقدمة

        1 - فقرة مصطنعة للاختبار.

        ثانيا - الاستنتاجات

        ألف - عنوان فرعي

        ٢ - فقرة مصطنعة.

        بـاء - عنوان آخر

        3- فقرة مصطنعة أخرى.
        """)
        #expect(document.language == .arabic)
        let headings = document.blocks.filter { $0.kind == .heading }
        #expect(headings.compactMap(\.labelPath) == ["I", "II", "II.A", "II.B"])
        #expect(headings.map(\.id) == ["h-I", "h-II", "h-II-A", "h-II-B"])
        #expect(headings.first?.label == "أولاً -")
        #expect(headings.first?.text == "مقدمة")
        #expect(document.numberedParagraphs.compactMap(\.number) == [1, 2, 3])
    }

    @Test func constructedChineseDocumentGetsTheSamePathsAsOtherLanguages() {
        let document = segment("""
        一、导言

        1．构造的段落。

        二、结论

        （一）第一小节

        2．构造的段落。

        （二）第二小节

        ３．构造的段落。
        """)
        #expect(document.language == .chinese)
        #expect(document.blocks.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I", "II", "II.A", "II.B"])
        #expect(document.numberedParagraphs.map(\.text) == ["构造的段落。", "构造的段落。", "构造的段落。"])
    }

    // MARK: Subparagraphs

    @Test(arguments: [
        ("(a) item", "a"), ("a) item", "a"), ("(ii) item", "ii"), ("(iv) item", "iv"),
        ("а) пункт", "a"), ("б) пункт", "b"), ("(أ) بند", "a"), ("(ب) بند", "b"), ("(هـ) بند", "e"), ("(1) item", "1"),
    ])
    func constructedSubparagraphLabels(_ text: String, _ key: String) {
        #expect(label(text) == .subparagraph(key: key))
    }

    @Test func constructedSubparagraphsBecomeListItemsOfTheirParagraph() {
        let document = segment("""
        5. The constructed Council:

        (a) Decides one thing;

        (b) Decides another;

        (i) with a detail;

        6. Another paragraph.
        """)
        let items = document.blocks.filter { $0.kind == .listItem }
        #expect(items.map(\.id) == ["p5-a", "p5-b", "p5-i"])
        #expect(items.allSatisfy { $0.parent == "p5" })
        #expect(items.map(\.label) == ["(a)", "(b)", "(i)"])
        #expect(items.first?.text == "Decides one thing;")
    }

    @Test func constructedRussianAndArabicSubparagraphsGetLatinKeys() {
        let russian = segment("1. Абзац:\n\nа) первый;\n\nб) второй.\n")
        #expect(russian.blocks.filter { $0.kind == .listItem }.map(\.id) == ["p1-a", "p1-b"])
        let arabic = segment("1 - فقرة:\n\n(أ) الأول؛\n\n(ب) الثاني.\n")
        #expect(arabic.blocks.filter { $0.kind == .listItem }.map(\.id) == ["p1-a", "p1-b"])
    }

    // MARK: Header lines

    @Test(arguments: [
        ("Distr.: General", MetadataField.distribution), ("Distr. general", .distribution),
        ("Distr. générale", .distribution), ("Distr.: Limited", .distribution),
        ("Original: English", .originalLanguage), ("Original: inglés", .originalLanguage),
        ("Original : anglais", .originalLanguage), ("Язык оригинала: английский", .originalLanguage),
        ("الأصل: بالإنكليزية", .originalLanguage), ("原文：英文", .originalLanguage),
        ("27 July 2006", .date), ("27 de julio de 2006", .date), ("27 juillet 2006", .date),
        ("27 июля 2006 года", .date), ("27 تموز/يوليه 2006", .date), ("2006年7月27日", .date),
        ("English", .language), ("Français", .language), ("Español", .language), ("Русский", .language),
        ("Arabic", .language), ("عربي", .language), ("Chinese", .language), ("中文", .language),
        ("A/61/187", .symbol), ("E/CN.4/2006/1", .symbol), ("S/RES/1701 (2006)", .symbol), ("A/HRC/7/L.1/Rev.1", .symbol),
        ("General Assembly", .organ), ("Asamblea General", .organ), ("Генеральная Ассамблея", .organ),
        ("الجمعية العامة", .organ), ("大会", .organ), ("Security Council", .organ),
        ("Sixty-first session", .session), ("Soixante et unième session", .session),
        ("Sexagésimo primer período de sesiones", .session), ("Шестьдесят первая сессия", .session),
        ("الدورة الحادية والستون", .session), ("第六十一届会议", .session),
        ("Item 54 (b) of the provisional agenda", .agendaItem), ("Point 54 b) de l’ordre du jour provisoire", .agendaItem),
        ("Tema 54 b) del programa provisional", .agendaItem), ("Пункт 54(b) предварительной повестки дня", .agendaItem),
        ("البند 54 (ب) من جدول الأعمال المؤقت", .agendaItem), ("临时议程项目54(b)", .agendaItem),
        // Items of the preliminary list, in every language with a table.
        ("暂定项目清单*项目19(c)", .agendaItem), ("Item 72 of the preliminary list*", .agendaItem),
        ("Point 72 de la liste préliminaire*", .agendaItem), ("Tema 72 de la lista preliminar*", .agendaItem),
        ("Пункт 72 предварительного перечня*", .agendaItem), ("البند 72 من القائمة الأولية*", .agendaItem),
        ("Punkt 72 der vorläufigen Liste*", .agendaItem), ("Item 72 da lista preliminar*", .agendaItem),
        ("暫定議題リスト*議題72", .agendaItem), ("मद 72, प्रारंभिक सूची*", .agendaItem),
        ("第七十九届会议", .session),
    ])
    func constructedHeaderLines(_ text: String, _ field: MetadataField) {
        #expect(HeaderLineRecognizer.recognize(text) == .field(field))
    }

    @Test(arguments: ["Resumen de las audiencias", "Globalization and interdependence", "A/", "Introduction"])
    func constructedLinesThatAreNotHeaderLines(_ text: String) {
        #expect(HeaderLineRecognizer.recognize(text) == nil)
    }

    @Test(arguments: [
        ("Original: English", Language.english), ("Original : anglais", .english), ("Original: francés", .french),
        ("Язык оригинала: английский", .english), ("الأصل: بالإنكليزية", .english), ("الأصل: بالفرنسية", .french), ("原文：英文", .english),
    ])
    func constructedOriginalLanguages(_ line: String, _ language: Language) {
        let value = HeaderLineRecognizer.originalLanguageValue(line)
        #expect(value.flatMap(HeaderLineRecognizer.language(named:)) == language)
    }

    @Test func constructedEnglishHeaderFillsMetadata() {
        let document = segment("""
        United Nations

        A/61/187*

        General Assembly

        Distr.: General
        27 July 2006
        English
        Original: French

        Sixty-first session
        Item 54 (b) of the provisional agenda

        Constructed title

        * Reissued for technical reasons.

        I. Introduction

        1. Constructed text.
        """)
        #expect(document.language == .english)
        let metadata = document.metadata
        #expect(metadata.symbol == "A/61/187")
        #expect(metadata.organ == "General Assembly")
        #expect(metadata.distribution == "General")
        #expect(metadata.date == "27 July 2006")
        #expect(metadata.languageName == "English")
        #expect(metadata.originalLanguage == .french)
        #expect(metadata.session == "Sixty-first session")
        #expect(metadata.agendaItem == "Item 54 (b) of the provisional agenda")
        #expect(metadata.title == "Constructed title")
        #expect(document.block(id: "meta-symbol")?.footnoteRefs == ["fn-star"])
        #expect(document.block(id: "fn-star")?.citedBy == ["meta-symbol"])
        #expect(document.block(id: "meta-organization")?.text == "United Nations")
    }

    // MARK: Language detection

    @Test(arguments: [
        ("The Council of the constructed organization and the members of the group.", Language.english),
        ("Le Conseil et les membres des groupes de la organisation sur le texte.", .french),
        ("El Consejo y los miembros de las organizaciones del grupo que se reúnen.", .spanish),
        ("Совет и члены группы по вопросам организации.", .russian),
        ("إن المجلس وأعضاء المجموعة في المنظمة.", .arabic),
        ("理事会和工作组成员的构造文本。", .chinese),
    ])
    func constructedTextsAreDetectedByScriptAndFrequentWords(_ text: String, _ language: Language) {
        #expect(LanguageDetector.detect(Array(text.utf8)) == language)
    }

    @Test(arguments: [
        ("Distr. générale\n27 juillet 2006\n\nTexte.\n", Language.french),
        ("Distr. general\n27 de julio de 2006\n\nTexto.\n", .spanish),
        ("Distr.: General\n27 July 2006\n\nText.\n", .english),
    ])
    func constructedHeaderDatesTellLatinLanguagesApart(_ text: String, _ language: Language) {
        #expect(LanguageDetector.detect(Array(text.utf8)) == language)
    }

    /// A Latin-script text in a language without a profile shares a few frequent
    /// words with a profiled one by chance ("a", "y", "para"): too few of its
    /// words to name that language (`LanguageDetector.confidentShare`).
    @Test func constructedTextsInUnprofiledLanguagesAreLeftUndetermined() {
        let welsh = """
        Dosb.: Cyffredinol
        12 Ebrill 2027

        Mae'r Pwyllgor yn croesawu'r adroddiad a gyflwynwyd gan y wladwriaeth ac yn nodi bod y gyfraith newydd wedi dod i rym.
        Gofynnodd y Pwyllgor faint o swyddfeydd oedd ar agor ym mhob rhanbarth a pha gamau oedd wedi'u cymryd i gefnogi'r teuluoedd.
        Dywedodd y ddirprwyaeth fod y llywodraeth yn bwriadu agor swyddfeydd newydd yn ystod y flwyddyn nesaf ac y byddai'n
        rhannu'r data gyda'r Pwyllgor cyn diwedd y sesiwn nesaf er mwyn dangos y cynnydd a wnaed.
        """
        let tagalog = """
        Ipinahayag ng Komite ang pagtanggap nito sa ulat ng Estado at binanggit na ang bagong batas ay ipinatupad noong nakaraang taon.
        Tinanong ng Komite kung ilang tanggapan ang bukas sa bawat rehiyon at kung anong mga hakbang ang ginawa para sa mga pamilya.
        Sinabi ng delegasyon na ang pamahalaan ay magbubukas ng mga bagong tanggapan sa susunod na taon at ibabahagi nito ang mga
        datos sa Komite bago matapos ang susunod na sesyon upang ipakita ang naging pag-unlad ng programa y ng mga kasosyo nito.
        """
        #expect(LanguageDetector.detect(Array(welsh.utf8)) == nil)
        #expect(LanguageDetector.detect(Array(tagalog.utf8)) == nil)
        let french = """
        Le Comité accueille avec satisfaction le rapport présenté par l'État partie et note que la nouvelle loi est entrée en vigueur.
        Il demande combien de bureaux sont ouverts dans chaque région et quelles mesures ont été prises pour aider les familles.
        La délégation indique que le gouvernement prévoit d'ouvrir de nouveaux bureaux au cours de l'année prochaine et qu'il
        communiquera les données au Comité avant la fin de la prochaine session pour montrer les progrès accomplis dans le pays.
        """
        #expect(LanguageDetector.detect(Array(french.utf8)) == .french)
    }

    @Test func constructedHeaderLanguageLineWinsOverScript() {
        #expect(LanguageDetector.detect(Array("Asamblea General\n\nEspañol\n\nThe text of the body.\n".utf8)) == .spanish)
        #expect(segment("中文\n\n1. Text.\n").language == .chinese)
        #expect(segment("Text of the body.\n", language: .french).language == .french)
    }

    // MARK: Markup and footnote markers

    @Test func constructedMarkupIsRemovedIntoEmphasisSpans() {
        let document = segment("1. A **bold** word, an <i>italic</i> one, <b>more</b> and *stress* here, but 5 * 3 stays.\n")
        let paragraph = document.numberedParagraphs.first
        #expect(paragraph?.text == "A bold word, an italic one, more and stress here, but 5 * 3 stays.")
        #expect(paragraph?.emphasis == [
            EmphasisSpan(start: 2, end: 6, style: .bold), EmphasisSpan(start: 16, end: 22, style: .italic),
            EmphasisSpan(start: 28, end: 32, style: .bold), EmphasisSpan(start: 37, end: 43, style: .italic),
        ])
    }

    @Test func constructedSuperscriptAndDoubleAsteriskMarkersAreLinked() {
        let document = segment("""
        1. First claim² and second claim**.

        ² Constructed note two.

        ** Constructed note star-star.
        """)
        #expect(document.block(id: "p1")?.text == "First claim and second claim.")
        #expect(document.block(id: "p1")?.footnoteRefs == ["fn2", "fn-star2"])
        #expect(document.block(id: "fn2")?.citedBy == ["p1"])
        #expect(document.block(id: "fn-star2")?.citedBy == ["p1"])
        #expect(document.blocks.filter { $0.kind == .footnote }.count == 2)
    }

    @Test func constructedSlashFootnotesOfOlderDocuments() {
        let document = segment("""
        1. As stated in the constructed report 1/ and in resolution 60/227, the text goes on 2/.

        1/ A/60/871.

        2/ Constructed note.
        """)
        #expect(document.block(id: "p1")?.text == "As stated in the constructed report and in resolution 60/227, the text goes on.")
        #expect(document.block(id: "p1")?.footnoteRefs == ["fn1", "fn2"])
        #expect(document.block(id: "fn1")?.label == "1/")
        #expect(document.block(id: "fn1")?.citedBy == ["p1"])
    }

    @Test func constructedPageBreakWithFootnoteBetweenTheHalves() {
        let document = segment("""
        7. The participants stressed³ that the

        ³ Constructed note.

        constructed text goes on after the page break.

        8. Next.
        """)
        let p7 = document.block(id: "p7")
        #expect(p7?.text == "The participants stressed that the constructed text goes on after the page break.")
        #expect(p7?.sourceRanges.count == 2)
        #expect(document.blocks.map(\.id) == ["p7", "fn3", "p8"])
        #expect(p7?.footnoteRefs == ["fn3"])
    }

    @Test func constructedAnnexCaptions() {
        #expect(CaptionRecognizer.annexLabel("Annex") == "")
        #expect(CaptionRecognizer.annexLabel("Anexo") == "")
        #expect(CaptionRecognizer.annexLabel("Annex II") == "II")
        #expect(CaptionRecognizer.annexLabel("Приложение") == "")
        #expect(CaptionRecognizer.annexLabel("المرفق") == "")
        #expect(CaptionRecognizer.annexLabel("附件一") == "I")
        #expect(CaptionRecognizer.annexLabel("Annexes to the report of the committee") == nil)
    }

    @Test func constructedTableOfContentsWithDotLeaders() {
        let document = segment("""
        Contents

        Paragraphs Page
        I. Introduction ........ 1-2 3
        II. Findings ........ 3 4

        I. Introduction

        1. Text.

        2. Text.

        II. Findings

        3. Text.
        """)
        let entries = document.blocks.filter { $0.kind == .tocEntry }
        #expect(entries.map(\.id) == ["toc-I", "toc-II"])
        #expect(entries.map(\.tocTarget) == [TOCTarget(firstParagraph: 1, lastParagraph: 2, page: "3"),
                                             TOCTarget(firstParagraph: 3, lastParagraph: 3, page: "4")])
        #expect(TableOfContentsCheck.compare(document).allSatisfy { $0.agrees })
    }

    @Test func constructedNumeralsRoundTrip() {
        #expect(RomanNumeral.value(of: "XIV".unicodeScalars) == 14)
        #expect(RomanNumeral.value(of: "IIII".unicodeScalars) == nil)
        #expect(ChineseNumeral.labelValue("二十三".unicodeScalars) == 23)
        #expect(Numerals.latinLetter(27) == "AA")
        #expect(ArabicNumbering.ordinalValue("عاشراً".unicodeScalars) == 10)
        #expect(CyrillicNumbering.position("Я") == 28)
    }
}
