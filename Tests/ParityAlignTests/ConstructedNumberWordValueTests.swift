import Testing
@testable import ParityCore

/// Number words as values of the model, on constructed snippets (not UN
/// text): the byte-level word reader per language (values, written forms and
/// places in multi-byte text), German one-word compounds, the check finding
/// number words that differ or stand in one version only, a year before a
/// range connector, full-width document symbols, and the general convention
/// for languages without tables of their own (Swedish, Indonesian,
/// Vietnamese: none of them in a hold-out set).
@Suite struct ConstructedNumberWordValueTests {
    private func words(_ code: String, _ text: String) -> [String] {
        // The same pass counts the text's scalars and tests it for figures.
        let read = NumberExtractor(languageCode: code).valuesAndWords(text)
        #expect(read.scalarCount == text.unicodeScalars.count)
        #expect(read.values.map(\.key) == NumberExtractor(languageCode: code).extract(text).map(\.key))
        return NumberExtractor(languageCode: code).spelledNumbers(text).map { number in
            let scalars = Array(text.unicodeScalars)
            // The written form is the text at the number's place.
            #expect(ScalarText.string(scalars[number.scalarRange]) == number.written)
            return "\(number.value) \(number.written)\(number.isCounting ? "" : " (tentative)")"
        }
    }

    @Test func constructedWordReaderPerLanguage() {
        #expect(words("en", "The constructed twenty-first meeting, Article XXI, both sides") ==
            ["21 twenty-first", "21 XXI (tentative)", "2 both (tentative)"])
        #expect(words("fr", "Sa vingt et unième séance construite et quatre-vingt-dix membres") ==
            ["21 vingt et unième", "90 quatre-vingt-dix"])
        #expect(words("es", "Con treinta y dos países construidos, el Marco Decenal") ==
            ["32 treinta y dos", "10 Decenal (tentative)"])
        #expect(words("ru", "Семнадцатой сессии — двадцать пять сконструированных членов") ==
            ["17 Семнадцатой", "25 двадцать пять"])
        #expect(words("ar", "دورتها السابعة عشرة المصطنعة وخمسة عشر عضوا") == ["17 السابعة عشرة", "15 وخمسة عشر"])
        #expect(words("zh", "约二百四十名构造代表") == ["240 二百四十 (tentative)"])
        // A lone hundred is a quantity, not a figure; a word longer than any number word is skipped whole.
        #expect(words("en", "a hundred constructed reasons, uncharacteristically seventeen") == ["100 hundred (tentative)", "17 seventeen"])
    }

    @Test func constructedSpanishOrdinalsOfHundredsAndFeminineTensAreSummed() {
        #expect(words("es", "su centésimo décimo período de sesiones construido") == ["110 centésimo décimo"])
        #expect(words("es", "la sexagésima quinta sesión construida") == ["65 sexagésima quinta"])
        // Against French `cent dixième`, the Spanish ordinal of 110 is the same value; of 10, another.
        #expect(check("Décide d'inscrire à sa cent dixième session construite la question", "fr",
                      "Decide incluir en su centésimo décimo período de sesiones construido el tema", "es") == [])
        #expect(check("Décide d'inscrire à sa cent dixième session construite la question", "fr",
                      "Decide incluir en su décimo período de sesiones construido el tema", "es") != [])
    }

    @Test func constructedArabicOrdinalsAfterTheHundredAreSummed() {
        // "The tenth after the hundred": 110th, as Arabic names the sessions past the hundredth.
        #expect(words("ar", "الدورة العاشرة بعد المائة المصطنعة") == ["110 العاشرة بعد المائة"])
        #expect(words("ar", "الدورة الحادية عشرة بعد المائة") == ["111 الحادية عشرة بعد المائة"])
        // `بعد` joins only a hundred or thousand after it: "ten after the meeting" is ten.
        #expect(words("ar", "عشرة بعد الاجتماع") == ["10 عشرة"])
        #expect(check("Cent dixième session construite", "fr", "الدورة العاشرة بعد المائة المصطنعة", "ar") == [])
        #expect(check("Centième session construite", "fr", "الدورة العاشرة بعد المائة المصطنعة", "ar") != [])
    }

    @Test func constructedHindiCardinalsAboveTwentyAreWordsOfTheirOwn() {
        // Hindi has a word for each number 21–99 (not ten + unit), with spelling variants (-नबे / -नवे).
        #expect(words("hi", "पच्चीस निर्मित सदस्य और निन्यानबे देश") == ["25 पच्चीस", "99 निन्यानबे"])
        #expect(words("hi", "छियासठ निर्मित देश, चौरानवे प्रतिनिधि, उनचास सत्र") == ["66 छियासठ", "94 चौरानवे", "49 उनचास"])
        // The ordinal ending reads after any of them: इक्कीसवाँ (21st), बयालीसवें (42nd).
        #expect(words("hi", "इक्कीसवाँ निर्मित सत्र, बयालीसवें दिन") == ["21 इक्कीसवाँ", "42 बयालीसवें"])
        // A word figure in Hindi against the same figure in Spanish digits: no finding.
        #expect(check("El constructo reúne 25 miembros y 99 países", "es", "निर्मित पाठ में पच्चीस सदस्य और निन्यानबे देश", "hi") == [])
        #expect(check("El constructo reúne 25 miembros y 98 países", "es", "निर्मित पाठ में पच्चीस सदस्य और निन्यानबे देश", "hi") != [])
    }

    @Test func constructedLanguagesWithoutTablesReadNumberWordsOnlyAsTentative() {
        // Galician has no number-word table: the general vocabulary's "doce"
        // (Spanish) may account for a figure but is never a figure of its own.
        #expect(NumberExtractor(languageCode: "gl").spelledNumbers("os doce países construídos").map(\.isCounting) == [false])
        // Swedish has no hand table but CLDR spell-out rules (``CLDRLanguageTables``): its cardinals are figures.
        #expect(NumberExtractor(languageCode: "sv").spelledOutFigures("femton konstruerade medlemmar").map(\.canonical) == ["15"])
    }

    @Test func constructedGermanOneWordCompoundsReadTheirNumberWord() {
        #expect(words("de", "eine zehntägige konstruierte Tagung") == ["1 eine", "10 zehntägige (tentative)"])
        #expect(words("de", "die dreijährigen konstruierten Programme, fünffach") == ["3 dreijährigen (tentative)", "5 fünffach (tentative)"])
        #expect(words("de", "die einundzwanzigste konstruierte Sitzung, einundzwanzig Mitglieder") ==
            ["21 einundzwanzigste", "21 einundzwanzig"])
        // Compounds longer than any single number word.
        #expect(words("de", "die Neunundsechzigste konstruierte Tagung, am dreiundzwanzigsten Tag") ==
            ["69 Neunundsechzigste", "23 dreiundzwanzigsten"])
        // Multiples of hundred and thousand; "Achttausender" (a peak of 8,000 metres) is a noun of a number.
        #expect(words("de", "dreihundert konstruierte Gipfel, zweitausendfünfzig Meter, ein Achttausender") ==
            ["300 dreihundert", "2050 zweitausendfünfzig", "1 ein", "8000 Achttausender (tentative)"])
        // Hindi ordinals: the cardinal and an ordinal ending (साठवें, sixtieth).
        #expect(words("hi", "साठवें दिन का निर्मित पाठ") == ["60 साठवें"])
        // Words that only end like a compound are not numbers.
        #expect(words("de", "eine normale konstruierte Weste, Hunderte Tausende") == ["1 eine"])
        let comparison = NumberComparison(smallFigureLimit: 10)
        let german = NumberExtractor(languageCode: "de"), french = NumberExtractor(languageCode: "fr")
        let de = "eine zehntägige konstruierte Tagung", fr = "une session construite de dix jours"
        #expect(comparison.compare(pivot: german.extract(de), other: french.extract(fr), pivotWords: german.spelledNumbers(de),
                                   otherWords: french.spelledNumbers(fr)) == nil)
    }

    private func check(_ pivotText: String, _ pivotCode: String, _ otherText: String, _ otherCode: String) -> [String] {
        ConstructedFigureCheck.findings(pivotText, Language(code: pivotCode)!, otherText, Language(code: otherCode)!).map { "\($0.severity): \($0.message)" }
    }

    @Test func constructedNumberWordsAreComparedInTheCheck() {
        // Two different number words: both state a value of one kind.
        #expect(check("its seventeenth constructed session", "en", "sa dix-huitième session construite", "fr") ==
            ["error: fr paragraph 1: en has seventeenth where fr has dix-huitième"])
        #expect(check("its seventeenth constructed session", "en", "sa dix-septième session construite", "fr") == [])
        // A figure dropped where the other version writes it in words: a number word in one version only is info
        // (it may be an idiom: "quinze jours" is "two weeks").
        #expect(check("tiene treinta artículos construidos", "es", "compte des articles construits", "fr") ==
            ["info: fr paragraph 1: es has treinta where fr has nothing"])
        #expect(check("treinta artículos construidos", "es", "30 constructed articles", "en") == [])
        // A figure in digits in one version only stays a warning, whatever the other version writes around it.
        #expect(check("has 30 constructed articles", "en", "compte des articles construits", "fr") ==
            ["warning: fr paragraph 1: en has 30 where fr has nothing"])
        #expect(check("compte des articles construits", "fr", "has 30 constructed articles", "en") ==
            ["warning: en paragraph 1: fr has nothing where en has 30"])
    }

    @Test func constructedYearBeforeARangeConnectorTakesNoUnit() {
        let spanish = NumberExtractor(languageCode: "es")
        #expect(spanish.extract("la tasa construida pasó del 12,5 % en 2018 al 40,2 % en 2024").map(\.comparisonKey) ==
            ["percentage:12.5", "number:2018", "percentage:40.2", "number:2024"])
        #expect(spanish.extract("del 0,15 al 0,20 % construido").map(\.comparisonKey) == ["percentage:0.15", "percentage:0.2"])
        #expect(check("la tasa construida pasó del 12,5 % en 2018 al 40,2 % en 2024", "es",
                      "the constructed rate rose from 12.5 per cent in 2018 to 40.2 per cent in 2024", "en") == [])
    }

    @Test func constructedFullWidthSymbolIsASymbol() {
        #expect(NumberExtractor(languageCode: "zh").extract("根据第７９/２１１号构造决议").map(\.comparisonKey) == ["symbol:79/211"])
        #expect(NumberExtractor(languageCode: "zh").extract("见Ａ／８０／ＰＶ.４１号构造文件").map(\.comparisonKey) == ["symbol:A/80/PV.41"])
        #expect(check("وفقا للقرار المصطنع 79/211", "ar", "根据第７９/２１１号构造决议", "zh") == [])
    }

    @Test func constructedUnreadScaleDatePartsAndWordsAreInfo() {
        // Indonesian "miliar", Swedish "tusen": scale words Parity has no table for.
        #expect(check("un fondo construido de 2.000 millones de dólares", "es", "dana konstruksi sebesar 2 miliar dolar", "id")
            .allSatisfy { $0.hasPrefix("info") })
        #expect(check("un fondo construido de 240 000 euros", "fr", "en konstruerad fond på 240 tusen euro", "sv")
            .allSatisfy { $0.hasPrefix("info") })
        // Vietnamese "ngày 31 tháng 3 năm 2025": the month is a figure after "tháng", read as a plain 3.
        #expect(check("aprobado el 31 de marzo de 2025 (construido)", "es", "được thông qua ngày 31 tháng 3 năm 2025 (xây dựng)", "vi")
            .allSatisfy { $0.hasPrefix("info") })
        // Swedish "åttionde" (eightieth) in words Parity cannot read.
        #expect(check("第八十届构造会议", "zh", "den konstruerade åttionde sessionen", "sv").allSatisfy { $0.hasPrefix("info") })
        // A changed figure stays a finding: 35 against 30, 35 against 350 (no scale word is ten).
        #expect(check("constructed: 35 per cent of the budget", "en", "konstruerad: 30 procent av budgeten", "sv").contains { !$0.hasPrefix("info") })
        #expect(check("constructed: 35 per cent of the budget", "en", "konstruerad: 350 procent av budgeten", "sv").contains { !$0.hasPrefix("info") })
        // A symbol the other version lacks stays a finding.
        #expect(check("constructed: see A/80/214", "en", "konstruerad: se dokumentet", "sv").contains { !$0.hasPrefix("info") })
    }
}
