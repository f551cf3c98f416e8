import Testing
import ParityTestSupport
@testable import ParityCore

/// Resolutions and declarations in plain text: an old-style masthead
/// ("UNITED" / "NATIONS", "Distr." / "GENERAL" on separate lines), title
/// lines, a preambular opening ("The General Assembly,") and articles. All
/// texts here are constructed snippets modelled on the layout of UN
/// resolutions, not real documents or translations.
@Suite struct ConstructedResolutionTests {
    /// `id kind number parent field text` for every block, `-` where a value is absent.
    static func outline(_ document: Document) -> [String] {
        document.blocks.map {
            "\($0.id) \($0.kind.rawValue) \($0.number.map(String.init) ?? "-") \($0.parent ?? "-") "
                + "\($0.metadataField?.rawValue ?? "-") \($0.text)"
        }
    }

    /// Segments `text` and checks that every character lies in exactly one block.
    static func segment(_ text: String, _ name: String) -> Document {
        let bytes = Array(text.utf8)
        let document = PlainTextSegmenter().segment(DecodedText(utf8: bytes, encoding: .utf8), sourceName: name)
        #expect(LosslessCoverage.violations(bytes, document) == [], "\(name)")
        return document
    }

    /// A constructed English resolution-style text with a declaration in articles.
    static let constructedEnglishResolution = """
        UNITED
        NATIONS

        General Assembly

        Distr.
        GENERAL

        A/RES/48/104
        23 February 1994

        ORIGINAL: ENGLISH

        Forty-eighth session
        Agenda item 111

        RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY

        48/104. Declaration on the Elimination of Violence against Women

        The General Assembly,

        Recognizing the urgent need for the universal application to women of the rights,

        Article 1

        For the purposes of this Declaration, the term "violence against women" means any act.

        Article 2

        Violence against women shall be understood to encompass, but not be limited to, the following:

        (a) Physical, sexual and psychological violence occurring in the family;

        (b) Physical, sexual and psychological violence occurring within the general community;

        """

    /// A constructed French resolution-style text of the same shape (not a translation of record).
    static let constructedFrenchResolution = """
        NATIONS
        UNIES

        Assemblée générale

        Distr.
        GÉNÉRALE

        A/RES/48/104
        23 février 1994

        Quarante-huitième session
        Point 111 de l'ordre du jour

        RÉSOLUTION ADOPTÉE PAR L'ASSEMBLÉE GÉNÉRALE

        48/104. Déclaration sur l'élimination de la violence à l'égard des femmes

        L'Assemblée générale,

        Considérant qu'il est urgent de faire en sorte que les femmes bénéficient universellement des droits,

        Article premier

        Aux fins de la présente Déclaration, les termes « violence à l'égard des femmes » désignent tout acte.

        Article 2

        La violence à l'égard des femmes s'entend comme englobant, sans y être limitée, les formes suivantes :

        a) La violence physique, sexuelle et psychologique exercée au sein de la famille;

        b) La violence physique, sexuelle et psychologique exercée au sein de la collectivité;

        """

    /// A constructed Russian resolution-style text with two articles.
    static let constructedRussianResolution = """
        Организация Объединенных Наций

        Генеральная Ассамблея

        Distr.: General
        23 February 1994

        Сорок восьмая сессия
        Пункт 111 повестки дня

        Резолюция, принятая Генеральной Ассамблеей

        48/104. Декларация об искоренении насилия в отношении женщин

        Генеральная Ассамблея,

        признавая настоятельную необходимость всеобщего применения в отношении женщин прав,

        будучи убеждена в необходимости укрепления усилий,

        Статья 1

        Для целей настоящей Декларации термин «насилие в отношении женщин» означает любой акт.

        Статья 2

        Под насилием в отношении женщин понимается, в частности, следующее:

        а) физическое, половое и психологическое насилие, которое имеет место в семье;

        """

    @Test func constructedEnglishResolutionOutline() {
        let document = Self.segment(Self.constructedEnglishResolution, "constructed-resolution-en.txt")
        #expect(Self.outline(document) == [
            "meta-organization metadata - - - UNITED NATIONS",
            "meta-organ metadata - - organ General Assembly",
            "meta-distribution metadata - - distribution Distr. GENERAL",
            "meta-symbol metadata - - symbol A/RES/48/104",
            "meta-date metadata - - date 23 February 1994",
            "meta-original-language metadata - - originalLanguage ORIGINAL: ENGLISH",
            "meta-session metadata - - session Forty-eighth session",
            "meta-agenda-item metadata - - agendaItem Agenda item 111",
            "meta-title metadata - - title RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY",
            "t1 title - - - 48/104. Declaration on the Elimination of Violence against Women",
            "u1 unnumberedParagraph - - - The General Assembly,",
            "u2 unnumberedParagraph - - - Recognizing the urgent need for the universal application to women of the rights,",
            "art1 article 1 - - Article 1",
            "art1-u1 unnumberedParagraph - art1 - For the purposes of this Declaration, the term \"violence against women\" means any act.",
            "art2 article 2 - - Article 2",
            "art2-u1 unnumberedParagraph - art2 - Violence against women shall be understood to encompass, but not be limited to, the following:",
            "art2-li1 listItem - art2 - Physical, sexual and psychological violence occurring in the family;",
            "art2-li2 listItem - art2 - Physical, sexual and psychological violence occurring within the general community;",
        ])
        #expect(document.blocks.first { $0.id == "art2" }?.label == "Article 2")
        #expect(document.metadata.symbol == "A/RES/48/104")
    }

    @Test func constructedFrenchResolutionReadsArticlePremier() {
        let document = Self.segment(Self.constructedFrenchResolution, "constructed-resolution-fr.txt")
        #expect(Self.outline(document) == [
            "meta-organization metadata - - - NATIONS UNIES",
            "meta-organ metadata - - organ Assemblée générale",
            "meta-distribution metadata - - distribution Distr. GÉNÉRALE",
            "meta-symbol metadata - - symbol A/RES/48/104",
            "meta-date metadata - - date 23 février 1994",
            "meta-session metadata - - session Quarante-huitième session",
            "meta-agenda-item metadata - - agendaItem Point 111 de l'ordre du jour",
            "meta-title metadata - - title RÉSOLUTION ADOPTÉE PAR L'ASSEMBLÉE GÉNÉRALE",
            "t1 title - - - 48/104. Déclaration sur l'élimination de la violence à l'égard des femmes",
            "u1 unnumberedParagraph - - - L'Assemblée générale,",
            "u2 unnumberedParagraph - - - Considérant qu'il est urgent de faire en sorte que les femmes bénéficient universellement des droits,",
            "art1 article 1 - - Article premier",
            "art1-u1 unnumberedParagraph - art1 - Aux fins de la présente Déclaration, les termes « violence à l'égard des femmes » désignent tout acte.",
            "art2 article 2 - - Article 2",
            "art2-u1 unnumberedParagraph - art2 - La violence à l'égard des femmes s'entend comme englobant, sans y être limitée, les formes suivantes :",
            "art2-li1 listItem - art2 - La violence physique, sexuelle et psychologique exercée au sein de la famille;",
            "art2-li2 listItem - art2 - La violence physique, sexuelle et psychologique exercée au sein de la collectivité;",
        ])
        #expect(document.blocks.first { $0.id == "art1" }?.label == "Article premier")
    }

    @Test func constructedRussianResolutionReadsStatya() {
        let document = Self.segment(Self.constructedRussianResolution, "constructed-resolution-ru.txt")
        #expect(Self.outline(document) == [
            "meta-organization metadata - - - Организация Объединенных Наций",
            "meta-organ metadata - - organ Генеральная Ассамблея",
            "meta-distribution metadata - - distribution Distr.: General",
            "meta-date metadata - - date 23 February 1994",
            "meta-session metadata - - session Сорок восьмая сессия",
            "meta-agenda-item metadata - - agendaItem Пункт 111 повестки дня",
            "meta-title metadata - - title Резолюция, принятая Генеральной Ассамблеей",
            "t1 title - - - 48/104. Декларация об искоренении насилия в отношении женщин",
            "u1 unnumberedParagraph - - - Генеральная Ассамблея,",
            "u2 unnumberedParagraph - - - признавая настоятельную необходимость всеобщего применения в отношении женщин прав,",
            "u3 unnumberedParagraph - - - будучи убеждена в необходимости укрепления усилий,",
            "art1 article 1 - - Статья 1",
            "art1-u1 unnumberedParagraph - art1 - Для целей настоящей Декларации термин «насилие в отношении женщин» означает любой акт.",
            "art2 article 2 - - Статья 2",
            "art2-u1 unnumberedParagraph - art2 - Под насилием в отношении женщин понимается, в частности, следующее:",
            "art2-li1 listItem - art2 - физическое, половое и психологическое насилие, которое имеет место в семье;",
        ])
    }

    /// "Article 5 of the Convention provides that …" is a sentence, and a
    /// lone "Article 5" line without a second article line is no sequence.
    @Test func constructedSentenceStartingWithArticleStaysAParagraph() {
        let text = """
            Report of the Committee

            1. The Committee recalls its earlier work on the matter and the views of the States parties.

            Article 5 of the Convention provides that States parties shall take all appropriate measures.

            2. The Committee notes the replies of the State party.

            """
        let document = Self.segment(text, "constructed-article-sentence.txt")
        #expect(Self.outline(document) == [
            "meta-title metadata - - title Report of the Committee",
            "p1 paragraph 1 - - The Committee recalls its earlier work on the matter and the views of the States parties.",
            "u1 unnumberedParagraph - - - Article 5 of the Convention provides that States parties shall take all appropriate measures.",
            "p2 paragraph 2 - - The Committee notes the replies of the State party.",
        ])
    }

    @Test func constructedEnglishAndFrenchResolutionsLinkArticlesByNumber() {
        let english = Self.segment(Self.constructedEnglishResolution, "constructed-resolution-en.txt")
        let french = Self.segment(Self.constructedFrenchResolution, "constructed-resolution-fr.txt")
        let alignment = Aligner().align([english, french])
        let articleLinks = alignment.links.filter { $0.blockIDs[0].first.map { $0.hasPrefix("art") && !$0.contains("-") } == true }
        #expect(articleLinks.map(\.blockIDs) == [[["art1"], ["art1"]], [["art2"], ["art2"]]])
        #expect(articleLinks.allSatisfy { $0.method == .number })
        // Article bodies link 1-1 under their articles; the French snippet has no "ORIGINAL:" line.
        #expect(alignment.links.filter { $0.blockIDs[0].first?.hasPrefix("art") == true }.map { "\($0.blockIDs) \($0.method.rawValue)" } == [
            #"[["art1"], ["art1"]] number"#,
            #"[["art1-u1"], ["art1-u1"]] structure"#,
            #"[["art2"], ["art2"]] number"#,
            #"[["art2-u1"], ["art2-u1"]] structure"#,
            #"[["art2-li1"], ["art2-li1"]] structure"#,
            #"[["art2-li2"], ["art2-li2"]] structure"#,
        ])
        #expect(alignment.links.first { $0.blockIDs[0] == ["meta-original-language"] }?.blockIDs[1] == [])
    }

    @Test func articleTitlesInSixLanguages() {
        let titles: [(String, Int?)] = [
            ("Article 1", 1), ("Article premier", 1), ("Artículo 3", 3), ("Статья 2", 2), ("المادة ٤", 4),
            ("المادة 12", 12), ("第五条", 5), ("第二十九条", 29), ("Article IV", 4), ("**Article 7**", 7),
            ("Article 5 of the Convention", nil), ("Articles 1 and 2", nil), ("Article", nil), ("第五条规定", nil),
        ]
        for (title, number) in titles {
            #expect(ArticleLine.number(Array(title.unicodeScalars)) == number, "\(title)")
        }
    }

    /// One article line, or lines whose numbers do not increase, are no sequence of articles.
    @Test func articleSequenceNeedsTwoIncreasingTitles() {
        #expect(ArticleLine.sequence([(3, 5)]).isEmpty)
        #expect(ArticleLine.sequence([(3, 5), (7, 2)]).isEmpty)
        #expect(ArticleLine.sequence([(3, 1), (7, 2), (9, 1)]) == [3: 1, 7: 2])
    }

    @Test func preambularOpeningsInSixLanguages() {
        for opening in ["The General Assembly,", "L'Assemblée générale,", "L’Assemblée générale,", "La Asamblea General,",
                        "Генеральная Ассамблея,", "إن الجمعية العامة،", "大会，", "The Security Council,",
                        "El Consejo de Derechos Humanos,", "The Economic and Social Council,"] {
            #expect(PreambularOpening.isOpening(Array(opening.unicodeScalars)), "\(opening)")
        }
        for line in ["General Assembly", "Recalling the decisions of the General Assembly,", "The General Assembly decides:"] {
            #expect(!PreambularOpening.isOpening(Array(line.unicodeScalars)), "\(line)")
        }
    }

    /// "NACIONES" over "UNIDAS" and "Distr." over "LIMITADA" are one masthead line each.
    @Test func constructedSpanishOldStyleMastheadPairs() {
        let text = """
            NACIONES
            UNIDAS

            Consejo de Seguridad

            Distr.
            LIMITADA

            S/RES/1325 (2000)

            El Consejo de Seguridad,

            Recordando sus resoluciones anteriores y las declaraciones de su Presidencia sobre la cuestión,

            """
        let document = Self.segment(text, "constructed-masthead-es.txt")
        #expect(Self.outline(document) == [
            "meta-organization metadata - - - NACIONES UNIDAS",
            "meta-organ metadata - - organ Consejo de Seguridad",
            "meta-distribution metadata - - distribution Distr. LIMITADA",
            "meta-symbol metadata - - symbol S/RES/1325 (2000)",
            "u1 unnumberedParagraph - - - El Consejo de Seguridad,",
            "u2 unnumberedParagraph - - - Recordando sus resoluciones anteriores y las declaraciones de su Presidencia sobre la cuestión,",
        ])
    }

    /// Numbered paragraphs of an article keep their number inside it; their subparagraphs hang under them.
    @Test func constructedConventionArticlesWithNumberedParagraphs() {
        let text = """
            Article 3

            1. States Parties shall take in all fields all appropriate measures.

            2. States Parties shall ensure:

            (a) That family education includes a proper understanding;

            (b) That the interest of the children is the primordial consideration.

            Article 4

            Nothing in this article shall be construed as discriminatory.

            """
        let document = Self.segment(text, "constructed-convention-articles.txt")
        #expect(Self.outline(document) == [
            "art3 article 3 - - Article 3",
            "art3-p1 paragraph 1 art3 - States Parties shall take in all fields all appropriate measures.",
            "art3-p2 paragraph 2 art3 - States Parties shall ensure:",
            "art3-p2-a listItem - art3-p2 - That family education includes a proper understanding;",
            "art3-p2-b listItem - art3-p2 - That the interest of the children is the primordial consideration.",
            "art4 article 4 - - Article 4",
            "art4-u1 unnumberedParagraph - art4 - Nothing in this article shall be construed as discriminatory.",
        ])
    }

    @Test func constructedChineseAndArabicArticles() {
        let chinese = Self.segment("""
            大会，

            认识到迫切需要将权利普遍适用于妇女，

            第一条

            为本宣言的目的，“对妇女的暴力行为”一词系指任何行为。

            第二条

            对妇女的暴力行为应理解为包括但并不仅限于下列各项：

            """, "constructed-resolution-zh.txt")
        #expect(Self.outline(chinese) == [
            "u1 unnumberedParagraph - - - 大会，",
            "u2 unnumberedParagraph - - - 认识到迫切需要将权利普遍适用于妇女，",
            "art1 article 1 - - 第一条",
            "art1-u1 unnumberedParagraph - art1 - 为本宣言的目的，“对妇女的暴力行为”一词系指任何行为。",
            "art2 article 2 - - 第二条",
            "art2-u1 unnumberedParagraph - art2 - 对妇女的暴力行为应理解为包括但并不仅限于下列各项：",
        ])
        let arabic = Self.segment("""
            إن الجمعية العامة،

            إذ تدرك الحاجة الملحة إلى أن تطبق على المرأة بصورة شاملة الحقوق،

            المادة 1

            لأغراض هذا الإعلان، يعني تعبير "العنف ضد المرأة" أي فعل.

            المادة 2

            يفهم بالعنف ضد المرأة أنه يشمل ما يلي:

            (أ) العنف البدني والجنسي والنفسي الذي يحدث في إطار الأسرة؛

            """, "constructed-resolution-ar.txt")
        #expect(Self.outline(arabic) == [
            "u1 unnumberedParagraph - - - إن الجمعية العامة،",
            "u2 unnumberedParagraph - - - إذ تدرك الحاجة الملحة إلى أن تطبق على المرأة بصورة شاملة الحقوق،",
            "art1 article 1 - - المادة 1",
            "art1-u1 unnumberedParagraph - art1 - لأغراض هذا الإعلان، يعني تعبير \"العنف ضد المرأة\" أي فعل.",
            "art2 article 2 - - المادة 2",
            "art2-u1 unnumberedParagraph - art2 - يفهم بالعنف ضد المرأة أنه يشمل ما يلي:",
            "art2-li1 listItem - art2 - العنف البدني والجنسي والنفسي الذي يحدث في إطار الأسرة؛",
        ])
    }
}
