import ParityCore
import Testing

/// Unit tests on constructed snippets (not real UN text): each names the
/// construction it checks.
@Suite struct NumberExtractorTests {
    private func keys(_ text: String, _ language: Language?) -> [String] {
        NumberExtractor(language: language).extract(text).map(\.key)
    }

    @Test func constructedPercentagesInSixLanguages() {
        #expect(keys("sobrepasaba el 20% de la cantidad", .spanish) == ["percentage:20"])
        #expect(keys("exceeded 20 per cent of the amount", .english) == ["percentage:20"])
        #expect(keys("exceeded 20 percent", .english) == ["percentage:20"])
        #expect(keys("dépassait 20 pour cent", .french) == ["percentage:20"])
        #expect(keys("20 %", .french) == ["percentage:20"])
        #expect(keys("20 por ciento", .spanish) == ["percentage:20"])
        #expect(keys("превышала 20 процентов", .russian) == ["percentage:20"])
        #expect(keys("تجاوزت ٢٠ في المائة", .arabic) == ["percentage:20"])
        #expect(keys("超过20%", .chinese) == ["percentage:20"])
        #expect(keys("百分之20", .chinese) == ["percentage:20"])
    }

    /// UN Arabic stores a figure grouped by spaces with its groups reversed
    /// (`250 1` for 1 250); other languages read groups in order.
    @Test func constructedArabicReversedSpaceGroups() {
        #expect(keys("يبلغ 250 1 يورو المصطنعة", .arabic) == ["amount:1250"])
        #expect(keys("استفادت 300 48 أسرة مصطنعة", .arabic) == keys("48,300 constructed households", .english))
        #expect(keys("نحو 000 250 1 شخص مصطنع", .arabic) == keys("about 1,250,000 constructed people", .english))
        // A first group of one or two digits, or a four-digit last group, is read in order.
        #expect(keys("نحو 1 250 شخص مصطنع", .arabic) == keys("about 1,250 constructed people", .english))
        #expect(keys("القرار المصطنع 242 1967", .arabic) == keys("constructed resolution 242 1967", .english))
        // French keeps its groups in order.
        #expect(keys("250 1 euros construits", .french) == ["number:250", "amount:1"])
    }

    /// A percent adjective joined by a hyphen, Hindi "million", Portuguese tens ordinals.
    @Test func constructedPercentAdjectivesScalesAndOrdinals() {
        #expect(keys("обеспечить 95-процентный сконструированный охват", .russian) == keys("95 per cent constructed coverage", .english))
        #expect(keys("eine 95-prozentige konstruierte Abdeckung", Language(code: "de")) == keys("95 per cent constructed coverage", .english))
        #expect(keys("نحو 279 مليونا من المهاجرين المصطنعين", .arabic) == keys("about 279 million constructed migrants", .english))
        #expect(keys("3.6 मिलियन डॉलर की निर्मित राशि", Language(code: "hi")) == keys("3.6 million dollars constructed", .english))
        // An ordinal in words excuses the figure of the other version (第六十天).
        #expect(NumberExtractor(language: Language(code: "pt")).tentativeNumbers("no sexagésimo dia construído") == ["60"])
    }

    /// German writes the first day of a range with a point, also right before the dash.
    @Test func constructedGermanDayRangesWithPoints() {
        #expect(keys("10.–21. März 2025", Language(code: "de")) == keys("10–21 March 2025", .english))
        #expect(keys("3. bis 14. Juni 2019", Language(code: "de")) == keys("3 to 14 June 2019", .english))
        #expect(keys("vom 10.–21. März 2025", Language(code: "de")) == ["date:2025-03-10", "date:2025-03-21"])
    }

    @Test func constructedDatesWithMonthNames() {
        let expected = ["date:2006-07-12"]
        #expect(keys("el 12 de julio de 2006", .spanish) == expected)
        #expect(keys("on 12 July 2006", .english) == expected)
        #expect(keys("on July 12, 2006", .english) == expected)
        #expect(keys("le 12 juillet 2006", .french) == expected)
        #expect(keys("12 июля 2006 года", .russian) == expected)
        #expect(keys("في 12 تموز/يوليه 2006", .arabic) == expected)
        #expect(keys("في ١٢ تموز/يوليه ٢٠٠٦", .arabic) == expected)
        #expect(keys("2006年7月12日", .chinese) == expected)
        #expect(keys("二〇〇六年七月十二日", .chinese) == expected)
        #expect(keys("一九四八年十二月十日", .chinese) == ["date:1948-12-10"])
        #expect(keys("le 1er janvier 2007", .french) == ["date:2007-01-01"])
        #expect(keys("de 23 de diciembre de 2005", .spanish) == ["date:2005-12-23"])
        #expect(keys("20 كانون الأول/ديسمبر 2005", .arabic) == ["date:2005-12-20"])
        #expect(keys("julio de 2006", .spanish) == ["date:2006-07"])
        #expect(keys("los días 14 y 15 de septiembre de 2006", .spanish) == ["date:2006-09-14", "date:2006-09-15"])
    }

    @Test func constructedThousandsSeparators() {
        #expect(keys("1,000 people", .english) == ["number:1000"])
        #expect(keys("1.000 personas", .spanish) == ["number:1000"])
        #expect(keys("1 000 personnes", .french) == ["number:1000"])
        #expect(keys("1\u{00A0}000 personnes", .french) == ["number:1000"])
        #expect(keys("1\u{202F}000 personnes", .french) == ["number:1000"])
        #expect(keys("1\u{2009}000 человек", .russian) == ["number:1000"])
        #expect(keys("2,5 millones", .spanish) == ["amount:2500000"])
        #expect(keys("2.5 million", .english) == ["amount:2500000"])
        #expect(keys("١٬٠٠٠ شخص", .arabic) == ["number:1000"])
        #expect(keys("۱۲۳ نفر", nil) == ["number:123"])
        #expect(keys("in 2006 240 representatives", .english) == ["year:2006", "number:240"])
    }

    @Test func constructedSymbolsAndResolutions() {
        #expect(keys("resolución 60/227 de la Asamblea", .spanish) == ["symbol:60/227"])
        #expect(keys("¹ A/60/871.", .spanish) == ["symbol:A/60/871"])
        #expect(keys("документ А/60/871", .russian) == ["symbol:A/60/871"])
        #expect(keys("E/CN.4/2005/L.10, para.", .english) == ["symbol:E/CN.4/2005/L.10"])
        // Chinese writes symbols between Han characters, with no space.
        #expect(keys("根据第60/227号决议", .chinese) == ["symbol:60/227"])
        #expect(keys("见A/60/871号文件", .chinese) == ["symbol:A/60/871"])
        #expect(keys("resolution 217 A (III)", .english) == ["resolution:217A(3)"])
        #expect(keys("القرار 217 ألف (د-3)", .arabic) == ["resolution:217A(3)"])
        #expect(keys("резолюция 217 А (III)", .russian) == ["resolution:217A(3)"])
    }

    @Test func constructedFootnoteMarkersAndTimesAreNotFigures() {
        #expect(keys("los participantes¹ subrayaron", .spanish) == [])
        #expect(keys("10.00 a 13.00 horas", .spanish) == ["time:10:00", "time:13:00"])
        #expect(keys("10:30", .english) == ["time:10:30"])
        #expect(keys("from 10 a.m. to 1 p.m.", .english) == ["time:10:00", "time:13:00"])
        #expect(keys("at 3.30 p.m.", .english) == ["time:15:30"])
        #expect(keys("de 10 h 30 à 13 h", .french) == ["time:10:30", "time:13:00"])
        #expect(keys("à 10h30", .french) == ["time:10:30"])
    }

    @Test func constructedTentativeNumbersInRomanAndChineseNumerals() {
        #expect(NumberExtractor.tentativeNumbers("en el siglo XXI y la sección IV") == ["21", "4"])
        #expect(NumberExtractor.tentativeNumbers("I think VIVID colours") == [])
        #expect(NumberExtractor.tentativeNumbers("约二百四十名代表") == ["240"])
        #expect(keys("百分之二十", .chinese) == ["percentage:20"])
    }
}

/// Figures written in Ethiopic numerals (`EthiopicNumeral`), read by their values; letters of alphabets that are
/// also numerals (Armenian, Georgian, Hebrew, Greek) are never figures in running text.
@Suite struct ConstructedAdditiveNumeralFigureTests {
    private func keys(_ text: String, _ language: Language?) -> [String] {
        NumberExtractor(language: language).extract(text).map(\.key)
    }

    @Test func constructedEthiopicYearAndAmountAreFigures() {
        let amharic = Language(code: "am")
        #expect(keys("ለ፳፻፵፬ የታቀደው ሀብት ፫፻፳፮፼ ዶላር ነው።", amharic) == ["year:2044", "number:3260000"])
        #expect(keys("በ፳፻፵፪ ለ፳፯ ወደቦች ፵፩፻፳ ጥቅሎች", amharic) == keys("in 2042 to 27 harbours 4120 coils", .english))
    }

    @Test func constructedIllFormedEthiopicRunIsNoFigure() {
        #expect(keys("ጥቅሎች ፱፲ ናቸው", Language(code: "am")).isEmpty)
    }

    @Test func constructedAlphabetLettersInRunningTextAreNoFigures() {
        #expect(keys("Գլուխ Ա-ում նշված է", Language(code: "hy")).isEmpty)
        #expect(keys("თავი ა და ბ", Language(code: "ka")).isEmpty)
        #expect(keys("פרק ב של האמנה", Language(code: "he")).isEmpty)
        #expect(keys("Κεφάλαιο Β του καταστατικού", Language(code: "el")).isEmpty)
    }
}
