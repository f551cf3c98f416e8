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
}
