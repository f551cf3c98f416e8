import Testing
import ParityTestSupport
@testable import ParityCore

/// Footers of UN PDF pages — job number and "page/total" in either order
/// (`15-05716 9/19`, `2/19 15-05716`), the starred job number of a reissue
/// (`12-27711*** (E) 170412`), a date stamp beside a job number, `Please
/// recycle` — are page furniture, also where reading-order extraction puts
/// them in the middle of a page. All texts here are constructed.
@Suite struct PDFFooterFurnitureTests {
    /// Three pages of constructed reading-order text: paragraph 2 runs across
    /// the first page break, and the footer of page 2 stands mid-page, where
    /// the text flow left it, with the next running header after it.
    static func constructedPages(_ masthead: String, _ lines: [String]) -> String {
        precondition(lines.count == 9)
        return masthead + "\n\n1. " + lines[0] + "\n" + lines[1] + "\n2. " + lines[2] + "\n" + lines[3]
            + "\n\n12-27711*** (E) 170412\n\n*1227711*\n\nPlease recycle\n\u{0C}S/2012/197\n\n" + lines[4] + "\n3. " + lines[5]
            + "\n\n2/3\n\n12-27711\n\nS/2012/197\n\n" + lines[6] + "\n\u{0C}S/2012/197\n\n4. " + lines[7] + "\n" + lines[8]
            + "\n\n12-27711\n\n3/3\n\u{0C}"
    }

    static let constructedTexts: [(language: String, masthead: String, lines: [String])] = [
        ("en", "S/2012/197\n\nUnited Nations\n\nSecurity Council\n\nDistr.: General\n5 April 2012",
         ["The present report is submitted pursuant to Security Council resolution 1979 of",
          "27 April 2011, by which the Council extended the mandate of the Mission.",
          "The reporting period was marked by a number of significant developments in or",
          "related to the Territory, where largely peaceful demonstrations of up to 200",
          "protestors were held periodically in Laayoune and other major towns of the region.",
          "Deadly violence, however, erupted in the coastal city of Dakhla in September,",
          "and the parties gave conflicting accounts of the events that followed it.",
          "In contrast, in a statement delivered on 30 September 2011, the Minister of the",
          "Interior stated that seven people had been killed in the clashes in the city."]),
        ("fr", "S/2012/197\n\nNations Unies\n\nConseil de sécurité\n\nDistr. générale\n5 avril 2012",
         ["Le présent rapport est soumis en application de la résolution 1979 du Conseil de",
          "sécurité, par laquelle le Conseil a prorogé le mandat de la Mission jusqu’en avril.",
          "La période considérée a été marquée par plusieurs faits nouveaux importants dans",
          "le territoire, où des manifestations pour la plupart pacifiques réunissant jusqu’à",
          "200 manifestants ont eu lieu périodiquement à Laayoune et dans d’autres villes.",
          "De graves violences ont cependant éclaté dans la ville côtière de Dakhla en septembre,",
          "et les parties ont donné des versions contradictoires des événements qui ont suivi.",
          "En revanche, dans une déclaration faite le 30 septembre 2011, le Ministre de",
          "l’intérieur a déclaré que sept personnes avaient été tuées lors des affrontements."]),
        ("es", "S/2012/197\n\nNaciones Unidas\n\nConsejo de Seguridad\n\nDistr. general\n5 de abril de 2012",
         ["El presente informe se presenta en cumplimiento de la resolución 1979 del Consejo",
          "de Seguridad, por la cual el Consejo prorrogó el mandato de la Misión hasta abril.",
          "El período que se examina estuvo marcado por varios acontecimientos importantes en",
          "el Territorio, donde se celebraron periódicamente manifestaciones en su mayoría",
          "pacíficas de hasta 200 manifestantes en Laayoune y en otras ciudades importantes.",
          "Sin embargo, estalló la violencia en la ciudad costera de Dajla en septiembre,",
          "y las partes dieron versiones contradictorias de los acontecimientos posteriores.",
          "En cambio, en una declaración formulada el 30 de septiembre de 2011, el Ministro",
          "del Interior declaró que siete personas habían muerto en los enfrentamientos."]),
        ("ru", "S/2012/197\n\nОрганизация Объединенных Наций\n\nСовет Безопасности\n\nDistr.: General\n5 April 2012",
         ["Настоящий доклад представляется во исполнение резолюции 1979 Совета Безопасности,",
          "в которой Совет продлил мандат Миссии по проведению референдума до апреля.",
          "Отчетный период ознаменовался рядом важных событий на территории и вокруг нее,",
          "где периодически проходили в основном мирные демонстрации с участием до",
          "200 демонстрантов в Эль-Аюне и других крупных городах этого региона страны.",
          "Однако в сентябре в прибрежном городе Дахла вспыхнуло насилие со смертельным",
          "исходом, и стороны дали противоречивые описания последовавших за этим событий.",
          "В свою очередь, в заявлении, сделанном 30 сентября 2011 года, министр внутренних",
          "дел заявил, что в ходе столкновений в городе погибли семь человек из местных."]),
        ("ar", "S/2012/197\n\nالأمم المتحدة\n\nمجلس الأمن\n\nDistr.: General\n5 April 2012",
         ["يقدم هذا التقرير عملا بقرار مجلس الأمن 1979 الذي مدد فيه المجلس ولاية البعثة حتى",
          "نيسان/أبريل وطلب تقديم تقرير عن الحالة في الإقليم قبل نهاية فترة الولاية الحالية.",
          "واتسمت الفترة المشمولة بالتقرير بعدد من التطورات الهامة في الإقليم أو المتصلة",
          "به، حيث نظمت بصورة دورية مظاهرات سلمية في معظمها شارك فيها ما يصل إلى",
          "200 متظاهر في العيون وغيرها من المدن الرئيسية في المنطقة خلال تلك الفترة.",
          "غير أن أعمال عنف مميتة اندلعت في مدينة الداخلة الساحلية في أيلول/سبتمبر،",
          "وقدم الطرفان روايات متضاربة للأحداث التي تلت ذلك في المدينة وما حولها.",
          "وفي المقابل، ذكر وزير الداخلية في بيان أدلى به في 30 أيلول/سبتمبر 2011",
          "أن سبعة أشخاص قد قتلوا في الاشتباكات التي وقعت في المدينة في ذلك اليوم."]),
        ("zh", "S/2012/197\n\n联 合 国\n\n安全理事会\n\nDistr.: General\n5 April 2012",
         ["本报告是根据安全理事会第一九七九号决议提交的，安理会在该决议中将特派团的任务期限",
          "延长至四月，并请秘书长在任务期限结束前提交一份关于该领土局势的报告。",
          "本报告所述期间，该领土内或与该领土有关的方面发生了若干重大事态发展，在阿尤恩",
          "和其他主要城镇定期举行了基本和平的示威活动，参加者多达二百人，要求自决和释放",
          "政治犯以及就业和社会福利等方面的权利，随后地方当局处理了部分不满，示威减少。",
          "然而，九月在沿海城市达赫拉爆发了致命暴力事件，各方对随后发生的事件及其原因作",
          "出了相互矛盾的陈述，特派团随后向该地区临时部署了一名政治事务干事进行评估。",
          "与此相对，内政部长在二〇一一年九月三十日发表的声明中表示，有七人在该市的冲突",
          "中丧生，其中包括两名警察，政府表示正在将该事件作为流氓行为处理并继续调查。"]),
    ]

    @Test(arguments: constructedTexts.indices)
    func constructedFootersAreFurnitureWhereverTheyStand(_ index: Int) {
        let sample = Self.constructedTexts[index]
        let (bytes, document) = ConstructedSegmentation.segment(Self.constructedPages(sample.masthead, sample.lines), "constructed-footers-\(sample.language).txt")
        #expect(document.blocks.filter { $0.kind == .pageFurniture }.map(\.text)
                == ["12-27711*** (E) 170412", "*1227711*", "Please recycle", "S/2012/197", "2/3", "12-27711", "S/2012/197",
                    "S/2012/197", "12-27711", "3/3"])
        #expect(document.numberedParagraphs.map(\.number) == [1, 2, 3, 4])
        // Paragraph 2 goes on across the page; paragraph 3 across the footer that stands mid-page.
        let separator = sample.language == "zh" ? "" : " "  // Chinese lines join without a space
        #expect(document.numberedParagraphs.map(\.text) == [
            sample.lines[0] + separator + sample.lines[1],
            [sample.lines[2], sample.lines[3], sample.lines[4]].joined(separator: separator),
            sample.lines[5] + separator + sample.lines[6],
            sample.lines[7] + separator + sample.lines[8],
        ])
        #expect(document.metadata.symbol == "S/2012/197")
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test(arguments: [("15-05716 9/19", 9, 19, true), ("2/19 15-05716", 2, 19, true), ("9/19", 9, 19, true),
                      ("15-05716 (E) 140296 9/19", 9, 19, true), ("Please recycle", 1, 19, true),
                      ("9/19", 4, 19, false), ("1/2", 1, 19, false), ("9/19 of the total", 9, 19, false),
                      // A right-to-left page draws "page/total" as "total/page".
                      ("19/9 15-05716", 9, 19, true), ("4/1", 1, 4, true), ("19/9", 4, 19, false)])
    func constructedFooterLines(_ line: String, _ page: Int, _ pages: Int, _ expected: Bool) {
        #expect(PageFurnitureRecognizer.isFurnitureText(line, pageNumber: page, pageCount: pages) == expected)
    }

    /// A footnote whose whole text is a cited symbol (`1 A/91/208.`, dev/resolution-gimlets en) ends with a full
    /// stop: a page number beside a running symbol never does.
    @Test(arguments: [("1 A/91/208.", 1, false), ("1 A/91/208", 1, true), ("A/91/208.", 1, false), ("2 S/2036/14.", 2, false),
                      ("A/91/208 2", 2, true)])
    func constructedSentenceEndingSymbols(_ line: String, _ page: Int, _ expected: Bool) {
        #expect(PageFurnitureRecognizer.isFurnitureText(line, pageNumber: page, pageCount: 3) == expected)
    }

    @Test(arguments: [("300425", true), ("140296", true), ("170412", true), ("321399", false), ("12345", false), ("2012a1", false)])
    func constructedDateStamps(_ token: String, _ expected: Bool) {
        #expect(PrintingMark.isDateStamp(Substring(token)) == expected)
    }

    @Test func constructedNumberLineInTheBodyIsNoFurniture() {
        // A figure alone on a line in the middle of a page, far from any footer, stays text.
        let text = "United Nations\nA/61/187\n\nGeneral Assembly\n\nDistr.: General\n\n"
            + "1. The Committee received the following number of communications during the year under review\n"
            + "from Member States and observers, as set out in the table below:\n\n"
            + "300425\n\n"
            + "2. The Committee thanked all delegations for their cooperation during the session that ended.\n\n"
            + "06-44927\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-number-in-body.txt")
        #expect(document.blocks.filter { $0.kind == .pageFurniture }.map(\.text) == ["06-44927"])
        #expect(document.blocks.contains { $0.text == "300425" && $0.kind != .pageFurniture })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// Constructed two-page resolutions: page 2's running header repeats the
    /// title beside the symbol, on two lines (reading order) or one (`-layout`).
    static let constructedRunningTitles: [(language: String, title: String, header: String)] = [
        ("fr", "Rapport de l’Agence internationale de l’énergie atomique",
         "A/RES/70/10\n\nRapport de l’Agence internationale de l’énergie atomique"),
        ("es", "Informe del Organismo Internacional de Energía Atómica",
         "A/RES/70/10                         Informe del Organismo Internacional de Energía Atómica"),
    ]

    @Test(arguments: constructedRunningTitles.indices)
    func constructedRunningTitleBesideTheSymbolIsFurniture(_ index: Int) {
        let sample = Self.constructedRunningTitles[index]
        let line = String(repeating: "texto de la resolución que ocupa toda la línea de la página ", count: 1)
        let text = "A/RES/70/10\n\nUnited Nations\n\nDistr.: General\n2 December 2015\n\n70/10.\n\n" + sample.title + "\n\n"
            + "1. Toma nota del informe del Organismo y de las resoluciones aprobadas por la Conferencia\n" + line + "\n"
            + "y por la Asamblea en su período de sesiones, que figuran en el documento citado;\n\n15-16764 (E)\n\u{0C}"
            + sample.header + "\n\n2. Pide al Secretario General que transmita al Director General del Organismo las\n"
            + "actas del período de sesiones relativas a las actividades del Organismo.\n\n2/2\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-running-title-\(sample.language).txt")
        let furniture = document.blocks.filter { $0.kind == .pageFurniture }.map(\.text)
        #expect(furniture.count == (sample.header.contains("\n") ? 4 : 3))
        #expect(furniture.contains { $0.hasPrefix("A/RES/70/10") && $0 != "A/RES/70/10" } == !sample.header.contains("\n"))
        #expect(document.blocks.filter { $0.kind != .pageFurniture && $0.text.contains(sample.title) }.count == 1)
        #expect(document.numberedParagraphs.map(\.number) == [1, 2])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedFirstPageHeadingAtTheTopOfALaterPageStaysText() {
        // Without a running symbol beside it, a line that repeats a first-page line is text (a heading).
        let text = "A/61/187\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n\nMigration and development\n\n"
            + "1. The hearings were held at United Nations Headquarters on 12 July 2006 with many participants.\n\n06-44927\n\u{0C}"
            + "Migration and development\n\n2. Participants stressed the importance of cooperation between all countries.\n\n2\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-repeated-heading.txt")
        #expect(document.blocks.filter { $0.kind == .pageFurniture }.map(\.text) == ["06-44927", "2"])
        #expect(document.blocks.filter { $0.text == "Migration and development" }.count == 2)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedFootersInTextWithoutFormFeeds() {
        // An extraction without form feeds: "job number  page/total" in either order is still furniture.
        let text = "United Nations\nS/2015/100\n\nSecurity Council\n\nDistr.: General\n1 April 2015\n\n"
            + "1. The present report covers the period since my previous report and describes the situation.\n\n"
            + "15-05716 9/19\n\n"
            + "2. The parties met for a seventh round of informal talks and discussed the proposals.\n\n"
            + "2/19 15-05716\n"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-footers-no-form-feed.txt")
        #expect(document.blocks.filter { $0.kind == .pageFurniture }.map(\.text) == ["15-05716 9/19", "2/19 15-05716"])
        #expect(document.numberedParagraphs.map(\.number) == [1, 2])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func aLineThatGoesOnFromThePageBeforeIsNoRunningTitleEvenWhenPageOneRepeatsIt() {
        // The contents of page 1 wrap "… au titre des" / "articles 16 et 17 du Pacte (suite)" exactly as the body
        // heading does across the page break; the line under the running symbol of page 2 is that heading's end.
        let text = "E/C.12/2024/SR.15\n\nNations Unies\n\nConseil économique et social\n\nDistr. générale\n8 octobre 2024\n\n"
            + "Sommaire\n\nExamen des rapports soumis par les États parties au titre des\narticles 16 et 17 du Pacte (suite)\n\n"
            + "1. La Présidente dit que le Comité tiendra une séance privée le 10 octobre 2024.\n\n"
            + "Examen des rapports soumis par les États parties au titre des\n\n24-13579\n\n1/2\n\u{0C}"
            + "E/C.12/2024/SR.15\n\narticles 16 et 17 du Pacte (suite)\n\n"
            + "2. Sur l’invitation de la Présidente, la délégation prend place à la table du Comité.\n\n24-13579\n\n2/2\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-running-title-lower-case.txt")
        #expect(!document.blocks.contains { $0.kind == .pageFurniture && $0.text.hasPrefix("articles") })
        #expect(document.blocks.contains { $0.text.hasSuffix("au titre des articles 16 et 17 du Pacte (suite)") && $0.kind != .pageFurniture })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }
}
