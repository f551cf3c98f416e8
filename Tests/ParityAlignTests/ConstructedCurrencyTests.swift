import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// The currency of amounts (issue 10: amounts are values "with currency and
/// scale"), on constructed snippets (not UN text): each language's currency
/// words and the general signs and ISO codes are read into a currency, and
/// two amounts of equal value in currencies that cannot be the same are an
/// error; an amount whose currency is unknown or not named, or a `$` against
/// any dollar, is never a finding.
@Suite struct ConstructedCurrencyTests: NumberTextComparing {
    let figureOrderByLanguage = true

    /// Each amount of `text` in language `code`: canonical value and currency (`-` when none).
    func amounts(_ code: String, _ text: String) -> [String] {
        NumberExtractor(languageCode: code).extract(text).filter { $0.kind == .amount }.map { "\($0.canonical) \($0.currency ?? "-")" }
    }

    func finding(_ pivotCode: String, _ pivotText: String, _ otherCode: String, _ otherText: String) -> String? {
        guard let difference = compare(pivotCode, pivotText, otherCode, otherText) else { return nil }
        return "\(difference.severity)\(difference.differsInCurrency ? " currency" : ""): \(difference.onlyPivot.map(\.written)) / \(difference.onlyOther.map(\.written))"
    }

    // MARK: Reading the currency, per language

    @Test func constructedEnglishCurrencies() {
        #expect(amounts("en", "a constructed budget of 2,345.67 dollars") == ["2345.67 dollar"])
        #expect(amounts("en", "a constructed budget of $2,345.67") == ["2345.67 $"])
        #expect(amounts("en", "a constructed budget of US$2,345.67") == ["2345.67 USD"])
        #expect(amounts("en", "a constructed budget of 2,345.67 United States dollars") == ["2345.67 USD"])
        #expect(amounts("en", "a constructed budget of 2,345.67 euros") == ["2345.67 EUR"])
        #expect(amounts("en", "a constructed budget of 2,345.67 Swiss francs") == ["2345.67 CHF"])
        #expect(amounts("en", "a constructed budget of $100 billion") == ["100000000000 $"])
        // A $ with letters that say no known dollar: an amount of unknown currency.
        #expect(amounts("en", "a constructed budget of Z$2,345.67") == ["2345.67 -"])
    }

    @Test func constructedFrenchCurrencies() {
        #expect(amounts("fr", "un budget construit de 2\u{202F}345,67 dollars") == ["2345.67 dollar"])
        #expect(amounts("fr", "un budget construit de 2\u{202F}345,67 euros") == ["2345.67 EUR"])
        #expect(amounts("fr", "un budget construit de 2\u{202F}345,67 €") == ["2345.67 EUR"])
        #expect(amounts("fr", "un budget construit de 2\u{202F}345,67 francs suisses") == ["2345.67 CHF"])
        #expect(amounts("fr", "un budget construit de 2\u{202F}345,67 francs") == ["2345.67 franc"])
        #expect(amounts("fr", "mobiliser 100 milliards de dollars construits") == ["100000000000 dollar"])
    }

    @Test func constructedSpanishCurrencies() {
        #expect(amounts("es", "un presupuesto construido de 2.345,67 dólares") == ["2345.67 dollar"])
        #expect(amounts("es", "un presupuesto construido de 2.345,67 dólares de los Estados Unidos") == ["2345.67 USD"])
        #expect(amounts("es", "un presupuesto construido de 2.345,67 euros") == ["2345.67 EUR"])
        #expect(amounts("es", "movilizar 100.000 millones de dólares construidos") == ["100000000000 dollar"])
        #expect(amounts("es", "movilizar 100.000 millones de euros construidos") == ["100000000000 EUR"])
    }

    @Test func constructedRussianCurrencies() {
        #expect(amounts("ru", "сконструированный бюджет в размере 2 345,67 долл.") == ["2345.67 dollar"])
        #expect(amounts("ru", "сконструированный бюджет в размере 2 345,67 долларов США") == ["2345.67 USD"])
        #expect(amounts("ru", "сконструированный бюджет в размере 2 345,67 евро") == ["2345.67 EUR"])
        #expect(amounts("ru", "сконструированный бюджет в размере 2 345,67 швейцарских франков") == ["2345.67 CHF"])
        #expect(amounts("ru", "мобилизовать 100 млрд. долл. США") == ["100000000000 dollar"])
    }

    @Test func constructedArabicCurrencies() {
        #expect(amounts("ar", "الميزانية المصطنعة البالغة 2 345,67 دولارا") == ["2345.67 dollar"])
        #expect(amounts("ar", "الميزانية المصطنعة البالغة 2 345,67 يورو") == ["2345.67 EUR"])
        #expect(amounts("ar", "الميزانية المصطنعة البالغة 2 345,67 فرنك سويسري") == ["2345.67 CHF"])
        #expect(amounts("ar", "تعبئة ١٠٠ بليون دولار مصطنعة") == ["100000000000 dollar"])
    }

    @Test func constructedChineseCurrencies() {
        #expect(amounts("zh", "构造的预算为2,345.67美元") == ["2345.67 USD"])
        #expect(amounts("zh", "构造的预算为2,345.67欧元") == ["2345.67 EUR"])
        #expect(amounts("zh", "构造的预算为2,345.67瑞士法郎") == ["2345.67 CHF"])
        #expect(amounts("zh", "每年筹集1000亿美元") == ["100000000000 USD"])
        #expect(amounts("zh", "构造的预算为500万元") == ["5000000 yuan"])
    }

    /// The general convention: signs before or after the figure and ISO
    /// codes written in capitals, in any language.
    @Test func constructedSignsAndCodes() {
        #expect(amounts("de", "ein konstruiertes Budget von 2.345,67 €") == ["2345.67 EUR"])
        #expect(amounts("de", "ein konstruiertes Budget von €2.345,67") == ["2345.67 EUR"])
        #expect(amounts("en", "a constructed budget of EUR 2,345.67") == ["2345.67 EUR"])
        #expect(amounts("en", "a constructed budget of 2,345.67 CHF") == ["2345.67 CHF"])
        #expect(amounts("fr", "un budget construit de 2,5 millions USD") == ["2500000 USD"])
        #expect(amounts("en", "a constructed budget of £500") == ["500 pound"])
        #expect(amounts("ja", "構築された予算は¥500") == ["500 yen-yuan"])
        // A code in lower case is a word ("cad"), not a currency; SDG is a goal, not the Sudanese pound.
        #expect(amounts("en", "the constructed SDG 4 and 12 cad") == [])
        // A sign followed by a figure is that figure's sign (`5 $100`).
        #expect(amounts("en", "constructed items 5 $100") == ["100 $"])
    }

    // MARK: Comparing

    @Test func constructedDifferentKnownCurrenciesAreAnError() {
        #expect(finding("en", "a constructed budget of 2,345.67 dollars", "es", "un presupuesto construido de 2.345,67 euros")
            == "error currency: [\"2,345.67 dollars\"] / [\"2.345,67 euros\"]")
        #expect(finding("es", "un presupuesto construido de 2.345,67 dólares", "fr", "un budget construit de 2\u{202F}345,67 euros")
            == "error currency: [\"2.345,67 dólares\"] / [\"2\u{202F}345,67 euros\"]")
        #expect(finding("es", "un presupuesto construido de 2.345,67 dólares", "ru", "бюджет в размере 2 345,67 евро")
            == "error currency: [\"2.345,67 dólares\"] / [\"2 345,67 евро\"]")
        #expect(finding("es", "un presupuesto construido de 2.345,67 dólares", "ar", "الميزانية البالغة 2 345,67 يورو")
            == "error currency: [\"2.345,67 dólares\"] / [\"2 345,67 يورو\"]")
        #expect(finding("es", "un presupuesto construido de 2.345,67 dólares", "zh", "构造的预算为2,345.67欧元")
            == "error currency: [\"2.345,67 dólares\"] / [\"2,345.67欧元\"]")
        #expect(finding("en", "a constructed budget of $2,345.67", "fr", "un budget construit de 2\u{202F}345,67 €")
            == "error currency: [\"2,345.67\"] / [\"2\u{202F}345,67 €\"]")
        #expect(finding("fr", "un budget construit de 2\u{202F}345,67 francs suisses", "es", "un presupuesto construido de 2.345,67 francos cfa")
            == "error currency: [\"2\u{202F}345,67 francs suisses\"] / [\"2.345,67 francos cfa\"]")
        #expect(finding("en", "a constructed budget of $100 billion", "es", "movilizar 100.000 millones de euros construidos")
            == "error currency: [\"100 billion\"] / [\"100.000 millones de euros\"]")
    }

    @Test func constructedCompatibleCurrenciesMatch() {
        // A bare $ or "dollars" may be any dollar; ¥ the yen or the yuan; francs any franc.
        #expect(finding("en", "a constructed budget of $2,345.67", "es", "un presupuesto construido de 2.345,67 dólares") == nil)
        #expect(finding("en", "a constructed budget of US$2,345.67", "ru", "бюджет в размере 2 345,67 долл.") == nil)
        #expect(finding("en", "a constructed budget of 2,345.67 Canadian dollars", "fr", "un budget construit de 2\u{202F}345,67 dollars") == nil)
        #expect(finding("es", "un presupuesto construido de 2.345,67 dólares", "zh", "构造的预算为2,345.67美元") == nil)
        #expect(finding("en", "a constructed budget of $2,345.67", "es", "un presupuesto construido de 2.345,67 pesos") == nil)
        #expect(finding("en", "a constructed budget of CHF 2,345.67", "fr", "un budget construit de 2\u{202F}345,67 francs") == nil)
        #expect(finding("ja", "構築された予算は¥500", "zh", "构造的预算为500元") == nil)
        #expect(finding("ja", "構築された予算は¥500", "ja", "構築された予算は500円") == nil)
        #expect(finding("ar", "الميزانية البالغة 2 345,67 دولارا", "en", "a constructed budget of 2,345.67 United States dollars") == nil)
    }

    @Test func constructedUnknownOrAbsentCurrencyIsNoFinding() {
        #expect(finding("en", "a constructed budget of 2,345.67", "es", "un presupuesto construido de 2.345,67 euros") == nil)
        #expect(finding("en", "a constructed budget of Z$2,345.67", "es", "un presupuesto construido de 2.345,67 euros") == nil)
        // Canadian is read; a dollar the tables do not name ("Fijian dollars") has no currency but is not a euro either.
        #expect(finding("en", "a constructed budget of 2,345.67 Fijian dollars", "es", "un presupuesto construido de 2.345,67 euros") == nil)
    }

    @Test func constructedSeveralAmountsArePairedByCurrency() {
        // The same amounts in another order of currencies: every pairing is compatible.
        #expect(finding("en", "constructed: $100 and 100 euros", "es", "construido: 100 euros y 100 dólares") == nil)
        #expect(finding("en", "constructed: 100 dollars and 200 euros", "es", "construido: 100 dólares y 200 euros") == nil)
        // Two currencies traded between two amounts: both are found.
        #expect(finding("en", "constructed: 100 euros and 200 dollars", "es", "construido: 100 dólares y 200 euros")
            == "error currency: [\"100 euros\", \"200 dollars\"] / [\"100 dólares\", \"200 euros\"]")
        // One amount without a currency absorbs either.
        #expect(finding("en", "constructed: 100 euros and 100", "es", "construido: 100 dólares y 100 euros") == nil)
    }

    /// The check's finding quotes both amounts and names both currencies.
    @Test func constructedCurrencyFindingQuotesBoth() {
        func document(_ code: String, _ text: String) -> Document {
            Document(sourceName: "constructed-currency-\(code).txt", language: Language(code: code),
                     blocks: [Block(id: "p1", kind: .paragraph, number: 1, label: "1.", text: text)])
        }
        let alignment = Aligner(pivot: 0).align([document("en", "The constructed budget of 2,345.67 dollars covers 48 posts."),
                                                 document("es", "El presupuesto construido de 2.345,67 euros cubre 48 puestos.")])
        let findings = ParityChecker().check(alignment).filter { $0.kind == .numberMismatch }
        #expect(findings.map(\.severity) == [.error])
        #expect(findings.map(\.message) == ["es paragraph 1: en has 2,345.67 dollars where es has 2.345,67 euros (currency dollar against EUR)"])
    }

    /// The highlight of `show` and `report` marks what the checker finds: amounts in differing currencies, not compatible ones.
    @Test func constructedDifferingCurrenciesAreMarked() {
        #expect(DifferingNumbers.marks(in: [["a constructed budget of 2,345.67 dollars"], ["un presupuesto construido de 2.345,67 euros"]],
                                       languages: [.english, .spanish]) == [[[24..<40]], [[29..<43]]])
        #expect(DifferingNumbers.marks(in: [["a constructed budget of $2,345.67"], ["un presupuesto construido de 2.345,67 dólares"], ["构造的预算为2,345.67美元"]],
                                       languages: [.english, .spanish, .chinese]) == [[[]], [[]], [[]]])
    }

    // MARK: Defect corpus

    /// In the constructed number corpus, a currency word changed to the
    /// euro (`dólares` → `euros`, and the same in each UN language) is found
    /// at its block as a number error, against Spanish (English for
    /// Spanish), and nothing is reported at other blocks.
    @Test func constructedChangedCurrencyWordIsFoundAtItsBlock() {
        let changes: [(code: String, from: String, to: String)] = [
            ("es", "dólares", "euros"), ("en", "dollars", "euros"), ("en", "$", "€"), ("fr", "dollars", "euros"),
            ("ru", "долл.", "евро"), ("ar", "دولار ", "يورو "), ("ar", "دولارا", "يورو"), ("zh", "美元", "欧元"),
        ]
        var injected: [String: Int] = [:], found: [String: Int] = [:], missed: [String] = [], elsewhere: [String] = []
        for change in changes {
            let referenceCode = change.code == "es" ? "en" : "es"
            let reference = ConstructedNumberCorpusTests.document(referenceCode, ConstructedNumberCorpus.paragraphs[referenceCode]!)
            let clean = ConstructedNumberCorpus.paragraphs[change.code]!
            for (index, text) in clean.enumerated() {
                guard let range = text.range(of: change.from) else { continue }
                var paragraphs = clean
                paragraphs[index] = text.replacingCharacters(in: range, with: change.to)
                injected[change.code, default: 0] += 1
                let findings = ConstructedNumberCorpusTests.numberFindings(reference, ConstructedNumberCorpusTests.document(change.code, paragraphs))
                let atBlock = findings.filter { finding in finding.locations.contains { $0.version == 1 && $0.blockIDs.contains("p\(index + 1)") } }
                if atBlock.contains(where: { $0.kind == .numberMismatch && $0.severity == .error && $0.message.contains("(currency ") }) {
                    found[change.code, default: 0] += 1
                } else {
                    missed.append("\(change.code) p\(index + 1): \(findings.map(\.message))")
                }
                elsewhere += findings.filter { !atBlock.contains($0) }.map { "\(change.code) p\(index + 1): \($0.message)" }
            }
        }
        print("changed currency words found/injected:", injected.keys.sorted().map { "\($0) \(found[$0] ?? 0)/\(injected[$0]!)" }.joined(separator: ", "))
        #expect(injected == ["es": 2, "en": 2, "fr": 2, "ru": 2, "ar": 2, "zh": 2])
        #expect(found == injected)
        #expect(missed == [])
        #expect(elsewhere == [])
    }
}
