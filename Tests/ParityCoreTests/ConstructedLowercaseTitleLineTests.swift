import Testing
@testable import ParityCore

/// A title whose rest stands on its own line in lower case under a word in capitals ("СОГЛАШЕНИЕ" / "между
/// Правительством … о сотрудничестве …"), set apart by blank lines: the rest is title, no preambular paragraph;
/// a clause in lower case ending with its comma under the title stays a clause. Constructed text (a made-up
/// Russian agreement).
@Suite struct ConstructedLowercaseTitleLineTests {
    private static let agreement = """
    СОГЛАШЕНИЕ

    между Правительством Республики Фридония и Правительством Королевства Бордурия о сотрудничестве в области гончарного ремесла

    Правительство Республики Фридония и Правительство Королевства Бордурия, именуемые в дальнейшем «Стороны»,

    стремясь сохранить гончарное ремесло, которым занимаются около 480 мастеров в обеих странах,

    согласились о нижеследующем:

    Статья 1

    Стороны ежегодно обмениваются группами мастеров.

    Статья 2

    Настоящее Соглашение вступает в силу с даты подписания.

    """

    @Test func theTitlesRestInLowerCaseIsTitle() {
        let blocks = PlainTextSegmenter().segment(DecodedText(Self.agreement), sourceName: "constructed").blocks
        #expect(blocks.prefix(2).map(\.kind) == [.metadata, .title])
        #expect(blocks.filter { $0.kind == .unnumberedParagraph && $0.parent == nil }.map { String($0.text.prefix(13)) }
            == ["Правительство", "стремясь сохр"])
    }

    @Test func aClauseInLowerCaseUnderTheTitleStaysAClause() {
        let resolution = """
        Резолюция 4711 (2088)

        ссылаясь на свои предыдущие резолюции о положении в прибрежных районах,

        1. постановляет продлить мандат Миссии до 30 сентября 2089 года;

        2. постановляет продолжать заниматься этим вопросом.

        """
        let blocks = PlainTextSegmenter().segment(DecodedText(resolution), sourceName: "constructed").blocks
        #expect(!blocks.contains { $0.kind == .title })
        #expect(blocks.contains { $0.kind == .unnumberedParagraph && $0.text.hasPrefix("ссылаясь") })
    }
}
