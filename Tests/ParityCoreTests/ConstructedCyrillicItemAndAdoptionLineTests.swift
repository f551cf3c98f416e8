import Testing
@testable import ParityCore

/// Items lettered in a Cyrillic alphabet with letters Russian has not (`CyrillicItemLetters`),
/// and a resolution's adoption line written in lower case under its title (`AdoptionLine`).
@Suite struct ConstructedCyrillicItemAndAdoptionLineTests {
    private func segment(_ text: String) -> [Block] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
    }

    @Test func lettersRussianHasNotTakeTheirPlaceFromTheirList() {
        func keys(_ letters: String) -> [Int] {
            var previous: CyrillicItemLetters.Place?
            var positions: [Int] = []
            for letter in letters.unicodeScalars {
                guard let resolved = CyrillicItemLetters.resolve(letter, after: previous) else { return positions + [0] }
                positions.append(resolved.position)
                previous = resolved
            }
            return positions
        }
        #expect(keys("абвгґд") == [1, 2, 3, 4, 5, 6])    // Ukrainian
        #expect(keys("аәбвг") == [1, 2, 3, 4, 5])        // Kazakh
        #expect(keys("абвгд") == [1, 2, 3, 4, 5])        // Russian keeps its places
        #expect(keys("абва") == [1, 2, 3, 1])            // a new list starts again
        #expect(keys("жзік") == [7, 8, 9, 10])           // Belarusian і where Russian has и
        #expect(CyrillicItemLetters.isExtraLetter("ґ") && CyrillicItemLetters.isExtraLetter("ә"))
        #expect(!CyrillicItemLetters.isExtraLetter("б") && !CyrillicItemLetters.isExtraLetter("Ә"))
    }

    @Test func constructedBelarusianListWithALetterRussianHasNot() {
        let text = """
        1. Просіць групу:
        а) першае заданне;
        б) другое заданне;
        в) трэцяе заданне;
        г) чацвёртае заданне;
        д) пятае заданне;
        е) шостае заданне;
        ж) сёмае заданне;
        з) восьмае заданне;
        і) дзявятае заданне;
        к) дзясятае заданне.
        """
        let items = segment(text).filter { $0.kind == .listItem }
        #expect(items.map(\.id) == ["p1-a", "p1-b", "p1-c", "p1-d", "p1-e", "p1-f", "p1-g", "p1-h", "p1-i", "p1-j"])
    }

    @Test func theAdoptionLineShape() {
        #expect(AdoptionLine.matches(Array("ухвалена Радою Безпеки на її 10155-му засіданні 9 жовтня 2027 року".unicodeScalars)))
        #expect(AdoptionLine.matches(Array("Adopted by the Security Council at its 10155th meeting, on 9 October 2027".unicodeScalars)))
        // A preambular paragraph ends with a comma; a line without a date is none.
        #expect(!AdoptionLine.matches(Array("посилаючись на свою резолюцію 2801 (2026),".unicodeScalars)))
        #expect(!AdoptionLine.matches(Array("ухвалена Радою Безпеки".unicodeScalars)))
    }

    @Test func constructedBelarusianAdoptionLineIsTitleText() {
        let text = """
        Рэзалюцыя 2893 (2027)

        прынятая Саветам Бяспекі на яго 10155-м пасяджэнні 9 кастрычніка 2027 года

        Савет Бяспекі,

        спасылаючыся на сваю рэзалюцыю 2801 (2026),

        1. пастанаўляе стварыць групу;

        2. пастанаўляе працягваць займацца гэтым пытаннем.
        """
        let blocks = segment(text)
        #expect(blocks.first { $0.text.hasPrefix("прынятая") }?.kind == .title)
        #expect(blocks.filter { $0.kind == .paragraph }.count == 2)
    }
}
