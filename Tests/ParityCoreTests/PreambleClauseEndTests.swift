import Testing
@testable import ParityCore

/// Where a preambular clause ends in hard-wrapped text (docs/structure-inference.md,
/// "Clause ends in hard-wrapped preambles"): a line ending with a clause's comma that
/// could have taken the next line's first word ends its clause, in any case; after a
/// full line, the next line starts a clause only when its first word starts another
/// clause of the preamble too. Constructed text.
@Suite struct PreambleClauseEndTests {
    /// The first words of the unnumbered paragraphs after the opening, up to the first numbered unit.
    private func preamble(_ text: String, opening: String) -> [String] {
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
        guard let start = blocks.firstIndex(where: { $0.text == opening }) else { return [] }
        var clauses: [String] = []
        for block in blocks[(start + 1)...] {
            guard block.kind == .unnumberedParagraph else { break }
            clauses.append(String(block.text.prefix { $0 != " " && $0 != "，" }))
        }
        return clauses
    }

    /// A Russian treaty's preamble hard-wrapped at 68 without blank lines: two wrapped lines end with a comma
    /// inside a clause on a full line ("… замедляют паводки," / "смягчают …"); they start no clause.
    @Test func aCommaAtTheEndOfAFullLineInsideAClauseCutsNothing() {
        let text = """
        Соглашение о сохранении бобровых плотин в бассейне реки Сольва

        Договаривающиеся Стороны,
        признавая, что бобровые плотины удерживают воду, замедляют паводки,
        смягчают засухи и создают места обитания для рыб, птиц, земноводных
        и насекомых,
        отмечая с озабоченностью, что с 1995 года число плотин в бассейне
        реки Сольва, по данным Совместной комиссии, сократилось на 40
        процентов,
        ссылаясь на Меморандум о сотрудничестве в области водных ресурсов,
        подписанный в Тарне 14 мая 2027 года,
        будучи убеждены, что охрана плотин требует согласованных мер всех
        прибрежных государств, местных общин, землевладельцев и научных
        учреждений,
        согласились о нижеследующем:

        Статья 1

        Каждая Сторона охраняет бобровые плотины на своей территории.

        Статья 2

        1. Стороны ежегодно проводят учет плотин.

        2. Результаты учета публикуются не позднее 1 марта следующего года.
        """
        #expect(preamble(text, opening: "Договаривающиеся Стороны,") == ["признавая,", "отмечая", "ссылаясь", "будучи"])
    }

    /// A Security Council resolution in a language without tables, every clause opening with `som` in lower case
    /// as its wrapped lines do: short lines ending with a comma end their clauses; after the full line
    /// "… ställas till svars," the next `som` starts a clause because the document opens its other clauses so.
    @Test func lowerCaseClausesOfAResolutionEndAtTheirComma() {
        let text = """
        Säkerhetsrådet,

        som erinrar om sina tidigare resolutioner och ordförandens
        uttalanden om situationen i Republiken Tamberland, särskilt
        resolutionerna 2790 (2029) och 2815 (2030),
        som betonar att de som är ansvariga för kränkningar av
        internationell humanitär rätt måste ställas till svars,
        som tar del av generalsekreterarens rapport av den 20
        februari 2031 (S/2031/118),
        som handlar enligt kapitel VII i Förenta nationernas stadga,
        1. beslutar att alla parter omedelbart ska upphöra med
        stridigheterna på hela Tamberlands territorium,
        2. beslutar att aktivt fortsätta att behandla frågan.
        """
        #expect(preamble(text, opening: "Säkerhetsrådet,") == ["som", "som", "som", "som"])
    }

    /// Chinese wrapped anywhere at 30 characters: a clause ending with `，` one character short of the width
    /// ends there (no space would have stood before the next character).
    @Test func aChineseClauseOneCharacterShortOfTheWidthEnds() {
        let text = """
        安全理事会，
        回顾其以往关于坦伯兰共和国局势的各项决议和主席声明，特别是第
        2790(2029)号和第2815(2030)号决议，
        重申坚定致力于坦伯兰共和国的主权、独立、统一和领土完整，
        表示严重关切坦伯兰东部各省持续发生战斗，自2030年9月以来
        已造成310 000多人流离失所，并严重关切针对人道主义人员
        的袭击，
        根据《联合国宪章》第七章采取行动，
        1. 决定各方应立即在坦伯兰全境停止敌对行动；
        2. 决定继续积极处理此案。
        """
        let clauses = preamble(text, opening: "安全理事会，")
        #expect(clauses.count == 4)
        #expect(clauses.map { $0.prefix(2) } == ["回顾", "重申", "表示", "根据"])
    }

    /// A treaty preamble set one clause a line by hand, unevenly (no wrap width): a line after a clause's comma
    /// in the clauses' case starts a clause, a line wrapped after "в" does not (what the splitter first read).
    @Test func aPreambleSetOneClauseALineStillCountsItsClauses() {
        let text = """
        Соглашение о содержании дамб реки Велмар

        Стороны настоящего Соглашения,
        ссылаясь на свою Конвенцию 2019 года о дамбах Велмара,
        отмечая, что 240 километров дамб нуждаются в ремонте, в
        особенности в нижнем течении реки,
        сознавая повышение уровня воды,
        желая разделить расходы на ремонт,
        согласились о нижеследующем:

        Статья 1

        Каждая Сторона дважды в год осматривает дамбы на своем берегу.
        """
        #expect(preamble(text, opening: "Стороны настоящего Соглашения,") == ["ссылаясь", "отмечая,", "сознавая", "желая"])
    }

    /// An Amharic resolution (no case, no tables), hard-wrapped without blank lines: every clause ends with the
    /// Ethiopic comma `፣`, the mark the opening ends with, verb last. The first clause ends on a full line
    /// ("… በማስታወስ፣" / "በ27 …"): its last word ends the last clause too, so the next line starts a clause.
    @Test func aClauseOnAFullLineEndsWithTheWordTheDocumentsClausesEndWith() {
        let text = """
        91/147. የመንደር ቀጥቃጮች እና የብረት ሥራ ሙያ
        ጠቅላላ ጉባኤው፣
        "የገጠር የእጅ ሥራዎች እና ዘላቂ ኑሮ" በሚል ርዕስ ዲሴምበር 20 ቀን 2034 ያሳለፈውን
        ውሳኔ 89/212 እና ዲሴምበር 7 ቀን 2035 ያሳለፈውን ውሳኔ 90/63 በማስታወስ፣
        በ27 አባል አገሮች ውስጥ ወደ 3 120 የሚጠጉ ቀጥቃጮች አሁንም በሥራ ላይ መሆናቸውን
        ያረጋገጠውን የዋና ጸሐፊውን ሪፖርት በአድናቆት በመገንዘብ፣
        የመንደር ቀጥቃጮች የግብርና መሣሪያዎችን እና አነስተኛ የመስኖ ሥራዎችን በመጠገን
        ረገድ ያላቸውን አስተዋጽኦ በመገንዘብ፣
        ከሜይ 3 እስከ 5 ቀን 2036 በኬልቮራ በተካሄደው የገጠር የእጅ ሥራዎች ጉባኤ ላይ
        የጸደቀውን የሚኒስትሮች መግለጫ በማስታወስ፣
        1. አባል አገሮች የመንደር ቀጥቃጮችን በብሔራዊ የማይዳሰሱ ባህላዊ ቅርሶች
        መዝገቦቻቸው ውስጥ እንዲያካትቱ ይጋብዛል፤
        2. ዋና ጸሐፊው በዘጠና ሦስተኛው ስብሰባው ላይ የዚህን ውሳኔ አፈጻጸም በተመለከተ
        ሪፖርት እንዲያቀርብ ይጠይቃል።
        """
        #expect(preamble(text, opening: "ጠቅላላ ጉባኤው፣") == ["\"የገጠር", "በ27", "የመንደር", "ከሜይ"])
    }

    /// An Uzbek resolution (no tables), hard-wrapped without blank lines, verb last: a clause opening with a date
    /// after a full line ("… e'tirof etib," / "2036-yil 3-5-may …") starts a clause, as `etib` ends another one.
    @Test func aClauseOpeningWithADateAfterAFullLineStartsAClause() {
        let text = """
        91/147. Qishloq temirchilik ustaxonalari va temirchilik hunari
        Bosh Assambleya,
        2034-yil 20-dekabrdagi "Qishloq hunarmandchiligi va barqaror turmush
        manbalari" nomli 89/212-son rezolyutsiyasini eslatib o'tib,
        27 ta a'zo davlatda 3 120 ga yaqin temirchilik ustaxonasi hali ham
        ishlayotganini aniqlagan Bosh kotibning ma'ruzasini mamnuniyat bilan
        qayd etib,
        qishloq temirchilik ustaxonalarining qishloq xo'jaligi asboblari va
        kichik sug'orish inshootlarini ta'mirlashdagi hissasini e'tirof etib,
        2036-yil 3-5-may kunlari Kelvorada bo'lib o'tgan qishloq
        hunarmandchiligi konferensiyasida qabul qilingan vazirlar
        deklaratsiyasini yodda tutib,
        1. A'zo davlatlarni qishloq temirchilik ustaxonalarini nomoddiy
        madaniy merosning milliy ro'yxatlariga kiritishga taklif qiladi;
        2. Bosh kotibdan to'qson uchinchi sessiyada ushbu rezolyutsiyaning
        bajarilishi to'g'risida ma'ruza taqdim etishni so'raydi.
        """
        #expect(preamble(text, opening: "Bosh Assambleya,") == ["2034-yil", "27", "qishloq", "2036-yil"])
    }

    /// An English resolution hard-wrapped without blank lines, the opening written on the line of the first clause
    /// ("The General Assembly, Recalling …"): it opens the preamble as a line of its own does, so a capitalised
    /// clause after a full line ("… the forest economy," / "Noting that, …") starts a clause.
    @Test func anOpeningOnTheFirstClausesLineOpensThePreamble() {
        let text = """
        91/148. Charcoal burners of the upland forests
        The General Assembly, Recalling its resolutions 88/19 of 3 December
        2033 and 90/77 of 9 December 2035 on rural livelihoods,
        Taking note of the report of the Special Rapporteur on the right to
        food (A/91/301), in particular its section on the forest economy,
        Noting that, in its resolution 90/77, it invited Member States to
        report on the charcoal trade, and that 19 of them have reported,
        Welcoming the decision of the Council of the Kelvora Forest Authority
        of 12 March 2036 to license traditional charcoal kilns,
        Aware of the contribution of the charcoal burners to the prevention
        of forest fires, through the clearing of undergrowth and deadwood,
        1. Encourages Member States to license traditional charcoal kilns;
        2. Requests the Secretary-General to report to it at its ninety-third
        session on the implementation of the present resolution.
        """
        #expect(preamble(text, opening: "The General Assembly,") == ["Recalling", "Taking", "Noting", "Welcoming", "Aware"])
    }

    /// Japanese clauses run without spaces: a clause's last "word" is its whole run of letters, and its inflection is the
    /// syllabic tail after the last ideograph ("…を想起し、", "…に留意し、" end in "し"). A full line's "…を評価し、" ends as
    /// two clauses surely ended do; "…同報告が、" and "…によれば、" do not; a tail with no ideograph before it tells nothing.
    @Test func aSyllabicTailAfterIdeographsIsTheEndingClausesShare() {
        var endings = ClauseEndingWords()
        endings.insert(Array("決議を想起し".unicodeScalars))
        endings.insert(Array("閣僚宣言に留意し".unicodeScalars))
        endings.insert(Array("貢献を認識して".unicodeScalars))
        #expect(ClauseEndingWords.syllabicTail(Array("認識して".unicodeScalars)) == Array("して".unicodeScalars))
        #expect(ClauseEndingWords.syllabicTail(Array("しかし".unicodeScalars)) == nil)
        #expect(endings.ends(Array("認めたことを評価し".unicodeScalars)))
        #expect(!endings.ends(Array("同報告が".unicodeScalars)))
        #expect(!endings.ends(Array("調査によれば".unicodeScalars)))
        // One clause ending in "して" is not two.
        #expect(!endings.ends(Array("決意して".unicodeScalars)))
    }

    /// A General Assembly resolution hard-wrapped without blank lines: the first clause quotes a title over two lines,
    /// the colon inside the quotation ending a line ("… entitled "Village watermills:" / "grinding grain …",1"), and
    /// two clauses end with a footnote marker after their comma (",1", ",2"). The colon closes no preamble, and a
    /// marked comma ends its clause as a bare one does.
    @Test func aQuotedColonAndAFootnoteMarkerAfterTheCommaLeaveTheClausesApart() {
        let text = """
        United Nations                                              A/RES/88/140
        General Assembly                                   Distr.: General
                                                           20 December 2033
        Eighty-eighth session
        Agenda item 19
        Resolution adopted by the General Assembly on 14 December 2033
        88/140. Village watermills
        The General Assembly,
        Recalling its resolution 86/12 of 4 December 2031, entitled "Village watermills:
        grinding grain for the next generation of farmers",1
        Noting that some 410 village watermills remain in use in the hill
        districts of Norvania and Quarvia, most of them without a miller,2
        Convinced that the watermills deserve the support of the
        international community,
        1. Invites Member States to include watermills in their national
        inventories of cultural heritage;
        2. Requests the Secretary-General to report to it at its ninetieth
        session on the implementation of the present resolution.
        _______________
        1 A/86/310.
        2 A/88/311.
        """
        #expect(preamble(text, opening: "The General Assembly,") == ["Recalling", "Noting", "Convinced"])
        #expect(FootnotedClauseMark.endsWithMarkedClauseMark(Array("… the Convention,²".utf8), 0, "… the Convention,²".utf8.count))
        #expect(!FootnotedClauseMark.endsWithMarkedClauseMark(Array("a ratio of 3,14".utf8), 0, "a ratio of 3,14".utf8.count))
        #expect(!FootnotedClauseMark.endsWithMarkedClauseMark(Array("…を想起し、12".utf8), 0, "…を想起し、12".utf8.count))
    }
}
