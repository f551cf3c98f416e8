import Foundation
import ParityTestSupport
import Testing
@testable import ParityCore

/// An annex caption that repeats the letter's title word by word, its last word inflected and the annex word added
/// at the end, in a language no annex table knows (Nogai `… язган хаты` / `… язган хатына косымша`), under the
/// letter's signature (`TitlePrefixCaption`, `BlockClassifier.titlePrefixCaption`). Documents `dev/letter-kilnworks`
/// (ru, nog, kum, udm; no blank lines).
@Suite struct ConstructedTitlePrefixCaptionTests {
    private func dev(_ code: String) throws -> Document {
        try ConstructedSegmentation.devDocument("letter-kilnworks", code)
    }

    static let title = "Руританиядынъ Бирлескен Миллетлер Организациясындагы Турагы Вакилининъ Баш секретарьга язган хаты"

    @Test(arguments: ["ru", "nog", "kum", "udm"])
    func theAnnexHoldsTheFourParagraphs(_ code: String) throws {
        let document = try dev(code)
        #expect(document.blocks.filter { $0.kind == .annex }.count == 1)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["annex-p1", "annex-p2", "annex-p3", "annex-p4"])
        #expect(document.blocks.filter { $0.kind == .footnote }.count == 1)
    }

    @Test(arguments: ["nog", "kum", "udm"])
    func thePairWithRussianIsClean(_ code: String) throws {
        let findings = ParityChecker().check(Aligner().align([try dev(code), try dev("ru")])).filter { $0.severity >= .warning }
        #expect(findings.map { "\($0.kind.rawValue) \($0.locations.last?.blockIDs.joined(separator: "+") ?? "")" } == [])
    }

    @Test func aCaptionStartsWithTheTitleAndAddsItsWord() {
        let title = Array(Self.title.unicodeScalars)
        func reads(_ caption: String) -> Bool { TitlePrefixCaption.startsWithTitle(Array(caption.unicodeScalars), title: title) }
        #expect(reads(Self.title.replacingOccurrences(of: "хаты", with: "хатына косымша")))
        // One word of the title left out, the annex word and a link added.
        #expect(reads(Self.title.replacingOccurrences(of: "Бирлескен ", with: "").replacingOccurrences(of: "хаты", with: "хатына косымша бет")))
        // The title alone (a heading that repeats it), three words added, another first word, half the title.
        #expect(!reads(Self.title))
        #expect(!reads(Self.title + " косымша бет эм"))
        #expect(!reads("Косымша " + Self.title))
        #expect(!reads("Руританиядынъ Турагы Вакилининъ хатына косымша"))
    }

    /// A letter whose title holds no date and whose body does not name its annex: only the title repeated under the
    /// signature shows the caption.
    static let undatedLetter = """
    United Nations
    A/100/171
    General Assembly
    Distr.: General
    15 June 2046
    Original: Russian
    Hundredth session
    Item 45 of the preliminary list*
    \(title)
    Меним Руритания хукиметининъ элдеги шоьлмек устаханаларынынъ иси акында баянатын сизге йиберуге урметим бар.
    Сизден бу хатты Баш Ассамблеяныхъ алдынгы тизимининъ 45-пункты бойынша документ этип таратувынъызды сорайман.
    (Кол салынган) Ивар Кольбен
    Елши
    Турагы вакил
    __________
    * A/100/150.
    CAPTION
    Руританиядагы шоьлмек устаханаларынынъ иси акында баянат
    1.\t2045 йылда Руританияда 1 240 шоьлмек устаханасы ислеген.
    2.\tУстаханаларда 5 600 адам ислеген, соннан 2 100 катын.
    3.\tУстаханалардынъ онимининъ баасы 18,5 миллион доллар болган.
    4.\tУстаханалардынъ келеси карав 2048 йылда откерилер.
    """

    private func segment(_ caption: String) -> Document {
        let text = Self.undatedLetter.replacingOccurrences(of: "CAPTION", with: caption)
        return PlainTextSegmenter(language: Language(code: "nog")).segment(DecodedText(text), sourceName: "constructed")
    }

    @Test func anUndatedTitleRepeatedUnderTheSignatureIsTheCaption() {
        let document = segment(Self.title.replacingOccurrences(of: "хаты", with: "хатына косымша"))
        #expect(document.blocks.filter { $0.kind == .annex }.count == 1)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["annex-p1", "annex-p2", "annex-p3", "annex-p4"])
    }
}
