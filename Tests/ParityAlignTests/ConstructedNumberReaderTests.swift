import ParityCore
import ParityTestSupport
import Testing

/// One test per reader of the number model (decimal, date, percent, scale,
/// words, ranges, ordinals, references, block ends), each on constructed
/// snippets in every UN language and in languages of the general
/// convention (German, Hindi, Japanese, Portuguese).
@Suite struct ConstructedNumberReaderTests {
    private func keys(_ text: String, _ language: Language?) -> [String] {
        NumberExtractor(language: language).extract(text).map(\.comparisonKey)
    }

    private func keys(_ text: String, code: String) -> [String] {
        NumberExtractor(languageCode: code).extract(text).map(\.comparisonKey)
    }

    private func kinds(_ text: String, _ language: Language?) -> [ExtractedNumber.Kind] {
        NumberExtractor(language: language).extract(text).map(\.kind)
    }

    @Test func constructedDecimalMarksPerLanguage() {
        #expect(keys("constructed 1.25 and 1,250,000.5", .english) == ["number:1.25", "number:1250000.5"])
        #expect(keys("construido 1,25 y 1.250.000,5", .spanish) == ["number:1.25", "number:1250000.5"])
        #expect(keys("construit 1,25 et 1 250 000,5", .french) == ["number:1.25", "number:1250000.5"])
        #expect(keys("построено 1,25 и 1\u{00A0}250\u{00A0}000,5", .russian) == ["number:1.25", "number:1250000.5"])
        #expect(keys("مبني 0,7 و ١٫٢٥ و ١٬٢٥٠٬٠٠٠", .arabic) == ["number:0.7", "number:1.25", "number:1250000"])
        #expect(keys("构造 1.25 和 1,250,000.5", .chinese) == ["number:1.25", "number:1250000.5"])
        #expect(keys("konstruiert 1,25 und 1.250.000,5", code: "de") == ["number:1.25", "number:1250000.5"])
        #expect(keys("konstruiert 1'250'000", code: "de") == ["number:1250000"])
        #expect(keys("निर्मित १२.५ और ४२", code: "hi") == ["number:12.5", "number:42"])
        #expect(keys("構築 １２３ ４５", code: "ja") == ["number:123", "number:45"])
        #expect(keys("1\u{202F}000 construit", .french) == ["number:1000"])
        #expect(keys("etwa 1 ½ m tief", code: "de") == keys("profonde de 1,50 m", .french))
        #expect(keys("2¼ miles", .english) == ["number:2.25"])
        // The decimal mark repeated between groups of three separates thousands.
        #expect(keys("مبني 1,000,000 شخص", .arabic) == ["number:1000000"])
        #expect(keys("constructed 1.000.000 people", .english) == ["number:1000000"])
        #expect(keys("construido 1,000,000 y 1,000", .spanish) == ["number:1000000", "number:1"])
    }

    /// Dates written with a mark after each numeral part (Korean, as Chinese
    /// and Japanese do), the Vietnamese numbered month, and Hebrew months
    /// with a prefix, each against the English date.
    @Test func constructedDatesWithMarksNumberedMonthsAndPrefixes() {
        let date = keys("on 14 March 2026", .english)
        #expect(date == ["date:2026-03-14"])
        #expect(keys("2026년 3월 14일에 채택", code: "ko") == date)
        #expect(keys("2026년 3월", code: "ko") == ["date:2026-03"])
        #expect(keys("ngày 14 tháng 3 năm 2026", code: "vi") == date)
        #expect(keys("ngày 14 tháng 3, 2026", code: "vi") == date)
        #expect(keys("tháng 3 năm 2026", code: "vi") == ["date:2026-03"])
        #expect(keys("14 במרץ 2026", code: "he") == date)
        #expect(keys("450만 달러", code: "ko") == keys("$4.5 million", .english))
        #expect(keys("12억 달러", code: "ko") == keys("$1.2 billion", .english))
        // a scale word with a case ending
        #expect(keys("2,3 milyondan 3,1 milyona", code: "tr") == keys("2.3 million to 3.1 million", .english))
        #expect(keys("5 millionaires", .english) == ["number:5"])
        // a figure before another word is no date
        #expect(keys("3 tháng", code: "vi") == ["number:3"])
    }

    /// Percentages written with the sign or the word before the figure, and
    /// percent words of languages beyond the six, against the English ones.
    @Test func constructedPercentagesBeforeTheFigureAndBeyondTheSix() {
        let percent = keys("37.5 per cent", .english)
        #expect(percent == ["percentage:37.5"])
        #expect(keys("yüzde 37,5'i", code: "tr") == percent)
        #expect(keys("%37,5 artış", code: "tr") == percent)
        #expect(keys("% 37,5", code: "eu") == percent)
        #expect(keys("asilimia 37.5", code: "sw") == percent)
        #expect(keys("ยินดีที่ร้อยละ 37.5 ของโครงการ", code: "th") == percent)
        #expect(keys("37,5 persen", code: "id") == percent)
        #expect(keys("37,5 procent", code: "sv") == percent)
        #expect(keys("37,5 százalékkal", code: "hu") == percent)
        #expect(keys("37.5 אחוזים", code: "he") == percent)
        #expect(keys("۳۷٫۵ درصد", code: "fa") == percent)
        // a sign read with the figure before it is not read again
        #expect(keys("5% 10 items", .english) == ["percentage:5", "number:10"])
        #expect(keys("5 % 10 items", .english) == ["percentage:5", "number:10"])
    }

    /// Text of a language without number tables (the general convention):
    /// either mark before one group of three digits separates thousands,
    /// either mark before one or two digits (or after a lone 0) is decimal,
    /// so a Turkish `8.500` is the English `8,500` and `37,5` is `37.5`.
    @Test func constructedDecimalMarksOfAnUnknownLanguage() {
        #expect(keys("8.500 kelimeyi aşmayan", nil) == keys("not exceeding 8,500 words", .english))
        #expect(keys("8.500 kelimeyi aşmayan", nil) == ["number:8500"])
        #expect(keys("8,500 words", nil) == ["number:8500"])
        #expect(keys("yüzde 37,5 ve 2.450.000 dolar", nil) == ["percentage:37.5", "number:2450000"])
        #expect(keys("37.5 and 2,450,000", nil) == ["number:37.5", "number:2450000"])
        #expect(keys("1.234,5 and 1,234.5", nil) == ["number:1234.5", "number:1234.5"])
        #expect(keys("0.125 and 0,125", nil) == ["number:0.125", "number:0.125"])
    }

    @Test func constructedDatesPerLanguage() {
        let udhr = ["date:1948-12-10"]
        #expect(keys("on 10 December 1948", .english) == udhr)
        #expect(keys("on Friday, December 10th, 1948", .english) == udhr)
        #expect(keys("el viernes 10 de diciembre de 1948", .spanish) == udhr)
        #expect(keys("le 10 décembre 1948", .french) == udhr)
        #expect(keys("10 декабря 1948 года", .russian) == udhr)
        #expect(keys("от 10.12.1948", .russian) == udhr)
        #expect(keys("في 10 كانون الأول/ديسمبر 1948", .arabic) == udhr)
        #expect(keys("في ١٠ ديسمبر ١٩٤٨", .arabic) == udhr)
        #expect(keys("1948年12月10日", .chinese) == udhr)
        #expect(keys("一九四八年十二月十日", .chinese) == udhr)
        #expect(keys("vom 10.12.1948", code: "de") == udhr)
        #expect(keys("am 10. Dezember 1948", code: "de") == udhr)
        #expect(keys("1948.12.10", code: "ja") == udhr)
        #expect(keys("１９４８年１２月１０日", code: "ja") == udhr)
        #expect(keys("१० दिसम्बर १९४८", code: "hi") == udhr)
        #expect(keys("em 10 de dezembro de 1948", code: "pt") == udhr)
        #expect(keys("1948-12-10 and 10/12/1948", nil) == udhr + udhr)
        #expect(keys("12/31/1948", nil) == ["date:1948-12-31"])
        #expect(kinds("二〇〇六年", .chinese) == [.year])
        #expect(keys("二〇〇六年", .chinese) == ["number:2006"])
    }

    @Test func constructedPointAfterTheDayOnlyWhereTheLanguageWritesIt() {
        // English writes the day bare: "27." before "May I …" ends a sentence (no 27 May).
        #expect(keys("We will conclude agenda item 27. May I take it that the Assembly agrees?", .english) == ["number:27"])
        #expect(keys("le point 27. Mai est le nom d'un navire construit.", .french) == ["number:27"])
        // German, Finnish, Czech (CLDR `d. MMMM`) and the general convention read it as the day.
        #expect(keys("am 27. Mai 2060", code: "de") == ["date:2060-05-27"])
        #expect(keys("27. toukokuuta 2060", code: "fi") == ["date:2060-05-27"])
        #expect(keys("dne 27. května 2060", code: "cs") == ["date:2060-05-27"])
        #expect(keys("on 27. May 2060", nil) == ["date:2060-05-27"])
        // A point before an ordinal mark: `1.º de mayo`.
        #expect(keys("el 1.º de mayo de 2060", .spanish) == ["date:2060-05-01"])
    }

    @Test func constructedPercentagesPerLanguage() {
        let expected = ["percentage:0.15", "percentage:0.2"]
        #expect(keys("0.15 to 0.20 per cent", .english) == expected)
        #expect(keys("entre el 0,15% y el 0,20%", .spanish) == expected)
        #expect(keys("de 0,15 à 0,20 %", .french) == expected)
        #expect(keys("от 0,15 до 0,20 процента", .russian) == expected)
        #expect(keys("0,15 إلى 0,20 في المائة", .arabic) == expected)
        #expect(keys("0.15%至0.20%", .chinese) == expected)
        #expect(keys("百分之二十", .chinese) == ["percentage:20"])
        #expect(keys("20 Prozent", code: "de") == ["percentage:20"])
        #expect(keys("२० प्रतिशत", code: "hi") == ["percentage:20"])
        #expect(keys("20 por cento", code: "pt") == ["percentage:20"])
    }

    @Test func constructedScaleWordsPerLanguage() {
        let billion = ["number:100000000000"]
        #expect(keys("$100 billion", .english) == billion)
        #expect(keys("100.000 millones de dólares", .spanish) == billion)
        #expect(keys("100 mil millones de dólares", .spanish) == billion)
        #expect(keys("100 milliards de dollars", .french) == billion)
        #expect(keys("100 млрд долларов", .russian) == billion)
        #expect(keys("100 بليون دولار", .arabic) == billion)
        #expect(keys("1000亿美元", .chinese) == billion)
        #expect(keys("100 Milliarden Dollar", code: "de") == billion)
        #expect(kinds("$100 billion", .english) == [.amount])
        #expect(keys("1 to 2 million people", .english) == ["number:1000000", "number:2000000"])
        #expect(keys("125万人", .chinese) == ["number:1250000"])
    }

    @Test func constructedNumberWordsPerLanguage() {
        let extractor = { (language: Language) in NumberExtractor(language: language) }
        #expect(extractor(.english).tentativeNumbers("twenty-one") == ["20", "1", "21"])
        #expect(extractor(.english).tentativeNumbers("the seventeenth session") == ["17"])
        #expect(extractor(.spanish).tentativeNumbers("Marco Decenal de Programas, tres temas") == ["10", "3"])
        #expect(extractor(.french).tentativeNumbers("quatre-vingt-dix") == ["4", "20", "10", "90"])
        #expect(extractor(.french).tentativeNumbers("Article premier") == ["1"])
        #expect(extractor(.russian).tentativeNumbers("семнадцатой сессии") == ["17"])
        #expect(extractor(.arabic).tentativeNumbers("الدورة السابعة عشرة") == ["7", "10", "17"])
        #expect(extractor(.chinese).tentativeNumbers("约二百四十名代表") == ["240"])
        #expect(NumberExtractor(languageCode: "de").tentativeNumbers("zwei Jahre") == ["2"])
        #expect(NumberExtractor(languageCode: "hi").tentativeNumbers("तीन साल") == ["3"])
    }

    @Test func constructedTimesPerLanguage() {
        #expect(keys("um 15.30 Uhr", code: "de") == ["time:15:30"])
        #expect(keys("vers 15 h. 30", .french) == ["time:15:30"])
        #expect(keys("à 15 h 30", .french) == ["time:15:30"])
        #expect(keys("a las 15.30 horas", .spanish) == ["time:15:30"])
        #expect(keys("at 3.30 p.m.", .english) == ["time:15:30"])
        #expect(keys("в 15:30", .russian) == ["time:15:30"])
    }

    /// The opening and closing lines of summary records as each language
    /// writes them: French one-digit minutes after `h`, Chinese and Japanese
    /// periods of the day before a 12-hour figure.
    @Test func constructedRecordTimesWithOneDigitMinutesAndDayPeriods() {
        #expect(keys("La séance est ouverte à 15 h 5.", .french) == keys("The meeting was called to order at 3.05 p.m.", .english))
        #expect(keys("La séance est ouverte à 15 h 5.", .french) == ["time:15:05"])
        #expect(keys("下午3时5分宣布开会。", .chinese) == ["time:15:05"])
        #expect(keys("下午3时05分宣布开会，下午6时散会。", .chinese) == ["time:15:05", "time:18:00"])
        #expect(keys("上午10时举行", .chinese) == ["time:10:00"])
        #expect(keys("中午12时", .chinese) == ["time:12:00"])
        #expect(keys("午後3時に開会", code: "ja") == ["time:15:00"])
        // after a written-out hour word a lone digit is no minute
        #expect(keys("à 15 heures 5 délégations", .french) == ["time:15:00", "number:5"])
    }

    @Test func constructedSymbolAfterPageAbbreviation() {
        #expect(keys("Varia S.91/92 und", code: "de") == keys("Varia p. 91/92 et", .french))
        #expect(keys("Varia S.91/92 und", code: "de") == ["symbol:91/92"])
        #expect(keys("see S/2012/197 and E/CN.4/2005/L.10", .english) == ["symbol:S/2012/197", "symbol:E/CN.4/2005/L.10"])
    }

    @Test func constructedOrdinalsAndReferences() {
        #expect(kinds("the 17th session", .english) == [.ordinal])
        #expect(kinds("la 17e session", .french) == [.ordinal])
        #expect(kinds("17-й сессии", .russian) == [.ordinal])
        #expect(kinds("17° período", .spanish) == [.ordinal])
        #expect(kinds("1,5 °C", .spanish) == [.number])
        #expect(kinds("第十七届会议", .chinese) == [.ordinal])
        #expect(kinds("第三条", .chinese) == [.reference])
        #expect(keys("第三条", .chinese) == keys("Article 3", .english))
        #expect(keys("第17条", .chinese) == ["number:17"])
        #expect(kinds("in 2030", .english) == [.year])
    }

    @Test func constructedRangesKeepBothEnds() {
        let ends = ["number:1", "number:7"]
        #expect(keys("articles 1–7", .english) == ends)
        #expect(keys("articles 1 à 7", .french) == ends)
        #expect(keys("artículos del 1 al 7", .spanish) == ends)
        #expect(keys("статьи с 1 по 7", .russian) == ends)
        #expect(keys("第1至7条", .chinese) == ["number:1", "number:7"])
    }

    /// Every prefix of every constructed corpus paragraph (eight languages)
    /// is a block that ends inside some reader's pattern; each reads without
    /// trapping and every value lies inside the text.
    @Test func constructedEveryPrefixOfTheCorpusReadsInsideTheText() {
        var prefixes = 0
        for (code, paragraphs) in ConstructedNumberCorpus.paragraphs {
            let extractor = NumberExtractor(languageCode: code)
            for paragraph in paragraphs {
                let scalars = Array(paragraph.unicodeScalars)
                for end in 0...scalars.count {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[..<end])
                    let values = extractor.extract(String(view))
                    prefixes += 1
                    #expect(values.allSatisfy { $0.scalarRange.upperBound <= end && !$0.written.isEmpty }, "\(code): \(String(view))")
                }
            }
        }
        #expect(prefixes == ConstructedNumberCorpus.paragraphs.values.joined().reduce(0) { $0 + $1.unicodeScalars.count + 1 })
    }

    /// Random sequences of real-language token shapes (figures, one-letter
    /// words, month names, percent, scale and connector words, brackets,
    /// Han date marks), as a block ends anywhere: no trap, values inside the text.
    @Test func constructedRandomTokenShapesReadInsideTheText() {
        let shapes = ["10", "9", "1948", "0,15", "1.5", "a", "p", "m", ".", "a.m", "de", "del", "of", "/", "(", ")", "III", "A", "ألف", "د", "-",
                      "julio", "December", "декабря", "كانون", "الأول", "%", "per", "cent", "por", "ciento", "في", "المائة", "百", "分", "之", "第",
                      "年", "月", "日", "十", "二", "〇", "亿", "万", "美元", "millones", "mil", "billion", "to", "à", "至", "h", "horas", ":", "°",
                      "th", "e", "й", "$", "10.12.1948", "12/31", "A/60/", "70/1", "٫", "٠", "१०", "dólares", "и", "y"]
        var generator = SplitMix64(seed: 10)
        var texts = 0
        for _ in 0..<3000 {
            let count = Int.random(in: 1...8, using: &generator)
            var text = ""
            for _ in 0..<count {
                text += shapes.randomElement(using: &generator)!
                if Bool.random(using: &generator) { text += " " }
            }
            let scalarCount = text.unicodeScalars.count
            for language in [Language.english, .french, .spanish, .russian, .arabic, .chinese] {
                let values = NumberExtractor(language: language).extract(text)
                #expect(values.allSatisfy { $0.scalarRange.upperBound <= scalarCount }, "\(text)")
            }
            texts += 1
        }
        #expect(texts == 3000)
    }

    /// Issue 11, item 3: a block that ends in a figure and a one-letter word
    /// made the time reader read past the last token.
    @Test func constructedReadersStopAtBlockEnds() {
        #expect(keys("Hora 10 a", .spanish) == ["number:10"])
        #expect(keys("de 9 a", .spanish) == ["number:9"])
        #expect(keys("de 9 p", .spanish) == ["number:9"])
        #expect(keys("10 a.", .english) == ["number:10"])
        #expect(keys("10 a.m", .english) == ["time:10:00"])
        #expect(keys("217 A (", .english) == ["number:217"])
        #expect(keys("217 A", .english) == ["number:217"])
        #expect(keys("12 de", .spanish) == ["number:12"])
        #expect(keys("julio de", .spanish) == [])
        #expect(keys("10:", .english) == ["number:10"])
        #expect(keys("10 h", .french) == ["time:10:00"])
        #expect(keys("2006年7", .chinese) == ["number:2006", "number:7"])
        #expect(keys("百分之", .chinese) == [])
        #expect(keys("第", .chinese) == [])
        #expect(keys("20 per", .english) == ["number:20"])
        #expect(keys("100 mil", .spanish) == ["number:100000"])
        #expect(keys("0,15 a", .spanish) == ["number:0.15"])
        #expect(keys("17-", .russian) == ["number:17"])
        #expect(keys("10.12.", code: "de") == ["number:10.12"])
    }
}
