import ParityCore
import Testing

/// The figure comparison on constructed two-paragraph documents (not real
/// UN text): forms that differ by language only must not be findings.
@Suite struct ConstructedParityCheckTests {
    private func findings(_ pivotText: String, _ pivotLanguage: Language, _ otherText: String, _ otherLanguage: Language) -> [Finding] {
        ConstructedFigureCheck.findings(pivotText, pivotLanguage, otherText, otherLanguage)
    }

    @Test func constructedCenturyInRomanNumeralsIsNotAMismatch() {
        #expect(findings("constructed: in the 21st century", .english, "construido: en el siglo XXI", .spanish).isEmpty)
    }

    @Test func constructedChineseMoreThanBeforeTheScaleIsNotAMismatch() {
        #expect(findings("constructed: more than 7.4 million samples", .english, "构建：740多万份样本", .chinese).isEmpty)
        #expect(findings("constructed: over 20 million people", .english, "构建：2000余万人", .chinese).isEmpty)
        #expect(!findings("constructed: more than 7.4 million samples", .english, "构建：750多万份样本", .chinese).isEmpty)
    }

    @Test func constructedChineseNumeralFigureIsNotAMismatch() {
        #expect(findings("constructed: about 240 representatives", .english, "约二百四十名代表", .chinese).isEmpty)
    }

    @Test func constructedEquivalentFormsAreNotMismatches() {
        #expect(findings("constructed: 1,000 people, 20 per cent, 12 July 2006, A/60/871, resolution 217 A (III), from 10 a.m. to 1 p.m.", .english,
                         "construit : 1 000 personnes, 20 %, 12 juillet 2006, A/60/871, résolution 217 A (III), de 10 heures à 13 heures", .french).isEmpty)
    }

    @Test func constructedDifferentFigureIsAnErrorNamingBothForms() {
        let found = findings("constructed: 20 per cent", .english, "construido: 25 por ciento", .spanish)
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.message == "es paragraph 1: en has 20 per cent where es has 25 por ciento")
    }

    @Test func constructedSmallFigureSpelledOutIsNotAMismatch() {
        #expect(findings("constructed: 3 themes", .english, "construido: tres temas", .spanish).isEmpty)
    }

    @Test func constructedSmallFigureInOneVersionOnlyIsInfo() {
        let found = findings("constructed: 3 themes", .english, "construido: los temas", .spanish)
        #expect(found.map(\.severity) == [.info])
    }

    @Test func constructedDroppedLargeFigureIsAWarning() {
        let found = findings("constructed: 240 representatives", .english, "construido: los representantes", .spanish)
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.message == "es paragraph 1: en has 240 where es has nothing")
    }

    /// The false errors of issue 10, on constructed sentences in the shape of the SDG targets.
    @Test func constructedSDGConventionsAreNotMismatches() {
        #expect(findings("constructed: 0.7 per cent of GNI and 0.15 to 0.20 per cent of GNI; $100 billion; the 10-Year Framework of Programmes; 1.25 dollars a day", .english,
                         "construido: el 0,7% del INB y entre el 0,15% y el 0,20% del INB; 100.000 millones de dólares; el Marco Decenal de Programas; 1,25 dólares al día", .spanish).isEmpty)
        #expect(findings("construido: el 0,7% del INB y entre el 0,15% y el 0,20% del INB", .spanish,
                         "مبني: 0,7 في المائة من الدخل القومي و0,15 إلى 0,20 في المائة", .arabic).isEmpty)
    }

    @Test func constructedDifferentYearIsStillAnError() {
        let found = findings("construido: para 2030, reducir", .spanish, "مبني: بحلول عام 2020، الحد", .arabic)
        #expect(found.map(\.severity) == [.error])
        #expect(found.first?.message == "ar paragraph 1: es has 2030 where ar has 2020")
    }

    /// A budget paragraph whose figures an Amharic version writes in Ethiopic numerals (`፳፻፵፬` 2044): the same
    /// figures, no warning or error (Amharic sets the harbours' 27 before the 4,120 coils, an order of words noted as
    /// information only); a different year in Ethiopic numerals is still an error.
    @Test func constructedEthiopicNumeralFiguresAreNotMismatches() {
        let amharic = Language(code: "am")!
        #expect(findings("constructed: In 2042, the ropewalks delivered 4,120 coils of rope to 27 harbours, an increase of 12 per cent over 2041; the resources proposed for 2044 amount to $3,260,000.", .english,
                         "በ፳፻፵፪ የገመድ መሥሪያዎቹ ለ፳፯ ወደቦች ፵፩፻፳ የገመድ ጥቅሎችን አቅርበዋል፤ ይህም ከ፳፻፵፩ በ፲፪ በመቶ ይበልጣል፤ ለ፳፻፵፬ የታቀደው ሀብት ፫፻፳፮፼ ዶላር ነው።", amharic)
            .filter { $0.severity != .info }.map(\.message) == [])
        let found = findings("constructed: the resources proposed for 2044", .english, "ለ፳፻፵፭ የታቀደው ሀብት", amharic)
        #expect(found.map(\.severity) == [.error])
    }
}
