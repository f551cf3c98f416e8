import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Scale words in a language without number tables of its own, read as
/// those of the languages written in its script (``ScriptKinScaleWords``):
/// Awadhi, Magahi or Bhojpuri `१ करोड़ २५ लाख` (1 crore 25 lakh) is one amount,
/// 12,500,000, as in Hindi; Assamese `১ কোটি ২৫ লাখ` as in Bengali. Also
/// figures grouped by any space before a myriad (`1　860万`), and a date whose
/// month word no table knows (`13 jūļa 2031`), compared on its day and year.
/// Constructed phrases; document sets `dev/report-abacuses`, `dev/report-tallysticks`.
@Suite struct ConstructedScriptKinScaleWordTests: NumberTextComparing {
    func amounts(_ code: String?, _ text: String) -> [String] {
        NumberExtractor(languageCode: code).extract(text).filter { $0.kind.comparisonClass == "number" }.map(\.canonical)
    }

    @Test func constructedCroreAndLakhInLanguagesWithoutTables() {
        for code in ["awa", "mag", "bho", "hi", "mr"] {
            let (crore, thousand) = code == "mr" ? ("कोटी", "हजार") : ("करोड़", "हज़ार")
            #expect(amounts(code, "१ \(crore) २५ लाख रुपये") == ["12500000"], "\(code)")
            #expect(amounts(code, "४ \(crore) ५ लाख ३० \(thousand)") == ["40530000"], "\(code)")
            #expect(amounts(code, "12 \(crore)") == ["120000000"], "\(code)")
        }
        #expect(amounts("as", "১ কোটি ২৫ লাখ") == ["12500000"])
        #expect(amounts("ne", "११ करोड ५० लाख डलर") == ["115000000"])
    }

    /// Saraiki and Hindko, with no tables of their own, read the scale words of their script's kin, Urdu's Nastaliq
    /// (`Aran`) being the same Arabic script: `۶ لاکھ ۴۰ ہزار` and Punjabi Shahmukhi's spelling `۶ لکھ ۴۰ ہزار` are 640,000.
    @Test func constructedShahmukhiLakhInLanguagesWithoutTables() {
        for code in ["skr", "hno"] {
            #expect(amounts(code, "۶ لکھ ۴۰ ہزار ڈالر") == ["640000"], "\(code)")
            #expect(amounts(code, "۶ لاکھ ۴۰ ہزار ڈالر") == ["640000"], "\(code)")
            #expect(amounts(code, "۱۲ لکھ روپے") == ["1200000"], "\(code)")
        }
        #expect(amounts("ur", "۶ لاکھ ۴۰ ہزار ڈالر") == ["640000"])
        #expect(ScriptKinScaleWords.byScript["Aran"] == nil)
        #expect(compare("skr", "فنڈ واسطے ۶ لکھ ۴۰ ہزار ڈالر", "en", "a fund of $640,000") == nil)
    }

    @Test func constructedCroreAndLakhAgainstMillions() throws {
        #expect(compare("awa", "१ करोड़ २५ लाख डालर मिला", "en", "received 12.5 million dollars") == nil)
        #expect(compare("mag", "१२ करोड़ रुपया", "en", "120 million rupees") == nil)
        let difference = try #require(compare("awa", "११ करोड़ ५० लाख डालर", "en", "120 million dollars"))
        #expect(difference.onlyPivot.map(\.canonical) == ["115000000"])
    }

    @Test func constructedScaleWordsTheLanguagesOfAScriptDisagreeOnAreLeftOut() {
        // `billion` is 10^9 in English, 10^12 in French: the kin of Latin script leave it to the general convention (10^9).
        #expect(ScriptKinScaleWords.byScript["Latn"]?["billion"] == nil)
        #expect(amounts("ltg", "5 billion") == ["5000000000"])
        #expect(ScriptKinScaleWords.byScript["Deva"]?["लाख"] == 5)
    }

    @Test func constructedGroupsBeforeAMyriadSetOffByAnySpace() {
        for space in [" ", "\u{A0}", "\u{202F}", "\u{2009}", "\u{2007}", "\u{3000}"] {
            #expect(amounts("zh", "收到1\(space)860万美元") == ["18600000"], "U+\(String(space.unicodeScalars.first!.value, radix: 16))")
            #expect(amounts("ja", "1\(space)860万ドル") == ["18600000"])
        }
        #expect(amounts("ko", "1 860만 달러") == ["18600000"])
        // A line break or a tab is no thousands separator.
        #expect(amounts("zh", "1\t860万") == ["1", "8600000"])
    }

    @Test func constructedDateWithAnUnknownMonthComparedOnDayAndYear() throws {
        #expect(compare("en", "met on 12 July 2031", "ltg", "sasaucja 12 jūļa 2031") == nil)
        let other = try #require(compare("en", "met on 12 July 2031", "ltg", "sasaucja 13 jūļa 2031"))
        #expect(other.onlyPivot.map(\.canonical) == ["2031-07-12"])
        // The other day is found even when its figure stands elsewhere in the passage too.
        let repeated = try #require(compare("en", "The 13 States met on 12 July 2031.", "ltg", "13 vaļsteibys sasaucja 13 jūļa 2031."))
        #expect(repeated.onlyPivot.map(\.canonical) == ["2031-07-12"])
        #expect(compare("en", "The 13 States met on 12 July 2031.", "ltg", "13 vaļsteibys sasaucja 12 jūļa 2031.") == nil)
    }
}
