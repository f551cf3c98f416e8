import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Notes marked `(*)`, `(1)`, `(2)` under a footnote rule at the end of a text set without blank lines (read as
/// PDF-extracted): the star note in brackets opens the notes as `(1)` does, so none is read as the last paragraph's
/// text or as a list. Constructed text (a made-up report's last page, in Russian).
@Suite struct ConstructedBracketedStarNoteTests {
    private static let russian = """
        4. В мастерских было занято
        9840 человек, а продажи компасов составили 27,5 млн долларов в 2095 г.,
        на 18 процентов больше, чем в 2093 г.(2).
        Б. Обучение
        5. В Руритании и Сильдавии 240 учеников прошли трёхлетний курс
        в 2093 г. и 2095 г.
        6. Региональный учебный центр открылся в Бордурии 4 сентября 2095 г.
        на 45 мест.
        III. Выводы и рекомендации
        7. Генеральный секретарь рекомендует государствам-членам:
        a) включить мастерские магнитных компасов в перечни нематериального
        наследия;
        b) выделять не менее 2 процентов культурных бюджетов на обучение
        учеников;
        c) сообщить о ходе работы к 30 июня 2098 г.
        8. Генеральная Ассамблея может принять настоящий доклад к сведению.
        __________________
        (*) A/151/50.
        (1) См. резолюцию 149/62, п. 5.
        (2) Данные за 2093 г. взяты из документа A/149/188.
        """

    @Test func constructedStarNoteInBracketsOpensTheNotes() {
        let document = ConstructedSegmentation.segment(Self.russian, "constructed-bracketed-star-note.ru.txt").document
        #expect(document.blocks.filter { $0.kind == .footnote }.map(\.text)
                == ["A/151/50.", "См. резолюцию 149/62, п. 5.", "Данные за 2093 г. взяты из документа A/149/188."])
        #expect(document.blocks.last { $0.kind == .paragraph }?.text == "Генеральная Ассамблея может принять настоящий доклад к сведению.")
        #expect(document.blocks.filter { $0.kind == .listItem }.map(\.id) == ["p7-a", "p7-b", "p7-c"])
    }

    @Test func constructedBracketedStarsAreAMarkerBelowTheRuleOnly() {
        let bytes = Array("(*) A/151/50.".utf8)
        let line = PDFLine.lines(in: bytes)[0]
        #expect(PDFFootnoteFinder.marker(line, bytes, alone: true, parenthesized: true).map { String(decoding: $0.bytes, as: UTF8.self) } == "(*)")
        #expect(PDFFootnoteFinder.marker(line, bytes) == nil)
    }
}
