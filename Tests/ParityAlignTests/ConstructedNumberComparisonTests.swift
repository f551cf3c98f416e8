import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Comparison of constructed passage pairs (not UN text): figures in words
/// against figures in digits, two figures swapped in one passage, numeric
/// dates whose order of day and month the language does not decide.
@Suite struct ConstructedNumberComparisonTests: NumberTextComparing {
    let figureOrderByLanguage = true

    func summary(_ difference: NumberComparison.Difference?) -> String? {
        guard let difference else { return nil }
        return "\(difference.severity)\(difference.isSwap ? " swap" : ""): \(difference.onlyPivot.map(\.written)) / \(difference.onlyOther.map(\.written))"
    }

    // MARK: Qualifiers the reader cannot read

    /// A plain figure against the other passage's amount with the same digits: in a language whose scale and
    /// currency words the reader does not know (constructed Yi-script words, not real Yi), `2.2` is all it
    /// reads of "2.2 million euros": a warning for the reader to decide, never an error. Two amounts of
    /// different scales, or different digits, stay errors.
    @Test func constructedPlainFigureAgainstAnAmountOfTheSameDigitsIsNoError() {
        let unread = compare("en", "The constructed fund holds 2.2 million euros.", "ii", "ꀉꂿ 2.2 ꑭꊂ ꀋꄹꂷ ꄷꅉ.")
        #expect(unread?.severity == .warning)
        #expect(compare("en", "The constructed fund holds 2.2 million euros.", "en", "The constructed fund holds 2.2 billion euros.")?.severity == .error)
        #expect(compare("en", "The constructed fund holds 3.4 million euros.", "ii", "ꀉꂿ 4.3 ꑭꊂ ꀋꄹꂷ ꄷꅉ.")?.severity == .error)
        #expect(NumberComparison.unqualifiedCounterparts(NumberExtractor(languageCode: "ii").extract("ꀉꂿ 450 ꑭꊂ"),
                                                          NumberExtractor(languageCode: "fr").extract("4,5 millions d'euros construits")).0 == [0])
    }

    // MARK: Words against digits

    @Test func constructedCardinalsAndOrdinalsInWordsAreFigures() {
        let english = NumberExtractor(languageCode: "en")
        #expect(english.spelledOutFigures("the seventeenth constructed session").map(\.canonical) == ["17"])
        #expect(english.spelledOutFigures("ten and twelve constructed members").map(\.canonical) == ["10", "12"])
        #expect(english.spelledOutFigures("the twenty-first constructed meeting").map(\.canonical) == ["21"])
        #expect(NumberExtractor(languageCode: "fr").spelledOutFigures("sa vingt et unième séance construite").map(\.canonical) == ["21"])
        #expect(NumberExtractor(languageCode: "fr").spelledOutFigures("sa dix-septième session construite").map(\.canonical) == ["17"])
        #expect(NumberExtractor(languageCode: "ru").spelledOutFigures("в составе пятнадцати сконструированных членов").map(\.canonical) == ["15"])
        #expect(NumberExtractor(languageCode: "ar").spelledOutFigures("جلسته الحادية والعشرين المصطنعة").map(\.canonical) == ["21"])
        #expect(NumberExtractor(languageCode: "ar").spelledOutFigures("دورتها السابعة عشرة المصطنعة").map(\.canonical) == ["17"])
        #expect(NumberExtractor(languageCode: "es").spelledOutFigures("treinta artículos construidos").map(\.canonical) == ["30"])
        // Not figures: numeric adjectives, a lone hundred or thousand (ألف is also the letter A), words inside a figure.
        #expect(NumberExtractor(languageCode: "es").spelledOutFigures("el Marco Decenal construido").isEmpty)
        #expect(NumberExtractor(languageCode: "ar").spelledOutFigures("الفرع ألف المصطنع").isEmpty)
        #expect(NumberExtractor(languageCode: "fr").spelledOutFigures("20 pour cent construits").isEmpty)
        #expect(NumberExtractor(languageCode: "zh").spelledOutFigures("第十七届构造会议").isEmpty)
    }

    @Test func constructedWordAgainstFigureMatchesOrDiffers() {
        #expect(summary(compare("es", "su 17º período de sesiones construido", "en", "its seventeenth constructed session")) == nil)
        #expect(summary(compare("es", "tiene treinta artículos construidos", "en", "has 30 constructed articles")) == nil)
        #expect(summary(compare("es", "su 17º período de sesiones construido", "fr", "sa dix-septième session construite")) == nil)
        #expect(summary(compare("es", "su 17º período de sesiones construido", "ar", "دورتها السابعة عشرة المصطنعة")) == nil)
        // A changed word against the figure: both state a value, so an error.
        #expect(summary(compare("es", "su 17º período de sesiones construido", "en", "its eighteenth constructed session"))
            == "error: [\"17º\"] / [\"eighteenth\"]")
        #expect(summary(compare("es", "tiene treinta artículos construidos", "en", "has 31 constructed articles"))
            == "error: [\"treinta\"] / [\"31\"]")
        // Words on both sides that differ.
        #expect(summary(compare("en", "its seventeenth constructed session", "fr", "sa dix-huitième session construite"))
            == "error: [\"seventeenth\"] / [\"dix-huitième\"]")
        // A number word in one version only is for the reader to decide ("quinze jours" is "two weeks").
        #expect(summary(compare("es", "su período de sesiones construido", "en", "its seventeenth constructed session"))
            == "info: [] / [\"seventeenth\"]")
        #expect(summary(compare("en", "for two constructed weeks", "fr", "pendant quinze jours construits")) == "info: [] / [\"quinze\"]")
    }

    // MARK: Swaps

    @Test func constructedTwoFiguresOfOneKindSwappedAreAWarning() {
        #expect(summary(compare("es", "el artículo 25 de la Convención construida y el párrafo 17 del informe",
                                "en", "article 17 of the constructed Convention and paragraph 25 of the report"))
            == "warning swap: [\"25\", \"17\"] / [\"17\", \"25\"]")
        #expect(summary(compare("es", "del 0,7% del ingreso construido y del 0,15% para los países",
                                "fr", "de 0,15 % du revenu construit et de 0,7 % pour les pays"))
            == "warning swap: [\"0,7%\", \"0,15%\"] / [\"0,15 %\", \"0,7 %\"]")
        #expect(summary(compare("es", "el bienio construido 2016-2017", "ru", "сконструированный период 2017–2016 годов"))
            == "warning swap: [\"2016\", \"2017\"] / [\"2017\", \"2016\"]")
        // The same figures in the same order: nothing.
        #expect(summary(compare("es", "el artículo 25 y el párrafo 17 construidos", "en", "constructed article 25 and paragraph 17")) == nil)
    }

    @Test func constructedSwapsAReaderCannotDecideAreInfo() {
        // A year and a measure trading places is as often a translator moving a clause.
        #expect(summary(compare("de", "Am Manaslu (8125 m) hatten die Konstrukteure 1952 eine Kundfahrt gemacht.",
                                "fr", "Dès 1952, les constructeurs avaient fait une reconnaissance au Manaslu, 8125 m."))
            == "info swap: [\"8125\", \"1952\"] / [\"1952\", \"8125\"]")
        // Chinese puts "paragraph 17 of article 25" as 第25条第17款.
        #expect(summary(compare("es", "el párrafo 17 del artículo 25 construido", "zh", "构造的第25条第17款"))
            == "info swap: [\"17\", \"25\"] / [\"第25条\", \"第17款\"]")
    }

    @Test func constructedValueMovedIntoARangeIsASwapInAnyLanguage() {
        // The languages order the figures differently, but a range keeps its two ends: the amount moved into it.
        #expect(summary(compare("es", "El presupuesto construido de 2.345,67 dólares cubre 48 puestos durante el bienio 2016-2017.",
                                "zh", "2016的构造预算涵盖2,345.67美元-2017两年期的48个员额。"))
            == "info swap: [\"2016\", \"2017\"] / [\"2,345.67美元\", \"2017\"]")
        #expect(summary(compare("es", "la sesión construida del 3 al 14 de junio, 25 miembros",
                                "en", "the constructed session from 3 to 25 June, 14 members"))
            == "error: [\"14 de junio\", \"25\"] / [\"25 June\", \"14\"]")
        #expect(summary(compare("es", "los años construidos 2016 a 2017 y 48 puestos", "en", "the constructed years 2016 to 48 and 2017 posts"))
            == "info swap: [\"2016\", \"2017\"] / [\"2016\", \"48\"]")
        // The same ranges in another order, a range against a list: nothing.
        #expect(summary(compare("es", "el bienio construido 2016-2017 y 48 puestos", "zh", "构造的48个员额和2016-2017两年期")) == nil)
        #expect(summary(compare("es", "los años construidos 2016 y 2017", "en", "the constructed years 2016-2017")) == nil)
    }

    @Test func constructedFiguresTradingTheirCurrencyAreAWarningInAnyLanguage() {
        #expect(summary(compare("es", "El presupuesto construido de 2.345,67 dólares cubre 48 puestos.", "zh", "构造的预算48美元涵盖2,345.67个员额。"))
            == "warning swap: [\"2.345,67 dólares\", \"48\"] / [\"48美元\", \"2,345.67\"]")
    }

    /// Two figures swapped together with their currency (`2,345.67美元` and `48`, the one defect of the
    /// number corpus that is not found) read as the same values, each of the same kind, with the same
    /// currency, joined into the same range and in the same order as a faithful Chinese translation
    /// that puts its relative clause first ("the 2016-2017 budget covering 48 posts is 2,345.67 dollars").
    /// Figure order is free between Spanish and Chinese, so nothing in the figures tells the swap from the
    /// translation: reporting the one would report the other.
    @Test func constructedFiguresSwappedWithTheirCurrencyReadAsAFaithfulChineseReordering() {
        let spanish = "El presupuesto construido de 2.345,67 dólares cubre 48 puestos durante el bienio 2016-2017."
        let swapped = "48的构造预算涵盖2016-2017两年期的2,345.67美元个员额。"
        let faithful = "涵盖48个员额的2016-2017两年期构造预算为2,345.67美元。"
        func reading(_ text: String) -> [String] {
            NumberExtractor(languageCode: "zh").extract(text).map { "\($0.key) \($0.written)\($0.startsRange ? " starts a range" : "")" }
        }
        #expect(reading(swapped) == ["number:48 48", "year:2016 2016 starts a range", "year:2017 2017", "amount:2345.67 2,345.67美元"])
        #expect(reading(faithful) == reading(swapped))
        #expect(summary(compare("es", spanish, "zh", faithful)) == nil)
        #expect(summary(compare("es", spanish, "zh", swapped)) == nil)
    }

    // MARK: Numeric dates of undecided order

    @Test func constructedNumericDatesAreReadByTheLanguagesConvention() {
        func read(_ code: String, _ text: String) -> [String] {
            NumberExtractor(languageCode: code).extract(text).map { $0.key + ($0.alternative.map { " or " + $0 } ?? "") }
        }
        #expect(read("es", "el 10/12/1948 construido") == ["date:1948-12-10"])
        #expect(read("de", "am 10.12.1948 konstruiert") == ["date:1948-12-10"])
        // English has no single convention (10/12/1948 is 10 December in London, 12 October in New York).
        #expect(read("en", "on 10/12/1948, constructed") == ["date:1948-12-10 or 1948-10-12"])
        #expect(read("en", "on 12/31/1948, constructed") == ["date:1948-12-31"])
        #expect(read("en", "on 10/10/1948, constructed") == ["date:1948-10-10"])
        // No convention writes the month first with points.
        #expect(read("en", "on 10.12.1948, constructed") == ["date:1948-12-10"])
        #expect(read("zh", "构造于10/12/1948") == ["date:1948-12-10 or 1948-10-12"])
    }

    @Test func constructedAmbiguousNumericDateMatchesEitherReadingAndIsNeverAnError() {
        let spanish = "proclamada el 10 de diciembre de 1948 en la versión construida"
        #expect(summary(compare("es", spanish, "en", "proclaimed on 10/12/1948 in the constructed version")) == nil)
        #expect(summary(compare("es", spanish, "en", "proclaimed on 12/10/1948 in the constructed version")) == nil)
        // In neither reading the same day: a warning, not an error.
        #expect(summary(compare("es", spanish, "en", "proclaimed on 11/12/1948 in the constructed version"))
            == "warning: [\"10 de diciembre de 1948\"] / [\"11/12/1948\"]")
        // Spanish reads day first: 12/10/1948 is 12 October, a clear difference.
        #expect(summary(compare("en", "proclaimed on 10 December 1948 in the constructed version", "es", "proclamada el 12/10/1948 construida"))
            == "error: [\"10 December 1948\"] / [\"12/10/1948\"]")
    }
}
