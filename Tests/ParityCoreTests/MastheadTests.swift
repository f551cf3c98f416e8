import Testing
import ParityTestSupport
@testable import ParityCore

/// The UN masthead as text extractors (`pdftotext`, copy-paste from a PDF)
/// give it: columns merged into one line ("United Nations A/61/187"), job
/// number and barcode among the header lines, hard-wrapped paragraphs in a
/// text without form feeds. One short real excerpt (E/CN.7/2003/10) and
/// constructed snippets in the six languages.
@Suite struct MastheadTests {
    /// `id kind field text` for every block, `-` for no field.
    static func outline(_ document: Document) -> [String] {
        document.blocks.map { "\($0.id) \($0.kind.rawValue) \($0.metadataField?.rawValue ?? "-") \($0.text)" }
    }

    static func segment(_ text: String, _ name: String) -> (bytes: [UInt8], document: Document) {
        let bytes = Array(text.utf8)
        return (bytes, PlainTextSegmenter().segment(DecodedText(utf8: bytes, encoding: .utf8), sourceName: name))
    }

    /// The masthead blocks every constructed A/61/187 snippet shares after its own organization, organ and header lines.
    static func checkCommonShape(_ document: Document, _ bytes: [UInt8]) {
        #expect(PDFExtractionDetector.looksExtracted(bytes))
        #expect(LosslessCoverage.violations(bytes, document) == [])
        #expect(document.metadata.symbol == "A/61/187")
        #expect(!document.blocks.contains { $0.kind == .title && $0.text.contains("0644927") })
        #expect(document.blocks.filter { $0.kind == .pageFurniture }.allSatisfy { $0.emphasis.isEmpty })
        for block in document.blocks {
            for range in block.sourceRanges {
                #expect(String(decoding: bytes[range.start..<range.end], as: UTF8.self).unicodeScalars.count > 0)
            }
        }
    }

    // MARK: - Real excerpt

    /// A short excerpt of the public UN document E/CN.7/2003/10 (the first
    /// page as pdftotext gives it, cut in the middle of paragraph 1).
    static let excerptE_CN_7_2003_10 = """
        United Nations E/CN.7/2003/10
        Economic and Social Council Distr.: General
        29 January 2003
        Original: English
        V.03-80680 (E) 270203 280203
        *0380680*
        Commission on Narcotic Drugs
        Forty-sixth session
        Vienna, 8-17 April 2003
        Item 5 of the provisional agenda*
        Illicit drug traffic and supply
        Strengthening international cooperation in the control of
        opium poppy cultivation
        Report of the Executive Director
        1. In its resolution 45/10, the Commission on Narcotic Drugs called upon the
        United Nations International Drug Control Programme (UNDCP) to strengthen its

        """

    @Test func realExcerptE_CN_7_2003_10() throws {
        let (bytes, document) = Self.segment(Self.excerptE_CN_7_2003_10, "E_CN.7_2003_10-excerpt.txt")
        // Sixteen lines, no form feed: the masthead alone says the text comes from a PDF.
        #expect(PDFExtractionDetector.looksExtracted(bytes))
        #expect(Self.outline(document) == [
            "meta-organization metadata - United Nations",
            "meta-symbol metadata symbol E/CN.7/2003/10",
            "meta-organ metadata organ Economic and Social Council",
            "meta-distribution metadata distribution Distr.: General",
            "meta-date metadata date 29 January 2003",
            "meta-original-language metadata originalLanguage Original: English",
            "pf1 pageFurniture - V.03-80680 (E) 270203 280203",
            "pf2 pageFurniture - *0380680*",
            "meta-organ-2 metadata organ Commission on Narcotic Drugs",
            "meta-session metadata session Forty-sixth session",
            "meta-date-2 metadata date Vienna, 8-17 April 2003",
            "meta-agenda-item metadata agendaItem Item 5 of the provisional agenda*",
            "meta-title metadata title Illicit drug traffic and supply",
            "t1 title - Strengthening international cooperation in the control of opium poppy cultivation",
            "t2 title - Report of the Executive Director",
            "p1 paragraph - In its resolution 45/10, the Commission on Narcotic Drugs called upon the United Nations "
                + "International Drug Control Programme (UNDCP) to strengthen its",
        ])
        #expect(document.metadata == DocumentMetadata(
            organ: "Economic and Social Council", symbol: "E/CN.7/2003/10", distribution: "General", date: "29 January 2003",
            languageName: nil, language: .english, originalLanguageName: "English", originalLanguage: .english,
            session: "Forty-sixth session", agendaItem: "Item 5 of the provisional agenda*",
            title: "Illicit drug traffic and supply"))
        #expect(LosslessCoverage.violations(bytes, document) == [])
        // One input line gives two blocks, each with its own range.
        let text = Self.excerptE_CN_7_2003_10
        #expect(document.block(id: "meta-organization")?.sourceRanges == [SourceRange(start: 0, end: 14)])
        #expect(document.block(id: "meta-symbol")?.sourceRanges == [SourceRange(start: 15, end: 29)])
        let barcode = try #require(document.block(id: "pf2"))
        #expect(barcode.emphasis == [])
        let range = barcode.sourceRanges[0]
        #expect(String(decoding: Array(text.utf8)[range.start..<range.end], as: UTF8.self) == "*0380680*")
    }

    @Test func realExcerptE_CN_7_2003_10AsCleanTextWithoutTheMastheadIsNotTakenForPDF() {
        // The same sixteen lines with every masthead signal (merged lines, job number, barcode) taken out:
        // nothing left says PDF, so the detector must not fire — the masthead is the signal.
        let lines = Self.excerptE_CN_7_2003_10.split(separator: "\n").filter {
            !$0.contains("E/CN.7") && !$0.contains("Distr.") && !$0.contains("0380680") && !$0.contains("80680")
        }
        #expect(lines.count == 12)
        #expect(!PDFExtractionDetector.looksExtracted(Array(lines.joined(separator: "\n").utf8)))
    }

    // MARK: - Constructed mastheads in six languages

    @Test func constructedEnglishMastheadWithRunningFooterInText() {
        let text = """
            United Nations A/61/187
            General Assembly Distr.: General
            27 July 2006
            Original: English
            06-44927 (E) 280706 280706
            *0644927*
            Sixty-first session
            Item 54 (b) of the provisional agenda*
            Globalization and interdependence: international
            migration and development
            Summary of the constructed hearings of the General Assembly
            Note by the President of the General Assembly
            The President of the General Assembly has the honour to transmit herewith the summary
            of the constructed hearings held on 12 July 2006 at United Nations Headquarters.
            1. The constructed hearings were held in the General Assembly Hall and were attended
            by representatives of constructed organizations from all regions.
            2 06-44927
            2. Participants stressed that constructed sentences wrap at the end of each line
            in text that a PDF extractor gives, and that such lines belong to one paragraph.

            """
        let (bytes, document) = Self.segment(text, "constructed-masthead-en.txt")
        Self.checkCommonShape(document, bytes)
        #expect(Self.outline(document) == [
            "meta-organization metadata - United Nations",
            "meta-symbol metadata symbol A/61/187",
            "meta-organ metadata organ General Assembly",
            "meta-distribution metadata distribution Distr.: General",
            "meta-date metadata date 27 July 2006",
            "meta-original-language metadata originalLanguage Original: English",
            "pf1 pageFurniture - 06-44927 (E) 280706 280706",
            "pf2 pageFurniture - *0644927*",
            "meta-session metadata session Sixty-first session",
            "meta-agenda-item metadata agendaItem Item 54 (b) of the provisional agenda*",
            "meta-title metadata title Globalization and interdependence: international migration and development",
            "t1 title - Summary of the constructed hearings of the General Assembly",
            "t2 title - Note by the President of the General Assembly",
            "u1 unnumberedParagraph - The President of the General Assembly has the honour to transmit herewith the summary "
                + "of the constructed hearings held on 12 July 2006 at United Nations Headquarters.",
            "p1 paragraph - The constructed hearings were held in the General Assembly Hall and were attended "
                + "by representatives of constructed organizations from all regions.",
            "pf3 pageFurniture - 2 06-44927",
            "p2 paragraph - Participants stressed that constructed sentences wrap at the end of each line "
                + "in text that a PDF extractor gives, and that such lines belong to one paragraph.",
        ])
        #expect(document.metadata.distribution == "General")
        #expect(document.metadata.organ == "General Assembly")
    }

    @Test func constructedFrenchMasthead() {
        let text = """
            Nations Unies A/61/187
            Assemblée générale Distr. générale
            27 juillet 2006
            Français
            Original : anglais
            06-44927 (F) 280706 280706
            *0644927*
            Soixante et unième session
            Point 54 b) de l’ordre du jour provisoire*
            Mondialisation et interdépendance : migrations
            internationales et développement
            Note du Président de l’Assemblée générale
            Le Président de l’Assemblée générale a l’honneur de transmettre ci-joint le résumé des
            auditions construites tenues le 12 juillet 2006 au Siège de l’Organisation des Nations Unies.
            * A/61/150.

            """
        let (bytes, document) = Self.segment(text, "constructed-masthead-fr.txt")
        Self.checkCommonShape(document, bytes)
        #expect(Self.outline(document) == [
            "meta-organization metadata - Nations Unies",
            "meta-symbol metadata symbol A/61/187",
            "meta-organ metadata organ Assemblée générale",
            "meta-distribution metadata distribution Distr. générale",
            "meta-date metadata date 27 juillet 2006",
            "meta-language metadata language Français",
            "meta-original-language metadata originalLanguage Original : anglais",
            "pf1 pageFurniture - 06-44927 (F) 280706 280706",
            "pf2 pageFurniture - *0644927*",
            "meta-session metadata session Soixante et unième session",
            "meta-agenda-item metadata agendaItem Point 54 b) de l’ordre du jour provisoire",
            "meta-title metadata title Mondialisation et interdépendance : migrations internationales et développement",
            "t1 title - Note du Président de l’Assemblée générale",
            "u1 unnumberedParagraph - Le Président de l’Assemblée générale a l’honneur de transmettre ci-joint le résumé des "
                + "auditions construites tenues le 12 juillet 2006 au Siège de l’Organisation des Nations Unies.",
            "fn-star footnote - A/61/150.",
        ])
        // The agenda item's asterisk is a footnote reference.
        #expect(document.block(id: "meta-agenda-item")?.footnoteRefs == ["fn-star"])
        #expect(document.block(id: "fn-star")?.citedBy == ["meta-agenda-item"])
        #expect(document.metadata.distribution == "générale")
        #expect(document.metadata.languageName == "Français")
        #expect(document.metadata.originalLanguage == .english)
    }

    @Test func constructedSpanishMasthead() {
        let text = """
            Naciones Unidas A/61/187
            Asamblea General Distr. general
            27 de julio de 2006
            Español
            Original: inglés
            06-44927 (S) 280706 280706
            *0644927*
            Sexagésimo primer período de sesiones
            Tema 54 b) del programa provisional*
            Globalización e interdependencia: migración
            internacional y desarrollo
            Nota del Presidente de la Asamblea General
            El Presidente de la Asamblea General tiene el honor de transmitir adjunto el resumen de
            las audiencias construidas celebradas el 12 de julio de 2006 en la Sede de las Naciones Unidas.
            * A/61/150.

            """
        let (bytes, document) = Self.segment(text, "constructed-masthead-es.txt")
        Self.checkCommonShape(document, bytes)
        #expect(Self.outline(document) == [
            "meta-organization metadata - Naciones Unidas",
            "meta-symbol metadata symbol A/61/187",
            "meta-organ metadata organ Asamblea General",
            "meta-distribution metadata distribution Distr. general",
            "meta-date metadata date 27 de julio de 2006",
            "meta-language metadata language Español",
            "meta-original-language metadata originalLanguage Original: inglés",
            "pf1 pageFurniture - 06-44927 (S) 280706 280706",
            "pf2 pageFurniture - *0644927*",
            "meta-session metadata session Sexagésimo primer período de sesiones",
            "meta-agenda-item metadata agendaItem Tema 54 b) del programa provisional",
            "meta-title metadata title Globalización e interdependencia: migración internacional y desarrollo",
            "t1 title - Nota del Presidente de la Asamblea General",
            "u1 unnumberedParagraph - El Presidente de la Asamblea General tiene el honor de transmitir adjunto el resumen de "
                + "las audiencias construidas celebradas el 12 de julio de 2006 en la Sede de las Naciones Unidas.",
            "fn-star footnote - A/61/150.",
        ])
        #expect(document.metadata.distribution == "general")
        #expect(document.metadata.language == .spanish)
    }

    @Test func constructedRussianMasthead() {
        let text = """
            Организация Объединенных Наций A/61/187
            Генеральная Ассамблея Distr.: General
            27 July 2006
            Russian
            Original: English
            06-44927 (R) 280706 280706
            *0644927*
            Шестьдесят первая сессия
            Пункт 54(b) предварительной повестки дня*
            Глобализация и взаимозависимость: международная
            миграция и развитие
            Записка Председателя Генеральной Ассамблеи
            Председатель Генеральной Ассамблеи имеет честь препроводить настоящим резюме
            сконструированных слушаний, состоявшихся 12 июля 2006 года в Центральных учреждениях.
            * A/61/150.

            """
        let (bytes, document) = Self.segment(text, "constructed-masthead-ru.txt")
        Self.checkCommonShape(document, bytes)
        #expect(Self.outline(document) == [
            "meta-organization metadata - Организация Объединенных Наций",
            "meta-symbol metadata symbol A/61/187",
            "meta-organ metadata organ Генеральная Ассамблея",
            "meta-distribution metadata distribution Distr.: General",
            "meta-date metadata date 27 July 2006",
            "meta-language metadata language Russian",
            "meta-original-language metadata originalLanguage Original: English",
            "pf1 pageFurniture - 06-44927 (R) 280706 280706",
            "pf2 pageFurniture - *0644927*",
            "meta-session metadata session Шестьдесят первая сессия",
            "meta-agenda-item metadata agendaItem Пункт 54(b) предварительной повестки дня",
            "meta-title metadata title Глобализация и взаимозависимость: международная миграция и развитие",
            "t1 title - Записка Председателя Генеральной Ассамблеи",
            "u1 unnumberedParagraph - Председатель Генеральной Ассамблеи имеет честь препроводить настоящим резюме "
                + "сконструированных слушаний, состоявшихся 12 июля 2006 года в Центральных учреждениях.",
            "fn-star footnote - A/61/150.",
        ])
        #expect(document.metadata.language == .russian)
        #expect(document.metadata.organ == "Генеральная Ассамблея")
    }

    @Test func constructedArabicMasthead() {
        let text = """
            الأمم المتحدة A/61/187
            الجمعية العامة Distr.: General
            27 July 2006
            Arabic
            Original: English
            06-44927 (A) 280706 280706
            *0644927*
            الدورة الحادية والستون
            البند 54 (ب) من جدول الأعمال المؤقت*
            العولمة والترابط: الهجرة الدولية والتنمية
            مذكرة من رئيس الجمعية العامة
            يتشرف رئيس الجمعية العامة بأن يحيل طيه موجز جلسات الاستماع المركبة التي عقدت في
            مقر الأمم المتحدة في 12 تموز/يوليه 2006 مع ممثلي المنظمات غير الحكومية والمجتمع المدني.
            * A/61/150.

            """
        let (bytes, document) = Self.segment(text, "constructed-masthead-ar.txt")
        Self.checkCommonShape(document, bytes)
        #expect(Self.outline(document) == [
            "meta-organization metadata - الأمم المتحدة",
            "meta-symbol metadata symbol A/61/187",
            "meta-organ metadata organ الجمعية العامة",
            "meta-distribution metadata distribution Distr.: General",
            "meta-date metadata date 27 July 2006",
            "meta-language metadata language Arabic",
            "meta-original-language metadata originalLanguage Original: English",
            "pf1 pageFurniture - 06-44927 (A) 280706 280706",
            "pf2 pageFurniture - *0644927*",
            "meta-session metadata session الدورة الحادية والستون",
            "meta-agenda-item metadata agendaItem البند 54 (ب) من جدول الأعمال المؤقت",
            "meta-title metadata title العولمة والترابط: الهجرة الدولية والتنمية",
            "t1 title - مذكرة من رئيس الجمعية العامة",
            "u1 unnumberedParagraph - يتشرف رئيس الجمعية العامة بأن يحيل طيه موجز جلسات الاستماع المركبة التي عقدت في "
                + "مقر الأمم المتحدة في 12 تموز/يوليه 2006 مع ممثلي المنظمات غير الحكومية والمجتمع المدني.",
            "fn-star footnote - A/61/150.",
        ])
        #expect(document.metadata.language == .arabic)
    }

    @Test func constructedArabicMastheadWithSymbolAndDistributionFirst() {
        let text = "A/61/187 الأمم المتحدة\nDistr.: General الجمعية العامة\n27 July 2006\n"
        let (bytes, document) = Self.segment(text, "constructed-masthead-ar-reversed.txt")
        #expect(Self.outline(document) == [
            "meta-symbol metadata symbol A/61/187",
            "meta-organization metadata - الأمم المتحدة",
            "meta-distribution metadata distribution Distr.: General",
            "meta-organ metadata organ الجمعية العامة",
            "meta-date metadata date 27 July 2006",
        ])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedChineseMastheadWithSpacedLetters() {
        let text = """
            联 合 国 A/61/187
            大 会 Distr.: General
            27 July 2006
            Chinese
            Original: English
            06-44927 (C) 280706 280706
            *0644927*
            第六十一届会议
            临时议程项目54(b)*
            全球化和相互依存：国际移徙与发展
            大会主席的说明
            大会主席谨转递 2006 年 7 月 12 日在联合国总部举行的与非政府组织、民间社会组织和私营部门的构
            造听询会的摘要，供各会员国参考。
            * A/61/150。

            """
        let (bytes, document) = Self.segment(text, "constructed-masthead-zh.txt")
        Self.checkCommonShape(document, bytes)
        #expect(Self.outline(document) == [
            "meta-organization metadata - 联 合 国",
            "meta-symbol metadata symbol A/61/187",
            "meta-organ metadata organ 大 会",
            "meta-distribution metadata distribution Distr.: General",
            "meta-date metadata date 27 July 2006",
            "meta-language metadata language Chinese",
            "meta-original-language metadata originalLanguage Original: English",
            "pf1 pageFurniture - 06-44927 (C) 280706 280706",
            "pf2 pageFurniture - *0644927*",
            "meta-session metadata session 第六十一届会议",
            "meta-agenda-item metadata agendaItem 临时议程项目54(b)",
            "meta-title metadata title 全球化和相互依存：国际移徙与发展",
            "t1 title - 大会主席的说明",
            // A line break between two Han characters is no space.
            "u1 unnumberedParagraph - 大会主席谨转递 2006 年 7 月 12 日在联合国总部举行的与非政府组织、民间社会组织和私营部门的构"
                + "造听询会的摘要，供各会员国参考。",
            "fn-star footnote - A/61/150。",
        ])
        #expect(document.metadata.language == .chinese)
    }

    // MARK: - Other organs and symbols

    @Test func constructedSecurityCouncilResolutionMasthead() {
        let text = "United Nations S/RES/1701 (2006)\nSecurity Council Distr.: General\n11 August 2006\n\nResolution 1701 (2006)\n"
        let (bytes, document) = Self.segment(text, "constructed-masthead-s-res.txt")
        #expect(Self.outline(document) == [
            "meta-organization metadata - United Nations",
            "meta-symbol metadata symbol S/RES/1701 (2006)",
            "meta-organ metadata organ Security Council",
            "meta-distribution metadata distribution Distr.: General",
            "meta-date metadata date 11 August 2006",
            "meta-title metadata title Resolution 1701 (2006)",
        ])
        #expect(document.metadata.symbol == "S/RES/1701 (2006)")
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedTreatyBodyMasthead() {
        let text = """
            United Nations CRC/C/GC/20
            Convention on the Rights of the Child Distr.: General
            6 December 2016
            Original: English
            GE.16-21155(E)
            Committee on the Rights of the Child
            General comment No. 20 (2016) on the implementation of the rights of the child
            during adolescence

            """
        let (bytes, document) = Self.segment(text, "constructed-masthead-crc.txt")
        #expect(Self.outline(document) == [
            "meta-organization metadata - United Nations",
            "meta-symbol metadata symbol CRC/C/GC/20",
            "meta-organ metadata organ Convention on the Rights of the Child",
            "meta-distribution metadata distribution Distr.: General",
            "meta-date metadata date 6 December 2016",
            "meta-original-language metadata originalLanguage Original: English",
            "pf1 pageFurniture - GE.16-21155(E)",
            "meta-organ-2 metadata organ Committee on the Rights of the Child",
            "meta-title metadata title General comment No. 20 (2016) on the implementation of the rights of the child during adolescence",
        ])
        #expect(document.metadata.organ == "Convention on the Rights of the Child")
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test(arguments: ["A/61/187", "E/CN.7/2003/10", "S/RES/1701 (2006)", "A/HRC/4/18", "CRC/C/GC/20", "A/C.3/61/L.5",
                      "A/61/187/Add.1", "A/RES/80/1", "CCPR/C/GC/36"])
    func constructedSymbolBesideUnitedNationsIsSplitOff(_ symbol: String) {
        let (bytes, document) = Self.segment("United Nations \(symbol)\nGeneral Assembly Distr.: Limited\n", "constructed-symbol.txt")
        #expect(Self.outline(document) == [
            "meta-organization metadata - United Nations",
            "meta-symbol metadata symbol \(symbol)",
            "meta-organ metadata organ General Assembly",
            "meta-distribution metadata distribution Distr.: Limited",
        ])
        #expect(document.metadata.symbol == symbol)
        #expect(document.metadata.distribution == "Limited")
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    // MARK: - What is not a masthead

    @Test func constructedSentenceEndingInASymbolIsNotSplit() {
        let (_, document) = Self.segment("See the report in document A/61/187\n\nThe Committee took note of A/61/187.\n", "constructed-sentence.txt")
        #expect(!document.blocks.contains { $0.metadataField == .symbol })
        #expect(document.blocks.count == 2)
    }

    @Test func constructedWordProcessorMastheadWithTabsIsSplitButNotTakenForPDF() {
        let paragraph = String(repeating: "The constructed paragraph of a clean text stands on one line of its own. ", count: 4)
        let text = "United Nations\tA/61/187\n\nGeneral Assembly\tDistr.: General\n\n27 July 2006\n\n1. \(paragraph)\n\n2. \(paragraph)\n"
        let bytes = Array(text.utf8)
        #expect(!PDFExtractionDetector.looksExtracted(bytes))
        let document = Self.segment(text, "constructed-word-masthead.txt").document
        #expect(Array(Self.outline(document).prefix(5)) == [
            "meta-organization metadata - United Nations",
            "meta-symbol metadata symbol A/61/187",
            "meta-organ metadata organ General Assembly",
            "meta-distribution metadata distribution Distr.: General",
            "meta-date metadata date 27 July 2006",
        ])
        #expect(document.numberedParagraphs.map(\.number) == [1, 2])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedPrintingMarkLinesInCleanTextArePageFurniture() {
        // A clean text (paragraph-long lines) that still carries the job number and barcode lines.
        let paragraph = String(repeating: "The constructed paragraph of a clean text stands on one line of its own. ", count: 4)
        let text = "General Assembly\n\n06-44927 (E) 280706\n\n*0644927*\n\n1. \(paragraph)\n"
        let (bytes, document) = Self.segment(text, "constructed-clean-marks.txt")
        #expect(!PDFExtractionDetector.looksExtracted(bytes))
        #expect(Self.outline(document).prefix(3) == [
            "meta-organ metadata organ General Assembly",
            "pf1 pageFurniture - 06-44927 (E) 280706",
            "pf2 pageFurniture - *0644927*",
        ])
        #expect(document.block(id: "pf2")?.emphasis == [])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedJumbleOfMastheadPiecesKeepsIdsUniqueAndIsLossless() {
        // Found by a random jumble of masthead pieces: a printing-mark line ending in a no-break space
        // was left in the cleaned PDF text, and the classifier's furniture block took the id of the
        // furniture cut out before.
        let text = "\n\n 280706 Naciones Unidas。* Vienna, 8-17 April 2003 \n\n A/61/187 汉字 *0644927* ¹ générale \t(E) "
            + "V.03-80680 06-44927第六十一届会议 大 会 \n 06-44927 \u{A0} \n\n General Assemblygénérale *0644927*General Assembly "
            + "280706 Original: English الأمم المتحدةof the \u{0C} 汉字 大 会\n\nItem 5 of the provisional agenda* في 2*Distr. "
            + "\n\n 1.\n 1. United Nations(E) \n word. \n\n¹ 27 July 2006Item 5 of the provisional agenda*session(2006) \n\n2 "
        let (bytes, document) = Self.segment(text, "constructed-jumble.txt")
        let ids = document.blocks.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(document.blocks.filter { $0.kind == .pageFurniture }.map { "\($0.id) \($0.text)" } == ["pf1 06-44927 \u{A0}", "pf2 2"])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test(arguments: [
        ("06-44927 (E) 280706 280706", true), ("V.03-80680 (E) 270203 280203", true), ("GE.06-12345 (F)", true),
        ("GE.16-21155(E)", true), ("N0644927.pdf", true), ("*0644927*", true), ("2 06-44927", true),
        ("06-44927 3", true), ("A/61/187 06-44927", true), ("06-44927 (S) *0644927*", true),
        ("270527 27-07731 (A)", true), ("270527 Total", false), ("991231 27-07731 (A)", false),
        ("1998-2005", false), ("2005-06-12", false), ("12-16 May", false), ("Tel. 06-44927", false), ("*note*", false),
        ("A/61/187", false), ("3", false), ("*", false),
    ])
    func constructedPrintingMarkLines(_ line: String, _ isMark: Bool) {
        #expect(PrintingMark.isPrintingMarkLine(line) == isMark)
    }

    @Test func constructedPlaceAndDateLines() {
        #expect(HeaderLineRecognizer.recognize("New York, 12-16 May") == .field(.date))
        #expect(HeaderLineRecognizer.recognize("Vienna, 8-17 April 2003") == .field(.date))
        #expect(HeaderLineRecognizer.recognize("Genève, 3-28 mars 2025") == .field(.date))
        #expect(HeaderLineRecognizer.recognize("Report of 12 members") == nil)
        #expect(HeaderLineRecognizer.recognize("April 8, 2003") == .field(.date))
        #expect(HeaderLineRecognizer.recognize("27 تموز/يوليه 2006") == .field(.date))
        // A title that holds a date is no date line.
        #expect(HeaderLineRecognizer.recognize("Letter dated 9 August 2024 from") == nil)
        // A Chinese sentence that mentions a session is no session line.
        #expect(HeaderLineRecognizer.recognize("大会第六十届会议主席谨转递摘要。") == nil)
        #expect(HeaderLineRecognizer.recognize("第六十一届会议") == .field(.session))
    }
    /// Symbols of series longer than four capitals (`CEDAW/C/GC/37`,
    /// `UNODC/CCPCJ/EG.4/2021/1`) and a joint symbol of a letter to two organs
    /// (`A/81/512–S/2026/877`: the first is the document's symbol), at the
    /// right of the first masthead line as pdftotext prints it; constructed
    /// snippets in English, French and Spanish.
    @Test(arguments: [
        ("United Nations                                   CEDAW/C/GC/37\n\nConvention on the Elimination\nof All Forms of Discrimination\nagainst Women                                    Distr.: General\n                                                 13 March 2026\n\n1. The Committee adopts this constructed recommendation.\n\n2. It applies to all States parties.\n", "CEDAW/C/GC/37"),
        ("Nations Unies                                    UNODC/CCPCJ/EG.4/2026/1\n\n                                                 Distr. générale\n\n1. Le Groupe adopte ce texte construit.\n\n2. Il entre en vigueur.\n", "UNODC/CCPCJ/EG.4/2026/1"),
        ("Naciones Unidas                                  A/81/512–S/2026/877\n\nAsamblea General                                 Distr. general\nConsejo de Seguridad                             2 de octubre de 2026\n\n1. Texto construido uno.\n\n2. Texto construido dos.\n", "A/81/512"),
    ])
    func constructedLongSeriesAndJointSymbols(_ text: String, _ symbol: String) {
        let (bytes, document) = Self.segment(text, "constructed-masthead.txt")
        #expect(document.metadata.symbol == symbol)
        #expect(LosslessCoverage.violations(bytes, document) == [])
        #expect(HeaderLineRecognizer.isSymbol("A/81/512 – S/2026/877"))
        #expect(!HeaderLineRecognizer.isSymbol("HIV/AIDS"))
        #expect(!HeaderLineRecognizer.isSymbol("A/81/512–and more"))
    }

    /// A re-wrap closes the column gap of the first masthead line ("Nazioni Unite A/RES/93/57"): on the text's first
    /// line a title-cased name before a symbol is the organization, the symbol a field of its own; a sentence ending in
    /// a symbol, or such a line further down, is not split.
    @Test func firstLineWithItsColumnGapClosedIsSplit() {
        let bytes = Array("Nazioni Unite A/RES/93/57".utf8)
        let split = MastheadLineSplitter.parts(bytes, 0, bytes.count, allowUnrecognizedNames: true, opensDocument: true)
        #expect(split?.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } == ["Nazioni Unite", "A/RES/93/57"])
        #expect(MastheadLineSplitter.parts(bytes, 0, bytes.count, allowUnrecognizedNames: true) == nil)
        let sentence = Array("Recalling its resolution A/RES/93/57".utf8)
        #expect(MastheadLineSplitter.parts(sentence, 0, sentence.count, allowUnrecognizedNames: true, opensDocument: true) == nil)
        #expect(MastheadLineSplitter.isTitleCased("Perserikatan Bangsa-Bangsa"))
        #expect(!MastheadLineSplitter.isTitleCased("Recalling its resolution"))
    }
}
