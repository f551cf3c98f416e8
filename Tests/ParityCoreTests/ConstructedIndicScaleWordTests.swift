import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Lakh and crore in the South Asian scripts, read whatever the language CLDR names the file with: Hajong (`haj`,
/// which CLDR writes in Latin letters) in the Bengali script, `১ কোটি ২৬ লাখ` (1 crore 26 lakh = 12,600,000);
/// Koya (`kff`) in the Telugu script, `౧ కోటి ౨౪ లక్షల` (12,400,000), with the oblique form of lakh; Paniya (`pcg`)
/// in the Malayalam script, `13.5 ലക്ഷം` (1,350,000). And a range whose "from" follows its first end (`౬ నుండి ౮`,
/// "6 from 8 until"), read as Spanish `del 6 al 8` is. Constructed passages (approximations by a non-speaker).
@Suite struct ConstructedIndicScaleWordTests {
    @Test func constructedCroreAndLakhInAnyScript() {
        #expect(NumberExtractor(languageCode: "haj").extract("রপ্তানি ১ কোটি ২৬ লাখ ডলারত উঠিছে।").map(\.canonical) == ["12600000"])
        #expect(NumberExtractor(languageCode: "kff").extract("౧ కోటి ౨౪ లక్షల మంది ఆధారపడి మంతోర్.").map(\.canonical) == ["12400000"])
        #expect(NumberExtractor(languageCode: "pcg").extract("ബജറ്റ് 13.5 ലക്ഷം ഡോളർ ആണ്.").map(\.canonical) == ["1350000"])
        // The general convention reads them too.
        #expect(NumberExtractor(languageCode: nil).extract("১ কোটি ২৬ লাখ").map(\.canonical) == ["12600000"])
    }

    private func findings(_ spanish: String, _ other: String, _ code: String) -> [String] {
        let es = PlainTextSegmenter(language: Language(code: "es")).segment(DecodedText(spanish), sourceName: "constructed.es")
        let version = PlainTextSegmenter(language: Language(code: code)).segment(DecodedText(other), sourceName: "constructed.\(code)")
        return ParityChecker().check(Aligner().align([es, version])).filter { $0.kind == .numberMismatch }.map(\.message)
    }

    @Test func constructedAmountsAndRangesAreTheSame() {
        let spanish = """
            1. La reunión se celebró del 6 al 8 de marzo de 2102.

            2. Unos 12,4 millones de personas dependen de la pesca.
            """
        let koya = """
            ౧. ఈ కూటం ౬ నుండి ౮ మార్చి ౨౧౦౨ వరకు జరిగింది.

            ౨. ౧ కోటి ౨౪ లక్షల మంది ఆధారపడి మంతోర్.
            """
        #expect(findings(spanish, koya, "kff") == [])
        // A different amount is still found.
        let changed = koya.replacingOccurrences(of: "౨౪ లక్షల", with: "౨౭ లక్షల")
        #expect(findings(spanish, changed, "kff").count == 1)
    }
}
