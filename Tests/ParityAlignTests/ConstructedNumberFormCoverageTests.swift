import Testing
@testable import ParityCore

/// The written forms issue 10 names that no other reader test states, each
/// read in the language that writes it (constructed snippets, not UN text):
/// scale words written out in full, Arabic months of one series alone,
/// dates with a weekday and numeric dates in each of the six languages,
/// numeric adjectives and fractions in each of them, the number words
/// 0–20, tens, hundred, thousand and first ordinals one by one, and a
/// figure in every decimal digit system Unicode knows.
@Suite struct ConstructedNumberFormCoverageTests {
    private func keys(_ code: String, _ text: String) -> [String] {
        NumberExtractor(languageCode: code).extract(text).map(\.key)
    }

    private func tentative(_ code: String, _ text: String) -> [String] {
        NumberExtractor(languageCode: code).tentativeNumbers(text)
    }

    @Test func constructedScaleWordsWrittenInFull() {
        #expect(keys("ru", "100 миллиардов долларов") == keys("en", "$100 billion"))
        #expect(keys("ru", "2 миллиарда") == ["amount:2000000000"])
        #expect(keys("ar", "100 مليار دولار") == keys("en", "$100 billion"))
        #expect(keys("ar", "5 ملايين") == ["amount:5000000"])
        #expect(keys("en", "5 thousand") == ["amount:5000"])
        #expect(keys("es", "3 mil personas") == ["amount:3000"])
        #expect(keys("fr", "100 millions") == ["amount:100000000"])
        #expect(keys("zh", "100万") == ["amount:1000000"])
    }

    @Test func constructedArabicMonthsOfEachSeriesAlone() {
        // Levantine alone, Egyptian alone, and the UN double form: one date.
        #expect(keys("ar", "في 10 كانون الأول 1948") == ["date:1948-12-10"])
        #expect(keys("ar", "في 10 تشرين الثاني 1948") == ["date:1948-11-10"])
        #expect(keys("ar", "في 10 ديسمبر 1948") == ["date:1948-12-10"])
        #expect(keys("ar", "في 10 كانون الأول/ديسمبر 1948") == ["date:1948-12-10"])
    }

    @Test func constructedDatesWithAWeekdayInEachLanguage() {
        let udhr = ["date:1948-12-10"]
        #expect(keys("en", "on Friday, 10 December 1948") == udhr)
        #expect(keys("es", "el viernes 10 de diciembre de 1948") == udhr)
        #expect(keys("fr", "le vendredi 10 décembre 1948") == udhr)
        #expect(keys("ru", "в пятницу, 10 декабря 1948 года") == udhr)
        #expect(keys("ar", "يوم الجمعة 10 كانون الأول/ديسمبر 1948") == udhr)
        #expect(keys("zh", "1948年12月10日星期五") == udhr)
        #expect(keys("zh", "1948年12月10日（星期五）") == udhr)
        #expect(keys("ja", "1948年12月10日(金)") == udhr)
    }

    @Test func constructedNumericDatesInEachLanguage() {
        let udhr = ["date:1948-12-10"]
        for code in ["es", "fr", "ru", "ar", "de", "pt", "hi"] {
            #expect(keys(code, "10/12/1948") == udhr, "\(code)")
            #expect(keys(code, "10.12.1948") == udhr, "\(code)")
        }
        for code in ["en", "es", "fr", "ru", "ar", "zh", "ja"] {
            #expect(keys(code, "1948-12-10") == udhr, "\(code)")
            #expect(keys(code, "1948.12.10") == udhr, "\(code)")
        }
        // English keeps both readings; the comparison decides (ConstructedNumberComparisonTests).
        #expect(NumberExtractor(languageCode: "en").extract("10/12/1948").map(\.alternative) == ["1948-10-12"])
    }

    @Test func constructedNumericAdjectivesAndFractionsInEachLanguage() {
        #expect(tentative("en", "two-thirds of the members") == ["2", "3"])
        #expect(tentative("en", "the biennium") == ["2"])
        #expect(tentative("en", "the quinquennial review") == ["5"])
        #expect(keys("en", "the 10-Year Framework") == ["number:10"])
        #expect(tentative("es", "dos tercios") == ["2", "3"])
        #expect(tentative("es", "el bienio") == ["2"])
        #expect(tentative("es", "el examen quinquenal") == ["5"])
        #expect(tentative("es", "el Marco Decenal") == ["10"])
        #expect(tentative("fr", "deux tiers") == ["2", "3"])
        #expect(tentative("fr", "l'exercice biennal") == ["2"])
        #expect(tentative("fr", "l'examen quinquennal") == ["5"])
        #expect(tentative("fr", "le cadre décennal") == ["10"])
        #expect(tentative("ru", "двухгодичный период") == ["2"])
        #expect(tentative("ru", "пятилетний обзор") == ["5"])
        #expect(tentative("ru", "десятилетний план") == ["10"])
        #expect(tentative("ar", "ثلثي الأعضاء") == ["3"])
        #expect(tentative("ar", "فترة السنتين") == ["2"])
        #expect(tentative("ar", "الإطار العشري") == ["10"])
        #expect(tentative("zh", "三分之二") == ["3", "2"])
        #expect(tentative("zh", "两年期") == ["2"])
        #expect(tentative("zh", "五年期审查") == ["5"])
        #expect(tentative("zh", "十年方案框架") == ["10"])
    }

    @Test func constructedNumberWordsOneByOneInEachLanguage() {
        let words: [String: [(String, Int)]] = [
            "en": [("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
                   ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15),
                   ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30),
                   ("ninety", 90), ("hundred", 100), ("thousand", 1000), ("first", 1), ("second", 2), ("twentieth", 20)],
            "es": [("cero", 0), ("uno", 1), ("dos", 2), ("tres", 3), ("cuatro", 4), ("cinco", 5), ("seis", 6), ("siete", 7), ("ocho", 8),
                   ("nueve", 9), ("diez", 10), ("once", 11), ("doce", 12), ("trece", 13), ("catorce", 14), ("quince", 15),
                   ("dieciséis", 16), ("diecisiete", 17), ("dieciocho", 18), ("diecinueve", 19), ("veinte", 20), ("treinta", 30),
                   ("noventa", 90), ("cien", 100), ("mil", 1000), ("primero", 1), ("segundo", 2)],
            "fr": [("zéro", 0), ("un", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("six", 6), ("sept", 7), ("huit", 8),
                   ("neuf", 9), ("dix", 10), ("onze", 11), ("douze", 12), ("treize", 13), ("quatorze", 14), ("quinze", 15),
                   ("seize", 16), ("vingt", 20), ("trente", 30), ("cent", 100), ("mille", 1000), ("premier", 1), ("deuxième", 2)],
            "ru": [("ноль", 0), ("один", 1), ("два", 2), ("три", 3), ("четыре", 4), ("пять", 5), ("шесть", 6), ("семь", 7),
                   ("восемь", 8), ("девять", 9), ("десять", 10), ("одиннадцать", 11), ("двенадцать", 12), ("тринадцать", 13),
                   ("четырнадцать", 14), ("пятнадцать", 15), ("шестнадцать", 16), ("семнадцать", 17), ("восемнадцать", 18),
                   ("девятнадцать", 19), ("двадцать", 20), ("тридцать", 30), ("сто", 100), ("тысяча", 1000), ("первый", 1),
                   ("второй", 2)],
            "ar": [("صفر", 0), ("واحد", 1), ("اثنان", 2), ("ثلاثة", 3), ("أربعة", 4), ("خمسة", 5), ("ستة", 6), ("سبعة", 7),
                   ("ثمانية", 8), ("تسعة", 9), ("عشرة", 10), ("عشرون", 20), ("ثلاثون", 30), ("مائة", 100), ("ألف", 1000),
                   ("الأول", 1), ("الثاني", 2)],
            "zh": [("零", 0), ("一", 1), ("二", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6), ("七", 7), ("八", 8), ("九", 9),
                   ("十", 10), ("十一", 11), ("十二", 12), ("二十", 20), ("三十", 30), ("一百", 100), ("一千", 1000)],
        ]
        for (code, list) in words {
            for (word, value) in list {
                #expect(tentative(code, word).last == String(value), "\(code) \(word)")
            }
        }
        // Compounds: the teens of French and Arabic in two words, and cardinals above twenty.
        #expect(tentative("fr", "dix-sept").last == "17")
        #expect(tentative("ar", "أحد عشر").last == "11")
        #expect(tentative("ar", "ثلاثة عشر").last == "13")
        #expect(tentative("ru", "двадцать пять").last == "25")
        #expect(tentative("es", "treinta y dos").last == "32")
    }

    /// A year in each of the 77 decimal digit systems of the machine's
    /// Unicode tables (ASCII, Arabic-Indic, Devanagari, Bengali, Thai,
    /// Tibetan, Myanmar, Khmer, Mongolian, full-width, mathematical, …).
    @Test func constructedAFigureInEveryDecimalDigitSystem() {
        var systems = 0
        var unread: [String] = []
        var value: UInt32 = 0
        while value < 0x110000 {
            if let zero = Unicode.Scalar(value), zero.properties.numericType == .decimal, zero.properties.numericValue == 0 {
                systems += 1
                let digits = [1, 9, 4, 8].map { String(Character(Unicode.Scalar(value + $0)!)) }.joined()
                if NumberExtractor(languageCode: "und").extract("x " + digits + " y").map(\.canonical) != ["1948"] { unread.append(digits) }
            }
            value += 1
        }
        #expect(systems >= 60)
        #expect(unread == [])
    }
}
