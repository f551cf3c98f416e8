import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A Security Council resolution whose adoption line is broken by hand before its date ("принятая Советом
/// Безопасности на его 10412-м заседании" / "21 марта 2064 года") and stands between the title and the organ's opening:
/// the line goes on into the date line under it, one title line as the English version's one line is, and is no
/// unnumbered paragraph. Constructed texts (English and Russian versions of one made-up resolution).
@Suite struct ConstructedBrokenAdoptionLineTests {
    static let english = """
        United Nations\tS/RES/4236 (2064)
        Security Council\tDistr.: General
        \t21 March 2064
        Resolution 4236 (2064)
        Adopted by the Security Council at its 10412th meeting, on 21 March 2064
        The Security Council,
        Recalling its resolution 4190 (2062),
        Acting under Chapter VII of the Charter of the United Nations,
        1.\tDecides to extend the mandate of the monitoring mission until 31 March 2065;
        2.\tDecides to remain seized of the matter.
        """

    static let russian = """
        Организация Объединенных Наций\tS/RES/4236 (2064)

        Совет Безопасности\tDistr.: General
        \t21 March 2064

        Резолюция 4236 (2064),

        принятая Советом Безопасности на его 10412-м заседании
        21 марта 2064 года

        Совет Безопасности,

        ссылаясь на свою резолюцию 4190 (2062),

        действуя на основании главы VII Устава Организации Объединенных Наций,

        1.\tпостановляет продлить мандат миссии по наблюдению до 31 марта 2065 года;

        2.\tпостановляет продолжать заниматься этим вопросом.
        """

    @Test func constructedBrokenAdoptionLineIsOneTitleLine() {
        let document = ConstructedSegmentation.segment(Self.russian, "constructed-broken-adoption-line.ru.txt").document
        let titles = document.blocks.filter { $0.kind == .title }
        #expect(titles.map(\.text) == ["принятая Советом Безопасности на его 10412-м заседании 21 марта 2064 года"])
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.map { String($0.text.prefix(8)) }
                == ["Совет Бе", "ссылаясь", "действуя"])
        #expect(document.numberedParagraphs.map(\.number) == [1, 2])
    }

    @Test func constructedPairIsClean() {
        let english = ConstructedSegmentation.segment(Self.english, "constructed-broken-adoption-line.en.txt").document
        let russian = ConstructedSegmentation.segment(Self.russian, "constructed-broken-adoption-line.ru.txt").document
        let findings = ParityChecker().check(Aligner().align([english, russian])).filter { $0.severity >= .warning }
        #expect(findings.map { "\($0.kind.rawValue): \($0.message)" } == [])
    }
}
