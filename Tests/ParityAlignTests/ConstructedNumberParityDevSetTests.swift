import Foundation
import ParityCore
import ParityTestSupport
import Testing

/// Dev sets of issue 10's number and date parity, each version checked whole against another (constructed
/// documents, not UN text): `report-clockmenders` (ar writes its times minutes first, `الساعة 30/15`, against en
/// `3.30 p.m.` and fr `15 h 30`) and `report-yurtmakers` (alt writes its dates year first with Russian month names
/// in Altai case endings no table reads, `2046 јылдыҥ 3 апрелинде`, learned from the linked dates) and
/// `report-conchcarvers` (pi writes its percentages as a figure in Sinhala Lith digits and a per-cent word no table
/// reads, `෪෦ පතිසතං`, learned from the linked percentages, against zh `百分之四十`); `summary-kilnwrights`,
/// `letter-spindlewhorls` and `report-slatequarries` (month words that begin with a month's whole name, a list of two
/// days written year first). Each pair's
/// intended difference is an error at its paragraph, and nothing else is an error or a warning.
@Suite struct ConstructedNumberParityDevSetTests {
    private func findings(_ set: String, _ pivot: String, _ code: String) throws -> [Finding] {
        func document(_ code: String) throws -> Document { try ConstructedSegmentation.devDocument(set, code) }
        let checked = ParityChecker().check(Aligner().align([try document(pivot), try document(code)]))
        return checked.filter { $0.severity >= .warning }
    }

    /// The findings as `severity kind block`, the block of the second version.
    private func summary(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.severity.rawValue) \($0.kind.rawValue) \($0.locations.last?.blockIDs.joined(separator: "+") ?? "")" }
    }

    @Test func constructedArabicMinutesFirstTimesAreTimes() throws {
        for pivot in ["en", "fr"] {
            let found = try findings("report-clockmenders", pivot, "ar")
            #expect(summary(found) == ["error number-mismatch p4"], "\(pivot)")
            #expect(found.first?.message.contains("00/12") == true, "\(pivot)")
        }
        #expect(summary(try findings("report-clockmenders", "en", "fr")) == [])
    }

    @Test func constructedAltaiLearnedMonthKeepsItsMeaning() throws {
        for pivot in ["en", "ru"] {
            let found = try findings("report-yurtmakers", pivot, "alt")
            #expect(summary(found) == ["error number-mismatch p4"], "\(pivot)")
            #expect(found.first?.message.contains("2046 јылдыҥ 21 апрелинде") == true, "\(pivot)")
        }
        #expect(summary(try findings("report-yurtmakers", "en", "ru")) == [])
    }

    /// `summary-kilnwrights`: cjs (Shor) writes its two dates year first, each month word in one date only; `майында`
    /// begins with the whole name of May (`май`), so the Act of 14 May 2043 against en 14 April 2043 is found.
    @Test func constructedShorMonthOfOneDateIsItsNamedMonth() throws {
        let found = try findings("summary-kilnwrights", "en", "cjs")
        #expect(summary(found) == ["error number-mismatch p4"])
        #expect(found.first?.message.contains("2043 чылдың 14 майында") == true)
    }

    /// `letter-spindlewhorls`: sty (Siberian Tatar) writes `2046 йылның 20 һәм 21 майында`, two dates, against ru
    /// `20 и 21 мая 2046 года`: clean.
    @Test func constructedSiberianTatarDayListIsTwoDates() throws {
        #expect(summary(try findings("letter-spindlewhorls", "ru", "sty")) == [])
    }

    /// `report-slatequarries`: ka wraps the date of paragraph 4 after its year word (`2043 წლის` / `9 ივნისის,`),
    /// June where en has 9 May 2043: the one error.
    @Test func constructedGeorgianDateWrappedAfterTheYearIsFound() throws {
        let found = try findings("report-slatequarries", "en", "ka")
        #expect(summary(found) == ["error number-mismatch p4"])
        #expect(found.first?.message.contains("2043 წლის 9 ივნისის") == true)
    }

    @Test func constructedPaliLearnedPerCentWordFindsThePercentage() throws {
        for pivot in ["en", "zh"] {
            let found = try findings("report-conchcarvers", pivot, "pi")
            #expect(summary(found) == ["error number-mismatch p3"], "\(pivot)")
            #expect(found.first?.message.contains("෧෨") == true, "\(pivot)")
        }
        #expect(summary(try findings("report-conchcarvers", "en", "zh")) == [])
    }
}
