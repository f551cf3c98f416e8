import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Times of day that differ between two versions (constructed passages):
/// two times read without ambiguity (`10.05 horas` against `10 ч. 50`) are
/// an error, as two clear figures or dates that differ are; a time read with
/// any ambiguity (a bare figure taken as the 12-hour reading of the other
/// version's time, an hour on a clock counted from 6 a.m., a time that is the
/// 12-hour reading of the other) and a time in one version only stay
/// information. Document set `dev/notice-ferrytimes` (fr, pt).
@Suite struct ConstructedClearTimeDifferenceTests: NumberTextComparing {
    func summary(_ difference: NumberComparison.Difference?) -> String? {
        guard let difference else { return nil }
        return "\(difference.severity): \(difference.onlyPivot.map(\.canonical)) / \(difference.onlyOther.map(\.canonical))"
    }

    @Test func constructedClearTimesThatDifferAreAnError() {
        #expect(summary(compare("es", "La sesión se abrió a las 10.05 horas.", "ru", "Заседание открылось в 10 ч. 50 м."))
            == "error: [\"10:05\"] / [\"10:50\"]")
        #expect(summary(compare("fr", "La séance est ouverte à 10 h 5.", "en", "The meeting was called to order at 10:50."))
            == "error: [\"10:05\"] / [\"10:50\"]")
        #expect(summary(compare("fr", "La séance est levée à 18 h 30.", "pt", "A sessão foi encerrada às 18h45.")) == "error: [\"18:30\"] / [\"18:45\"]")
        // A 12-hour time whose half of the day is written out is read clearly.
        #expect(summary(compare("es", "hasta las 10 de la noche", "ru", "до 22 ч. 30 м.")) == "error: [\"22:00\"] / [\"22:30\"]")
        // The same time in both: nothing.
        #expect(summary(compare("es", "La sesión se abrió a las 10.05 horas.", "ru", "Заседание открылось в 10 ч. 05 м.")) == nil)
    }

    @Test func constructedAmbiguousTimesStayInformation() {
        // A time that is the 12-hour reading of the other (the half of the day is unsaid in one version).
        #expect(compare("en", "The meeting rose at 10:30.", "fr", "La séance est levée à 22 h 30.")?.severity == .info)
        // A figure taken as a time because the other version states it in 24 hours.
        #expect(summary(compare("es", "hasta las 10.30", "ru", "до 22 ч. 30 м.")) == "info: [\"10:30\"] / [\"22:30\"]")
        // An hour on a clock counted from 6 a.m. against another time.
        #expect(compare("sw", "Mkutano ulianza saa 4 asubuhi.", "en", "The meeting began at 11:00.")?.severity == .info)
        // A time in one version only.
        #expect(compare("fr", "La séance est levée à 18 h 30.", "pt", "A sessão foi encerrada.")?.severity == .info)
    }
}
