import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Hours on a clock that counts from 6 a.m. (``ClockReckoning``: Swahili,
/// Luganda), read by the language and the time words written with the
/// figure: `saa 4 asubuhi` is 10:00, `saa 7 mchana` 13:00, `saa 2 usiku`
/// 20:00, `ssaawa 4:05 ez'oku makya` 10:05, and match the same time written
/// in another version (`10.05 a.m.`, `10 h 5`, `10:05`); another hour is a
/// difference (information, as every time that differs). Constructed passages; document set `dev/summary-papyrus`
/// (en, lg, sw).
@Suite struct ConstructedClockReckoningTests: NumberTextComparing {
    func times(_ code: String, _ text: String) -> [String] {
        NumberExtractor(languageCode: code).extract(text).filter { $0.kind == .time }.map(\.canonical)
    }

    @Test func constructedSwahiliHours() {
        #expect(times("sw", "Mkutano ulianza saa 4 asubuhi.") == ["10:00"])
        #expect(times("sw", "Mkutano ulianza saa nne asubuhi.") == ["10:00"])
        #expect(times("sw", "Mkutano uliahirishwa saa 7 mchana.") == ["13:00"])
        #expect(times("sw", "Mkutano uliahirishwa saa 2 usiku.") == ["20:00"])
        #expect(times("sw", "saa 6 usiku") == ["0:00"])
        #expect(times("sw", "saa 12 jioni") == ["18:00"])
        #expect(times("sw", "Mkutano ulianza saa 4:05 asubuhi.") == ["10:05"])
        #expect(times("sw", "saa nne za asubuhi") == ["10:00"])
        // A Western hour written with the same words: read where the part of the day says it is.
        #expect(times("sw", "saa 10 asubuhi") == ["10:00"])
        // Hours as a duration: no time.
        #expect(times("sw", "kwa saa 48") == [])
        #expect(times("sw", "kwa saa 2") == [])
    }

    @Test func constructedLugandaHours() {
        #expect(times("lg", "Olukiiko lwatandise ssaawa 4:05 ez'oku makya.") == ["10:05"])
        #expect(times("lg", "Olukiiko lwatandise ssaawa 4:05 ez’oku makya.") == ["10:05"])
        #expect(times("lg", "Olukiiko lwaggwa ssaawa 6:50 ez'omu ttuntu.") == ["12:50"])
        #expect(times("lg", "ssaawa 2 ez'ekiro") == ["20:00"])
    }

    @Test func constructedAmharicHours() {
        // Ethiopian time: the part of the day first, the hour word after the figure.
        #expect(times("am", "ስብሰባው ከጠዋቱ 4 ሰዓት ተጀመረ።") == ["10:00"])
        #expect(times("am", "ስብሰባው ከጠዋቱ አራት ሰዓት ተጀመረ።") == ["10:00"])
        #expect(times("am", "ስብሰባው ከቀኑ 7 ሰዓት ተጠናቀቀ።") == ["13:00"])
        #expect(times("am", "ስብሰባው ከምሽቱ 2 ሰዓት ተጠናቀቀ።") == ["20:00"])
        #expect(times("am", "ከጠዋቱ 4:30 ሰዓት") == ["10:30"])
        // A figure without the part of the day, or without the hour word after it, is no such hour (`4 ሰዓት` is four hours).
        #expect(times("am", "ስብሰባው ለ4 ሰዓት ቆየ።") == [])
        #expect(times("am", "ከጠዋቱ 4 ቀናት") == [])
        #expect(compare("en", "The meeting began at 10 a.m.", "am", "ስብሰባው ከጠዋቱ 4 ሰዓት ተጀመረ።") == nil)
        #expect(compare("en", "The meeting began at 11 a.m.", "am", "ስብሰባው ከጠዋቱ 4 ሰዓት ተጀመረ።")?.onlyOther.map(\.canonical) == ["10:00"])
    }

    @Test func constructedOtherLanguagesKeepTheirClock() {
        // The same figure after a word of a language whose clock counts from midnight is no such hour.
        #expect(times("en", "at saa 4 asubuhi") == [])
        #expect(times("fr", "à 10 h 5") == ["10:05"])
    }

    @Test func constructedSameTimeInAnotherVersionIsNoFinding() {
        #expect(compare("en", "The meeting was called to order at 10.05 a.m.", "lg", "Olukiiko lwatandise ssaawa 4:05 ez'oku makya.") == nil)
        #expect(compare("fr", "La séance est ouverte à 10 h 5.", "lg", "Olukiiko lwatandise ssaawa 4:05 ez'oku makya.") == nil)
        #expect(compare("es", "Se abre la sesión a las 10:05 horas.", "sw", "Mkutano ulifunguliwa saa 4:05 asubuhi.") == nil)
        #expect(compare("en", "The meeting rose at 12.50 p.m.", "lg", "Olukiiko lwaggwa ssaawa 6:50 ez'omu ttuntu.") == nil)
        #expect(compare("en", "The meeting rose at 1 p.m.", "sw", "Mkutano uliahirishwa saa 7 mchana.") == nil)
        #expect(compare("en", "The meeting rose at 8 p.m.", "sw", "Mkutano uliahirishwa saa mbili usiku.") == nil)
    }

    @Test func constructedOtherHourIsAFinding() throws {
        let difference = try #require(compare("en", "The meeting was called to order at 10.05 a.m.", "lg",
                                              "Olukiiko lwatandise ssaawa 5:05 ez'oku makya."))
        // An hour on this clock keeps its reading as written (5:05): not read without doubt, information, found with both values.
        #expect(difference.severity == .info)
        #expect(difference.onlyPivot.map(\.canonical) == ["10:05"])
        #expect(difference.onlyOther.map(\.canonical) == ["11:05"])
        let swahili = try #require(compare("en", "The meeting rose at 1 p.m.", "sw", "Mkutano uliahirishwa saa 8 mchana."))
        #expect(swahili.onlyPivot.map(\.canonical) == ["13:00"])
        #expect(swahili.onlyOther.map(\.canonical) == ["14:00"])
    }

    @Test func constructedHourOnTheClock() {
        let swahili = ClockReckoning.clocks["sw"]!
        #expect(ClockReckoning.hour(1, on: swahili, in: swahili.dayParts["asubuhi"]) == 7)
        #expect(ClockReckoning.hour(5, on: swahili, in: swahili.dayParts["mchana"]) == 11)
        #expect(ClockReckoning.hour(1, on: swahili, in: swahili.dayParts["jioni"]) == 19)
        #expect(ClockReckoning.hour(10, on: swahili, in: swahili.dayParts["alfajiri"]) == 4)
        #expect(ClockReckoning.hour(4, on: swahili, in: nil) == 10)
        #expect(ClockReckoning.hour(13, on: swahili, in: nil) == nil)
    }
}
