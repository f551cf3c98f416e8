import Testing
@testable import ParityCore

/// The tables of `Languages/`: every UN language fills every field, the
/// other tables fill what their documents need, and a language without a
/// table gets the general conventions.
@Suite struct LanguageTablesTests {
    /// The fields of `conventions` that are empty (lists, strings) or absent (optionals), by name.
    private func emptyFields(_ conventions: LanguageConventions) -> [String] {
        var empty: [String] = []
        for child in Mirror(reflecting: conventions).children {
            let name = child.label ?? "?"
            switch child.value {
            case let list as [String]: if list.isEmpty || list.contains(where: \.isEmpty) { empty.append(name) }
            case let lists as [[String]]: if lists.isEmpty || lists.contains(where: \.isEmpty) { empty.append(name) }
            case let systems as [LanguageConventions.NumberingSystem]: if systems.count < 2 { empty.append(name) }
            case let script as WritingScript?: if script == nil { empty.append(name) }
            default: break
            }
        }
        return empty
    }

    @Test(arguments: Language.unOfficial)
    func constructedCheckThatEachUNLanguageFillsEveryField(_ language: Language) {
        let conventions = LanguageConventions.of(language)
        #expect(conventions.language == language)
        #expect(emptyFields(conventions) == [], "\(language)")
        #expect(conventions.calendarMonths.count == 12, "\(language)")
        #expect(Mirror(reflecting: conventions).children.count >= 30, "a field was added: check it here")
    }

    /// German, Portuguese, Japanese and Hindi fill every field but the
    /// ordinal words for "first" (their titles write the digit).
    @Test(arguments: ["de", "pt", "ja", "hi"])
    func constructedCheckThatTheOtherTablesFillTheirFields(_ tag: String) throws {
        let language = try #require(Language(code: tag))
        #expect(LanguageConventions.hasOwnTable(language))
        let conventions = language.conventions
        #expect(conventions.language == language)
        #expect(emptyFields(conventions).filter { $0 != "firstWords" } == [], "\(tag)")
        #expect(conventions.calendarMonths.count == 12)
        for words in [conventions.articleWords, conventions.chapterWords, conventions.partWords, conventions.sectionWords,
                      conventions.goalWords, conventions.targetWords, conventions.annexWords] {
            #expect(!words.isEmpty, "\(tag)")
        }
    }

    @Test func constructedRegionAndScriptTagsUseTheirPrimaryTable() throws {
        #expect(try #require(Language(code: "pt-BR")).conventions.articleWords == ["artigo"])
        #expect(try #require(Language(code: "de-AT")).conventions.monthNames.contains("jänner"))
        #expect(try #require(Language(code: "hin")).conventions.script == .devanagari)
    }

    @Test(arguments: ["ca", "nl", "el", "ko", "sw", "und"])
    func constructedLanguagesWithoutATableGetTheGeneralConventions(_ tag: String) throws {
        let language = try #require(Language(code: tag))
        let conventions = language.conventions
        #expect(!LanguageConventions.hasOwnTable(language))
        #expect(conventions.language == language)
        #expect(conventions.articleWords.isEmpty && conventions.monthNames.isEmpty && conventions.organNames.isEmpty)
        #expect(conventions.paragraphLabel(12) == "12.")
        #expect(conventions.headingLabel(level: 1, value: 4) == "IV.")
        #expect(conventions.headingLabel(level: 2, value: 2) == "B.")
        #expect(!conventions.decimalComma)
    }

    @Test func constructedGeneralConventionsKnowTheScriptOfCommonLanguages() {
        #expect(Language(code: "ca")?.conventions.script == .latin)
        #expect(Language(code: "el")?.conventions.script == .greek)
        #expect(Language(code: "ko")?.conventions.script == .hangul)
        #expect(Language(code: "sr-Cyrl")?.conventions.script == .cyrillic)
        #expect(Language(code: "sr")?.conventions.script == nil)
        // Cantonese is written in Han characters like Chinese and reads with its table (`LanguageConventions.writtenLike`).
        #expect(Language(code: "yue")?.conventions.writesSpacesBetweenWords == false)
        #expect(Language(code: "zh-Hant")?.conventions.writesSpacesBetweenWords == false)
    }

    /// Labels written by the new tables read back as the same values (constructed label + word).
    @Test(arguments: [("de", "Text"), ("pt", "Texto"), ("ja", "本文"), ("hi", "पाठ"), ("ca", "Text")])
    func constructedLabelsReadBackInTheOtherLanguages(_ tag: String, _ word: String) throws {
        let language = try #require(Language(code: tag))
        let conventions = language.conventions
        for number in [1, 2, 9, 10, 25, 120] {
            let label = LabelParser.parse(Array((conventions.paragraphLabel(number) + " " + word).unicodeScalars), language: language)
            #expect(label?.form == .number(number), "\(tag) paragraph \(number)")
        }
        for value in 1...20 {
            let levelOne = try #require(conventions.headingLabel(level: 1, value: value))
            guard case .section(let roman, _)? = LabelParser.parse(Array((levelOne + " " + word).unicodeScalars), language: language)?.form
            else { Issue.record("\(tag): \(levelOne)"); continue }
            #expect(roman == value)
        }
    }

    @Test func constructedMonthNamesOfEveryTableGiveTheirNumber() {
        #expect(MonthNames.single["juli"] == 7)
        #expect(MonthNames.single["märz"] == 3)
        #expect(MonthNames.single["dezembro"] == 12)
        #expect(MonthNames.single["जुलाई"] == 7)
        #expect(MonthNames.single["july"] == 7)
        #expect(MonthNames.single["تموز"] == 7)
        #expect(MonthNames.single["ابريل"] == 4)
        #expect(MonthNames.twoWord["كانون"]?["الثاني"] == 1)
        #expect(MonthNames.twoWord["تشرين"]?["الاول"] == 10)
    }

    @Test(arguments: [("१", 1), ("९", 9), ("০", 0), ("๕", 5), ("٣", 3), ("۴", 4), ("７", 7), ("8", 8)])
    func constructedDigitsOfEveryScript(_ digit: String, _ value: Int) {
        #expect(ScalarClass.digit(digit.unicodeScalars.first!) == value)
    }

    @Test(arguments: ["a", "一", "〇", "²", "Ⅳ", "ا", "क"])
    func constructedNonDigits(_ text: String) {
        #expect(ScalarClass.digit(text.unicodeScalars.first!) == nil)
    }
}
