import Foundation
import ParityTestSupport
import Testing
@testable import ParityCore

/// A summary record teaches its own turn shapes (`dev/summary-haylofts`, Avar and Chechen, no honorific table):
/// the honorifics after the name its noted designations were found with open a turn after a name with no
/// parentheses (`HonorificTurn.designationLengthAfterName`), and the chair word of its masthead's Chair line opens
/// one with a case suffix attached (`TitleForm.suffixedDesignationLength`).
@Suite struct LearnedHonorificAfterNameTurnTests {
    static func scalars(_ string: String) -> [Unicode.Scalar] { Array(string.unicodeScalars) }

    @Test func everyTurnOfTheRecordIsFound() throws {
        for (code, expected) in [("av", ["ОцӀуя вац (Фридония)", "Бренн вац (Бордурия)", "Линдгрен яц (Пачалихъалъул докладчик)",
                                         "Хаддад вац", "Председательалъ"]),
                                 ("ce", ["Оцӏуя ваша (Фридони)", "Бренн ваша (Бордури)", "Линдгрен йиша (Пачхьалкхан докладчик)",
                                         "Хаддад ваша", "Председательера"])] {
            let document = try ConstructedSegmentation.devDocument("summary-haylofts", code)
            let paragraphs = document.blocks.filter { $0.kind == .paragraph }
            #expect(paragraphs.compactMap(\.number) == [1, 2, 3, 4, 5, 6, 7], "\(code)")
            #expect(paragraphs.compactMap(\.speaker) == expected, "\(code)")
            #expect(paragraphs.filter { $0.speaker != nil }.compactMap(\.number) == [2, 3, 4, 5, 7], "\(code)")
        }
    }

    @Test func aNameOpensATurnOnlyBeforeALearnedHonorific() {
        let honorifics: Set<[Unicode.Scalar]> = [Self.scalars("вац"), Self.scalars("яц")]
        #expect(HonorificTurn.designationLengthAfterName(Self.scalars("Хаддад вац хӀалтӀул къагӀида"), honorifics: honorifics) == 10)
        #expect(HonorificTurn.designationLengthAfterName(Self.scalars("Анна Линдгрен яц абуна"), honorifics: honorifics) == 16)
        // A State's name, a name before a word no turn was found with, an honorific with nothing after it: no turn.
        #expect(HonorificTurn.designationLengthAfterName(Self.scalars("Сильдавиялъул гьукуматалъ 2047 соналъ"), honorifics: honorifics) == nil)
        #expect(HonorificTurn.designationLengthAfterName(Self.scalars("Хаддад абуна вац"), honorifics: honorifics) == nil)
        #expect(HonorificTurn.designationLengthAfterName(Self.scalars("Хаддад вац"), honorifics: honorifics) == nil)
        #expect(HonorificTurn.designationLengthAfterName(Self.scalars("Хаддад вац хӀалтӀул"), honorifics: []) == nil)
    }

    @Test func theChairWordOpensATurnWithAShortSuffixBeforeACapital() {
        let titles: Set<[Unicode.Scalar]> = [Self.scalars("председатель")]
        #expect(TitleForm.suffixedDesignationLength(Self.scalars("Председательнал Фридониялул делегациялун"), titles: titles) == 15)
        #expect(TitleForm.suffixedDesignationLength(Self.scalars("Председательасул Бордуриялъул"), titles: titles) == 16)
        // A longer or shorter ending is another word or a phrase; a word in lower case after it makes a phrase;
        // the title must be whole and start the paragraph.
        #expect(TitleForm.suffixedDesignationLength(Self.scalars("Председательствоял Фридония"), titles: titles) == nil)
        #expect(TitleForm.suffixedDesignationLength(Self.scalars("Председательас Фридония"), titles: titles) == nil)
        #expect(TitleForm.suffixedDesignationLength(Self.scalars("Председательнал хӀалтӀи"), titles: titles) == nil)
        #expect(TitleForm.suffixedDesignationLength(Self.scalars("Председатенал Фридония"), titles: titles) == nil)
        #expect(TitleForm.suffixedDesignationLength(Self.scalars("Форумалъ Председательнал"), titles: titles) == nil)
        #expect(TitleForm.suffixedDesignationLength(Self.scalars("Puheenjohtajan kutsusta"), titles: [Self.scalars("puheenjohtaja")]) == nil)
        #expect(TitleForm.suffixedDesignationLength(Self.scalars("Lederen Holm takkede"), titles: [Self.scalars("leder")]) == nil)
        // Too short a title takes no suffix.
        #expect(TitleForm.suffixedDesignationLength(Self.scalars("Райсанал Фридония"), titles: [Self.scalars("райс")]) == nil)
    }
}
