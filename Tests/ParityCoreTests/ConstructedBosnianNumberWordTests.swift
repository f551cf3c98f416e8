import Testing
@testable import ParityCore

/// Bosnian number and scale words from CLDR, with the corrections the
/// generator makes to ICU's Bosnian spell-out rules (`jedanaest`,
/// `šesnaest`, `dvjesto`, `šeststo`, `milijarda` in every form a count
/// takes). Constructed phrases; document set `dev/summary-crpd` (bs, en).
@Suite struct ConstructedBosnianNumberWordTests {
    let extractor = NumberExtractor(languageCode: "bs")

    func words(_ text: String) -> [Int] { extractor.spelledNumbers(text).map(\.value) }

    @Test func constructedBosnianWordsAreRead() {
        #expect(words("dvadeset delegata") == [20])
        #expect(words("jedanaest članova") == [11])
        #expect(words("šesnaest država") == [16])
        #expect(words("dvjesto učesnika") == [200])
        #expect(words("šeststo kilometara") == [600])
        #expect(extractor.spelledOutFigures("dvadeset delegata").map(\.canonical) == ["20"])
        // ICU's misspelled forms are gone; `šesto` is "sixth", not 600.
        #expect(words("šesto poglavlje").allSatisfy { $0 != 600 })
    }

    @Test func constructedBosnianScaleWordsInEveryForm() {
        let amounts = extractor.extract("12 miliona eura, 2,8 milijardi i 1 milijarda, 3 hiljade, 5 hiljada")
            .filter { $0.kind == .amount }.map(\.canonical)
        #expect(amounts == ["12000000", "2800000000", "1000000000", "3000", "5000"])
    }

    @Test func constructedBosnianAgainstEnglish() {
        let comparison = NumberComparison(smallFigureLimit: ParityCheckOptions().smallFigureLimit)
        let english = NumberExtractor(languageCode: "en")
        let en = "a budget of 2.8 billion marks for twenty delegates", bs = "budžet od 2,8 milijardi maraka za dvadeset delegata"
        #expect(comparison.compare(pivot: english.extract(en), other: extractor.extract(bs),
                                   pivotWords: english.spelledNumbers(en), otherWords: extractor.spelledNumbers(bs)) == nil)
    }
}
